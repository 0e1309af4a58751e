import { describe, expect, it } from 'vitest';
import { SPEAKERS } from '../../claims/speakers';
import { VIEWPOINTS } from '../../claims/viewpoints';
import type { SearchHit } from '../../messaging/protocol';
import type { TopicId } from '../../topics/topics';
import { groupByTopic, moveIndex } from './results';

/** A search hit on a real viewpoint, re-labelled with an id and topics. */
function hit(id: string, topics: TopicId[]): SearchHit {
  const viewpoint = { ...(VIEWPOINTS[0] as (typeof VIEWPOINTS)[number]), id, topics };
  return { viewpoint, speaker: SPEAKERS[0] as (typeof SPEAKERS)[number], score: 1, matches: [] };
}

describe('groupByTopic', () => {
  it("groups under each viewpoint's first topic, groups in order of their best hit, once each", () => {
    const hits = [
      hit('a', ['distillation', 'deepseek']),
      hit('b', ['openai']),
      hit('c', ['distillation']),
      hit('d', ['deepseek', 'distillation']),
    ];
    const groups = groupByTopic(hits);
    expect(groups.map((g) => [g.topicId, g.hits.map((h) => h.viewpoint.id)])).toEqual([
      ['distillation', ['a', 'c']],
      ['openai', ['b']],
      ['deepseek', ['d']],
    ]);
  });

  it('gives no groups for no hits', () => {
    expect(groupByTopic([])).toEqual([]);
  });
});

describe('moveIndex', () => {
  it('moves down and up, stops at the end, leaves the list upwards from the top', () => {
    expect(moveIndex('ArrowDown', 0, 3)).toBe(1);
    expect(moveIndex('ArrowDown', 2, 3)).toBe(2);
    expect(moveIndex('ArrowUp', 2, 3)).toBe(1);
    expect(moveIndex('ArrowUp', 0, 3)).toBe(-1);
    expect(moveIndex('Home', 2, 3)).toBe(0);
    expect(moveIndex('End', 0, 3)).toBe(2);
  });

  it('ignores other keys and empty lists', () => {
    expect(moveIndex('Enter', 0, 3)).toBeUndefined();
    expect(moveIndex('a', 0, 3)).toBeUndefined();
    expect(moveIndex('ArrowDown', 0, 0)).toBeUndefined();
  });
});
