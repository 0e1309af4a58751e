/**
 * Context rules for ambiguous aliases (see `ContextRule` in topics.ts).
 *
 * An ambiguous candidate counts when, in this order:
 *  1. (ticker only) it is written as a ticker: `$NVDA`, `NASDAQ: NVDA`, `(NASDAQ:NVDA)` → yes;
 *  2. it is a direct compound of the other sense (`distilled water`, `crude oil distillation`,
 *     `distill your thoughts`, `蒸馏水`, `蒸馏酒`, `减压蒸馏`) → no, even with AI words around;
 *  3. within {@link CONTEXT_WINDOW} UTF-16 units before its start or after its end (in the same
 *     text, i.e. the same block element) there is a supporting cue (AI words / market words), and
 *     the nearest supporting cue is strictly nearer than the nearest opposing cue (whisky, chemistry,
 *     crude oil / screen reader, JAWS) → yes; otherwise no.
 * These checks run only for candidates that need them, so their cost scales with the number of
 * ambiguous candidates, not with the length of the text.
 */
import type { ContextRule } from '../topics/topics';
import { asciiCaseless, caselessSource, escapeLiteral } from './char-classes';

/** How far (UTF-16 units, each side) a cue may be from the candidate and still count as "near". */
export const CONTEXT_WINDOW = 200;

const NOT_ALNUM_BEFORE = '(?<![A-Za-z0-9])';
const NOT_ALNUM_AFTER = '(?![A-Za-z0-9])';

/** Regex sources of a cue list, Latin and CJK apart (see {@link compileCues}). */
interface CueSources {
  readonly latin: string;
  readonly cjk: string;
}

/** Where the CJK branch may start: checked first by a cheap range lookahead. */
const CJK_START = '\\u3400-\\u9fff';

/**
 * Compiles a cue list. Entry syntax: `word` whole word, case-insensitive; `stem*` word starting with
 * the stem (models, trained); `=Word` case-sensitive whole word (AI — "ai" is not a cue); entries
 * with CJK characters are literal (no word boundaries in CJK). A space matches any run of spaces or
 * hyphens or nothing (open source / open-source / opensource).
 */
function cueSources(entries: readonly string[]): CueSources {
  // Alternatives grouped by first character (`[Ww](?:hisky|ater)`, `化(?:学|工)`): the regex tries
  // the alternation at every position of a window, and one test per first character is cheaper
  // than one per word.
  const latin = new Map<string, string[]>();
  const cjk = new Map<string, string[]>();
  for (const entry of entries) {
    if (/[^\x20-\x7e]/.test(entry)) {
      const first = entry.charAt(0);
      if (!new RegExp(`[${CJK_START}]`).test(first)) throw new Error(`CJK cue outside ${CJK_START}: ${entry}`);
      const rests = cjk.get(first) ?? [];
      rests.push(escapeLiteral(entry.slice(1)));
      cjk.set(first, rests);
      continue;
    }
    const exactCase = entry.startsWith('=');
    const stem = entry.endsWith('*');
    const word = entry.slice(exactCase ? 1 : 0, stem ? -1 : undefined);
    const letters = [...word].map((c) => (exactCase ? escapeLiteral(c) : asciiCaseless(c)));
    const first = letters[0] ?? '';
    const rest = letters.slice(1).join('').replace(/ /g, '[\\s-]*');
    const rests = latin.get(first) ?? [];
    rests.push(stem ? `${rest}[A-Za-z]*` : `${rest}${NOT_ALNUM_AFTER}`);
    latin.set(first, rests);
  }
  // Longest first within a group so the cue span is the whole word (it only matters for distance).
  const group = ([first, rests]: [string, string[]]): string =>
    rests.length === 1 ? `${first}${rests[0]}` : `${first}(?:${rests.sort((x, y) => y.length - x.length).join('|')})`;
  return {
    latin: latin.size ? [...latin].map(group).join('|') : '(?!)',
    cjk: cjk.size ? [...cjk].map(group).join('|') : '(?!)',
  };
}

/**
 * One global regex for supporting and opposing cues; an opposing cue fills group 1 or 2.
 * The Latin branch starts with "not after a letter, at a letter" and the CJK branch with a range
 * check, so most positions are rejected before any word is tried: ~35% faster than one flat
 * alternation over the same words. `extraSupport` is a raw source for further supporting cues.
 */
function compileCues(support: readonly string[], oppose: readonly string[], extraSupport?: string): RegExp {
  const sup = cueSources(support);
  const opp = cueSources(oppose);
  const latin = `${NOT_ALNUM_BEFORE}(?=[A-Za-z])(?:${sup.latin}|(${opp.latin}))`;
  const cjk = `(?=[${CJK_START}])(?:${sup.cjk}|(${opp.cjk}))`;
  return new RegExp([latin, cjk, ...(extraSupport ? [extraSupport] : [])].join('|'), 'g');
}

/** AI words: what makes "distillation" / 蒸馏 mean model distillation. */
export const AI_CUES: readonly string[] = [
  'model*',
  'LLM*',
  '=AI',
  '=A.I.',
  'artificial intelligence',
  'machine learning',
  'deep learning',
  'neural',
  'teacher*',
  'student*',
  'train*',
  'fine tun*',
  'finetun*',
  'pretrain*',
  'pre train*',
  'GPT*',
  'ChatGPT',
  'OpenAI',
  'DeepSeek',
  'Anthropic',
  'Claude',
  'Gemini',
  'Llama*',
  'Qwen*',
  'Mistral',
  'transformer*',
  'parameter*',
  'weights',
  'open weight*',
  'inference',
  'reasoning',
  'benchmark*',
  'chatbot*',
  'dataset*',
  'logits',
  'token*',
  'embedding*',
  'open source*',
  'closed source*',
  '=API',
  '=APIs',
  'GPU*',
  'Nvidia',
  'R1',
  'V3',
  '模型',
  '训练',
  '訓練',
  '人工智能',
  '智能',
  '开源',
  '闭源',
  '開源',
  '閉源',
  '神经网络',
  '神經網絡',
  '神經網路',
  '推理',
  '算法',
  '演算法',
  '参数',
  '參數',
  '权重',
  '權重',
  '微调',
  '微調',
  '机器学习',
  '機器學習',
  '深度学习',
  '深度學習',
  '算力',
  '深度求索',
  '英伟达',
  '英偉達',
  '辉达',
  '輝達',
  '芯片',
  '晶片',
  '数据集',
  '數據集',
  '資料集',
  '生成式',
  '聊天机器人',
  '聊天機器人',
  '语料',
  '語料',
];

/** Words of the other senses of distillation: drinks, chemistry, refining, water. */
export const NON_AI_CUES: readonly string[] = [
  'whisky',
  'whiskey',
  'whiskies',
  'bourbon',
  'scotch',
  'gin',
  'vodka',
  'rum',
  'brandy',
  'cognac',
  'tequila',
  'mezcal',
  'liquor*',
  'spirits',
  'alcohol*',
  'ethanol',
  'distiller*',
  'brewer*',
  'moonshine',
  'crude',
  'oil',
  'oils',
  'petroleum',
  'refiner*',
  'refining',
  'kerosene',
  'diesel',
  'gasoline',
  'naphtha',
  'water',
  'seawater',
  'vinegar',
  'perfume*',
  'chemistry',
  'chemical*',
  'chemist*',
  'laboratory',
  'flask*',
  'condens*',
  'boiling',
  'vapor*',
  'vapour*',
  'evaporat*',
  'solvent*',
  'beaker*',
  '酒',
  '威士忌',
  '白兰地',
  '白蘭地',
  '伏特加',
  '乙醇',
  '原油',
  '石油',
  '炼油',
  '煉油',
  '化学',
  '化學',
  '化工',
  '实验室',
  '實驗室',
  '烧瓶',
  '燒瓶',
  '冷凝',
  '沸点',
  '沸點',
  '精油',
  '香水',
  '海水',
  '淡水',
  '纯净水',
  '純淨水',
];

/** Market words: what makes NVDA the ticker. */
export const TICKER_CUES: readonly string[] = [
  'share',
  'shares',
  'stock*',
  'shareholder*',
  'stockholder*',
  'ticker*',
  'Nasdaq',
  'NYSE',
  'S&P',
  'earnings',
  'investor*',
  'trading',
  'traded',
  'trader*',
  'market cap*',
  'market value',
  'price target*',
  'dividend*',
  'rally',
  'rallied',
  'rallies',
  'premarket',
  'pre market',
  'valuation*',
  'analyst*',
  'portfolio*',
  'Nvidia',
  '股价',
  '股價',
  '股票',
  '股市',
  '美股',
  '个股',
  '個股',
  '市值',
  '纳斯达克',
  '納斯達克',
  '收盘',
  '收盤',
  '盘前',
  '盤前',
  '投资者',
  '投資者',
  '证券',
  '證券',
  '英伟达',
  '英偉達',
  '辉达',
  '輝達',
];

/** Screen-reader words: NVDA is also the NonVisual Desktop Access screen reader. */
export const SCREEN_READER_CUES: readonly string[] = [
  'screen reader*',
  'JAWS',
  'VoiceOver',
  'NV Access',
  'Narrator',
  'TalkBack',
  'Orca',
  'accessibility',
  'a11y',
  'braille',
  'blind',
  'visually impaired',
  'add on',
  'add ons',
  'eSpeak',
  'speech synth*',
  '读屏',
  '讀屏',
  '屏幕阅读器',
  '螢幕閱讀器',
  '屏幕閱讀器',
  '螢幕報讀',
  '无障碍',
  '無障礙',
  '视障',
  '視障',
  '盲人',
  '朗读',
  '朗讀',
];

interface CompiledRule {
  /** Global; an opposing cue fills group 1 or 2, a supporting one neither (see compileCues). */
  readonly cues: RegExp;
  /** Sticky, tried at the candidate's end: the candidate is the first half of a non-topic compound. */
  readonly compoundAfter: RegExp;
  /** Modifiers that make the candidate the second half of a non-topic compound (crude oil distillation). */
  readonly compoundBefore: ReadonlySet<string>;
  /** Tried on the text just before the candidate; a hit makes it count regardless of cues. */
  readonly certainBefore: RegExp | null;
}

const ws = '[\\s\\u00A0-]+';
const AI_COMPOUND_AFTER = new RegExp(
  [
    // distilled water / spirits, distillation column …: the chemistry and drinks senses.
    `${ws}(?:${[
      'water',
      'spirits?',
      'liquors?',
      'vinegar',
      'alcohol',
      'ethanol',
      'beverages?',
      'drinks?',
      'gin',
      'vodka',
      'whiske?y',
      'rum',
      'brandy',
      'essential',
      'oils?',
      'columns?',
      'towers?',
      'units?',
      'flasks?',
      'apparatus',
      'stills?',
      'plants?',
      'residues?',
      'fractions?',
    ]
      .map(caselessSource)
      .join('|')})${NOT_ALNUM_AFTER}`,
    // distill your ideas / thoughts: the figurative sense.
    `${ws}(?:(?:${['your', 'my', 'his', 'her', 'their', 'our', "one[’']s", 'these', 'those', 'the', 'all']
      .map(caselessSource)
      .join('|')})${ws})?(?:${[
      'ideas?',
      'thoughts?',
      'thinking',
      'notes',
      'messages?',
      'insights?',
      'essence',
      'wisdom',
      'lessons?',
      'experiences?',
      'feelings?',
      'arguments?',
      'story',
      'stories',
    ]
      .map(caselessSource)
      .join('|')})${NOT_ALNUM_AFTER}`,
    // Distillation *of* a drink, oil or water.
    `${ws}${caselessSource('of')}${ws}(?:${caselessSource('the')}${ws})?(?:${[
      'whiske?y',
      'spirits',
      'alcohol',
      'ethanol',
      'crude',
      'oil',
      'petroleum',
      'water',
      'seawater',
      'wine',
      'beer',
      'mash',
      'gin',
    ]
      .map(caselessSource)
      .join('|')})${NOT_ALNUM_AFTER}`,
    // 蒸馏水 蒸馏酒 蒸馏器 蒸馏塔 蒸馏厂 …
    '[水酒器塔厂廠釜液]',
    '烧瓶|燒瓶|装置|裝置|设备|設備|白酒',
  ].join('|'),
  'y',
);
/** Words and CJK modifiers that, directly before the candidate, make it chemistry or drinks. */
const AI_COMPOUND_BEFORE: ReadonlySet<string> = new Set([
  'whisky',
  'whiskey',
  'spirit',
  'spirits',
  'alcohol',
  'ethanol',
  'water',
  'oil',
  'crude',
  'petroleum',
  'vacuum',
  'fractional',
  'steam',
  'destructive',
  'double',
  'triple',
  'freshly',
  'seawater',
  'vinegar',
  'gin',
  'wine',
  'molecular',
  'azeotropic',
  '减压',
  '減壓',
  '常压',
  '常壓',
  '水蒸气',
  '水蒸氣',
  '蒸汽',
  '海水',
  '原油',
  '石油',
  '白酒',
  '酒精',
  '分子',
]);

const NEVER = /(?!)/y;
const NASDAQ_PREFIX = new RegExp(`${asciiCaseless('nasdaq')}(?:${asciiCaseless('gs')})?\\s*[:：]\\s*$`);

function compile(
  support: readonly string[],
  oppose: readonly string[],
  compoundAfter: RegExp,
  compoundBefore: ReadonlySet<string>,
  certainBefore: RegExp | null,
  extraSupport?: string,
): CompiledRule {
  return { cues: compileCues(support, oppose, extraSupport), compoundAfter, compoundBefore, certainBefore };
}

const RULES: Readonly<Record<ContextRule, CompiledRule>> = {
  ai: compile(AI_CUES, NON_AI_CUES, AI_COMPOUND_AFTER, AI_COMPOUND_BEFORE, null),
  // Another $TICKER or a dollar price nearby is as good a market word as "shares".
  ticker: compile(
    TICKER_CUES,
    SCREEN_READER_CUES,
    NEVER,
    new Set(),
    NASDAQ_PREFIX,
    '\\$(?:[A-Z]{1,5}(?![A-Za-z])|[0-9])',
  ),
};

/**
 * Radii tried in turn (UTF-16 units each side; the last is {@link CONTEXT_WINDOW}). A cue regex
 * costs ~5–10 ns per character scanned, and most AI-sense candidates have an AI word within a few
 * characters (蒸馏模型, "distillation to train"), so growing rings decide most candidates after
 * ~30–100 characters instead of ~400. A cue counts for a ring when it lies wholly inside it.
 */
const RINGS: readonly number[] = [12, 48, CONTEXT_WINDOW];

/** The modifier directly before `start` (one Latin word after spaces/hyphens, or 1–3 CJK chars) is in `set`. */
function hasModifierBefore(text: string, start: number, set: ReadonlySet<string>): boolean {
  if (set.size === 0 || start === 0) return false;
  const prev = text.charCodeAt(start - 1);
  if (prev >= 0x3400) {
    // CJK modifiers are written solid: 减压蒸馏, 原油蒸馏.
    for (let n = 1; n <= 3 && n <= start; n++) {
      if (set.has(text.slice(start - n, start))) return true;
    }
    return false;
  }
  let i = start;
  while (i > 0 && start - i < 3 && isSeparator(text.charCodeAt(i - 1))) i--;
  if (i === start) return false;
  const wordEnd = i;
  while (i > 0 && wordEnd - i <= 12 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  if (i === wordEnd || (i > 0 && isAsciiLetter(text.charCodeAt(i - 1)))) return false;
  return set.has(text.slice(i, wordEnd).toLowerCase());
}

/** `$NVDA`, or `NASDAQ: NVDA` / `(NASDAQ:NVDA)`: a colon (maybe full-width) right before, then the exchange. */
function isWrittenAsTicker(text: string, start: number, certain: RegExp): boolean {
  const prev = text.charCodeAt(start - 1);
  if (prev === 0x24 /* $ */) return true;
  let i = start;
  while (i > 0 && start - i < 2 && text.charCodeAt(i - 1) === 0x20) i--;
  const colon = text.charCodeAt(i - 1);
  if (colon !== 0x3a && colon !== 0xff1a) return false;
  return certain.test(text.slice(Math.max(0, start - 16), start));
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0xa0 || code === 0x0a || code === 0x09;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * Nearest cues of each kind in `window`, where the candidate occupies [s, e): returns
 * 1 when a supporting cue is strictly nearer, -1 when an opposing one is as near or nearer, 0 when
 * the window holds no cue at all.
 */
function nearestCue(cues: RegExp, window: string, s: number, e: number, lead: number): number {
  let support = Number.POSITIVE_INFINITY;
  let oppose = Number.POSITIVE_INFINITY;
  cues.lastIndex = 0;
  for (let m = cues.exec(window); m !== null; m = cues.exec(window)) {
    const cs = m.index;
    if (cs < lead) continue;
    const ce = cs + m[0].length;
    const distance = ce <= s ? s - ce : cs >= e ? cs - e : 0;
    if (m[1] !== undefined || m[2] !== undefined) {
      if (distance < oppose) oppose = distance;
    } else if (distance < support) {
      support = distance;
    }
    // Matches come left to right: every later cue starts after this one, so it is farther away.
    if (cs >= e) break;
  }
  if (support === Number.POSITIVE_INFINITY && oppose === Number.POSITIVE_INFINITY) return 0;
  return support < oppose ? 1 : -1;
}

/** True when the ambiguous candidate text[start, end) counts under `rule` (see the module comment). */
export function contextAllows(rule: ContextRule, text: string, start: number, end: number): boolean {
  const r = RULES[rule];
  if (r.certainBefore !== null && isWrittenAsTicker(text, start, r.certainBefore)) return true;
  r.compoundAfter.lastIndex = end;
  if (r.compoundAfter.test(text) || hasModifierBefore(text, start, r.compoundBefore)) return false;

  for (const radius of RINGS) {
    // One char of extra lead-in so a cue's "not after a letter" check sees the real neighbour
    // instead of the slice edge (a cue found starting on it is one char outside the ring).
    const from = Math.max(0, start - radius - 1);
    const to = Math.min(text.length, end + radius);
    // Cues in an inner ring are nearer than any cue found only in an outer one, so the first ring
    // holding any cue decides.
    const verdict = nearestCue(r.cues, text.slice(from, to), start - from, end - from, from > 0 ? 1 : 0);
    if (verdict !== 0) return verdict > 0;
    if (from === 0 && to === text.length) break; // this ring already covers the whole text
  }
  return false;
}
