/**
 * Helpers for testing the toolbar popup and the lookup page against real tabs: tab ids (the
 * extension sees no URLs without the `tabs` permission, so a tab is found as the one that a new
 * page added), the popup aimed at a tab, stored settings and the toolbar badge.
 */
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../src/settings/migrations';
import type { ExtensionBrowser } from './chromium';

type Chrome = {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: Record<
    'sync' | 'local',
    { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> }
  >;
};

function tabIds(browser: ExtensionBrowser): Promise<number[]> {
  return browser.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await chrome.tabs.query({})).map((tab) => tab.id ?? -1);
  });
}

/** Opens `url` in a new tab and returns the page with its tab id. */
export async function openTab(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(browser));
  const page = await browser.context.newPage();
  const after = await tabIds(browser);
  const added = after.filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${added.length}`);
  await page.goto(url);
  return { page, tabId: added[0] as number };
}

/** Opens popup.html (or another extension page) as a tab, aimed at `tabId`, popup-sized. */
export async function openPopup(
  browser: ExtensionBrowser,
  params: Record<string, string | number> = {},
  path = 'popup.html',
): Promise<Page> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const page = await browser.extensionPage(`${path}${query.size ? `?${query}` : ''}`);
  if (path === 'popup.html') await page.setViewportSize({ width: 400, height: 600 });
  await page.getByRole('main').waitFor();
  return page;
}

/** The settings object as stored (sync when the browser has it, else local). */
export function storedSettings(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  return browser.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const stored =
      (await chrome.storage.sync.get('settings')).settings ?? (await chrome.storage.local.get('settings')).settings;
    return (stored ?? {}) as Record<string, unknown>;
  });
}

/** Changes stored settings directly, as another page of the extension would. */
export function patchSettings(browser: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  return browser.worker.evaluate(
    async ({ change, version }) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const area = (await chrome.storage.local.get('settings')).settings ? 'local' : 'sync';
      const got = await chrome.storage[area].get('settings');
      const meta = await chrome.storage[area].get('settings$');
      // Unset fields take their defaults when read, so a partial object is a valid stored value;
      // the version mark keeps WXT from migrating it as if a first release had stored it.
      await chrome.storage[area].set({
        settings: { ...((got.settings ?? {}) as object), ...change },
        ...(meta.settings$ ? {} : { settings$: { v: version } }),
      });
    },
    { change: patch, version: SETTINGS_VERSION },
  );
}

/** The toolbar badge of a tab. */
export function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.worker.evaluate(async (id) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Reads until `read()` satisfies `done` or `ms` pass; returns the last value read. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 3000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}
