import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createClaimStore } from '../claims/store';
import type { BackgroundReplies } from '../messaging/protocol';
import { createBackgroundRouter } from './router';
import { badgeText, TabMentions } from './tab-mentions';

const claims = createClaimStore();
const deps = (tabMentions = new TabMentions()) => ({ store: () => claims, tabMentions });

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
    const route = createBackgroundRouter(deps());
    const reply = await route({ type: 'topics/list' }, {});
    expect(reply.ok).toBe(true);
    const topics = (reply as unknown as { topics: Array<{ id: string; name: { en: string; zh: string } }> }).topics;
    expect(topics.map((t) => t.id)).toEqual(['deepseek', 'openai', 'nvidia', 'distillation']);
    expect(topics.map((t) => t.name.en)).toEqual(['DeepSeek', 'OpenAI', 'Nvidia', 'Distillation']);
    expect(topics.map((t) => t.name.zh)).toEqual(['DeepSeek', 'OpenAI', '英伟达', '蒸馏']);
  });

  it('lists each topic with its viewpoint count and the source', async () => {
    const reply = (await createBackgroundRouter(deps())(
      { type: 'topics/list' },
      {},
    )) as unknown as BackgroundReplies['topics/list'];
    for (const topic of reply.topics) expect(topic.viewpointCount).toBe(claims.viewpointsOf(topic.id)?.length);
    expect(reply.source.publisher.zh).toBe('炎黄');
  });

  it.each(['deepseek', 'openai', 'nvidia', 'distillation'])(
    'serves the viewpoints of %s with speakers resolved',
    async (topicId) => {
      const reply = (await createBackgroundRouter(deps())({ type: 'viewpoints/of-topic', topicId }, {})) as unknown as {
        ok: true;
      } & BackgroundReplies['viewpoints/of-topic'];
      expect(reply.ok).toBe(true);
      expect(reply.topic.id).toBe(topicId);
      expect(reply.viewpoints.length).toBeGreaterThanOrEqual(3);
      for (const view of reply.viewpoints) {
        expect(view.viewpoint.topics).toContain(topicId);
        expect(view.speaker.id).toBe(view.viewpoint.speaker);
      }
    },
  );

  it('answers an unknown topic with a typed error', async () => {
    expect(await createBackgroundRouter(deps())({ type: 'viewpoints/of-topic', topicId: 'tesla' }, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-topic' },
    });
  });

  it.each([
    ['蒸馏', 'distillation'],
    ['蒸餾', 'distillation'],
    ['distillation', 'distillation'],
  ])('search for %s finds only %s viewpoints', async (query, topic) => {
    const reply = (await createBackgroundRouter(deps())(
      { type: 'viewpoints/search', query },
      {},
    )) as unknown as BackgroundReplies['viewpoints/search'];
    expect(reply.hits.length).toBeGreaterThan(0);
    for (const hit of reply.hits) expect(hit.viewpoint.topics).toContain(topic);
  });

  it('search finds Altman by either name and the market share by its figure', async () => {
    const route = createBackgroundRouter(deps());
    for (const query of ['Altman', 'altman', '奥特曼']) {
      const reply = (await route(
        { type: 'viewpoints/search', query },
        {},
      )) as unknown as BackgroundReplies['viewpoints/search'];
      expect(reply.hits.length).toBeGreaterThan(0);
      expect(reply.hits[0]?.speaker.zh).toContain('奥特曼');
    }
    const share = (await route(
      { type: 'viewpoints/search', query: '36%' },
      {},
    )) as unknown as BackgroundReplies['viewpoints/search'];
    expect(share.hits.map((h) => h.viewpoint.id)).toContain('kasi-openai-market-share-fell');
    const match = share.hits[0]?.matches[0];
    expect(match?.text.slice(match.start, match.end)).toBe('36%');
  });

  it.each([
    [undefined, 'bad-request'],
    [{ type: 'viewpoints/search', query: 'x'.repeat(201) }, 'bad-request'],
    [{ type: 'viewpoints/search', query: 'x', topics: ['tesla'] }, 'bad-request'],
    [{ type: 'viewpoints/of-topic' }, 'bad-request'],
    ['topics/list', 'bad-request'],
    [{ type: 'nope' }, 'bad-request'],
    [{ type: 'topics/list', extra: 1 }, 'bad-request'],
    [{ type: 'page/mentions', counts: { deepseek: -1, openai: 0, nvidia: 0, distillation: 0 } }, 'bad-request'],
    [{ type: 'page/mentions', counts: { deepseek: 1 } }, 'bad-request'],
    [{ type: 'tab/mentions', tabId: 'one' }, 'bad-request'],
  ])('answers the malformed message %j with a typed error', async (message, code) => {
    const route = createBackgroundRouter(deps());
    const reply = await route(message, {});
    expect(reply).toMatchObject({ ok: false, error: { code } });
    expect(typeof (reply as { error: { message: string } }).error.message).toBe('string');
  });

  it('needs a tab for page reports', async () => {
    const route = createBackgroundRouter(deps());
    expect(await route({ type: 'page/mentions', counts: counts(1) }, {})).toMatchObject({ ok: false });
  });

  it('sums the frames of a tab and shows the total on its badge', async () => {
    const tabMentions = new TabMentions();
    const route = createBackgroundRouter(deps(tabMentions));
    await route({ type: 'page/mentions', counts: counts(13, 14, 7, 5) }, fromTab(3, 0));
    const reply = await route({ type: 'page/mentions', counts: counts(1) }, fromTab(3, 9));
    expect(reply).toEqual({ ok: true, total: 40 });
    expect(await route({ type: 'tab/mentions', tabId: 3 }, {})).toEqual({
      ok: true,
      counts: counts(14, 14, 7, 5),
      total: 40,
    });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('40');
    await tabMentions.clear(3);
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
    const route = createBackgroundRouter(deps(second));
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

describe('TabMentions while the worker restores', () => {
  it('a tab cleared during the restore stays cleared', async () => {
    let release: (value: Record<string, Record<string, ReturnType<typeof counts>>>) => void = () => {};
    const slowLoad = new Promise<Record<string, Record<string, ReturnType<typeof counts>>>>((resolve) => {
      release = resolve;
    });
    const tabMentions = new TabMentions({ load: () => slowLoad, save: async () => {} });
    const cleared = tabMentions.clear(7); // the navigation that woke the worker
    release({ '7': { '0': counts(5) } });
    await cleared;
    expect(tabMentions.countsOf(7)).toEqual(counts(0));
  });
});
