/**
 * Valibot schemas for the claim data: the source record, speakers, viewpoints and topics.
 * The bundled data is checked against them in tests and when a store is built, so a typo in
 * hand-written data fails loudly instead of reaching a hover card. Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import { TOPIC_IDS } from '../topics/topics';
import { THEME_IDS } from './themes';

/** Trimmed, non-empty text: stray whitespace in hand-written data is always a mistake. */
const Text = v.pipe(
  v.string(),
  v.nonEmpty('must not be empty'),
  v.check((s) => s.trim() === s, 'must not start or end with whitespace'),
);

/** Text that must stay on one line: a quote never crosses a paragraph break. */
const OneLine = v.pipe(
  v.string(),
  v.check((s) => !/[\r\n]/.test(s), 'must not contain a line break'),
);

/** Stable ids are kebab-case so they read well in URLs, logs and test names. */
export const KebabIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));

export const BilingualSchema = v.strictObject({ en: Text, zh: Text });
export type Bilingual = v.InferOutput<typeof BilingualSchema>;

export const TopicIdSchema = v.picklist(TOPIC_IDS);
export const ThemeIdSchema = v.picklist(THEME_IDS);

/** A calendar date as YYYY-MM-DD; ISO strings compare correctly as plain strings. */
const IsoDate = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'));

export const DateRangeSchema = v.pipe(
  v.strictObject({
    notBefore: IsoDate,
    notAfter: v.optional(IsoDate),
    /** How the range was inferred from the article's own content; the article carries no date. */
    basis: BilingualSchema,
  }),
  v.check((r) => r.notAfter === undefined || r.notAfter >= r.notBefore, 'notAfter must not be earlier than notBefore'),
);

export const SourceSchema = v.strictObject({
  id: KebabIdSchema,
  /** The publisher as the article's own footer names it; no invented title, URL or author. */
  publisher: BilingualSchema,
  language: v.literal('zh'),
  dateRange: DateRangeSchema,
});
export type Source = v.InferOutput<typeof SourceSchema>;

export const SPEAKER_KINDS = ['person', 'organisation', 'media', 'anonymous', 'article'] as const;
export const SpeakerKindSchema = v.picklist(SPEAKER_KINDS);
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export const SpeakerSchema = v.strictObject({
  id: KebabIdSchema,
  /** The name exactly as the article writes it. */
  zh: Text,
  /** English form: the article's own where it gives one, otherwise a romanisation. */
  en: Text,
  kind: SpeakerKindSchema,
  /** The article's own description of the speaker, if it gives one; never an invented title. */
  described: v.optional(BilingualSchema),
});
export type Speaker = v.InferOutput<typeof SpeakerSchema>;

export const VIEWPOINT_KINDS = ['opinion', 'prediction', 'reported-fact', 'reported-statement'] as const;
export const ViewpointKindSchema = v.picklist(VIEWPOINT_KINDS);
export type ViewpointKind = (typeof VIEWPOINT_KINDS)[number];

/** W3C TextQuoteSelector: enough context to re-find the quote even if it recurs in the article. */
export const TextQuoteSelectorSchema = v.strictObject({
  exact: v.pipe(OneLine, v.nonEmpty('must not be empty')),
  prefix: v.pipe(OneLine, v.maxLength(20, 'at most 20 characters')),
  suffix: v.pipe(OneLine, v.maxLength(20, 'at most 20 characters')),
});
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;

/** A list without repeats: a repeated topic or theme would double-count in grouping and search. */
function distinct<T>(items: readonly T[]): boolean {
  return new Set(items).size === items.length;
}

export const ViewpointSchema = v.strictObject({
  id: KebabIdSchema,
  topics: v.pipe(
    v.array(TopicIdSchema),
    v.minLength(1, 'needs at least one topic'),
    v.check(distinct, 'topics must not repeat'),
  ),
  themes: v.pipe(
    v.array(ThemeIdSchema),
    v.minLength(1, 'needs at least one theme'),
    v.check(distinct, 'themes must not repeat'),
  ),
  /** Speaker id: who makes the claim. */
  speaker: KebabIdSchema,
  /** Speaker id of whoever relays the claim, when the article has it second-hand (媒体报道). */
  via: v.optional(KebabIdSchema),
  kind: ViewpointKindSchema,
  /** A short label of the position on the topic. */
  stance: BilingualSchema,
  /** One or two sentences in our own words. */
  summary: BilingualSchema,
  quote: TextQuoteSelectorSchema,
  /** Faithful English translation of `quote.exact`. */
  translation: Text,
  /** 1-based line number of the article file the quote is on. */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type Viewpoint = v.InferOutput<typeof ViewpointSchema>;

export const AliasSchema = v.strictObject({
  form: Text,
  script: v.picklist(['latin', 'cjk']),
  context: v.optional(v.picklist(['ai', 'ticker'])),
});

/** Validates the topic records owned by src/topics/topics.ts. */
export const TopicSchema = v.strictObject({
  id: TopicIdSchema,
  name: BilingualSchema,
  description: BilingualSchema,
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'needs at least one alias')),
});
export type TopicRecord = v.InferOutput<typeof TopicSchema>;

/** Everything a claim store is built from (topics come from src/topics/topics.ts). */
export const ClaimDataSchema = v.strictObject({
  source: SourceSchema,
  speakers: v.array(SpeakerSchema),
  viewpoints: v.array(ViewpointSchema),
});
export type ClaimData = v.InferOutput<typeof ClaimDataSchema>;

/** The same shape with read-only lists, as the bundled data is declared. */
export interface ClaimBundle {
  readonly source: Source;
  readonly speakers: readonly Speaker[];
  readonly viewpoints: readonly Viewpoint[];
}
