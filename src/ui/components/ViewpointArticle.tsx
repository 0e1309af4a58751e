import type { ComponentChildren } from 'preact';
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
  /** Which of quote and translation shows first; `auto` picks the one in the UI language. */
  quoteFirst: 'auto' | 'original' | 'translation';
  /** Search matches to mark. */
  matches?: readonly SearchMatch[];
  /** Heading level of the speaker line inside the surrounding document. */
  headingLevel?: 2 | 3 | 4;
  /**
   * Makes the article a disclosure (popup and lookup results): the speaker line becomes a button
   * that shows or hides the quote and source. Left undefined (the hover card), everything shows.
   */
  expanded?: boolean;
  /** Called when the speaker button of a disclosure article is pressed. */
  onToggle?: () => void;
  /** Shown under the summary: the lookup's note of why a result matched, where nothing else shows it. */
  note?: ComponentChildren;
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

/**
 * Speaker matches refer to the name or alias that matched (`Sam Altman`, `萨姆·奥特曼`), while the
 * card shows a composed name (`Sam Altman (萨姆·奥特曼)`): shift each span to where its string sits.
 */
function speakerSpans(matches: readonly SearchMatch[] | undefined, shown: string): Span[] {
  const spans: Span[] = [];
  for (const m of matches ?? []) {
    if (m.field !== 'speaker') continue;
    const at = shown.indexOf(m.text);
    if (at >= 0) spans.push({ start: at + m.start, end: at + m.end });
  }
  return spans;
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
export function ViewpointArticle({
  view,
  source,
  lang,
  quoteFirst,
  matches,
  headingLevel = 3,
  expanded,
  onToggle,
  note,
}: ViewpointArticleProps) {
  const { viewpoint, speaker, via } = view;
  // The reader's choice of quote or translation, for the match situation it was made in.
  const [chosen, setChosen] = useState<{ when: string; original: boolean } | undefined>();
  const id = useId();
  const Heading = `h${headingLevel}` as 'h3';
  const name = speakerName(speaker, lang);
  const summary = viewpoint.summary[lang];
  const stance = viewpoint.stance[lang];
  const quote = viewpoint.quote.exact;
  const quoteMatched = spansOf(matches, 'quote', quote).length > 0;
  const translationMatched = spansOf(matches, 'translation', viewpoint.translation).length > 0;
  // A match in the hidden one of the pair is worth showing first; the button still swaps them.
  const preferred =
    quoteMatched && !translationMatched
      ? true
      : translationMatched && !quoteMatched
        ? false
        : quoteFirst === 'auto'
          ? lang === 'zh'
          : quoteFirst === 'original';
  const situation = `${quoteMatched}/${translationMatched}`;
  const original = chosen?.when === situation ? chosen.original : preferred;
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const otherSummary = viewpoint.summary[other];
  const otherSummarySpans = spansOf(matches, other === 'en' ? 'summary.en' : 'summary.zh', otherSummary);
  const shownMatched =
    speakerSpans(matches, name).length > 0 ||
    spansOf(matches, lang === 'en' ? 'stance.en' : 'stance.zh', stance).length > 0 ||
    spansOf(matches, lang === 'en' ? 'summary.en' : 'summary.zh', summary).length > 0 ||
    quoteMatched ||
    translationMatched;
  const disclosure = expanded !== undefined;
  const full = !disclosure || expanded;
  // A collapsed result still shows a quote whose text the search matched: it is why the result is here.
  const showQuote = full || quoteMatched || translationMatched;
  const speakerLine = (
    <>
      <Marked text={name} spans={speakerSpans(matches, name)} />
      {via && <span class="vl-via"> {t(lang, 'viaSpeaker', speakerName(via, lang))}</span>}
    </>
  );

  return (
    <article class="vl-viewpoint" aria-labelledby={`${id}-speaker`} data-viewpoint={viewpoint.id}>
      <header class="vl-viewpoint-head">
        <Heading id={`${id}-speaker`} class="vl-speaker">
          {disclosure ? (
            <button
              type="button"
              class="vl-disclosure"
              aria-expanded={expanded}
              aria-describedby={`${id}-summary`}
              onClick={onToggle}
            >
              {speakerLine}
            </button>
          ) : (
            speakerLine
          )}
        </Heading>
        <ul class="vl-badges" aria-label={t(lang, 'kindLabel', t(lang, KIND_KEYS[viewpoint.kind]))}>
          <li class={`vl-badge vl-kind vl-kind-${viewpoint.kind}`}>{t(lang, KIND_KEYS[viewpoint.kind])}</li>
          <li class="vl-badge vl-stance" title={t(lang, 'stanceLabel', stance)}>
            <Marked text={stance} spans={spansOf(matches, lang === 'en' ? 'stance.en' : 'stance.zh', stance)} />
          </li>
        </ul>
      </header>
      <p class="vl-summary" id={`${id}-summary`}>
        <Marked text={summary} spans={spansOf(matches, lang === 'en' ? 'summary.en' : 'summary.zh', summary)} />
      </p>
      {note}
      {!shownMatched && otherSummarySpans.length > 0 && (
        // The search matched only the summary in the other language: show that one too, marked.
        <p class="vl-summary vl-summary-other" lang={other === 'zh' ? 'zh-CN' : 'en'}>
          <Marked text={otherSummary} spans={otherSummarySpans} />
        </p>
      )}
      {showQuote && (
        <figure class="vl-quote">
          {/* Both stay in the article (DESIGN.md contract 4: it holds the verbatim quote, which may
              sit collapsed behind its translation); the one not chosen is hidden. */}
          <blockquote lang="zh-CN" aria-label={t(lang, 'quoteOriginalLabel')} hidden={!original}>
            <Marked text={quote} spans={spansOf(matches, 'quote', quote)} />
          </blockquote>
          <blockquote lang="en" aria-label={t(lang, 'quoteTranslationLabel')} hidden={original}>
            <Marked text={viewpoint.translation} spans={spansOf(matches, 'translation', viewpoint.translation)} />
          </blockquote>
          {full && (
            <figcaption>
              <button
                type="button"
                class="vl-link-button"
                onClick={() => setChosen({ when: situation, original: !original })}
              >
                {original ? t(lang, 'showTranslation') : t(lang, 'showOriginal')}
              </button>
            </figcaption>
          )}
        </figure>
      )}
      {full && (
        <footer class="vl-source">
          {t(
            lang,
            'sourceLine',
            lang === 'zh' ? source.publisher.zh : `${source.publisher.en} (${source.publisher.zh})`,
            viewpoint.paragraph,
          )}
        </footer>
      )}
    </article>
  );
}
