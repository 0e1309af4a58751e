import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION, V2_ADDED } from './migrations';
import { DEFAULT_SETTINGS } from './schema';

// storage.ts defines its WXT storage item on first use; a fresh module per test starts clean.
async function freshStorage() {
  vi.resetModules();
  return import('./storage');
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings storage', () => {
  it('stores in sync storage when it is available', async () => {
    const { saveSettings, loadSettings, settingsArea } = await freshStorage();
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(await settingsArea()).toBe('sync');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ theme: 'dark' });
    expect((await loadSettings()).settings.theme).toBe('dark');
  });

  it('falls back to local storage when sync is unavailable', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    const { saveSettings, loadSettings, settingsArea } = await freshStorage();
    await saveSettings({ ...DEFAULT_SETTINGS, badge: false });
    expect(await settingsArea()).toBe('local');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ badge: false });
    expect((await loadSettings()).settings.badge).toBe(false);
  });

  it('repairs a corrupt stored value field by field and says what was reset', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, theme: 'plaid', hoverDelayMs: 900 },
      settings$: { v: 2 },
    });
    const { loadSettings } = await freshStorage();
    const { settings, reset } = await loadSettings();
    expect(reset).toEqual(['theme']);
    expect(settings.theme).toBe('auto');
    expect(settings.hoverDelayMs).toBe(900);
  });

  it('migrates a version 1 value on first read', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { topics: { deepseek: false, openai: true, nvidia: true, distillation: true } },
    });
    const { loadSettings } = await freshStorage();
    const { settings, reset } = await loadSettings();
    expect(reset).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, topics: { ...DEFAULT_SETTINGS.topics, deepseek: false } });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('migrates a version 2 value on first read, keeping every stored choice', async () => {
    const v2 = { ...V2_ADDED, topics: DEFAULT_SETTINGS.topics, theme: 'dark', hoverDelayMs: 1200 };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    const { loadSettings } = await freshStorage();
    const { settings, reset } = await loadSettings();
    expect(reset).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', hoverDelayMs: 1200 });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      topicColors: DEFAULT_SETTINGS.topicColors,
    });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('reports a stored value that is damaged as a whole, after migrating it', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 2 } });
    const { loadSettings } = await freshStorage();
    const { settings, reset } = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(reset).toContain('topics');
    expect(reset).toContain('theme');
  });

  it('uses local storage when the browser has no sync area at all', async () => {
    const sync = fakeBrowser.storage.sync;
    Object.defineProperty(fakeBrowser.storage, 'sync', { value: undefined, configurable: true });
    try {
      const { saveSettings, loadSettings, settingsArea } = await freshStorage();
      await saveSettings({ ...DEFAULT_SETTINGS, theme: 'light' });
      expect(await settingsArea()).toBe('local');
      expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ theme: 'light' });
      expect((await loadSettings()).settings.theme).toBe('light');
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'sync', { value: sync, configurable: true });
    }
  });

  it('never throws on read: a failing storage gives the defaults', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark' },
      settings$: { v: SETTINGS_VERSION },
    });
    const { loadSettings, settingsArea } = await freshStorage();
    expect(await settingsArea()).toBe('sync');
    expect((await loadSettings()).settings.theme).toBe('dark');
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is gone'));
    await expect(loadSettings()).resolves.toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('refuses to save invalid settings and leaves storage unchanged', async () => {
    const { saveSettings } = await freshStorage();
    await saveSettings(DEFAULT_SETTINGS);
    await expect(saveSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: -5 })).rejects.toThrow(/hoverDelayMs/);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ hoverDelayMs: 300 });
  });

  it('tells watchers about changes until aborted', async () => {
    const { updateSettings, watchSettings } = await freshStorage();
    const seen: string[] = [];
    const lifetime = new AbortController();
    watchSettings((s) => seen.push(s.theme), lifetime.signal);
    await new Promise((r) => setTimeout(r, 0));
    await updateSettings({ theme: 'dark' });
    lifetime.abort();
    await updateSettings({ theme: 'light' });
    expect(seen).toEqual(['dark']);
  });
});
