import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'plaid', hoverDelayMs: 900 }, settings$: { v: 2 } });
    const { loadSettings } = await freshStorage();
    const { settings, reset } = await loadSettings();
    expect(reset).toEqual(['theme']);
    expect(settings.theme).toBe('auto');
    expect(settings.hoverDelayMs).toBe(900);
  });

  it('migrates a version 1 value on first read', async () => {
    await fakeBrowser.storage.sync.set({ settings: { topics: { deepseek: false, openai: true, nvidia: true, distillation: true } } });
    const { loadSettings } = await freshStorage();
    const { settings, reset } = await loadSettings();
    expect(reset).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, topics: { ...DEFAULT_SETTINGS.topics, deepseek: false } });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
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
