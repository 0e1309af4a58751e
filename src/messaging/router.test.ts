import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { errorReply } from './protocol';
import { createRouter, listenForMessages } from './router';

const Schema = v.variant('type', [
  v.strictObject({ type: v.literal('echo'), text: v.string() }),
  v.strictObject({ type: v.literal('boom') }),
  v.strictObject({ type: v.literal('refuse') }),
]);
type Replies = { echo: { text: string }; boom: object; refuse: object };

const route = createRouter<typeof Schema, Replies>(Schema, {
  echo: (request) => ({ text: request.text }),
  boom: () => {
    throw new Error('kaput');
  },
  refuse: () => errorReply('unknown-topic', 'no such topic'),
});

describe('createRouter', () => {
  it('answers a valid request', async () => {
    expect(await route({ type: 'echo', text: 'hi' }, {})).toEqual({ ok: true, text: 'hi' });
  });
  it('turns a malformed request into a bad-request reply naming the field', async () => {
    expect(await route({ type: 'echo', text: 5 }, {})).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('text') },
    });
  });
  it('turns an unknown type into a bad-request reply', async () => {
    expect(await route({ type: 'what' }, {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
  it('turns a throwing handler into an internal error reply', async () => {
    expect(await route({ type: 'boom' }, {})).toEqual({ ok: false, error: { code: 'internal', message: 'kaput' } });
  });
  it('passes a handler’s own error reply through', async () => {
    expect(await route({ type: 'refuse' }, {})).toEqual({
      ok: false,
      error: { code: 'unknown-topic', message: 'no such topic' },
    });
  });
});

describe('listenForMessages', () => {
  it('replies through sendResponse and stops listening on abort', async () => {
    const listeners = new Set<(...args: never[]) => unknown>();
    const event = {
      addListener: (l: (...args: never[]) => unknown) => listeners.add(l),
      removeListener: (l: (...args: never[]) => unknown) => listeners.delete(l),
    };
    const lifetime = new AbortController();
    listenForMessages(event as never, route, lifetime.signal);
    const sendResponse = vi.fn();
    const [listener] = [...listeners] as Array<(m: unknown, s: unknown, r: unknown) => unknown>;
    expect(listener?.({ type: 'echo', text: 'x' }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, text: 'x' }));
    lifetime.abort();
    expect(listeners.size).toBe(0);
  });
});
