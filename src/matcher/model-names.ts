/**
 * Model names written as "<company>-<model>" (DeepSeek-R1, DeepSeek-V2.5, DeepSeek-Coder-V2-Lite)
 * are one mention covering the whole name: the hover card is about the company, but cutting the
 * highlight at the hyphen would read as if "R1" were not part of what was recognised.
 */
import type { TopicId } from '../topics/topics';

/** Topics whose Latin aliases may carry a model-name suffix. */
export const MODEL_FAMILY_TOPICS: ReadonlySet<TopicId> = new Set<TopicId>(['deepseek']);

/**
 * Words that name a model line without a digit. Anything else after a hyphen must contain a
 * digit (R1, V3, V2.5, 67B, 0324), so `DeepSeek-based`, `DeepSeek-powered` stay plain `DeepSeek`.
 */
export const MODEL_SUFFIX_WORDS: readonly string[] = [
  'Coder',
  'Chat',
  'Math',
  'VL',
  'MoE',
  'Prover',
  'LLM',
  'Lite',
  'Instruct',
  'Base',
  'Zero',
  'Distill',
  'Reasoner',
  'OCR',
  'Janus',
  'Pro',
  // Base models of the distilled checkpoints: DeepSeek-R1-Distill-Qwen-7B, DeepSeek-R1-Distill-Llama-70B.
  'Qwen',
  'Llama',
];

const ALNUM = 'A-Za-z0-9';
const HYPHEN = '[-\\u2010\\u2011]';
/** A token with a digit: R1, V3, V2.5, VL2, 67B, 0324. */
const DIGIT_TOKEN = `[A-Za-z]*[0-9][${ALNUM}]*(?:\\.[0-9][${ALNUM}]*)*`;
const WORD_TOKEN = `(?:${MODEL_SUFFIX_WORDS.map((w) => w.replace(/[a-z]/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`)).join('|')})(?![${ALNUM}])`;
const SEGMENT = `(?:${DIGIT_TOKEN}|${WORD_TOKEN})`;

/**
 * Regex source of the optional suffix: one or more hyphen segments, or (as press writes it)
 * a single space then an R/V version (`DeepSeek R1`, `DeepSeek V3.1`), which may be followed by
 * hyphen segments (`DeepSeek R1-Zero`). ASCII only: full-width model names are not seen in practice.
 */
export const MODEL_SUFFIX_PATTERN = `(?:(?:${HYPHEN}${SEGMENT}|[ \\u00A0][RrVv][0-9]+(?:\\.[0-9]+)*(?![${ALNUM}]))(?:${HYPHEN}${SEGMENT})*)?`;
