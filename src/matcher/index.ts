/**
 * Mention matcher: text in, topic mentions out. Pure (no DOM, no `browser`). Callers pass the
 * whole text of one block element so context rules can judge the surrounding sentence, and map
 * the UTF-16 offsets back to text nodes themselves.
 */
import type { Topic, TopicId } from '../topics/topics';
import { TOPICS } from '../topics/topics';
import { createRegexMatcher } from './regex-matcher';

/** One mention: UTF-16 offsets into the given text and the matched text as written there. */
export interface Mention {
  start: number;
  end: number;
  topicId: TopicId;
  form: string;
}

/** Finds mentions; results are sorted by start and never overlap. */
export interface Matcher {
  find(text: string): Mention[];
}

/** Options for {@link createMatcher}. */
export interface MatcherOptions {
  /** Only these topics (default: all). */
  topics?: readonly TopicId[];
}

/** Compiles the topics' aliases once; reuse the matcher for every text. */
export function createMatcher(topics: readonly Topic[] = TOPICS, options: MatcherOptions = {}): Matcher {
  const only = options.topics;
  const selected = only === undefined ? topics : topics.filter((t) => only.includes(t.id));
  return createRegexMatcher(selected);
}
