/**
 * Full-text search over viewpoints, built to serve 10,000+ of them: an inverted index over folded
 * text picks the candidates, and only those are checked with indexOf and ranked.
 *
 * Matching rules (the same for the index and for the check, so the index never loses a hit):
 * - text and query are folded with `foldText` (case, full-width, Traditional → Simplified), which
 *   keeps lengths, so an offset in folded text is the offset in the original string;
 * - the query is split on whitespace and every term must match (AND), in any field;
 * - a term that starts with a Latin letter or digit matches only at the start of a word ("local"
 *   finds "locally" but "obal" does not find "global"); other terms (Chinese) match anywhere.
 *
 * Index keys: Latin words (looked up whole, or by prefix through a sorted vocabulary) and Chinese
 * (any non-Latin, non-punctuation) single characters and character bigrams.
 * Pure: no DOM, no `browser`.
 */
import type { Topic, TopicId } from '../topics/topics';
import { foldText } from './fold';
import type { Speaker, Viewpoint } from './schema';

export type SearchField =
  | 'summary.en'
  | 'summary.zh'
  | 'quote'
  | 'translation'
  | 'speaker'
  | 'stance.en'
  | 'stance.zh'
  | 'topic';

export interface SearchMatch {
  readonly field: SearchField;
  /** Offsets into `text`, the original (unfolded) string; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
  /**
   * The original string the offsets refer to: the field's value (for `quote`, `quote.exact`), or
   * for `speaker` and `topic` the name or alias that matched.
   */
  readonly text: string;
}

export interface SearchResult {
  readonly viewpoint: Viewpoint;
  readonly score: number;
  readonly matches: readonly SearchMatch[];
}

export interface SearchOptions {
  /** At most this many results (default 50). */
  readonly limit?: number;
  /** Only viewpoints tagged with at least one of these topics. */
  readonly topics?: readonly TopicId[];
}

export interface SearchIndex {
  /** Ranked results for `query`; [] for an empty or whitespace-only query. */
  search(query: string, options?: SearchOptions): SearchResult[];
  /** How many viewpoints the index would check for `query`: shows that a query scans few strings. */
  candidateCount(query: string): number;
}

/** Results per search unless the caller asks otherwise: more than a popup shows at once. */
export const DEFAULT_SEARCH_LIMIT = 50;

// Per-viewpoint text fields, in the order their matches are reported.
const TEXT_FIELDS = ['quote', 'stance.en', 'stance.zh', 'summary.en', 'summary.zh', 'translation'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const FIELD_COUNT = TEXT_FIELDS.length;

const FIELD_ORDER: Readonly<Record<SearchField, number>> = {
  topic: 0,
  speaker: 1,
  quote: 2,
  'stance.en': 3,
  'stance.zh': 4,
  'summary.en': 5,
  'summary.zh': 6,
  translation: 7,
};

// Ranking: a hit in the speaker's name (the viewpoint is *by* them), the topic's name or alias (it
// is *about* it) or the verbatim quote counts most, then the stance label, then the summaries, then
// the translation (our own words twice removed).
const WEIGHT: Readonly<Record<SearchField, number>> = {
  speaker: 10,
  topic: 8,
  quote: 7,
  'stance.en': 5,
  'stance.zh': 5,
  'summary.en': 4,
  'summary.zh': 4,
  translation: 3,
};
// A query that is a whole name or alias ("Nvidia", "英伟达"), not just its prefix.
const WHOLE_ENTITY_FACTOR = 1.5;
// A Latin term that ends where a word ends ("altman" in "Altman's", not "open" in "OpenAI").
const WHOLE_WORD_FACTOR = 1.25;
// Cap on reported spans per field and term: a card highlights a few, not hundreds.
const MAX_SPANS_PER_FIELD = 8;

/** Latin letters and digits form words; everything else is Chinese text, space or punctuation. */
function isWordCode(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isSpaceCode(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Characters worth indexing outside words: Chinese and other scripts. Punctuation is left out:
 * nearly every text has commas and full stops, so their postings would be huge and select nothing.
 */
function isGramCode(c: number): boolean {
  if (c < 0x80) return false; // ASCII: words, spaces or punctuation
  if (isWordCode(c) || isSpaceCode(c)) return false;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation (“ ” — …)
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation (、。「」)
  if (c >= 0xff00 && c <= 0xff65) return false; // full-width forms left after folding
  if (c === 0xb7) return false; // middle dot in 萨姆·奥特曼
  return true;
}

/** First position ≥ from where `needle` occurs in `hay` (at a word start if required), or -1. */
function findFrom(hay: string, needle: string, wordStart: boolean, from: number): number {
  let pos = hay.indexOf(needle, from);
  if (!wordStart) return pos;
  while (pos > 0 && isWordCode(hay.charCodeAt(pos - 1))) pos = hay.indexOf(needle, pos + 1);
  return pos;
}

/** 1.5 at the very start, falling towards 1: earlier matches rank higher. */
function positionFactor(pos: number): number {
  return 1 + 0.5 / (1 + pos / 16);
}

interface Term {
  readonly folded: string;
  /** Starts with a Latin letter or digit, so it must match at a word start. */
  readonly wordStart: boolean;
  /** Ends with a Latin letter or digit, so a hit may or may not end a word. */
  readonly wordEnd: boolean;
}

interface EntityHit {
  readonly score: number;
  readonly matches: readonly SearchMatch[];
}

interface EntityString {
  readonly key: string;
  readonly text: string;
  readonly folded: string;
}

/** Sorted ascending, no repeats: the shape of every postings list. */
type Postings = readonly number[];
const NO_POSTINGS: Postings = [];

function intersectSorted(a: Postings, b: Postings): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the index once; `search` then touches only the candidates the postings give. */
export function createSearchIndex(
  viewpoints: readonly Viewpoint[],
  speakers: readonly Speaker[],
  topics: readonly Topic[],
): SearchIndex {
  const docCount = viewpoints.length;
  // Field values, original and folded, flattened: doc d, field f at d * FIELD_COUNT + f.
  const texts: string[] = new Array(docCount * FIELD_COUNT);
  const folded: string[] = new Array(docCount * FIELD_COUNT);
  const wordPostings = new Map<string, number[]>();
  // Chinese characters get dense ids in order of first appearance: unigram postings are then an
  // array, and a bigram key (id × 2^16 + id) stays a small integer, which hashes fast.
  const charIds = new Int32Array(0x10000).fill(-1);
  const unigramPostings: number[][] = [];
  const bigramPostings = new Map<number, number[]>();

  const addWord = (word: string, doc: number): void => {
    const list = wordPostings.get(word);
    if (list === undefined) wordPostings.set(word, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  };
  const idOf = (c: number): number => {
    let id = charIds[c] ?? -1;
    if (id < 0) {
      id = unigramPostings.length;
      charIds[c] = id;
      unigramPostings.push([]);
    }
    return id;
  };
  const addUnigram = (id: number, doc: number): void => {
    const list = unigramPostings[id] as number[];
    if (list[list.length - 1] !== doc) list.push(doc);
  };
  const addBigram = (key: number, doc: number): void => {
    const list = bigramPostings.get(key);
    if (list === undefined) bigramPostings.set(key, [doc]);
    else if (list[list.length - 1] !== doc) list.push(doc);
  };

  const indexText = (s: string, doc: number): void => {
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isWordCode(c)) {
        const start = i;
        while (i < n && isWordCode(s.charCodeAt(i))) i++;
        addWord(s.slice(start, i), doc);
      } else if (isGramCode(c)) {
        const id = idOf(c);
        addUnigram(id, doc);
        const next = i + 1 < n ? s.charCodeAt(i + 1) : -1;
        if (next >= 0 && isGramCode(next)) addBigram(id * 0x10000 + idOf(next), doc);
        i++;
      } else {
        i++;
      }
    }
  };

  viewpoints.forEach((vp, doc) => {
    const values: Record<TextField, string> = {
      quote: vp.quote.exact,
      'stance.en': vp.stance.en,
      'stance.zh': vp.stance.zh,
      'summary.en': vp.summary.en,
      'summary.zh': vp.summary.zh,
      translation: vp.translation,
    };
    for (let f = 0; f < FIELD_COUNT; f++) {
      const value = values[TEXT_FIELDS[f] as TextField];
      const foldedValue = foldText(value);
      texts[doc * FIELD_COUNT + f] = value;
      folded[doc * FIELD_COUNT + f] = foldedValue;
      indexText(foldedValue, doc);
    }
  });
  const vocabulary = [...wordPostings.keys()].sort();

  // Speakers and topics are few and shared by many viewpoints: match the query against their
  // names once, then take their viewpoint lists, instead of indexing the names per viewpoint.
  const docsBySpeaker = new Map<string, number[]>();
  const docsByTopic = new Map<TopicId, number[]>();
  viewpoints.forEach((vp, doc) => {
    for (const id of vp.via === undefined ? [vp.speaker] : [vp.speaker, vp.via]) {
      const list = docsBySpeaker.get(id);
      if (list === undefined) docsBySpeaker.set(id, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
    for (const id of vp.topics) {
      const list = docsByTopic.get(id);
      if (list === undefined) docsByTopic.set(id, [doc]);
      else list.push(doc);
    }
  });
  const entityStrings = (key: string, values: readonly string[]): EntityString[] => {
    const seen = new Set<string>();
    const out: EntityString[] = [];
    for (const text of values) {
      const foldedValue = foldText(text);
      if (seen.has(foldedValue)) continue;
      seen.add(foldedValue);
      out.push({ key, text, folded: foldedValue });
    }
    return out;
  };
  const speakerStrings = speakers.flatMap((s) =>
    entityStrings(s.id, [s.en, s.zh, ...(s.described ? [s.described.en, s.described.zh] : [])]),
  );
  const topicStrings = topics.flatMap((t) =>
    entityStrings(t.id, [t.name.en, t.name.zh, ...t.aliases.map((a) => a.form)]),
  );

  const parseQuery = (query: string): Term[] => {
    const seen = new Set<string>();
    const terms: Term[] = [];
    for (const raw of foldText(query).split(/\s+/)) {
      if (raw === '' || seen.has(raw)) continue;
      seen.add(raw);
      terms.push({
        folded: raw,
        wordStart: isWordCode(raw.charCodeAt(0)),
        wordEnd: isWordCode(raw.charCodeAt(raw.length - 1)),
      });
    }
    return terms;
  };

  const prefixPostings = (prefix: string): Postings => {
    const first = lowerBound(vocabulary, prefix);
    const lists: Postings[] = [];
    for (let i = first; i < vocabulary.length; i++) {
      const word = vocabulary[i] as string;
      if (!word.startsWith(prefix)) break;
      lists.push(wordPostings.get(word) ?? NO_POSTINGS);
    }
    return unionSorted(lists);
  };

  /** Docs whose text fields may contain the term: a superset, checked later with indexOf. */
  const textCandidates = (term: Term): Postings | 'all' => {
    const s = term.folded;
    const n = s.length;
    const lists: Postings[] = [];
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isWordCode(c)) {
        const start = i;
        while (i < n && isWordCode(s.charCodeAt(i))) i++;
        const word = s.slice(start, i);
        // A word the term continues past (into "%" or Chinese) ends there in the text too, so it
        // must be a whole indexed word; the term's last word may be a prefix ("altm" → "altman").
        lists.push(i < n ? (wordPostings.get(word) ?? NO_POSTINGS) : prefixPostings(word));
      } else if (isGramCode(c)) {
        const start = i;
        while (i < n && isGramCode(s.charCodeAt(i))) i++;
        if (i - start === 1) {
          const id = charIds[c] ?? -1;
          lists.push(id < 0 ? NO_POSTINGS : (unigramPostings[id] ?? NO_POSTINGS));
        }
        for (let k = start; k + 1 < i; k++) {
          const a = charIds[s.charCodeAt(k)] ?? -1;
          const b = charIds[s.charCodeAt(k + 1)] ?? -1;
          lists.push(a < 0 || b < 0 ? NO_POSTINGS : (bigramPostings.get(a * 0x10000 + b) ?? NO_POSTINGS));
        }
      } else {
        i++;
      }
    }
    // Only punctuation ("%", "-"): nothing to look up, every doc must be checked.
    if (lists.length === 0) return 'all';
    lists.sort((a, b) => a.length - b.length);
    let result: Postings = lists[0] as Postings;
    for (let k = 1; k < lists.length && result.length > 0; k++) {
      result = intersectSorted(result, lists[k] as Postings);
    }
    return result;
  };

  const entityHits = (term: Term, strings: readonly EntityString[], field: 'speaker' | 'topic') => {
    const hits = new Map<string, EntityHit>();
    for (const entry of strings) {
      let pos = findFrom(entry.folded, term.folded, term.wordStart, 0);
      if (pos < 0) continue;
      // Names are short: where in the name the hit is matters less than whether it is the whole
      // name ("Nvidia") or a whole word of it ("altman" in "Sam Altman").
      const whole = pos === 0 && term.folded.length === entry.folded.length;
      const wholeWord = !term.wordEnd || !isWordCode(entry.folded.charCodeAt(pos + term.folded.length));
      const factor = whole ? WHOLE_ENTITY_FACTOR : wholeWord ? WHOLE_WORD_FACTOR : 1;
      const score = WEIGHT[field] * factor;
      const matches: SearchMatch[] = [];
      while (pos >= 0 && matches.length < MAX_SPANS_PER_FIELD) {
        matches.push({ field, start: pos, end: pos + term.folded.length, text: entry.text });
        pos = findFrom(entry.folded, term.folded, term.wordStart, pos + term.folded.length);
      }
      const prev = hits.get(entry.key);
      hits.set(entry.key, {
        score: Math.max(prev?.score ?? 0, score),
        matches: prev ? [...prev.matches, ...matches] : matches,
      });
    }
    return hits;
  };

  const unionSorted = (lists: readonly Postings[]): Postings => {
    const nonEmpty = lists.filter((l) => l.length > 0);
    if (nonEmpty.length === 0) return NO_POSTINGS;
    if (nonEmpty.length === 1) return nonEmpty[0] as Postings;
    const seen = new Uint8Array(docCount);
    for (const list of nonEmpty) for (const doc of list) seen[doc] = 1;
    const out: number[] = [];
    for (let doc = 0; doc < docCount; doc++) if (seen[doc] === 1) out.push(doc);
    return out;
  };

  interface Plan {
    readonly terms: readonly Term[];
    readonly speakerHits: readonly Map<string, EntityHit>[];
    readonly topicHits: readonly Map<string, EntityHit>[];
    /** Per term: 1 for docs whose text fields may hold it; undefined when every doc may. */
    readonly textMasks: readonly (Uint8Array | undefined)[];
    readonly candidates: Postings | 'all';
  }

  const plan = (query: string): Plan | undefined => {
    const terms = parseQuery(query);
    if (terms.length === 0) return undefined;
    const speakerHits = terms.map((t) => entityHits(t, speakerStrings, 'speaker'));
    const topicHits = terms.map((t) => entityHits(t, topicStrings, 'topic'));
    let candidates: Postings | 'all' = 'all';
    const textMasks: (Uint8Array | undefined)[] = [];
    terms.forEach((term, k) => {
      const fromText = textCandidates(term);
      let termDocs: Postings | 'all';
      if (fromText === 'all') {
        termDocs = 'all';
        textMasks.push(undefined);
      } else {
        // Docs that came in only through a speaker or topic name need no field scan for this term.
        const mask = new Uint8Array(docCount);
        for (const doc of fromText) mask[doc] = 1;
        textMasks.push(mask);
        const lists: Postings[] = [fromText];
        for (const id of (speakerHits[k] as Map<string, EntityHit>).keys()) {
          lists.push(docsBySpeaker.get(id) ?? NO_POSTINGS);
        }
        for (const id of (topicHits[k] as Map<string, EntityHit>).keys()) {
          lists.push(docsByTopic.get(id as TopicId) ?? NO_POSTINGS);
        }
        termDocs = unionSorted(lists);
      }
      if (termDocs === 'all') return;
      candidates = candidates === 'all' ? termDocs : intersectSorted(candidates, termDocs);
    });
    return { terms, speakerHits, topicHits, textMasks, candidates };
  };

  const speakersOf = (vp: Viewpoint): readonly string[] => (vp.via === undefined ? [vp.speaker] : [vp.speaker, vp.via]);

  /** The doc's score for the planned query, or -1 when some term matches nowhere (AND). */
  const scoreDoc = (p: Plan, doc: number, phrase: string | undefined): number => {
    const vp = viewpoints[doc] as Viewpoint;
    const base = doc * FIELD_COUNT;
    let score = 0;
    // Fields holding the first term: the only ones that can hold the whole query as a phrase.
    let firstTermFields = 0;
    for (let k = 0; k < p.terms.length; k++) {
      const term = p.terms[k] as Term;
      let hit = false;
      const mask = p.textMasks[k];
      const scan = mask === undefined || mask[doc] === 1;
      for (let f = 0; scan && f < FIELD_COUNT; f++) {
        const hay = folded[base + f] as string;
        const pos = findFrom(hay, term.folded, term.wordStart, 0);
        if (pos < 0) continue;
        hit = true;
        if (k === 0) firstTermFields |= 1 << f;
        const wholeWord = !term.wordEnd || !isWordCode(hay.charCodeAt(pos + term.folded.length));
        score += WEIGHT[TEXT_FIELDS[f] as TextField] * positionFactor(pos) * (wholeWord ? WHOLE_WORD_FACTOR : 1);
      }
      const speakerHits = p.speakerHits[k] as Map<string, EntityHit>;
      if (speakerHits.size > 0) {
        // No array per doc here: this runs for every candidate, thousands per query.
        const bySpeaker = speakerHits.get(vp.speaker);
        const byRelay = vp.via === undefined ? undefined : speakerHits.get(vp.via);
        if (bySpeaker !== undefined) score += bySpeaker.score;
        if (byRelay !== undefined) score += byRelay.score;
        if (bySpeaker !== undefined || byRelay !== undefined) hit = true;
      }
      const topicHits = p.topicHits[k] as Map<string, EntityHit>;
      if (topicHits.size > 0) {
        for (const id of vp.topics) {
          const h = topicHits.get(id);
          if (h === undefined) continue;
          hit = true;
          score += h.score;
        }
      }
      if (!hit) return -1;
    }
    if (phrase !== undefined && firstTermFields !== 0) {
      // The query as a phrase, not just its words scattered over the fields.
      const phraseWordStart = (p.terms[0] as Term).wordStart;
      for (let f = 0; f < FIELD_COUNT; f++) {
        if ((firstTermFields & (1 << f)) === 0) continue;
        if (findFrom(folded[base + f] as string, phrase, phraseWordStart, 0) >= 0) {
          score += WEIGHT[TEXT_FIELDS[f] as TextField];
        }
      }
    }
    return Math.round(score * 1000) / 1000;
  };

  /** Every matched span of a doc, for the few docs that make the cut. */
  const matchesOf = (p: Plan, doc: number): SearchMatch[] => {
    const vp = viewpoints[doc] as Viewpoint;
    const base = doc * FIELD_COUNT;
    const matches: SearchMatch[] = [];
    for (let k = 0; k < p.terms.length; k++) {
      const term = p.terms[k] as Term;
      const len = term.folded.length;
      for (let f = 0; f < FIELD_COUNT; f++) {
        const hay = folded[base + f] as string;
        const text = texts[base + f] as string;
        let pos = findFrom(hay, term.folded, term.wordStart, 0);
        for (let spans = 0; pos >= 0 && spans < MAX_SPANS_PER_FIELD; spans++) {
          matches.push({ field: TEXT_FIELDS[f] as TextField, start: pos, end: pos + len, text });
          pos = findFrom(hay, term.folded, term.wordStart, pos + len);
        }
      }
      const speakerHits = p.speakerHits[k] as Map<string, EntityHit>;
      for (const id of speakersOf(vp)) matches.push(...(speakerHits.get(id)?.matches ?? []));
      const topicHits = p.topicHits[k] as Map<string, EntityHit>;
      for (const id of vp.topics) matches.push(...(topicHits.get(id)?.matches ?? []));
    }
    return sortMatches(matches);
  };

  const search = (query: string, options: SearchOptions = {}): SearchResult[] => {
    const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
    if (limit <= 0) return [];
    const p = plan(query);
    if (p === undefined) return [];
    const allowed = options.topics ? new Set<TopicId>(options.topics) : undefined;
    const phrase = p.terms.length > 1 ? p.terms.map((t) => t.folded).join(' ') : undefined;

    // Score first without building match objects: thousands of docs may qualify (a topic name
    // matches every viewpoint of the topic) but only `limit` of them need their spans.
    const top = new TopK(limit);
    const consider = (doc: number): void => {
      if (allowed && !(viewpoints[doc] as Viewpoint).topics.some((t) => allowed.has(t))) return;
      const score = scoreDoc(p, doc, phrase);
      if (score >= 0) top.offer(score, doc);
    };
    if (p.candidates === 'all') for (let doc = 0; doc < docCount; doc++) consider(doc);
    else for (const doc of p.candidates) consider(doc);

    return top.sorted().map(({ score, doc }) => ({
      viewpoint: viewpoints[doc] as Viewpoint,
      score,
      matches: matchesOf(p, doc),
    }));
  };

  const candidateCount = (query: string): number => {
    const p = plan(query);
    if (p === undefined) return 0;
    return p.candidates === 'all' ? docCount : p.candidates.length;
  };

  return { search, candidateCount };
}

/** True when result (scoreA, docA) ranks before (scoreB, docB): higher score, then data order. */
function ranksBefore(scoreA: number, docA: number, scoreB: number, docB: number): boolean {
  return scoreA > scoreB || (scoreA === scoreB && docA < docB);
}

/**
 * The best `k` of a stream of (score, doc) pairs, without sorting the whole stream: a query that
 * names a topic can qualify thousands of viewpoints while the caller shows a few dozen.
 * A binary heap whose root is the worst kept result.
 */
class TopK {
  private readonly scores: number[] = [];
  private readonly docs: number[] = [];
  constructor(private readonly k: number) {}

  offer(score: number, doc: number): void {
    const { scores, docs } = this;
    if (scores.length < this.k) {
      scores.push(score);
      docs.push(doc);
      this.up(scores.length - 1);
    } else if (ranksBefore(score, doc, scores[0] as number, docs[0] as number)) {
      scores[0] = score;
      docs[0] = doc;
      this.down(0);
    }
  }

  sorted(): { score: number; doc: number }[] {
    return this.scores
      .map((score, i) => ({ score, doc: this.docs[i] as number }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  // Heap order: a parent ranks *after* its children (the worst result sits at the root).
  private worse(i: number, j: number): boolean {
    return ranksBefore(
      this.scores[j] as number,
      this.docs[j] as number,
      this.scores[i] as number,
      this.docs[i] as number,
    );
  }

  private swap(i: number, j: number): void {
    const { scores, docs } = this;
    [scores[i], scores[j]] = [scores[j] as number, scores[i] as number];
    [docs[i], docs[j]] = [docs[j] as number, docs[i] as number];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.scores.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && this.worse(l, worst)) worst = l;
      if (r < n && this.worse(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}

/** Field order, then position; exact duplicates (two terms on one span) are dropped. */
function sortMatches(matches: SearchMatch[]): SearchMatch[] {
  matches.sort(
    (a, b) =>
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) ||
      a.start - b.start ||
      a.end - b.end,
  );
  return matches.filter((m, i) => {
    const prev = matches[i - 1];
    return !(prev && prev.field === m.field && prev.text === m.text && prev.start === m.start && prev.end === m.end);
  });
}
