/**
 * Asking about the tab the popup describes: which tab that is, and what its content script and the
 * background worker know about it.
 */
import { type Browser, browser } from 'wxt/browser';
import { askBackground, askTab } from '../../messaging/client';
import type { PageProbe } from './page-state';

/**
 * The tab the lookup describes: `?tab=<id>` when given (tests, the lookup page opened from a
 * page), else — in the toolbar popup — the active tab of the current window. Undefined for none.
 */
export async function targetTabId(params: URLSearchParams, surface: 'popup' | 'page'): Promise<number | undefined> {
  const raw = params.get('tab');
  if (raw !== null) {
    const id = Number(raw);
    return Number.isInteger(id) && id >= 0 ? id : undefined;
  }
  if (surface !== 'popup') return undefined;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // popup.html opened as a page of its own describes no page.
    if (!tab || tab.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    return tab.id;
  } catch {
    return undefined;
  }
}

/** One round of questions about a tab; never throws. */
export async function probePage(tabId: number): Promise<PageProbe> {
  let tab: Browser.tabs.Tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { tabFound: false };
  }
  const [status, mentions] = await Promise.all([
    askTab(tabId, { type: 'page/status' }),
    askBackground({ type: 'tab/mentions', tabId }),
  ]);
  const probe: PageProbe = { tabFound: true, loading: tab.status === 'loading' };
  // The URL is shared only under `activeTab` (the toolbar button was clicked for this tab).
  const url = tab.url || tab.pendingUrl;
  if (url) probe.url = url;
  if (status.ok) {
    probe.status = { state: status.state, host: status.host, contentType: status.contentType, counts: status.counts };
  }
  if (mentions.ok) probe.counts = mentions.counts;
  return probe;
}
