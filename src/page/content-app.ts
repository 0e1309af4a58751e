/**
 * The content script's life in one frame: read the settings, run the scanner while the site is
 * enabled, show only the enabled topics, report counts for the badge, and answer the popup.
 * Settings changes apply at once; everything is torn down when `signal` aborts (extension
 * reloaded, updated or disabled), so no "Extension context invalidated" error reaches the page.
 */
import { browser } from 'wxt/browser';
import { createMatcher, type Matcher } from '../matcher/index';
import { askBackground } from '../messaging/client';
import {
  emptyCounts,
  errorReply,
  type MentionCounts,
  type PageReplies,
  PageRequestSchema,
} from '../messaging/protocol';
import { createRouter, listenForMessages } from '../messaging/router';
import { isSiteEnabled, type Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/storage';
import { TOPIC_IDS, type TopicId } from '../topics/topics';
import { HighlightRegistry, highlightApiAvailable, type MentionRecord } from './highlight-registry';
import { applyHighlightStyle } from './highlight-style';
import { PageScanner } from './scanner';
import { shadowRootOf } from './shadow-roots';

const REPORT_DELAY_MS = 200;

/**
 * The site this frame belongs to: about:blank and srcdoc frames have no host of their own but
 * inherit their parent's origin, so site rules apply to them too.
 */
export function frameHost(win: Window = window): string {
  if (win.location.hostname) return win.location.hostname;
  try {
    return new URL(win.origin).hostname;
  } catch {
    return ''; // an opaque origin ("null"): no site to match
  }
}

interface Session {
  controller: AbortController;
  scanner: PageScanner;
  registry: HighlightRegistry;
  includeCode: boolean;
}

/** What the rest of the content script (hover cards, keyboard navigation) can ask of the page. */
export interface ContentApp {
  settings(): Settings;
  /** The running session's registry and scanner, when the extension is active on this page. */
  session(): { registry: HighlightRegistry; scanner: PageScanner } | undefined;
  /** Subscribes to setting changes after they were applied to the page. */
  onSettings(listener: (settings: Settings) => void): void;
}

export interface ContentAppOptions {
  /** Called when the popup or the keyboard command asks for the next mention; returns whether one was found. */
  onNextMention?: (topicId: TopicId | undefined, from: 'popup' | 'keyboard') => boolean;
}

/** Starts the content script's work in this frame; returns once the first settings are applied. */
export async function startContentApp(signal: AbortSignal, options: ContentAppOptions = {}): Promise<ContentApp> {
  const matcher: Matcher = createMatcher();
  let { settings } = await loadSettings();
  let session: Session | undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReported = '';
  const listeners: Array<(s: Settings) => void> = [];

  const counts = (): MentionCounts => session?.registry.counts() ?? emptyCounts();

  const report = () => {
    if (reportTimer || signal.aborted) return;
    reportTimer = setTimeout(() => {
      reportTimer = undefined;
      if (signal.aborted) return;
      // The page changed: it may have replaced document.adoptedStyleSheets and dropped our colours.
      applyHighlightStyle(document, settings, signal);
      const now = counts();
      const key = JSON.stringify(now);
      if (key === lastReported) return;
      lastReported = key;
      void askBackground({ type: 'page/mentions', counts: now });
    }, REPORT_DELAY_MS);
  };

  const stopSession = () => {
    session?.controller.abort();
    session = undefined;
  };

  const apply = (next: Settings) => {
    settings = next;
    applyHighlightStyle(document, next, signal);
    const active = isSiteEnabled(next, frameHost()) && highlightApiAvailable();
    if (!active) stopSession();
    else if (!session || session.includeCode !== next.highlightCode) {
      stopSession();
      const controller = new AbortController();
      signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
      const registry = new HighlightRegistry();
      const scanner = new PageScanner(
        document,
        { matcher, registry, includeCode: next.highlightCode, onChange: report, shadowRootOf },
        controller.signal,
      );
      session = { controller, scanner, registry, includeCode: next.highlightCode };
      registry.setVisibleTopics(TOPIC_IDS.filter((id) => next.topics[id]));
      scanner.start();
    }
    session?.registry.setVisibleTopics(TOPIC_IDS.filter((id) => next.topics[id]));
    report();
    for (const listener of listeners) listener(next);
  };

  apply(settings);
  watchSettings(apply, signal);
  // A page restored from the back/forward cache keeps this script, but the background forgot the
  // tab's counts when it navigated away: report them again.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      lastReported = '';
      report();
    },
    { signal },
  );
  // A frame that goes away (removed by its page, or navigated) takes its mentions with it: tell
  // the background now, or the tab's badge would keep counting them.
  window.addEventListener(
    'pagehide',
    () => {
      clearTimeout(reportTimer);
      reportTimer = undefined;
      if (lastReported === '' || lastReported === JSON.stringify(emptyCounts())) return;
      lastReported = '';
      void askBackground({ type: 'page/mentions', counts: emptyCounts() });
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    clearTimeout(reportTimer);
    stopSession();
  });

  const router = createRouter<typeof PageRequestSchema, PageReplies>(PageRequestSchema, {
    'page/status': () => ({
      state: !settings.enabled ? 'paused' : isSiteEnabled(settings, frameHost()) ? 'active' : 'site-disabled',
      host: frameHost(),
      contentType: document.contentType,
      counts: counts(),
    }),
    'page/next-mention': (request) => {
      if (!session) return errorReply('unavailable', 'The extension is not active on this page');
      return { found: options.onNextMention?.(request.topicId, request.from ?? 'popup') ?? false };
    },
  });
  listenForMessages(browser.runtime.onMessage, router, signal);

  return {
    settings: () => settings,
    session: () => session && { registry: session.registry, scanner: session.scanner },
    onSettings: (listener) => listeners.push(listener),
  };
}

/** The visible mentions of the page in document order, optionally of one topic. */
export function visibleMentions(app: ContentApp, topicId?: TopicId): MentionRecord[] {
  const current = app.session();
  if (!current) return [];
  return current.scanner
    .mentionsInOrder()
    .filter((m) => current.registry.isVisible(m.topicId) && (!topicId || m.topicId === topicId));
}
