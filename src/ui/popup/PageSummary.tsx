/**
 * "On this page": the tab's mentions per topic, kept live while the popup is open, a button per
 * topic that takes the page to its next mention, the "on this site" switch and the global pause.
 * When there is nothing to count, it says why.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { askTab } from '../../messaging/client';
import { PALETTE } from '../../settings/highlight-palette';
import type { Settings } from '../../settings/schema';
import { updateSettings } from '../../settings/storage';
import { type Lang, TOPICS, type TopicId } from '../../topics/topics';
import { t } from '../i18n';
import { probePage } from './page-probe';
import { describePage, type PageView, pageMessage } from './page-state';
import { siteRuleFor, siteSwitchOn, siteSwitchPatch } from './site-switch';

/** How often the counts are asked for while the popup is open. */
export const POLL_MS = 500;

/** The tab's state, asked for every POLL_MS while the document is visible; `refresh` asks at once. */
function usePageView(tabId: number): [PageView | undefined, () => void] {
  const [view, setView] = useState<PageView | undefined>();
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    void nonce;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = '';
    const tick = async () => {
      if (document.visibilityState !== 'hidden') {
        const next = describePage(await probePage(tabId));
        if (stopped) return;
        // Re-render only on a change: the popup's own focus and text selection stay untouched.
        const key = JSON.stringify(next);
        if (key !== last) {
          last = key;
          setView(next);
        }
      }
      if (!stopped) timer = setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, nonce]);
  return [view, () => setNonce((n) => n + 1)];
}

interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  description?: string;
  onChange: (checked: boolean) => void;
  name: string;
}

/** A checkbox that reads as a switch (role="switch"), its visible label its accessible name. */
function Switch({ label, checked, disabled, description, onChange, name }: SwitchProps) {
  const id = useId();
  return (
    <div class="vl-switch-row">
      <input
        type="checkbox"
        role="switch"
        id={id}
        name={name}
        class="vl-switch"
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        aria-describedby={description ? `${id}-desc` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {description && (
        <span id={`${id}-desc`} class="vl-switch-desc">
          {description}
        </span>
      )}
    </div>
  );
}

export interface PageSummaryProps {
  tabId: number;
  lang: Lang;
  settings: Settings | undefined;
}

/** The "On this page" section of the popup. */
export function PageSummary({ tabId, lang, settings }: PageSummaryProps) {
  const [view, refresh] = usePageView(tabId);
  const [note, setNote] = useState('');
  const headingId = useId();
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const change = async (patchOf: (current: Settings) => Partial<Settings>) => {
    const current = settingsRef.current;
    if (!current) return;
    setNote('');
    try {
      await updateSettings(patchOf(current));
    } catch (error) {
      setNote(t(lang, 'switchFailed', error instanceof Error ? error.message : String(error)));
    }
    // The content script applies the change at once; ask again rather than wait for the next tick.
    setTimeout(refresh, 150);
  };

  const goTo = async (topicId: TopicId, name: string) => {
    setNote('');
    const reply = await askTab(tabId, { type: 'page/next-mention', topicId, from: 'popup' });
    if (!reply.ok) setNote(t(lang, 'pageNextFailed', reply.error.message));
    else if (!reply.found) setNote(t(lang, 'pageNotFound', name));
  };

  const message = view ? pageMessage(view, settings) : (['loading'] as const);
  const page = view?.kind === 'page' ? view : undefined;
  const active = page?.state === 'active' && page.total > 0;
  const siteRule = page ? siteRuleFor(page.host) : undefined;

  return (
    <section class="vl-panel vl-page" aria-labelledby={headingId} data-page-state={view?.kind ?? 'loading'}>
      <div class="vl-panel-head">
        <h2 id={headingId}>{t(lang, 'pageHeading')}</h2>
        {active && (
          <span class="vl-page-total" data-total={page.total}>
            {page.total === 1 ? t(lang, 'pageMentionsOne') : t(lang, 'pageMentionsMany', page.total)}
          </span>
        )}
      </div>
      {message && (
        <p class="vl-page-message" data-message={message[0]}>
          {t(lang, message[0], ...message.slice(1))}
        </p>
      )}
      {active && (
        <ul class="vl-page-topics">
          {TOPICS.map((topic) => {
            const count = page.counts[topic.id];
            const off = settings ? !settings.topics[topic.id] : false;
            const name = topic.name[lang];
            return (
              <li key={topic.id} data-page-topic={topic.id}>
                <span
                  class="vl-swatch"
                  aria-hidden="true"
                  style={{ background: PALETTE[settings?.topicColors[topic.id] ?? 'grey'].line }}
                />
                <span class="vl-page-topic-name">{name}</span>
                <span class="vl-page-count" data-count={count}>
                  {off ? t(lang, 'pageTopicOff') : count}
                </span>
                <button
                  type="button"
                  class="vl-button vl-button-small"
                  aria-label={t(lang, 'pageNextLabel', name)}
                  disabled={off || count === 0}
                  onClick={() => void goTo(topic.id, name)}
                >
                  {t(lang, 'pageNext')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="vl-switches">
        {page && siteRule && settings && (
          <Switch
            name="site"
            label={t(lang, 'switchSite')}
            description={page.host}
            checked={siteSwitchOn(settings, siteRule)}
            onChange={(on) => void change((current) => siteSwitchPatch(current, siteRule, on))}
          />
        )}
        <Switch
          name="pause"
          label={t(lang, 'switchPause')}
          checked={settings ? !settings.enabled : false}
          disabled={!settings}
          onChange={(paused) => void change(() => ({ enabled: !paused }))}
        />
      </div>
      <p class="vl-note" role="status">
        {note}
      </p>
    </section>
  );
}
