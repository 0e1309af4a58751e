/**
 * The four topics and every form that names them: the one owner of the alias list.
 * Pure data: no DOM, no `browser`. The matcher compiles these aliases, the claim store
 * indexes them, the UI shows the names and descriptions.
 */

/** Topic ids are a public contract (DESIGN.md, contract 1). */
export const TOPIC_IDS = ['deepseek', 'openai', 'nvidia', 'distillation'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** UI languages the extension ships. */
export type Lang = 'en' | 'zh';

/**
 * What must surround an ambiguous form for it to count as a mention.
 * - `ai`: an AI word nearby (model, training, 模型 …) — "distilled water" is not a topic.
 * - `ticker`: stock-market wording nearby ($NVDA, NASDAQ:, shares …) — NVDA is also a screen reader.
 */
export type ContextRule = 'ai' | 'ticker';

export interface Alias {
  /** The form as written; Latin forms match case-insensitively as whole words. */
  readonly form: string;
  /** Script family: Latin forms need word boundaries, CJK forms do not. */
  readonly script: 'latin' | 'cjk';
  /** Present when the form is ambiguous and needs context to count. */
  readonly context?: ContextRule;
}

export interface Topic {
  readonly id: TopicId;
  readonly name: Readonly<Record<Lang, string>>;
  /** One neutral line about what the topic is. */
  readonly description: Readonly<Record<Lang, string>>;
  readonly aliases: readonly Alias[];
}

const latin = (form: string, context?: ContextRule): Alias =>
  context ? { form, script: 'latin', context } : { form, script: 'latin' };
const cjk = (form: string, context?: ContextRule): Alias =>
  context ? { form, script: 'cjk', context } : { form, script: 'cjk' };

export const TOPICS: readonly Topic[] = [
  {
    id: 'deepseek',
    name: { en: 'DeepSeek', zh: 'DeepSeek' },
    description: {
      en: 'Chinese AI company and its open-weight language models (DeepSeek-R1, DeepSeek-V3).',
      zh: '中国人工智能公司（深度求索）及其开源大语言模型（如 DeepSeek-R1、DeepSeek-V3）。',
    },
    aliases: [latin('DeepSeek'), cjk('深度求索')],
  },
  {
    id: 'openai',
    name: { en: 'OpenAI', zh: 'OpenAI' },
    description: {
      en: 'US AI company behind the GPT models and ChatGPT.',
      zh: '美国人工智能公司，GPT 系列模型和 ChatGPT 的开发者。',
    },
    aliases: [latin('OpenAI')],
  },
  {
    id: 'nvidia',
    name: { en: 'Nvidia', zh: '英伟达' },
    description: {
      en: 'US chipmaker whose GPUs power most AI training and inference.',
      zh: '美国芯片公司，其 GPU 支撑着大多数 AI 训练与推理。',
    },
    aliases: [latin('Nvidia'), latin('NVDA', 'ticker'), cjk('英伟达'), cjk('英偉達'), cjk('辉达'), cjk('輝達')],
  },
  {
    id: 'distillation',
    name: { en: 'Distillation', zh: '蒸馏' },
    description: {
      en: 'Training a smaller "student" model on the outputs of a larger "teacher" model.',
      zh: '用大模型（教师）的输出训练小模型（学生）的技术，即模型蒸馏。',
    },
    aliases: [
      latin('knowledge distillation'),
      latin('model distillation'),
      latin('distillation', 'ai'),
      latin('distill', 'ai'),
      latin('distil', 'ai'),
      latin('distills', 'ai'),
      latin('distils', 'ai'),
      latin('distilled', 'ai'),
      latin('distilling', 'ai'),
      cjk('知识蒸馏'),
      cjk('知識蒸餾'),
      cjk('模型蒸馏'),
      cjk('模型蒸餾'),
      cjk('蒸馏', 'ai'),
      cjk('蒸餾', 'ai'),
    ],
  },
];

/** Looks a topic up by id; undefined for anything that is not one of the four. */
export function getTopic(id: string): Topic | undefined {
  return TOPICS.find((t) => t.id === id);
}

/** True when `value` is one of the four topic ids. */
export function isTopicId(value: unknown): value is TopicId {
  return typeof value === 'string' && (TOPIC_IDS as readonly string[]).includes(value);
}
