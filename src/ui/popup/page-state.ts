/**
 * What the popup says about a tab: its mentions, or why there are none to show. Pure: the popup
 * gathers a `PageProbe` (content script's status, the background's counts, the tab's URL when the
 * browser shares it) and this module decides.
 */
import type { MentionCounts, PageStatus } from '../../messaging/protocol';
import type { Settings } from '../../settings/schema';
import { TOPIC_IDS } from '../../topics/topics';
import type { MessageKey } from '../i18n';

/** What a tab's URL says about whether a content script can run in it. */
export type UrlKind = 'web' | 'pdf' | 'file' | 'browser-page' | 'unknown';

// Chrome's built-in PDF viewer is an extension with this id (Edge and Brave share it).
const CHROME_PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';
// Pages of the browser itself and of extension stores: no extension may script them.
const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
]);
const STORE_PAGES = [
  /^chromewebstore\.google\.com\//,
  /^chrome\.google\.com\/webstore/,
  /^microsoftedge\.microsoft\.com\/addons/,
  /^addons\.mozilla\.org/,
];

/** Classifies a tab URL; `unknown` when the browser did not share it (no `activeTab` grant). */
export function classifyUrl(url: string | undefined): UrlKind {
  if (!url) return 'unknown';
  if (url.startsWith(CHROME_PDF_VIEWER)) return 'pdf';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) return parsed.protocol === 'file:' ? 'file' : 'pdf';
  if (parsed.protocol === 'file:') return 'file';
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  const hostPath = parsed.host + parsed.pathname;
  if (STORE_PAGES.some((re) => re.test(hostPath))) return 'browser-page';
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? 'web' : 'unknown';
}

/** What the popup found out about a tab in one round of asking. */
export interface PageProbe {
  /** The tab still exists. */
  tabFound: boolean;
  /** The tab is loading a document (its content script may not have started yet). */
  loading?: boolean;
  /** The tab's URL, when the browser shares it. */
  url?: string;
  /** The top frame's content script answer; undefined when none answered. */
  status?: PageStatus;
  /** Mentions summed over all frames (the background's record); undefined when it did not answer. */
  counts?: MentionCounts;
}

export type PageView =
  | { kind: 'gone' }
  | { kind: 'loading' }
  | { kind: 'unreadable'; reason: 'pdf' | 'file' | 'browser-page' | 'not-loaded' | 'unknown' }
  | {
      kind: 'page';
      state: PageStatus['state'];
      host: string;
      counts: MentionCounts;
      total: number;
      /** The page is a PDF viewer that a content script reached but cannot read. */
      pdf: boolean;
    };

/** Decides what to show for a probed tab. */
export function describePage(probe: PageProbe): PageView {
  if (!probe.tabFound) return { kind: 'gone' };
  const urlKind = classifyUrl(probe.url);
  if (!probe.status) {
    if (probe.loading && (urlKind === 'web' || urlKind === 'unknown')) return { kind: 'loading' };
    if (urlKind === 'web') return { kind: 'unreadable', reason: 'not-loaded' };
    return { kind: 'unreadable', reason: urlKind };
  }
  // Frames report to the background; the top frame's own counts stand in while it has not heard yet.
  const frames = probe.counts;
  const counts = frames && totalOf(frames) >= totalOf(probe.status.counts) ? frames : probe.status.counts;
  return {
    kind: 'page',
    state: probe.status.state,
    host: probe.status.host,
    counts,
    total: totalOf(counts),
    pdf: urlKind === 'pdf' || probe.status.contentType === 'application/pdf',
  };
}

function totalOf(counts: MentionCounts): number {
  return TOPIC_IDS.reduce((sum, id) => sum + counts[id], 0);
}

/** The sentence that explains an empty or unreadable page; undefined when mentions are shown. */
export function pageMessage(view: PageView, settings: Settings | undefined): [MessageKey, ...string[]] | undefined {
  if (view.kind === 'gone') return ['pageUnreachable'];
  if (view.kind === 'loading') return ['loading'];
  if (view.kind === 'unreadable') {
    const keys = {
      pdf: 'pagePdf',
      file: 'pageFile',
      'browser-page': 'pageBrowserPage',
      'not-loaded': 'pageNotLoaded',
      unknown: 'pageUnreachable',
    } as const;
    return [keys[view.reason]];
  }
  if (view.state === 'paused') return ['pagePaused'];
  if (view.state === 'site-disabled') return ['pageSiteOff', view.host];
  if (view.total > 0) return undefined;
  if (view.pdf) return ['pagePdf'];
  if (settings && TOPIC_IDS.every((id) => !settings.topics[id])) return ['pageTopicsOff'];
  return ['pageNoMentions'];
}
