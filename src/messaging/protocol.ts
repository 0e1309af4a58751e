/**
 * The typed message protocol between the extension's parts. Requests are validated with valibot
 * where they are received; every reply is `{ ok: true, … }` or a typed error, never a throw.
 * Pure: no `browser` here (see ./client.ts and ./router.ts for the adapters).
 */
import * as v from 'valibot';
import type { Source, Speaker, Viewpoint } from '../claims/schema';
import type { SearchMatch } from '../claims/search';
import { type Lang, TOPIC_IDS, type TopicId } from '../topics/topics';

const TopicIdSchema = v.picklist(TOPIC_IDS, 'unknown topic');

/** The longest search query the background accepts, in UTF-16 code units. */
export const MAX_QUERY_LENGTH = 200;

/** A query as searched and remembered: whitespace runs made one space, trimmed, at most 200 characters. */
export function normaliseQuery(raw: string): string {
  const clean = raw.replace(/\s+/gu, ' ').trim();
  if (clean.length <= MAX_QUERY_LENGTH) return clean;
  // Cut on a code point, never inside a surrogate pair: stop at the first one that does not fit.
  let out = '';
  for (const ch of clean) {
    if (out.length + ch.length > MAX_QUERY_LENGTH) break;
    out += ch;
  }
  return out;
}

const CountsSchema = v.strictObject(
  Object.fromEntries(TOPIC_IDS.map((id) => [id, v.pipe(v.number(), v.integer(), v.minValue(0))])) as Record<
    TopicId,
    v.SchemaWithPipe<
      readonly [v.NumberSchema<undefined>, v.IntegerAction<number, undefined>, v.MinValueAction<number, 0, undefined>]
    >
  >,
);

/** Requests the background worker answers (from content scripts, the popup and the options page). */
export const BackgroundRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('topics/list') }),
  /** Every viewpoint on one topic, with the speakers and source they refer to. */
  v.strictObject({ type: v.literal('viewpoints/of-topic'), topicId: v.pipe(v.string(), v.maxLength(100)) }),
  /** Ranked search over every viewpoint in both languages. */
  v.strictObject({
    type: v.literal('viewpoints/search'),
    query: v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200))),
    topics: v.optional(v.array(TopicIdSchema)),
  }),
  /** Opens the full lookup page in a tab, for a topic or a query (content scripts cannot open it). */
  v.strictObject({
    type: v.literal('lookup/open'),
    topicId: v.optional(TopicIdSchema),
    query: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH))),
  }),
  /** A frame reports how many visible mentions it has, for the badge and the popup. */
  v.strictObject({ type: v.literal('page/mentions'), counts: CountsSchema }),
  /** The popup asks what a tab's frames have reported. */
  v.strictObject({ type: v.literal('tab/mentions'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** Requests a content script answers (from the popup and the background, per tab). */
export const PageRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('page/status') }),
  v.strictObject({
    type: v.literal('page/next-mention'),
    topicId: v.optional(TopicIdSchema),
    /** Who asks: the keyboard command or the popup's topic buttons. */
    from: v.optional(v.picklist(['keyboard', 'popup'])),
  }),
]);
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;

export type MentionCounts = Record<TopicId, number>;

/** Zero mentions of every topic. */
export function emptyCounts(): MentionCounts {
  return { deepseek: 0, openai: 0, nvidia: 0, distillation: 0 };
}

/** What the UI needs to show a topic; aliases are the forms the matcher knows. */
export interface TopicInfo {
  id: TopicId;
  name: Record<Lang, string>;
  description: Record<Lang, string>;
  aliases: string[];
  /** How many viewpoints the source gives on it. */
  viewpointCount: number;
}

/** A viewpoint with what a card needs to show it: its speaker (and relaying speaker) resolved. */
export interface ViewpointView {
  viewpoint: Viewpoint;
  speaker: Speaker;
  via?: Speaker;
}

/** One search result: the viewpoint, and where the query matched it. */
export interface SearchHit extends ViewpointView {
  score: number;
  matches: SearchMatch[];
}

export interface PageStatus {
  /** Why nothing is highlighted, when nothing is. */
  state: 'active' | 'paused' | 'site-disabled';
  host: string;
  /** The document's MIME type: `application/pdf` in a PDF viewer, where nothing can be marked. */
  contentType: string;
  counts: MentionCounts;
}

/** Reply payloads by request type. */
export interface BackgroundReplies {
  'topics/list': { topics: TopicInfo[]; source: Source };
  'viewpoints/of-topic': { topic: TopicInfo; viewpoints: ViewpointView[]; source: Source };
  'viewpoints/search': { query: string; hits: SearchHit[]; source: Source };
  'lookup/open': { opened: true };
  'page/mentions': { total: number };
  'tab/mentions': { counts: MentionCounts; total: number };
}
export interface PageReplies {
  'page/status': PageStatus;
  'page/next-mention': { found: boolean };
}

export const ERROR_CODES = ['bad-request', 'unknown-topic', 'unavailable', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export interface ErrorReply {
  ok: false;
  error: { code: ErrorCode; message: string };
}
export type Reply<T> = ({ ok: true } & T) | ErrorReply;

/** Builds an error reply. */
export function errorReply(code: ErrorCode, message: string): ErrorReply {
  return { ok: false, error: { code, message } };
}

/** Describes why a message failed validation, in one line for the error reply. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** True when a reply has the shape of an error reply (replies cross a process boundary unchecked). */
export function isErrorReply(value: unknown): value is ErrorReply {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { ok?: unknown }).ok === false &&
    typeof (value as { error?: { code?: unknown } }).error?.code === 'string'
  );
}
