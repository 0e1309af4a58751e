import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// WXT treats every file in entrypoints/ as an entrypoint, so this test of one lives here.
import background from '../../entrypoints/background';

beforeEach(() => {
  fakeBrowser.reset();
  // WXT's fake browser has no keyboard commands; the entrypoint only registers a listener.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
});

describe('background entrypoint', () => {
  it('a cold worker answers its very first request correctly', async () => {
    background.main();
    const reply = (await fakeBrowser.runtime.sendMessage({ type: 'viewpoints/of-topic', topicId: 'nvidia' })) as {
      ok: boolean;
      viewpoints: unknown[];
    };
    expect(reply.ok).toBe(true);
    expect(reply.viewpoints.length).toBeGreaterThanOrEqual(3);
  });

  it('answers a malformed message with a typed error, not a throw', async () => {
    background.main();
    expect(await fakeBrowser.runtime.sendMessage({ type: 42 })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});
