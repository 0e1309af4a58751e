import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../topics/topics';
import { ARTICLE_LINE_COUNT, checkCoverage, UNCOVERED_PARAGRAPHS } from './coverage';
import { SPEAKERS } from './speakers';
import { THEME_IDS, THEME_LABELS } from './themes';
import { VIEWPOINTS } from './viewpoints';

const article = readFileSync(new URL('../../tests/fixtures/article.zh.txt', import.meta.url), 'utf8');
const lines = article.split('\n');
// The figures rule compares with the article's body: the footer's e-mail address and "3个工作日"
// are the site's, not the article's.
const body = lines.slice(0, ARTICLE_LINE_COUNT - 1).join('\n');

function countOccurrences(hay: string, needle: string): number {
  let count = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) count++;
  return count;
}

describe('the article file', () => {
  it('has the expected number of lines, the footer last', () => {
    expect(lines.length).toBe(ARTICLE_LINE_COUNT);
    expect(lines[ARTICLE_LINE_COUNT - 1]).toMatch(/^\[免责声明\]/);
  });
});

describe('quotes are verbatim', () => {
  for (const vp of VIEWPOINTS) {
    it(`${vp.id}: exact, prefix and suffix sit once on line ${vp.paragraph}`, () => {
      const { exact, prefix, suffix } = vp.quote;
      const line = lines[vp.paragraph - 1] ?? '';
      expect(article.includes(exact)).toBe(true);
      expect(countOccurrences(article, prefix + exact + suffix)).toBe(1);
      const at = line.indexOf(prefix + exact + suffix);
      expect(at).toBeGreaterThanOrEqual(0);
      // Context of 8–20 characters, shorter only where the paragraph starts or ends.
      expect(prefix.length).toBeLessThanOrEqual(20);
      expect(suffix.length).toBeLessThanOrEqual(20);
      if (prefix.length < 8) expect(at).toBe(0);
      if (suffix.length < 8) expect(at + prefix.length + exact.length + suffix.length).toBe(line.length);
    });
  }

  it('keeps the article’s own description of Altman verbatim', () => {
    const altman = SPEAKERS.find((s) => s.id === 'sam-altman');
    expect(altman?.described?.zh).toBeDefined();
    expect(article).toContain(`${altman?.described?.zh}${altman?.zh}(${altman?.en})`);
  });

  it('names every speaker as the article writes it', () => {
    for (const s of SPEAKERS) {
      if (s.kind === 'article') continue; // 本文 is our label for the article's own voice
      expect(article, s.id).toContain(s.zh);
    }
  });
});

describe('coverage of the article', () => {
  it('accounts for every line: quoted by a viewpoint, or listed with a reason, never both', () => {
    expect(checkCoverage(ARTICLE_LINE_COUNT, VIEWPOINTS, UNCOVERED_PARAGRAPHS)).toEqual([]);
  });

  it('lists only the question heading and the footer as holding no viewpoint', () => {
    expect(UNCOVERED_PARAGRAPHS.map((u) => u.paragraph)).toEqual([6, 29]);
  });

  it('fails when a line is neither quoted nor listed', () => {
    const problems = checkCoverage(ARTICLE_LINE_COUNT, VIEWPOINTS, UNCOVERED_PARAGRAPHS.slice(1));
    expect(problems).toEqual(['paragraph 6 is neither referenced by a viewpoint nor listed with a reason']);
  });

  it('fails when a line is both quoted and listed', () => {
    const listed = [...UNCOVERED_PARAGRAPHS, { paragraph: 21, reason: { en: 'numbers only' } }];
    expect(checkCoverage(ARTICLE_LINE_COUNT, VIEWPOINTS, listed)).toEqual([
      'paragraph 21 is referenced by a viewpoint and also listed as holding none',
    ]);
  });

  it('fails on paragraphs outside the article and on missing reasons', () => {
    const stray = [{ id: 'x', paragraph: 30 }];
    const problems = checkCoverage(
      ARTICLE_LINE_COUNT,
      [...VIEWPOINTS, ...stray],
      [...UNCOVERED_PARAGRAPHS, { paragraph: 0, reason: { en: ' ' } }],
    );
    expect(problems.join('\n')).toMatch(/viewpoint x points at paragraph 30/);
    expect(problems.join('\n')).toMatch(/lists paragraph 0, outside/);
    expect(problems.join('\n')).toMatch(/no reason for paragraph 0/);
  });
});

// ---- Figures: nothing in our own words may carry a number the article does not give. ----

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The figures a text states, in the article's notation (28 January → 1月28日, $142 → 142美元). */
function figures(text: string): string[] {
  const out: string[] = [];
  const t = text.toLowerCase();
  for (const m of t.matchAll(/\d+/g)) out.push(m[0]);
  for (const m of t.matchAll(/(\d+)\s*%/g)) out.push(`${m[1]}%`);
  for (const m of t.matchAll(/(?:us)?\$\s*(\d+)|(\d+)\s*(?:美元|us dollars|dollars)/g)) {
    out.push(`${m[1] ?? m[2]}美元`);
  }
  const month = MONTHS.join('|');
  for (const m of t.matchAll(new RegExp(`(${month})\\s+(\\d{1,2})(?!\\d)`, 'g'))) {
    out.push(`${MONTHS.indexOf(m[1] as string) + 1}月${m[2]}日`);
  }
  for (const m of t.matchAll(new RegExp(`(\\d{1,2})\\s+(${month})`, 'g'))) {
    out.push(`${MONTHS.indexOf(m[2] as string) + 1}月${m[1]}日`);
  }
  for (const m of t.matchAll(new RegExp(`(${month})\\s+(\\d{4})`, 'g'))) {
    out.push(`${m[2]}年${MONTHS.indexOf(m[1] as string) + 1}月`);
  }
  for (const m of t.matchAll(/\d+年\d+月|\d+月\d+日/g)) out.push(m[0]);
  return out;
}

/** Digit runs, with a month name next to a number read as its number (January 28 → 1, 28). */
function digitRuns(text: string): string[] {
  const month = MONTHS.join('|');
  const number = (name: string): string => String(MONTHS.indexOf(name.toLowerCase()) + 1);
  const withMonths = text
    .replace(new RegExp(`\\b(${month})\\s+(\\d)`, 'gi'), (_, name: string, d: string) => `${number(name)} ${d}`)
    .replace(new RegExp(`(\\d)\\s+(${month})\\b`, 'gi'), (_, d: string, name: string) => `${d} ${number(name)}`);
  return [...withMonths.matchAll(/\d+/g)].map((m) => m[0]).sort();
}

describe('figures', () => {
  const bodyRuns = new Set([...body.matchAll(/\d+/g)].map((m) => m[0]));

  it('recognises the notations it checks', () => {
    expect(figures('On January 28 it fell 17%, from $142 to 118 US dollars')).toEqual(
      expect.arrayContaining(['28', '17%', '142美元', '118美元', '1月28日']),
    );
    expect(figures('in September 2024')).toContain('2024年9月');
    expect(figures('28 January')).toContain('1月28日');
  });

  for (const vp of VIEWPOINTS) {
    it(`${vp.id}: every figure in our own words is the article's, from its paragraph`, () => {
      const line = lines[vp.paragraph - 1] ?? '';
      for (const text of [vp.summary.en, vp.summary.zh, vp.stance.en, vp.stance.zh, vp.translation]) {
        for (const figure of figures(text)) {
          if (/^\d+$/.test(figure)) expect(bodyRuns.has(figure), `${figure} in "${text}"`).toBe(true);
          expect(line, `${figure} in "${text}"`).toContain(figure);
        }
      }
    });

    it(`${vp.id}: the translation keeps the quote's numbers`, () => {
      expect(digitRuns(vp.translation)).toEqual(digitRuns(vp.quote.exact));
    });
  }

  it('states the article’s key figures exactly', () => {
    const all = VIEWPOINTS.map((vp) => `${vp.quote.exact} ${vp.summary.zh} ${vp.summary.en}`).join('\n');
    for (const figure of [
      '超过50%',
      '36%',
      '2023年',
      '2024年9月',
      '1月28日',
      '17%',
      '142美元',
      '118美元',
      '50年前',
      '数万亿',
    ]) {
      expect(all, figure).toContain(figure);
    }
  });
});

// ---- The data set as a whole ----

const HAN = /\p{Script=Han}/u;

/** Longest run of Chinese characters that `a` shares with `b`: a summary must not copy the quote. */
function longestSharedHanRun(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best.length + 1; j <= a.length; j++) {
      const piece = a.slice(i, j);
      if (!/^\p{Script=Han}+$/u.test(piece) || !b.includes(piece)) break;
      best = piece;
    }
  }
  return best;
}

describe('the data set as a whole', () => {
  it('captures the article in depth: well over twenty viewpoints, from every paragraph with claims', () => {
    expect(VIEWPOINTS.length).toBeGreaterThan(30);
    const paragraphs = new Set(VIEWPOINTS.map((vp) => vp.paragraph));
    for (let p = 1; p < ARTICLE_LINE_COUNT; p++) {
      if (p !== 6) expect(paragraphs.has(p), `paragraph ${p}`).toBe(true);
    }
  });

  it('uses every theme, and every theme has a label', () => {
    const used = new Set(VIEWPOINTS.flatMap((vp) => vp.themes));
    for (const theme of THEME_IDS) {
      expect(used.has(theme), theme).toBe(true);
      expect(THEME_LABELS[theme].en.length).toBeGreaterThan(0);
    }
  });

  it('quotes every speaker at least once (as speaker or as the relay)', () => {
    const used = new Set(VIEWPOINTS.flatMap((vp) => (vp.via ? [vp.speaker, vp.via] : [vp.speaker])));
    for (const s of SPEAKERS) expect(used.has(s.id), s.id).toBe(true);
  });

  it('uses each kind, and each appropriately', () => {
    const kinds = new Set(VIEWPOINTS.map((vp) => vp.kind));
    expect([...kinds].sort()).toEqual(['opinion', 'prediction', 'reported-fact', 'reported-statement']);
    for (const vp of VIEWPOINTS) {
      const line = lines[vp.paragraph - 1] ?? '';
      const before = line.slice(0, line.indexOf(vp.quote.prefix + vp.quote.exact) + vp.quote.prefix.length);
      if (vp.kind === 'prediction') {
        // A prediction speaks of the future.
        expect(vp.quote.exact, vp.id).toMatch(/将|会|未来|可能|届时|下一次/);
      }
      if (vp.kind === 'reported-statement') {
        // Someone else's words, introduced by a reporting verb; never the article's own voice.
        expect(vp.speaker, vp.id).not.toBe('the-article');
        expect(before, vp.id).toMatch(/表示|称|指出|表明|报道|发文/);
      }
      if (vp.speaker === 'the-article') {
        expect(['opinion', 'reported-fact'], vp.id).toContain(vp.kind);
      }
    }
  });

  it('relays only through media reports', () => {
    for (const vp of VIEWPOINTS.filter((x) => x.via !== undefined)) {
      expect(vp.via, vp.id).toBe('media-reports');
      expect(lines[vp.paragraph - 1], vp.id).toContain('媒体报道');
      expect(vp.summary.en, vp.id).toMatch(/media reports/i);
    }
  });

  it('tags the topics each quote names', () => {
    const names: Record<(typeof TOPIC_IDS)[number], RegExp> = {
      deepseek: /DeepSeek/,
      openai: /OpenAI/,
      nvidia: /英伟达/,
      distillation: /蒸馏/,
    };
    for (const vp of VIEWPOINTS) {
      for (const id of TOPIC_IDS) {
        if (names[id].test(vp.quote.exact)) expect(vp.topics, `${vp.id} names ${id}`).toContain(id);
      }
    }
  });

  it('tags distillation to the article’s own distillation section (13–16) only', () => {
    const paragraphs = new Set(VIEWPOINTS.filter((vp) => vp.topics.includes('distillation')).map((vp) => vp.paragraph));
    expect([...paragraphs].sort((a, b) => a - b)).toEqual([13, 14, 15, 16]);
  });

  it('summarises in its own words: no summary equals or copies its quote', () => {
    for (const vp of VIEWPOINTS) {
      expect(vp.summary.zh, vp.id).not.toBe(vp.quote.exact);
      expect(vp.summary.en, vp.id).not.toBe(vp.translation);
      expect(longestSharedHanRun(vp.summary.zh, vp.quote.exact).length, vp.id).toBeLessThan(8);
    }
  });

  it('keeps summaries to one or two sentences and stances short', () => {
    for (const vp of VIEWPOINTS) {
      expect(vp.summary.en.match(/[.!?](\s|$)/g)?.length ?? 0, vp.id).toBeLessThanOrEqual(2);
      expect(vp.summary.zh.match(/[。!?]/g)?.length ?? 0, vp.id).toBeLessThanOrEqual(2);
      expect(vp.stance.en.length, vp.id).toBeLessThanOrEqual(60);
      expect(vp.stance.zh.length, vp.id).toBeLessThanOrEqual(24);
    }
  });

  it('writes English in English and Chinese in Chinese', () => {
    for (const vp of VIEWPOINTS) {
      for (const text of [vp.summary.en, vp.stance.en, vp.translation]) expect(HAN.test(text), vp.id).toBe(false);
      for (const text of [vp.summary.zh, vp.stance.zh]) expect(HAN.test(text), vp.id).toBe(true);
    }
  });

  it('never gives 卡斯 a surname, title or real-world identity', () => {
    for (const vp of VIEWPOINTS) {
      for (const text of [vp.summary.en, vp.stance.en, vp.translation]) {
        expect(text, vp.id).not.toMatch(/\bKas(?!i\b)\w*|\bKasi\s+[A-Z]|\b(?:Professor|Dr|CEO|founder)\s+Kasi/);
      }
    }
  });

  it('keeps ids stable and readable', () => {
    for (const vp of VIEWPOINTS) expect(vp.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });
});
