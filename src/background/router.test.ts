import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundRouter } from './router';
import { badgeText, TabMentions } from './tab-mentions';

const fromTab = (tabId: number, frameId = 0) => ({ tab: { id: tabId } as never, frameId });
const counts = (deepseek: number, openai = 0, nvidia = 0, distillation = 0) => ({
  deepseek,
  openai,
  nvidia,
  distillation,
});

beforeEach(() => fakeBrowser.reset());

describe('background router', () => {
  it('lists the four topics with both names', async () => {
    const route = createBackgroundRouter({ tabMentions: new TabMentions() });
    const reply = await route({ type: 'topics/list' }, {});
    expect(reply.ok).toBe(true);
    const topics = (reply as unknown as { topics: Array<{ id: string; name: { en: string; zh: string } }> }).topics;
    expect(topics.map((t) => t.id)).toEqual(['deepseek', 'openai', 'nvidia', 'distillation']);
    expect(topics.map((t) => t.name.en)).toEqual(['DeepSeek', 'OpenAI', 'Nvidia', 'Distillation']);
    expect(topics.map((t) => t.name.zh)).toEqual(['DeepSeek', 'OpenAI', '英伟达', '蒸馏']);
  });

  it.each([
    [undefined, 'bad-request'],
    ['topics/list', 'bad-request'],
    [{ type: 'nope' }, 'bad-request'],
    [{ type: 'topics/list', extra: 1 }, 'bad-request'],
    [{ type: 'page/mentions', counts: { deepseek: -1, openai: 0, nvidia: 0, distillation: 0 } }, 'bad-request'],
    [{ type: 'page/mentions', counts: { deepseek: 1 } }, 'bad-request'],
    [{ type: 'tab/mentions', tabId: 'one' }, 'bad-request'],
  ])('answers the malformed message %j with a typed error', async (message, code) => {
    const route = createBackgroundRouter({ tabMentions: new TabMentions() });
    const reply = await route(message, {});
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(typeof (reply as { error: { message: string } }).error.message).toBe('string');
  });

  it('needs a tab for page reports', async () => {
    const route = createBackgroundRouter({ tabMentions: new TabMentions() });
    expect(await route({ type: 'page/mentions', counts: counts(1) }, {})).toMatchObject({ ok: false });
  });

  it('sums the frames of a tab and shows the total on its badge', async () => {
    const tabMentions = new TabMentions();
    const route = createBackgroundRouter({ tabMentions });
    await route({ type: 'page/mentions', counts: counts(13, 14, 7, 5) }, fromTab(3, 0));
    const reply = await route({ type: 'page/mentions', counts: counts(1) }, fromTab(3, 9));
    expect(reply).toEqual({ ok: true, total: 40 });
    expect(await route({ type: 'tab/mentions', tabId: 3 }, {})).toEqual({
      ok: true,
      counts: counts(14, 14, 7, 5),
      total: 40,
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('40');
    tabMentions.clear(3);
    expect(await route({ type: 'tab/mentions', tabId: 3 }, {})).toMatchObject({ total: 0 });
  });

  it('restores counts saved before the worker slept', async () => {
    const saved: Record<string, Record<string, ReturnType<typeof counts>>> = {};
    const first = new TabMentions({
      load: async () => undefined,
      save: async (s) => {
        Object.assign(saved, s);
      },
    });
    first.report(5, 0, counts(2, 1));
    await new Promise((r) => setTimeout(r, 300));
    const second = new TabMentions({ load: async () => saved, save: async () => {} });
    const route = createBackgroundRouter({ tabMentions: second });
    expect(await route({ type: 'tab/mentions', tabId: 5 }, {})).toMatchObject({ total: 3 });
  });
});

describe('badgeText', () => {
  it('is empty for none and capped past three digits', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(39)).toBe('39');
    expect(badgeText(1000)).toBe('999+');
  });
});
