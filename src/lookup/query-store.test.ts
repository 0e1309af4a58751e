import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearPendingQuery,
  loadLastQuery,
  saveLastQuery,
  setPendingQuery,
  takePendingQuery,
  watchPendingQuery,
} from './query-store';

beforeEach(() => fakeBrowser.reset());

describe('query store', () => {
  it('remembers the last query in session storage, and forgets an empty one', async () => {
    expect(await loadLastQuery()).toBe('');
    await saveLastQuery('  Sam   Altman ');
    expect((await fakeBrowser.storage.session.get('lookupLastQuery')).lookupLastQuery).toBe('Sam Altman');
    expect(await loadLastQuery()).toBe('Sam Altman');
    await saveLastQuery('');
    expect(await fakeBrowser.storage.session.get('lookupLastQuery')).toEqual({});
    // Nothing outlives the browser session: not in local or sync storage.
    await saveLastQuery('蒸馏');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('hands a query over once', async () => {
    await setPendingQuery('英伟达');
    expect(await takePendingQuery()).toBe('英伟达');
    expect(await takePendingQuery()).toBeUndefined();
  });

  it('drops a handed-over query nobody took', async () => {
    await setPendingQuery('OpenAI');
    await clearPendingQuery();
    expect(await takePendingQuery()).toBeUndefined();
  });

  it('tells an open lookup about a query handed over while it is open', async () => {
    const seen: string[] = [];
    const lifetime = new AbortController();
    watchPendingQuery((q) => seen.push(q), lifetime.signal);
    await setPendingQuery('DeepSeek');
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['DeepSeek']);
    expect(await takePendingQuery()).toBeUndefined();
    lifetime.abort();
    await setPendingQuery('Nvidia');
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['DeepSeek']);
  });
});
