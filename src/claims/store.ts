/**
 * The claim store: the bundled data, validated once, with lookups by id and topic and the search
 * index built once. The background worker holds one; the popup and hover card ask it through
 * messages. Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import type { Topic, TopicId } from '../topics/topics';
import { TOPICS } from '../topics/topics';
import { CLAIM_DATA } from './data';
import { foldText } from './fold';
import type { ClaimBundle, Source, Speaker, Viewpoint } from './schema';
import { ClaimDataSchema, TopicSchema } from './schema';
import type { SearchOptions, SearchResult } from './search';
import { createSearchIndex } from './search';

export interface ClaimStore {
  /** All topics, in their canonical order. */
  topics(): readonly Topic[];
  /** The topic with this id, or undefined for anything that is not one. */
  topic(id: string): Topic | undefined;
  /** The topic's viewpoints in article order; undefined (not a throw) for an unknown id. */
  viewpointsOf(topicId: string): readonly Viewpoint[] | undefined;
  /** The viewpoint with this id, or undefined. */
  viewpoint(id: string): Viewpoint | undefined;
  /** Every viewpoint, in data order. */
  viewpoints(): readonly Viewpoint[];
  /** The topic a name or alias form denotes (folded: case, full-width, Traditional), or undefined. */
  topicForAlias(form: string): TopicId | undefined;
  /** The speaker with this id, or undefined. */
  speaker(id: string): Speaker | undefined;
  /** Every speaker. */
  speakers(): readonly Speaker[];
  /** The source article's record. */
  source(): Source;
  /** Ranked full-text search; see search.ts for the matching rules. */
  search(query: string, options?: SearchOptions): SearchResult[];
  /** How many viewpoints a search for `query` checks: the index's candidates, not the whole set. */
  candidateCount(query: string): number;
}

export interface ClaimStoreInput extends ClaimBundle {
  /** Defaults to TOPICS from src/topics/topics.ts. */
  readonly topics?: readonly Topic[];
}

/** Thrown when claim data fails its schema or refers to something that does not exist. */
export class ClaimDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid claim data:\n- ${problems.join('\n- ')}`);
    this.name = 'ClaimDataError';
  }
}

/** Lists what is wrong with the data beyond its schema: duplicate ids and dangling references. */
export function checkClaimIntegrity(data: ClaimStoreInput): string[] {
  const problems: string[] = [];
  const speakerIds = new Set<string>();
  for (const s of data.speakers) {
    if (speakerIds.has(s.id)) problems.push(`speaker id ${s.id} is used twice`);
    speakerIds.add(s.id);
  }
  const viewpointIds = new Set<string>();
  for (const vp of data.viewpoints) {
    if (viewpointIds.has(vp.id)) problems.push(`viewpoint id ${vp.id} is used twice`);
    viewpointIds.add(vp.id);
    if (!speakerIds.has(vp.speaker)) problems.push(`viewpoint ${vp.id}: unknown speaker ${vp.speaker}`);
    if (vp.via !== undefined && !speakerIds.has(vp.via)) {
      problems.push(`viewpoint ${vp.id}: unknown relaying speaker ${vp.via}`);
    }
    if (vp.via !== undefined && vp.via === vp.speaker) {
      problems.push(`viewpoint ${vp.id}: relayed by its own speaker`);
    }
  }
  return problems;
}

/** Builds the store once: validates the data, indexes it, and answers lookups and searches. */
export function createClaimStore(data: ClaimStoreInput = CLAIM_DATA): ClaimStore {
  const topics = data.topics ?? TOPICS;
  const problems: string[] = [];
  const parsed = v.safeParse(ClaimDataSchema, {
    source: data.source,
    speakers: data.speakers,
    viewpoints: data.viewpoints,
  });
  if (!parsed.success) {
    for (const issue of parsed.issues.slice(0, 20)) {
      const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
      problems.push(`${path}: ${issue.message}`);
    }
  }
  for (const topic of topics) {
    const result = v.safeParse(TopicSchema, topic);
    if (!result.success) problems.push(`topic ${topic.id}: ${result.issues[0]?.message ?? 'invalid'}`);
  }
  problems.push(...checkClaimIntegrity(data));
  if (problems.length > 0) throw new ClaimDataError(problems);

  // Keep the caller's objects (not valibot's copies): identity lets callers compare results.
  const viewpoints = data.viewpoints;
  const speakers = data.speakers;
  const viewpointById = new Map<string, Viewpoint>(viewpoints.map((vp) => [vp.id, vp]));
  const speakerById = new Map<string, Speaker>(speakers.map((s) => [s.id, s]));
  const topicById = new Map<string, Topic>(topics.map((t) => [t.id, t]));
  const byTopic = new Map<string, Viewpoint[]>(topics.map((t) => [t.id, []]));
  for (const vp of viewpoints) for (const id of vp.topics) byTopic.get(id)?.push(vp);
  const topicByForm = new Map<string, TopicId>();
  for (const t of topics) {
    for (const form of [t.id, t.name.en, t.name.zh, ...t.aliases.map((a) => a.form)]) {
      const key = foldText(form);
      if (!topicByForm.has(key)) topicByForm.set(key, t.id);
    }
  }
  const index = createSearchIndex(viewpoints, speakers, topics);

  return {
    topics: () => topics,
    topic: (id) => topicById.get(id),
    viewpointsOf: (topicId) => byTopic.get(topicId),
    viewpoint: (id) => viewpointById.get(id),
    viewpoints: () => viewpoints,
    topicForAlias: (form) => topicByForm.get(foldText(form.trim())),
    speaker: (id) => speakerById.get(id),
    speakers: () => speakers,
    source: () => data.source,
    search: (query, options) => index.search(query, options),
    candidateCount: (query) => index.candidateCount(query),
  };
}
