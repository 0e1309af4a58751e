import { useId, useState } from 'preact/hooks';
import type { Source } from '../../claims/schema';
import type { SearchField, SearchMatch } from '../../claims/search';
import type { ViewpointView } from '../../messaging/protocol';
import type { Lang } from '../../topics/topics';
import { t } from '../i18n';
import { Marked, type Span } from './Marked';

export interface ViewpointArticleProps {
  view: ViewpointView;
  source: Source;
  lang: Lang;
  /** Which of quote and translation shows first; the other is one click away. */
  quoteFirst: 'original' | 'translation';
  /** Search matches to mark. */
  matches?: readonly SearchMatch[];
  /** Heading level of the speaker line inside the surrounding document. */
  headingLevel?: 2 | 3 | 4;
}

const KIND_KEYS = {
  opinion: 'kind_opinion',
  prediction: 'kind_prediction',
  'reported-fact': 'kind_reported_fact',
  'reported-statement': 'kind_reported_statement',
} as const;

function spansOf(matches: readonly SearchMatch[] | undefined, field: SearchField, text: string): Span[] {
  return (matches ?? []).filter((m) => m.field === field && m.text === text);
}

/** The speaker as the article names them; in English with the Chinese name beside a romanisation. */
export function speakerName(speaker: ViewpointView['speaker'], lang: Lang): string {
  if (lang === 'zh' || speaker.en === speaker.zh) return speaker.zh;
  return speaker.kind === 'person' && speaker.en !== speaker.zh ? `${speaker.en} (${speaker.zh})` : speaker.en;
}

/**
 * One viewpoint as an <article>: speaker, kind and stance badges, the summary in the UI language,
 * the verbatim quote and its translation (one shown, the other behind a button), the source line.
 */
export function ViewpointArticle({ view, source, lang, quoteFirst, matches, headingLevel = 3 }: ViewpointArticleProps) {
  const { viewpoint, speaker, via } = view;
  const [showOriginal, setShowOriginal] = useState(quoteFirst === 'original');
  const id = useId();
  const Heading = `h${headingLevel}` as 'h3';
  const name = speakerName(speaker, lang);
  const summary = viewpoint.summary[lang];
  const stance = viewpoint.stance[lang];
  const quote = viewpoint.quote.exact;
  const quoteMatched = spansOf(matches, 'quote', quote).length > 0;
  const translationMatched = spansOf(matches, 'translation', viewpoint.translation).length > 0;
  // A match in the hidden one of the pair is worth showing.
  const original =
    quoteMatched && !translationMatched ? true : translationMatched && !quoteMatched ? false : showOriginal;

  return (
    <article class="vl-viewpoint" aria-labelledby={`${id}-speaker`} data-viewpoint={viewpoint.id}>
      <header class="vl-viewpoint-head">
        <Heading id={`${id}-speaker`} class="vl-speaker">
          <Marked text={name} spans={spansOf(matches, 'speaker', name)} />
          {via && <span class="vl-via"> {t(lang, 'viaSpeaker', speakerName(via, lang))}</span>}
        </Heading>
        <ul class="vl-badges" aria-label={t(lang, 'kindLabel', t(lang, KIND_KEYS[viewpoint.kind]))}>
          <li class={`vl-badge vl-kind vl-kind-${viewpoint.kind}`}>{t(lang, KIND_KEYS[viewpoint.kind])}</li>
          <li class="vl-badge vl-stance" title={t(lang, 'stanceLabel', stance)}>
            <Marked text={stance} spans={spansOf(matches, lang === 'en' ? 'stance.en' : 'stance.zh', stance)} />
          </li>
        </ul>
      </header>
      <p class="vl-summary">
        <Marked text={summary} spans={spansOf(matches, lang === 'en' ? 'summary.en' : 'summary.zh', summary)} />
      </p>
      <figure class="vl-quote">
        {original ? (
          <blockquote lang="zh-CN" aria-label={t(lang, 'quoteOriginalLabel')}>
            <Marked text={quote} spans={spansOf(matches, 'quote', quote)} />
          </blockquote>
        ) : (
          <blockquote lang="en" aria-label={t(lang, 'quoteTranslationLabel')}>
            <Marked text={viewpoint.translation} spans={spansOf(matches, 'translation', viewpoint.translation)} />
          </blockquote>
        )}
        <figcaption>
          <button type="button" class="vl-link-button" onClick={() => setShowOriginal(!original)}>
            {original ? t(lang, 'showTranslation') : t(lang, 'showOriginal')}
          </button>
        </figcaption>
      </figure>
      <footer class="vl-source">
        {t(
          lang,
          'sourceLine',
          lang === 'zh' ? source.publisher.zh : `${source.publisher.en} (${source.publisher.zh})`,
          viewpoint.paragraph,
        )}
      </footer>
    </article>
  );
}
