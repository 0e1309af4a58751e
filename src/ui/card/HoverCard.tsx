import { useEffect, useRef } from 'preact/hooks';
import type { BackgroundReplies } from '../../messaging/protocol';
import type { Lang } from '../../topics/topics';
import { ViewpointArticle } from '../components/ViewpointArticle';
import { t } from '../i18n';
import type { Theme } from '../theme';

export type CardData =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | ({ state: 'ready' } & BackgroundReplies['viewpoints/of-topic']);

export interface HoverCardProps {
  /** Topic display name, shown even before the data arrives. */
  topicName: string;
  /** The text as matched on the page. */
  form: string;
  data: CardData;
  lang: Lang;
  theme: Theme;
  quoteFirst: 'auto' | 'original' | 'translation';
  pinned: boolean;
  onPin(pinned: boolean): void;
  onClose(): void;
  /** The extension page with every viewpoint on the topic. */
  lookupUrl: string;
  /** Opens it (a page cannot navigate to an extension page itself, the background opens the tab). */
  onOpenLookup(): void;
  /** Called once the card has rendered its content (for focus and for latency measurement). */
  onRendered?(): void;
}

/**
 * The hover card: a non-modal dialog named after the topic (DESIGN.md contract 4), with the matched
 * form, a one-line description, the number of viewpoints, and each viewpoint as an <article>.
 */
export function HoverCard(props: HoverCardProps) {
  const { topicName, form, data, lang, theme, quoteFirst, pinned } = props;
  const rendered = useRef(props.onRendered);
  rendered.current = props.onRendered;
  useEffect(() => {
    if (data.state !== 'loading') rendered.current?.();
  }, [data.state]);

  const name = data.state === 'ready' ? data.topic.name[lang] : topicName;
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby="vl-card-title"
      aria-describedby="vl-card-description"
      class={`vl-card vl-theme-${theme}`}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      tabIndex={-1}
    >
      {/* Not <header>/<footer>: inside a dialog they would be extra banner/contentinfo landmarks. */}
      <div class="vl-card-head">
        <div class="vl-card-title-row">
          <h2 id="vl-card-title" class="vl-card-title">
            {t(lang, 'cardTitle', name)}
          </h2>
          <div class="vl-card-actions">
            <button
              type="button"
              class="vl-icon-button"
              aria-pressed={pinned}
              aria-label={t(lang, 'cardPin')}
              title={pinned ? t(lang, 'cardUnpin') : t(lang, 'cardPin')}
              onClick={() => props.onPin(!pinned)}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path
                  d="M10.5 1.5 14.5 5.5 12 6.5 9.5 9 10 12.5 8.5 14 6 11.5 2.5 15 1 15 1 13.5 4.5 10 2 7.5 3.5 6 7 6.5 9.5 4z"
                  fill={pinned ? 'currentColor' : 'none'}
                  stroke="currentColor"
                  stroke-width="1.2"
                  stroke-linejoin="round"
                />
              </svg>
            </button>
            <button
              type="button"
              class="vl-icon-button"
              aria-label={t(lang, 'cardClose')}
              title={t(lang, 'cardClose')}
              onClick={props.onClose}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M3.5 3.5 12.5 12.5 M12.5 3.5 3.5 12.5" stroke="currentColor" stroke-width="1.6" />
              </svg>
            </button>
          </div>
        </div>
        <p class="vl-card-matched">{t(lang, 'cardMatched', form, name)}</p>
        <p id="vl-card-description" class="vl-card-description">
          {data.state === 'ready' ? data.topic.description[lang] : ''}
        </p>
        {data.state === 'ready' && <p class="vl-card-count">{t(lang, 'cardCount', data.viewpoints.length)}</p>}
      </div>
      {data.state === 'loading' && (
        <p class="vl-card-status" role="status">
          {t(lang, 'cardLoading')}
        </p>
      )}
      {data.state === 'error' && (
        <p class="vl-card-status" role="alert">
          {t(lang, 'cardError', data.message)}
        </p>
      )}
      {data.state === 'ready' && (
        // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling list needs keyboard focus to scroll
        <section class="vl-card-body" tabIndex={0} aria-label={t(lang, 'cardTitle', name)}>
          {data.viewpoints.map((view) => (
            <ViewpointArticle
              key={view.viewpoint.id}
              view={view}
              source={data.source}
              lang={lang}
              quoteFirst={quoteFirst}
              headingLevel={3}
            />
          ))}
        </section>
      )}
      <div class="vl-card-foot">
        <a
          href={props.lookupUrl}
          target="_blank"
          rel="noreferrer"
          class="vl-card-lookup"
          onClick={(event) => {
            event.preventDefault();
            props.onOpenLookup();
          }}
        >
          {t(lang, 'cardOpenLookup', name)}
        </a>
      </div>
    </div>
  );
}
