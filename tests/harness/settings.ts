/** Changing the extension's stored settings from a test, as the options page would. */
import type { ExtensionBrowser } from './chromium';

declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

/** Merges `patch` into the stored settings (through the service worker); open tabs apply it live. */
export async function patchSettings(browser: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(async (changes) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings as object), ...changes } });
  }, patch);
}
