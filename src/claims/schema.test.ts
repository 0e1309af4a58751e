import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TOPIC_IDS, TOPICS } from '../topics/topics';
import { CLAIM_DATA } from './data';
import type { Viewpoint } from './schema';
import { ClaimDataSchema, SourceSchema, SpeakerSchema, TopicSchema, ViewpointSchema } from './schema';
import { checkClaimIntegrity } from './store';
import { VIEWPOINTS } from './viewpoints';

const first = VIEWPOINTS[0] as Viewpoint;

describe('claim data against its schema', () => {
  it('validates as a whole', () => {
    const result = v.safeParse(ClaimDataSchema, CLAIM_DATA);
    expect(result.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('validates the topics owned by src/topics', () => {
    for (const topic of TOPICS) expect(v.safeParse(TopicSchema, topic).success).toBe(true);
  });

  it('has unique viewpoint and speaker ids, and every referenced speaker exists', () => {
    expect(checkClaimIntegrity(CLAIM_DATA)).toEqual([]);
    const ids = CLAIM_DATA.viewpoints.map((vp) => vp.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every topic at least three viewpoints', () => {
    for (const id of TOPIC_IDS) {
      const count = VIEWPOINTS.filter((vp) => vp.topics.includes(id)).length;
      expect(count, id).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the schema rejects bad records', () => {
  it('rejects unknown topics, themes, kinds and empty topic lists', () => {
    expect(v.safeParse(ViewpointSchema, { ...first, topics: ['tesla'] }).success).toBe(false);
    expect(v.safeParse(ViewpointSchema, { ...first, topics: [] }).success).toBe(false);
    expect(v.safeParse(ViewpointSchema, { ...first, topics: ['nvidia', 'nvidia'] }).success).toBe(false);
    expect(v.safeParse(ViewpointSchema, { ...first, themes: ['whisky'] }).success).toBe(false);
    expect(v.safeParse(ViewpointSchema, { ...first, kind: 'rumour' }).success).toBe(false);
  });

  it('rejects ids that are not kebab-case and extra keys', () => {
    expect(v.safeParse(ViewpointSchema, { ...first, id: 'Kasi_View' }).success).toBe(false);
    expect(v.safeParse(ViewpointSchema, { ...first, author: 'x' }).success).toBe(false);
  });

  it('rejects quotes that cross a line break or carry long context', () => {
    const quote = { ...first.quote, exact: 'a\nb' };
    expect(v.safeParse(ViewpointSchema, { ...first, quote }).success).toBe(false);
    const long = { ...first.quote, prefix: 'x'.repeat(21) };
    expect(v.safeParse(ViewpointSchema, { ...first, quote: long }).success).toBe(false);
  });

  it('rejects untrimmed or empty text and non-integer paragraphs', () => {
    expect(v.safeParse(ViewpointSchema, { ...first, translation: ' x' }).success).toBe(false);
    expect(v.safeParse(ViewpointSchema, { ...first, summary: { en: '', zh: '好' } }).success).toBe(false);
    expect(v.safeParse(ViewpointSchema, { ...first, paragraph: 1.5 }).success).toBe(false);
    expect(v.safeParse(ViewpointSchema, { ...first, paragraph: 0 }).success).toBe(false);
  });

  it('rejects a date range that is not ISO or runs backwards', () => {
    const source = CLAIM_DATA.source;
    const bad = { ...source, dateRange: { ...source.dateRange, notBefore: '28 Jan 2025' } };
    expect(v.safeParse(SourceSchema, bad).success).toBe(false);
    const backwards = { ...source, dateRange: { ...source.dateRange, notAfter: '2024-01-01' } };
    expect(v.safeParse(SourceSchema, backwards).success).toBe(false);
  });

  it('rejects unknown speaker kinds', () => {
    expect(v.safeParse(SpeakerSchema, { id: 'x', zh: '某', en: 'X', kind: 'robot' }).success).toBe(false);
  });

  it('reports dangling speakers and duplicate ids', () => {
    const problems = checkClaimIntegrity({
      ...CLAIM_DATA,
      viewpoints: [first, first, { ...first, id: 'other', speaker: 'nobody', via: 'nowhere' }],
    });
    expect(problems.join('\n')).toMatch(/used twice/);
    expect(problems.join('\n')).toMatch(/unknown speaker nobody/);
    expect(problems.join('\n')).toMatch(/unknown relaying speaker nowhere/);
  });
});

describe('source and speakers', () => {
  it('names the publisher as the footer does and invents no title, URL or author', () => {
    const { source } = CLAIM_DATA;
    expect(source.publisher).toEqual({ zh: '炎黄', en: 'Yanhuang' });
    expect(source.language).toBe('zh');
    expect(Object.keys(source).sort()).toEqual(['dateRange', 'id', 'language', 'publisher']);
    expect(source.dateRange.notBefore).toBe('2025-01-28');
    expect(source.dateRange.basis.en).toMatch(/no date/);
  });

  it('names the speakers as the article does', () => {
    const byId = new Map(CLAIM_DATA.speakers.map((s) => [s.id, s]));
    expect(byId.get('kasi')).toMatchObject({ zh: '卡斯', en: 'Kasi', kind: 'person' });
    expect(byId.get('sam-altman')).toMatchObject({ zh: '萨姆·奥特曼', en: 'Sam Altman' });
    expect(byId.get('goldman-sachs')).toMatchObject({ zh: '高盛', en: 'Goldman Sachs' });
    expect(byId.get('openai')).toMatchObject({ zh: 'OpenAI', kind: 'organisation' });
    expect(byId.get('media-reports')).toMatchObject({ zh: '媒体报道', kind: 'media' });
    expect(byId.get('industry-veteran')).toMatchObject({ zh: '一位行业资深人士', kind: 'anonymous' });
    expect(byId.get('the-article')).toMatchObject({ zh: '本文', en: 'the article', kind: 'article' });
  });
});
