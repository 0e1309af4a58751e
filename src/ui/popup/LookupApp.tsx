/**
 * The lookup: instant search across every viewpoint, browsing by topic, and — for a tab — what
 * that page mentions. One app for the toolbar popup (popup.html) and the full-size lookup page
 * (lookup.html, opened from the context menu or a hover card). URL parameters: `q` (a query),
 * `topic` (a topic to open), `tab` (the tab to describe; the popup defaults to the active tab).
 */
import '../components/theme.css';
import '../components/viewpoint.css';
import './popup.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Source } from '../../claims/schema';
import { loadLastQuery, saveLastQuery, takePendingQuery, watchPendingQuery } from '../../lookup/query-store';
import { askBackground } from '../../messaging/client';
import type { SearchHit, TopicInfo, ViewpointView } from '../../messaging/protocol';
import { normaliseQuery } from '../../messaging/protocol';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { isTopicId, type Lang, type TopicId } from '../../topics/topics';
import { resolveLang, t } from '../i18n';
import { PageSummary } from './PageSummary';
import { targetTabId } from './page-probe';
import { moveIndex } from './results';
import { useDocumentLook, useSettings, useTheme } from './use-settings';
import { GroupedResults, ViewpointItems } from './ViewpointList';

/** Typing pauses this long before a search is sent: one search per burst of keys, still "instant". */
const SEARCH_DELAY_MS = 60;
/** Items the arrow keys move between: result disclosures and topic buttons. */
const NAV_SELECTOR = '.vl-disclosure, [data-nav]';

export interface LookupAppProps {
  surface: 'popup' | 'page';
  params: URLSearchParams;
}

interface Results {
  query: string;
  hits: SearchHit[];
  source: Source;
}

interface TopicView {
  topic: TopicInfo;
  viewpoints: ViewpointView[];
  source: Source;
}

function viewpointCount(lang: Lang, n: number): string {
  return n === 1 ? t(lang, 'topicViewpointsOne') : t(lang, 'topicViewpointsMany', n);
}

/** The lookup app (popup and lookup page). */
export function LookupApp({ surface, params }: LookupAppProps) {
  const settings = useSettings();
  const lang = resolveLang(settings?.language ?? 'auto');
  const theme = useTheme(settings?.theme ?? 'auto');
  const title = t(lang, surface === 'popup' ? 'popupTitle' : 'lookupTitle');
  useDocumentLook(lang, theme, title);

  const initialQuery = normaliseQuery(params.get('q') ?? '');
  const initialTopic = params.get('topic');
  const [input, setInput] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery);
  const [topicId, setTopicId] = useState<TopicId | undefined>(isTopicId(initialTopic) ? initialTopic : undefined);
  const [topics, setTopics] = useState<TopicInfo[] | undefined>();
  const [results, setResults] = useState<Results | undefined>();
  const [topicView, setTopicView] = useState<TopicView | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [tabId, setTabId] = useState<number | undefined>();
  const [restored, setRestored] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Where the keyboard goes once the next view has rendered (a topic opened or closed by the reader).
  const focusNext = useRef<string | undefined>(undefined);

  const showQuery = useCallback((next: string) => {
    clearTimeout(searchTimer.current);
    setInput(next);
    setQuery(normaliseQuery(next));
  }, []);

  // Start: the tab to describe, the topics, and the query to show (URL, context menu, or last one).
  useEffect(() => {
    const lifetime = new AbortController();
    inputRef.current?.focus();
    void targetTabId(params, surface).then((id) => !lifetime.signal.aborted && setTabId(id));
    void askBackground({ type: 'topics/list' }).then((reply) => {
      if (lifetime.signal.aborted) return;
      if (reply.ok) setTopics(reply.topics);
      else setError(t(lang, 'errorBackground', reply.error.message));
    });
    void (async () => {
      const handed = surface === 'popup' ? await takePendingQuery() : undefined;
      // A page opened for a query or a topic shows that, not what was typed elsewhere before.
      const last = !handed && !params.has('q') && !params.has('topic') ? await loadLastQuery() : '';
      if (lifetime.signal.aborted) return;
      if (handed || last) showQuery(handed || last);
      setRestored(true);
    })();
    watchPendingQuery((handed) => {
      setTopicId(undefined);
      showQuery(handed);
    }, lifetime.signal);
    return () => lifetime.abort();
    // Runs once: the parameters are fixed for the document's life.
  }, []);

  // Search as the query changes; a reply to an older query is dropped.
  useEffect(() => {
    if (!query) {
      setResults(undefined);
      return;
    }
    let current = true;
    void askBackground({ type: 'viewpoints/search', query }).then((reply) => {
      if (!current) return;
      if (reply.ok) {
        setError(undefined);
        setResults({ query, hits: reply.hits, source: reply.source });
      } else setError(t(lang, 'resultsError', reply.error.message));
    });
    return () => {
      current = false;
    };
  }, [query, lang]);

  useEffect(() => setExpanded(new Set()), [query, topicId]);

  // Remember the query for the session, once the remembered one has been read (not overwritten).
  // At once, not after a pause: a popup closes the moment the reader clicks elsewhere.
  useEffect(() => {
    if (restored) void saveLastQuery(query);
  }, [query, restored]);

  useEffect(() => {
    if (!topicId) {
      setTopicView(undefined);
      return;
    }
    let current = true;
    void askBackground({ type: 'viewpoints/of-topic', topicId }).then((reply) => {
      if (!current) return;
      if (reply.ok) setTopicView({ topic: reply.topic, viewpoints: reply.viewpoints, source: reply.source });
      else setError(t(lang, 'errorBackground', reply.error.message));
    });
    return () => {
      current = false;
    };
  }, [topicId, lang]);

  const topicById = useMemo(() => new Map((topics ?? []).map((topic) => [topic.id, topic])), [topics]);

  const toggle = useCallback((id: string) => {
    setExpanded((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const navItems = () => [...(listRef.current?.querySelectorAll<HTMLElement>(NAV_SELECTOR) ?? [])];

  const onInput = (event: Event) => {
    const target = event.currentTarget as HTMLInputElement;
    setInput(target.value);
    // An IME composes Chinese from Latin keys: search the characters once they are chosen.
    if ((event as InputEvent).isComposing) return;
    clearTimeout(searchTimer.current);
    const value = target.value;
    searchTimer.current = setTimeout(() => setQuery(normaliseQuery(value)), SEARCH_DELAY_MS);
  };

  const onSearchKey = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    const first = navItems()[0];
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const typed = normaliseQuery(input);
      if (typed !== query) {
        // Typed faster than the search delay: search now; the next Enter opens the best result.
        clearTimeout(searchTimer.current);
        setQuery(typed);
      } else if (first) {
        if (first.getAttribute('aria-expanded') === 'false') first.click();
        first.focus();
      }
    }
  };

  const onListKey = (event: KeyboardEvent) => {
    const items = navItems();
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      inputRef.current?.focus();
      return;
    }
    const next = moveIndex(event.key, index, items.length);
    if (next === undefined) return;
    event.preventDefault();
    if (next < 0) inputRef.current?.focus();
    else items[next]?.focus();
  };

  const openTopic = (id: TopicId) => {
    showQuery('');
    setTopicId(id);
    focusNext.current = '[data-back]';
  };

  const closeTopic = () => {
    focusNext.current = `[data-topic="${topicId}"] button`;
    setTopicId(undefined);
  };

  useEffect(() => {
    const selector = focusNext.current;
    if (!selector) return;
    const target = listRef.current?.querySelector<HTMLElement>(selector);
    if (target) {
      focusNext.current = undefined;
      target.focus();
    }
  });

  const openInTab = async () => {
    const url = new URLSearchParams();
    if (query) url.set('q', query);
    if (topicId) url.set('topic', topicId);
    if (tabId !== undefined) url.set('tab', String(tabId));
    try {
      await browser.tabs.create({ url: browser.runtime.getURL(`/lookup.html?${url}` as '/lookup.html') });
      window.close();
    } catch {
      // The browser refused a new tab (a kiosk or policy): the lookup stays here.
    }
  };

  const openOptions = async () => {
    try {
      await browser.runtime.openOptionsPage();
      if (surface === 'popup') window.close();
    } catch {
      // No options page could open: nothing to close.
    }
  };

  const quoteFirst = settings?.quoteFirst ?? DEFAULT_SETTINGS.quoteFirst;
  const shared = { lang, quoteFirst, expanded, onToggle: toggle };
  const searching = query !== '';
  // While a new search is on its way the previous results stay: no flicker between keystrokes.
  const shownResults = searching ? results : undefined;

  return (
    <main class={`vl-lookup vl-lookup-${surface}`}>
      <header class="vl-top">
        <h1>{t(lang, 'popupTitle')}</h1>
        <nav class="vl-top-actions" aria-label={title}>
          {surface === 'popup' && (
            <button type="button" class="vl-button vl-button-quiet" onClick={() => void openInTab()}>
              {t(lang, 'popupOpenInTab')}
            </button>
          )}
          <button type="button" class="vl-button vl-button-quiet" onClick={() => void openOptions()}>
            {t(lang, 'popupOpenOptions')}
          </button>
        </nav>
      </header>

      <search class="vl-search">
        <label for="vl-search-input" class="vl-visually-hidden">
          {t(lang, 'searchLabel')}
        </label>
        <input
          ref={inputRef}
          id="vl-search-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          maxLength={200}
          placeholder={t(lang, 'searchPlaceholder')}
          aria-describedby="vl-search-help"
          aria-controls="vl-list"
          value={input}
          onInput={onInput}
          onCompositionEnd={(event) => showQuery((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={onSearchKey}
        />
        <p id="vl-search-help" class="vl-help">
          {t(lang, 'searchHelp')}
        </p>
      </search>

      {error && (
        <p class="vl-error" role="alert">
          {error}
        </p>
      )}

      {!searching && !topicId && tabId !== undefined && <PageSummary tabId={tabId} lang={lang} settings={settings} />}

      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys bubble up from the buttons inside */}
      <div id="vl-list" ref={listRef} class="vl-list" onKeyDown={onListKey}>
        {searching ? (
          <section class="vl-results" aria-labelledby="vl-results-head">
            <h2 id="vl-results-head" class="vl-visually-hidden">
              {t(lang, 'resultsHeading')}
            </h2>
            <p class="vl-results-count" role="status">
              {shownResults
                ? shownResults.hits.length === 0
                  ? t(lang, 'resultsNone', shownResults.query)
                  : shownResults.hits.length === 1
                    ? t(lang, 'resultsOne', shownResults.query)
                    : t(lang, 'resultsMany', shownResults.query, shownResults.hits.length)
                : ''}
            </p>
            {shownResults && shownResults.hits.length === 0 && (
              <div class="vl-empty">
                <p>{t(lang, 'resultsNoneHint')}</p>
                <ul class="vl-suggestions">
                  {(topics ?? []).map((topic) => (
                    <li key={topic.id}>
                      <button
                        type="button"
                        class="vl-chip"
                        data-nav
                        data-suggest-topic={topic.id}
                        onClick={() => openTopic(topic.id)}
                      >
                        {topic.name[lang]}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {shownResults && shownResults.hits.length > 0 && (
              <GroupedResults hits={shownResults.hits} topics={topicById} source={shownResults.source} {...shared} />
            )}
          </section>
        ) : topicId ? (
          <section class="vl-topic" aria-labelledby="vl-topic-head" data-open-topic={topicId}>
            <button type="button" class="vl-button vl-button-quiet vl-back" data-nav data-back onClick={closeTopic}>
              <span aria-hidden="true">← </span>
              {t(lang, 'topicBack')}
            </button>
            <h2 id="vl-topic-head">{t(lang, 'cardTitle', topicById.get(topicId)?.name[lang] ?? topicId)}</h2>
            {topicView?.topic.id === topicId ? (
              <>
                <p class="vl-topic-meta">
                  <span class="vl-count">{viewpointCount(lang, topicView.viewpoints.length)}</span>
                  {' · '}
                  {topicView.topic.description[lang]}
                </p>
                <ViewpointItems items={topicView.viewpoints} source={topicView.source} headingLevel={3} {...shared} />
              </>
            ) : (
              <p>{t(lang, 'loading')}</p>
            )}
          </section>
        ) : (
          <section class="vl-panel vl-topics" aria-labelledby="vl-topics-head">
            <h2 id="vl-topics-head">{t(lang, 'topicsHeading')}</h2>
            {!topics && !error && <p>{t(lang, 'loading')}</p>}
            {topics && (
              <ul class="vl-topic-list">
                {topics.map((topic) => (
                  <li key={topic.id} data-topic={topic.id}>
                    <button type="button" class="vl-topic-button" data-nav onClick={() => openTopic(topic.id)}>
                      <span class="vl-topic-line">
                        <strong>{topic.name[lang]}</strong>
                        <span class="vl-count">{viewpointCount(lang, topic.viewpointCount)}</span>
                      </span>
                      <span class="vl-topic-description">{topic.description[lang]}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    </main>
  );
}
