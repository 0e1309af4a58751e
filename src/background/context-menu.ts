/**
 * The "Look up viewpoints for “…”" item of the page's context menu: on a text selection it opens
 * the lookup with that text, in the toolbar popup where the browser lets an extension open it,
 * else in the lookup page in a new tab.
 */
import { browser } from 'wxt/browser';
import { clearPendingQuery, setPendingQuery } from '../lookup/query-store';
import { normaliseQuery } from '../messaging/protocol';
import { loadSettings, watchSettings } from '../settings/storage';
import { resolveLang, t } from '../ui/i18n';

export const LOOKUP_MENU_ID = 'viewpoint-lens-lookup';

/** The parts of a menu click this module reads (Chrome's and Firefox's shapes share them). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** The lookup page's URL for a query, and the tab it was asked from (its "this page" section). */
export function lookupPageUrl(query: string, tabId?: number): string {
  const params = new URLSearchParams({ q: query });
  if (tabId !== undefined && tabId >= 0) params.set('tab', String(tabId));
  return browser.runtime.getURL(`/lookup.html?${params}`);
}

/** The menu item's title in the UI language; `%s` is where the browser puts the selection. */
export function menuTitle(language: Parameters<typeof resolveLang>[0]): string {
  return t(resolveLang(language), 'menuLookup');
}

/**
 * Handles a click on the menu item: hands the selection to the popup and opens it, or opens the
 * lookup page in a tab next to the page when the popup cannot be opened. Returns where it went.
 */
export async function handleMenuClick(
  info: MenuClick,
  tab?: { id?: number; index?: number; windowId?: number },
): Promise<'popup' | 'tab' | 'ignored'> {
  if (info.menuItemId !== LOOKUP_MENU_ID) return 'ignored';
  const query = normaliseQuery(info.selectionText ?? '');
  if (!query) return 'ignored';
  // Started before openPopup and awaited after: Firefox opens a popup only synchronously inside the
  // click's handler, and the popup reads the query when it starts, after this write was issued.
  const handedOver = setPendingQuery(query).catch(() => undefined);
  let opened: Promise<unknown>;
  try {
    opened = browser.action.openPopup();
  } catch (error) {
    opened = Promise.reject(error);
  }
  try {
    await opened;
    await handedOver;
    return 'popup';
  } catch {
    // No popup here (older Chrome, no focused window): the query travels in the page's URL instead.
    await handedOver;
    await clearPendingQuery();
    const tabId = tab?.id;
    await browser.tabs.create({
      url: lookupPageUrl(query, tabId),
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.windowId !== undefined && tab.windowId >= 0 ? { windowId: tab.windowId } : {}),
    });
    return 'tab';
  }
}

/** Creates the menu item afresh (a second create of the same id is an error in Chrome). */
async function createMenu(title: string): Promise<void> {
  await browser.contextMenus.removeAll();
  await new Promise<void>((done) => {
    browser.contextMenus.create({ id: LOOKUP_MENU_ID, title, contexts: ['selection'] }, () => {
      // Reading lastError marks it handled; a failure leaves the extension without the item only.
      void browser.runtime.lastError;
      done();
    });
  });
}

/**
 * Registers the menu item (at install and browser start; the browser keeps it while the worker
 * sleeps), keeps its title in the UI language, and answers its clicks. Listeners are added
 * synchronously so that a click that wakes the worker reaches them.
 */
export function setUpContextMenu(signal: AbortSignal): void {
  try {
    const create = () =>
      void loadSettings()
        .then(({ settings }) => createMenu(menuTitle(settings.language)))
        .catch(() => undefined); // without the menu the rest of the extension still works
    browser.runtime.onInstalled.addListener(create);
    browser.runtime.onStartup.addListener(create);
    browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab).catch(() => undefined));
    watchSettings((settings) => {
      void Promise.resolve(browser.contextMenus.update(LOOKUP_MENU_ID, { title: menuTitle(settings.language) })).catch(
        () => undefined,
      );
    }, signal);
  } catch {
    // A browser without context menus (Firefox for Android) still runs everything else.
  }
}
