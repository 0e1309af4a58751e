/**
 * Pure helpers of the lookup: results grouped by topic, keyboard movement through a list of
 * results. (The query as sent is the protocol's: `normaliseQuery`.)
 */
import type { SearchHit } from '../../messaging/protocol';
import type { TopicId } from '../../topics/topics';

export interface ResultGroup {
  topicId: TopicId;
  hits: SearchHit[];
}

/**
 * Groups ranked hits under each viewpoint's main topic (its first), once each. Groups come in the
 * order of their best hit, hits keep their rank inside a group.
 */
export function groupByTopic(hits: readonly SearchHit[]): ResultGroup[] {
  const groups = new Map<TopicId, ResultGroup>();
  for (const hit of hits) {
    const topicId = hit.viewpoint.topics[0];
    if (topicId === undefined) continue;
    let group = groups.get(topicId);
    if (!group) {
      group = { topicId, hits: [] };
      groups.set(topicId, group);
    }
    group.hits.push(hit);
  }
  return [...groups.values()];
}

/**
 * Where a key moves focus in a list of `count` items from `index`: -1 means back to the search
 * field, undefined means the key is not a movement key.
 */
export function moveIndex(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return index - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
