import { describe, expect, it } from 'vitest';
import { makeSyntheticData } from '../../bench/claims-search';
import type { TopicId } from '../topics/topics';
import { TOPICS } from '../topics/topics';
import { foldText } from './fold';
import type { Viewpoint } from './schema';
import type { SearchResult } from './search';
import { createSearchIndex } from './search';
import { SPEAKERS } from './speakers';
import { createClaimStore } from './store';
import { VIEWPOINTS } from './viewpoints';

const store = createClaimStore();
const ids = (results: readonly SearchResult[]): string[] => results.map((r) => r.viewpoint.id);
const sorted = (list: readonly string[]): string[] => [...list].sort();
const tagged = (topic: TopicId): string[] => VIEWPOINTS.filter((vp) => vp.topics.includes(topic)).map((vp) => vp.id);
const all = { limit: 10_000 };

describe('search: the queries users type', () => {
  it('蒸餾 (Traditional) and 蒸馏 find the distillation viewpoints and nothing else', () => {
    for (const q of ['蒸餾', '蒸馏', '蒸馏 ']) {
      const found = ids(store.search(q, all));
      expect(sorted(found), q).toEqual(sorted(tagged('distillation')));
      for (const id of found) {
        const vp = store.viewpoint(id) as Viewpoint;
        expect(vp.topics.includes('distillation') || vp.quote.exact.includes('蒸馏'), id).toBe(true);
      }
    }
  });

  it('altman and 奥特曼 find Altman’s viewpoints first, and only viewpoints that mention him', () => {
    const altmans = VIEWPOINTS.filter((vp) => vp.speaker === 'sam-altman').map((vp) => vp.id);
    expect(altmans.length).toBe(3);
    for (const q of ['altman', 'Altman', '奥特曼', 'ALTMAN']) {
      const results = store.search(q, all);
      expect(sorted(ids(results).slice(0, 3)), q).toEqual(sorted(altmans));
      expect(ids(results), q).toEqual(expect.arrayContaining(['article-altman-remark-seems-logical']));
      for (const r of results) {
        const text = [r.viewpoint.summary.en, r.viewpoint.summary.zh, r.viewpoint.stance.en, r.viewpoint.speaker].join(
          ' ',
        );
        expect(/altman|奥特曼/i.test(text), r.viewpoint.id).toBe(true);
      }
    }
  });

  it('36% finds the market-share viewpoint only', () => {
    expect(ids(store.search('36%', all))).toEqual(['kasi-openai-market-share-fell']);
    expect(ids(store.search('３６％', all))).toEqual(['kasi-openai-market-share-fell']);
  });

  it('local finds the local-model viewpoints only', () => {
    expect(sorted(ids(store.search('local', all)))).toEqual(
      sorted([
        'kasi-next-sell-off-on-local-gpt-4',
        'kasi-models-will-run-locally',
        'kasi-market-will-reassess-chip-demand',
        'kasi-local-ai-still-a-big-market',
      ]),
    );
    for (const r of store.search('local', all)) expect(r.viewpoint.themes).toContain('local-models');
  });

  it('品牌 finds the brand viewpoints only', () => {
    expect(sorted(ids(store.search('品牌', all)))).toEqual(
      sorted(['kasi-openai-brand-and-channels', 'kasi-openai-distribution-is-unique']),
    );
  });

  it('a topic name or alias returns that topic’s viewpoints, first', () => {
    const cases: Array<[string, TopicId]> = [
      ['Nvidia', 'nvidia'],
      ['英伟达', 'nvidia'],
      ['輝達', 'nvidia'],
      ['ＮＶＩＤＩＡ', 'nvidia'],
      ['distillation', 'distillation'],
      ['知识蒸馏', 'distillation'],
      ['DeepSeek', 'deepseek'],
      ['深度求索', 'deepseek'],
      ['OpenAI', 'openai'],
    ];
    for (const [q, topic] of cases) {
      const found = ids(store.search(q, all));
      const expected = tagged(topic);
      expect(found.slice(0, expected.length).sort(), q).toEqual(sorted(expected));
    }
    // Nobody but Nvidia's viewpoints mentions Nvidia at all.
    expect(sorted(ids(store.search('Nvidia', all)))).toEqual(sorted(tagged('nvidia')));
  });

  it('GPU finds the GPU viewpoints', () => {
    expect(sorted(ids(store.search('GPU', all)))).toEqual(
      sorted([
        'kasi-china-need-not-fall-behind',
        'kasi-cheaper-ai-gpu-demand-thesis-holds',
        'veteran-trillions-of-gpus',
      ]),
    );
  });
});

describe('search: matching rules', () => {
  it('returns [] for an empty or whitespace-only query', () => {
    for (const q of ['', ' ', '\t\n', '\u3000']) expect(store.search(q)).toEqual([]);
  });

  it('ANDs the terms of a multi-word query', () => {
    expect(sorted(ids(store.search('kasi 品牌', all)))).toEqual(
      sorted(['kasi-openai-brand-and-channels', 'kasi-openai-distribution-is-unique']),
    );
    expect(ids(store.search('altman 品牌', all))).toEqual([]);
    const both = ids(store.search('nvidia local', all));
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) expect((store.viewpoint(id) as Viewpoint).topics).toContain('nvidia');
  });

  it('matches Latin terms at word starts only, Chinese anywhere', () => {
    expect(store.search('obal', all)).toEqual([]); // inside "global"
    expect(ids(store.search('glob', all))).toContain('kasi-scientific-progress-is-global');
    expect(ids(store.search('伟达', all)).length).toBeGreaterThan(0);
  });

  it('finds model names and prices written as the article writes them', () => {
    expect(sorted(ids(store.search('deepseek-r1', all)))).toEqual(
      sorted(['kasi-deepseek-r1-is-progress', 'altman-welcomes-a-new-competitor']),
    );
    expect(ids(store.search('142美元', all))).toEqual(['article-nvidia-fell-17-percent']);
    expect(ids(store.search('$142', all))).toEqual(['article-nvidia-fell-17-percent']);
  });

  it('filters by topic and honours the limit', () => {
    const deepseekOnly = store.search('kasi', { limit: 100, topics: ['deepseek'] });
    expect(deepseekOnly.length).toBeGreaterThan(0);
    for (const r of deepseekOnly) expect(r.viewpoint.topics).toContain('deepseek');
    expect(store.search('kasi', { limit: 3 })).toHaveLength(3);
    expect(store.search('kasi', { limit: 0 })).toEqual([]);
    expect(store.search('英伟达').length).toBeLessThanOrEqual(50);
  });

  it('ranks deterministically: the same query gives the same order and scores', () => {
    for (const q of ['英伟达', 'kasi', 'open', '模型']) {
      const a = store.search(q, all).map((r) => [r.viewpoint.id, r.score]);
      const b = createClaimStore()
        .search(q, all)
        .map((r) => [r.viewpoint.id, r.score]);
      expect(a).toEqual(b);
      const scores = a.map(([, s]) => s as number);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
    }
  });

  it('ranks a hit in the quote above one in the translation alone', () => {
    // "brand" is in both brand viewpoints' summaries and translations; 品牌 in their quotes.
    const results = store.search('渠道', all);
    expect(results[0]?.matches.some((m) => m.field === 'quote')).toBe(true);
  });
});

describe('search: matched spans', () => {
  it('point at the matched text in the original field string', () => {
    for (const q of ['蒸餾', 'Altman', '36%', 'local', '品牌', 'NVIDIA', '輝達', 'kasi 品牌', 'deepseek-r1']) {
      const terms = foldText(q).split(/\s+/).filter(Boolean);
      for (const r of store.search(q, all)) {
        expect(r.matches.length, `${q} → ${r.viewpoint.id}`).toBeGreaterThan(0);
        for (const m of r.matches) {
          const piece = foldText(m.text.slice(m.start, m.end));
          expect(terms, `${q}: ${m.field} "${m.text}" [${m.start},${m.end})`).toContain(piece);
          expect(m.end).toBeLessThanOrEqual(m.text.length);
        }
      }
    }
  });

  it('name the field the original string comes from', () => {
    const [first] = store.search('36%');
    const vp = first?.viewpoint as Viewpoint;
    for (const m of first?.matches ?? []) {
      const value: Record<string, string> = {
        quote: vp.quote.exact,
        translation: vp.translation,
        'summary.en': vp.summary.en,
        'summary.zh': vp.summary.zh,
        'stance.en': vp.stance.en,
        'stance.zh': vp.stance.zh,
      };
      expect(value[m.field]).toBe(m.text);
    }
    const altman = store.search('altman')[0];
    expect(altman?.matches).toContainEqual({ field: 'speaker', start: 4, end: 10, text: 'Sam Altman' });
    // Aliases that fold alike are one entry: 英偉達 matches the topic's name 英伟达.
    const nvidia = store.search('英偉達')[0];
    expect(nvidia?.matches).toContainEqual({ field: 'topic', start: 0, end: 3, text: '英伟达' });
  });
});

describe('search: the index', () => {
  it('checks only candidates, not every viewpoint', () => {
    expect(store.candidateCount('36%')).toBe(1);
    expect(store.candidateCount('品牌')).toBe(2);
    expect(store.candidateCount('zzzz')).toBe(0);
    expect(store.candidateCount('')).toBe(0);
  });

  it('finds exactly what a full scan finds, on 2,000 synthetic viewpoints', () => {
    const data = makeSyntheticData(2000, 7);
    const index = createSearchIndex(data.viewpoints, data.speakers, TOPICS);
    const speakerNames = new Map(
      data.speakers.map((s) => [s.id, [s.en, s.zh, s.described?.en ?? '', s.described?.zh ?? '']]),
    );
    const topicNames = new Map(TOPICS.map((t) => [t.id, [t.name.en, t.name.zh, ...t.aliases.map((a) => a.form)]]));
    const isWord = (c: string | undefined) =>
      c !== undefined && /[0-9a-z\u00c0-\u024f]/.test(c) && c !== '×' && c !== '÷';
    const hasTerm = (text: string, term: string): boolean => {
      const hay = foldText(text);
      for (let i = hay.indexOf(term); i >= 0; i = hay.indexOf(term, i + 1)) {
        if (!isWord(term[0]) || !isWord(hay[i - 1])) return true;
      }
      return false;
    };
    const scan = (query: string): string[] => {
      const terms = foldText(query).split(/\s+/).filter(Boolean);
      return data.viewpoints
        .filter((vp) =>
          terms.every((term) =>
            [
              vp.quote.exact,
              vp.summary.en,
              vp.summary.zh,
              vp.stance.en,
              vp.stance.zh,
              vp.translation,
              ...(speakerNames.get(vp.speaker) ?? []),
              ...(vp.via ? (speakerNames.get(vp.via) ?? []) : []),
              ...vp.topics.flatMap((t) => topicNames.get(t) ?? []),
            ].some((text) => text !== '' && hasTerm(text, term)),
          ),
        )
        .map((vp) => vp.id);
    };
    for (const q of [
      '蒸馏',
      '英伟达',
      '开源',
      'altman',
      'local',
      'GPU',
      '36%',
      '模型 openai',
      'a',
      'the',
      '年',
      'r1',
      'analyst 1',
      '“',
      '%',
    ]) {
      const found = index.search(q, { limit: 100_000 }).map((r) => r.viewpoint.id);
      expect(sorted(found), q).toEqual(sorted(scan(q)));
    }
  });
});

describe('the claim store', () => {
  it('looks topics, viewpoints and speakers up by id', () => {
    expect(store.topics().map((t) => t.id)).toEqual(['deepseek', 'openai', 'nvidia', 'distillation']);
    expect(store.topic('nvidia')?.name.en).toBe('Nvidia');
    expect(store.topic('tesla')).toBeUndefined();
    expect(store.viewpoint('kasi-neutral-on-nvidia')?.paragraph).toBe(28);
    expect(store.viewpoint('nope')).toBeUndefined();
    expect(store.speaker('kasi')?.en).toBe('Kasi');
    expect(store.speaker('nobody')).toBeUndefined();
    expect(store.speakers()).toBe(SPEAKERS);
    expect(store.source().publisher.en).toBe('Yanhuang');
    expect(store.viewpoints()).toBe(VIEWPOINTS);
  });

  it('lists a topic’s viewpoints in article order, and answers undefined for an unknown topic', () => {
    for (const topic of TOPICS) {
      const list = store.viewpointsOf(topic.id) ?? [];
      expect(list.map((vp) => vp.id)).toEqual(tagged(topic.id));
      const paragraphs = list.map((vp) => vp.paragraph);
      expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    }
    expect(store.viewpointsOf('tesla')).toBeUndefined();
  });

  it('maps alias forms to topics, folded', () => {
    expect(store.topicForAlias('英偉達')).toBe('nvidia');
    expect(store.topicForAlias('輝達')).toBe('nvidia');
    expect(store.topicForAlias(' NVIDIA ')).toBe('nvidia');
    expect(store.topicForAlias('ＯｐｅｎＡＩ')).toBe('openai');
    expect(store.topicForAlias('知識蒸餾')).toBe('distillation');
    expect(store.topicForAlias('Distillation')).toBe('distillation');
    expect(store.topicForAlias('深度求索')).toBe('deepseek');
    expect(store.topicForAlias('whisky')).toBeUndefined();
  });

  it('refuses invalid data with a list of problems', () => {
    const first = VIEWPOINTS[0] as Viewpoint;
    expect(() =>
      createClaimStore({ source: store.source(), speakers: SPEAKERS, viewpoints: [{ ...first, speaker: 'ghost' }] }),
    ).toThrow(/unknown speaker ghost/);
    expect(() =>
      createClaimStore({ source: store.source(), speakers: SPEAKERS, viewpoints: [{ ...first, topics: [] }] }),
    ).toThrow(/Invalid claim data/);
  });

  it('builds from other data sets too (e.g. more sources later)', () => {
    const data = makeSyntheticData(300, 3);
    const other = createClaimStore(data);
    expect(other.viewpoints()).toHaveLength(300);
    expect(other.search('altman', { limit: 5 }).length).toBeLessThanOrEqual(5);
  });
});
