import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topic, TopicId } from '../topics/topics';
import { TOPICS } from '../topics/topics';
import { createMatcher, type Mention } from './index';

type Expected = readonly (readonly [TopicId, string])[];

interface Case {
  readonly text: string;
  readonly expect: Expected;
  /** [start, end) of each expected mention, for cases where the numbers themselves matter. */
  readonly at?: readonly (readonly [number, number])[];
}

const matcher = createMatcher();

/** Runs one case and checks everything a caller relies on: exact list, offsets, order, no overlap. */
function check(c: Case, m = matcher): void {
  const found = m.find(c.text);
  expect(found.map((x) => [x.topicId, x.form])).toEqual(c.expect.map(([t, f]) => [t, f]));
  for (const x of found) expect(c.text.slice(x.start, x.end)).toBe(x.form);
  for (let i = 1; i < found.length; i++) {
    expect((found[i] as Mention).start).toBeGreaterThanOrEqual((found[i - 1] as Mention).end);
  }
  if (c.at) expect(found.map((x) => [x.start, x.end])).toEqual(c.at.map(([s, e]) => [s, e]));
}

const table = (cases: readonly Case[]) => cases.map((c) => [c.text, c] as const);

describe('Latin names: case-insensitive whole words', () => {
  it.each(
    table([
      { text: 'OpenAI released a new model.', expect: [['openai', 'OpenAI']], at: [[0, 6]] },
      {
        text: 'NVIDIA, nvidia and Nvidia',
        expect: [
          ['nvidia', 'NVIDIA'],
          ['nvidia', 'nvidia'],
          ['nvidia', 'Nvidia'],
        ],
      },
      { text: 'deepseek in lower case', expect: [['deepseek', 'deepseek']] },
      { text: 'OPENAI SHOUTED', expect: [['openai', 'OPENAI']] },
      { text: '(OpenAI)', expect: [['openai', 'OpenAI']], at: [[1, 7]] },
      { text: '"Nvidia"', expect: [['nvidia', 'Nvidia']] },
      { text: 'an OpenAI-backed start-up', expect: [['openai', 'OpenAI']] },
      { text: 'non-OpenAI models', expect: [['openai', 'OpenAI']], at: [[4, 10]] },
      {
        text: 'OpenAI, Nvidia and DeepSeek.',
        expect: [
          ['openai', 'OpenAI'],
          ['nvidia', 'Nvidia'],
          ['deepseek', 'DeepSeek'],
        ],
      },
      { text: 'Nvidia.', expect: [['nvidia', 'Nvidia']] },
      {
        text: 'OpenAI\nNvidia',
        expect: [
          ['openai', 'OpenAI'],
          ['nvidia', 'Nvidia'],
        ],
        at: [
          [0, 6],
          [7, 13],
        ],
      },
      { text: 'OpenAI_API', expect: [['openai', 'OpenAI']] },
      { text: 'see openai.com', expect: [['openai', 'openai']] },
      { text: 'Nvidia-backed', expect: [['nvidia', 'Nvidia']] },
    ]),
  )('%s', (_, c) => check(c));
});

describe('possessives match the name only', () => {
  it.each(
    table([
      { text: "Nvidia's revenue", expect: [['nvidia', 'Nvidia']], at: [[0, 6]] },
      { text: 'Nvidia’s revenue', expect: [['nvidia', 'Nvidia']], at: [[0, 6]] },
      { text: "OpenAI's board", expect: [['openai', 'OpenAI']] },
      { text: 'DeepSeek’s model', expect: [['deepseek', 'DeepSeek']] },
      { text: "DeepSeek-R1's answers", expect: [['deepseek', 'DeepSeek-R1']] },
      { text: 'the DeepSeek-R1’s score', expect: [['deepseek', 'DeepSeek-R1']], at: [[4, 15]] },
    ]),
  )('%s', (_, c) => check(c));
});

describe('not inside longer words', () => {
  it.each(
    table([
      { text: 'OpenAIRE is an EU project', expect: [] },
      { text: 'INVIDIA', expect: [] },
      { text: 'the OpenAPI spec', expect: [] },
      { text: 'xDeepSeek', expect: [] },
      { text: 'Nvidia2', expect: [] },
      { text: 'DeepSeeker', expect: [] },
      { text: 'OpenAI2', expect: [] },
      { text: '2Nvidia', expect: [] },
      { text: 'ÉOpenAI', expect: [] },
      { text: 'OpenAIé', expect: [] },
      { text: 'nvidiagpu', expect: [] },
      { text: 'Open AI (with a space) is not an alias', expect: [] },
      { text: 'undistilled', expect: [] },
      { text: 'distillery tours and distillers', expect: [] },
    ]),
  )('%s', (_, c) => check(c));
});

describe('CJK characters are boundaries', () => {
  it.each(
    table([
      { text: '采购NVIDIA芯片', expect: [['nvidia', 'NVIDIA']], at: [[2, 8]] },
      { text: '使用DeepSeek的模型', expect: [['deepseek', 'DeepSeek']], at: [[2, 10]] },
      { text: 'OpenAI公司', expect: [['openai', 'OpenAI']] },
      {
        text: '据OpenAI称,DeepSeek-R1性能接近',
        expect: [
          ['openai', 'OpenAI'],
          ['deepseek', 'DeepSeek-R1'],
        ],
      },
      { text: '「Nvidia」', expect: [['nvidia', 'Nvidia']] },
    ]),
  )('%s', (_, c) => check(c));
});

describe('full-width forms, offsets into the original string', () => {
  it.each(
    table([
      { text: 'ＯｐｅｎＡＩ', expect: [['openai', 'ＯｐｅｎＡＩ']], at: [[0, 6]] },
      { text: 'ｎｖｉｄｉａ', expect: [['nvidia', 'ｎｖｉｄｉａ']] },
      { text: '美国ＮＶＩＤＩＡ发布新品', expect: [['nvidia', 'ＮＶＩＤＩＡ']], at: [[2, 8]] },
      { text: '使用ＤｅｅｐＳｅｅｋ模型', expect: [['deepseek', 'ＤｅｅｐＳｅｅｋ']], at: [[2, 10]] },
      { text: 'Ｏpenai mixed width', expect: [['openai', 'Ｏpenai']] },
      { text: 'ＯｐｅｎＡＩＲＥ', expect: [] },
      { text: 'ＸＯｐｅｎＡＩ', expect: [] },
      { text: 'ＯｐｅｎＡＩ２', expect: [] },
      {
        text: 'ＯｐｅｎＡＩ与ｎｖｉｄｉａ',
        expect: [
          ['openai', 'ＯｐｅｎＡＩ'],
          ['nvidia', 'ｎｖｉｄｉａ'],
        ],
        at: [
          [0, 6],
          [7, 13],
        ],
      },
      {
        text: '蒸馏(ｄｉｓｔｉｌｌａｔｉｏｎ)训练小模型',
        expect: [
          ['distillation', '蒸馏'],
          ['distillation', 'ｄｉｓｔｉｌｌａｔｉｏｎ'],
        ],
      },
    ]),
  )('%s', (_, c) => check(c));
});

describe('model names are one DeepSeek mention', () => {
  it.each(
    table([
      { text: 'DeepSeek-R1', expect: [['deepseek', 'DeepSeek-R1']], at: [[0, 11]] },
      { text: 'DeepSeek-V3 launched', expect: [['deepseek', 'DeepSeek-V3']] },
      { text: 'DeepSeek-V2.5', expect: [['deepseek', 'DeepSeek-V2.5']] },
      { text: 'DeepSeek-Coder', expect: [['deepseek', 'DeepSeek-Coder']] },
      { text: 'DeepSeek-Coder-V2', expect: [['deepseek', 'DeepSeek-Coder-V2']] },
      { text: 'DeepSeek-Coder-V2-Lite-Instruct', expect: [['deepseek', 'DeepSeek-Coder-V2-Lite-Instruct']] },
      { text: 'DeepSeek-R1-Zero', expect: [['deepseek', 'DeepSeek-R1-Zero']] },
      { text: 'DeepSeek-R1-Distill-Qwen-7B', expect: [['deepseek', 'DeepSeek-R1-Distill-Qwen-7B']] },
      { text: 'DeepSeek-VL2', expect: [['deepseek', 'DeepSeek-VL2']] },
      { text: 'DeepSeek-MoE', expect: [['deepseek', 'DeepSeek-MoE']] },
      { text: 'DeepSeek-Math-7B', expect: [['deepseek', 'DeepSeek-Math-7B']] },
      { text: 'DeepSeek-LLM-67B-Chat', expect: [['deepseek', 'DeepSeek-LLM-67B-Chat']] },
      { text: 'DeepSeek-Prover-V1.5', expect: [['deepseek', 'DeepSeek-Prover-V1.5']] },
      { text: 'We tried DeepSeek-V3.', expect: [['deepseek', 'DeepSeek-V3']], at: [[9, 20]] },
      { text: 'a DeepSeek-based app', expect: [['deepseek', 'DeepSeek']], at: [[2, 10]] },
      { text: 'DeepSeek-powered chatbots', expect: [['deepseek', 'DeepSeek']] },
      {
        text: 'DeepSeek R1 and DeepSeek V3.1',
        expect: [
          ['deepseek', 'DeepSeek R1'],
          ['deepseek', 'DeepSeek V3.1'],
        ],
      },
      { text: 'DeepSeek Coder', expect: [['deepseek', 'DeepSeek']] },
      { text: 'DeepSeek 2025', expect: [['deepseek', 'DeepSeek']] },
      {
        text: 'model ids deepseek-chat and deepseek-reasoner',
        expect: [
          ['deepseek', 'deepseek-chat'],
          ['deepseek', 'deepseek-reasoner'],
        ],
      },
      { text: 'DeepSeek\u2011R1 with a non-breaking hyphen', expect: [['deepseek', 'DeepSeek\u2011R1']] },
      {
        text: 'DeepSeek- and OpenAI-style',
        expect: [
          ['deepseek', 'DeepSeek'],
          ['openai', 'OpenAI'],
        ],
      },
      { text: 'DeepSeek-R is not a version', expect: [['deepseek', 'DeepSeek']] },
      { text: 'DeepSeek-R1模型', expect: [['deepseek', 'DeepSeek-R1']] },
    ]),
  )('%s', (_, c) => check(c));
});

describe('Chinese forms, Simplified and Traditional', () => {
  it.each(
    table([
      { text: '英伟达股价', expect: [['nvidia', '英伟达']], at: [[0, 3]] },
      { text: '英偉達', expect: [['nvidia', '英偉達']] },
      { text: '辉达发布财报', expect: [['nvidia', '辉达']] },
      { text: '輝達財報', expect: [['nvidia', '輝達']] },
      { text: '深度求索公司', expect: [['deepseek', '深度求索']] },
      { text: '知识蒸馏是一种方法', expect: [['distillation', '知识蒸馏']], at: [[0, 4]] },
      { text: '知識蒸餾', expect: [['distillation', '知識蒸餾']] },
      { text: '模型蒸馏', expect: [['distillation', '模型蒸馏']], at: [[0, 4]] },
      { text: '模型蒸餾', expect: [['distillation', '模型蒸餾']] },
      { text: '大模型蒸馏', expect: [['distillation', '模型蒸馏']], at: [[1, 5]] },
      { text: '蒸馏技术让小模型更强', expect: [['distillation', '蒸馏']], at: [[0, 2]] },
      { text: '蒸餾技術讓小模型更強', expect: [['distillation', '蒸餾']] },
      { text: '通过蒸馏训练学生模型', expect: [['distillation', '蒸馏']] },
      {
        text: '深度求索(DeepSeek)与英伟达',
        expect: [
          ['deepseek', '深度求索'],
          ['deepseek', 'DeepSeek'],
          ['nvidia', '英伟达'],
        ],
      },
      { text: '人工智能公司之间的蒸馏之争', expect: [['distillation', '蒸馏']] },
    ]),
  )('%s', (_, c) => check(c));
});

describe('distillation in the AI sense', () => {
  it.each(
    table([
      {
        text: 'DeepSeek used distillation to train R1',
        expect: [
          ['deepseek', 'DeepSeek'],
          ['distillation', 'distillation'],
        ],
      },
      { text: 'knowledge distillation', expect: [['distillation', 'knowledge distillation']], at: [[0, 22]] },
      { text: 'Knowledge Distillation: a survey', expect: [['distillation', 'Knowledge Distillation']] },
      { text: 'model distillation', expect: [['distillation', 'model distillation']] },
      { text: 'knowledge\u00a0distillation', expect: [['distillation', 'knowledge\u00a0distillation']] },
      { text: 'knowledge  distillation', expect: [['distillation', 'knowledge  distillation']] },
      { text: 'They distilled GPT-4 into a smaller model.', expect: [['distillation', 'distilled']], at: [[5, 14]] },
      { text: 'distilling a large language model', expect: [['distillation', 'distilling']] },
      { text: 'the teacher distills its knowledge into a student', expect: [['distillation', 'distills']] },
      { text: 'distil a neural network', expect: [['distillation', 'distil']] },
      { text: 'Distillation of LLMs', expect: [['distillation', 'Distillation']] },
      { text: 'we distill the model', expect: [['distillation', 'distill']] },
      { text: 'They distilled the vision transformer into a small model.', expect: [['distillation', 'distilled']] },
      {
        text: 'Whisky distillation, unlike model distillation, is old.',
        expect: [['distillation', 'model distillation']],
        at: [[28, 46]],
      },
      {
        text: 'OpenAI accused DeepSeek of distillation. Meanwhile, Scottish whisky distillation goes on as it has for centuries.',
        expect: [
          ['openai', 'OpenAI'],
          ['deepseek', 'DeepSeek'],
          ['distillation', 'distillation'],
        ],
        at: [
          [0, 6],
          [15, 23],
          [27, 39],
        ],
      },
      { text: `distillation${' '.repeat(150)}training`, expect: [['distillation', 'distillation']] },
      {
        text: 'The whisky tasting ended early. Meanwhile, distillation trains a small model.',
        expect: [['distillation', 'distillation']],
      },
    ]),
  )('%s', (_, c) => check(c));
});

describe('distillation in other senses is not a mention', () => {
  it.each(
    table([
      { text: 'The whisky is distilled three times.', expect: [] },
      { text: 'Crude oil distillation separates the fractions.', expect: [] },
      { text: 'Use distilled water in the steam iron.', expect: [] },
      { text: 'Distill your thoughts into one sentence.', expect: [] },
      { text: 'distill your ideas before the meeting', expect: [] },
      { text: 'In the chemistry lab we practised distillation.', expect: [] },
      { text: 'fractional distillation', expect: [] },
      { text: 'The model recommends distilled water for the humidifier.', expect: [] },
      { text: 'Before prompting the model, distill your thoughts into one line.', expect: [] },
      { text: 'the distillation column at the refinery', expect: [] },
      { text: 'distilled spirits and AI regulation', expect: [] },
      { text: `distillation${' '.repeat(250)}training`, expect: [] },
      { text: 'Distillation is old.', expect: [] },
      { text: 'Our new language model is out. Unrelated: distillation, as in gin, takes time.', expect: [] },
      { text: '蒸馏酒', expect: [] },
      { text: '蒸馏水', expect: [] },
      { text: '蒸餾水', expect: [] },
      { text: '这款白酒经过多次蒸馏', expect: [] },
      { text: '实验室里用蒸馏法提纯乙醇', expect: [] },
      { text: '即使在大模型时代,蒸馏水也很重要', expect: [] },
      { text: '模型训练中不涉及减压蒸馏', expect: [] },
      { text: '蒸馏', expect: [] },
    ]),
  )('%s', (_, c) => check(c));
});

describe('NVDA only as a ticker', () => {
  it.each(
    table([
      { text: '$NVDA rallied 5%', expect: [['nvidia', 'NVDA']], at: [[1, 5]] },
      { text: 'NASDAQ: NVDA', expect: [['nvidia', 'NVDA']], at: [[8, 12]] },
      {
        text: 'Nvidia Corp. (NASDAQ:NVDA)',
        expect: [
          ['nvidia', 'Nvidia'],
          ['nvidia', 'NVDA'],
        ],
      },
      { text: 'NVDA shares fell 17%', expect: [['nvidia', 'NVDA']] },
      { text: 'NVDA股价大跌', expect: [['nvidia', 'NVDA']] },
      {
        text: 'Nvidia (NVDA) stock',
        expect: [
          ['nvidia', 'Nvidia'],
          ['nvidia', 'NVDA'],
        ],
      },
      { text: 'NVDA closed at $118.42 on Monday', expect: [['nvidia', 'NVDA']] },
      { text: 'NVDA 2024.1 release notes', expect: [] },
      { text: 'NVDA is a free screen reader', expect: [] },
      { text: 'Use NVDA with JAWS and VoiceOver', expect: [] },
      { text: '读屏软件NVDA', expect: [] },
      { text: 'NVDA', expect: [] },
      { text: 'The NVDA screen reader is loved by users; its stock of add-ons is large.', expect: [] },
    ]),
  )('%s', (_, c) => check(c));
});

describe('mixed text', () => {
  it.each(
    table([
      {
        text: '英伟达(Nvidia)与OpenAI',
        expect: [
          ['nvidia', '英伟达'],
          ['nvidia', 'Nvidia'],
          ['openai', 'OpenAI'],
        ],
        at: [
          [0, 3],
          [4, 10],
          [12, 18],
        ],
      },
      {
        text: 'OpenAI的GPT模型与DeepSeek-R1',
        expect: [
          ['openai', 'OpenAI'],
          ['deepseek', 'DeepSeek-R1'],
        ],
      },
      {
        text: 'DeepSeek-R1通过知识蒸馏(knowledge distillation)得到',
        expect: [
          ['deepseek', 'DeepSeek-R1'],
          ['distillation', '知识蒸馏'],
          ['distillation', 'knowledge distillation'],
        ],
      },
      {
        text: '輝達與OpenAI',
        expect: [
          ['nvidia', '輝達'],
          ['openai', 'OpenAI'],
        ],
      },
    ]),
  )('%s', (_, c) => check(c));
});

describe('the source article, matched line by line', () => {
  const lines = readFileSync(new URL('../../tests/fixtures/article.zh.txt', import.meta.url), 'utf8').split('\n');
  const perLine = lines.map((line) => matcher.find(line));
  const all = perLine.flat();
  const count = (t: TopicId) => all.filter((x) => x.topicId === t).length;

  it('has the expected counts per topic', () => {
    expect({
      deepseek: count('deepseek'),
      openai: count('openai'),
      nvidia: count('nvidia'),
      distillation: count('distillation'),
    }).toEqual({ deepseek: 13, openai: 14, nvidia: 7, distillation: 5 });
  });

  it('finds Nvidia only as 英伟达 and distillation as 4×蒸馏-family + 1×distillation', () => {
    expect(new Set(all.filter((x) => x.topicId === 'nvidia').map((x) => x.form))).toEqual(new Set(['英伟达']));
    expect(all.filter((x) => x.topicId === 'distillation').map((x) => x.form)).toEqual([
      '蒸馏',
      '蒸馏',
      'distillation',
      '模型蒸馏',
      '蒸馏',
    ]);
  });

  it('finds distillation on lines 13 (heading), 14 and 16', () => {
    const lineOf = perLine.flatMap((ms, i) => ms.filter((x) => x.topicId === 'distillation').map(() => i + 1));
    expect(lineOf).toEqual([13, 14, 14, 16, 16]);
  });

  it('covers DeepSeek-R1 as one mention', () => {
    expect(all.filter((x) => x.form === 'DeepSeek-R1')).toHaveLength(2);
  });

  it('gives the same counts when the whole article is one text', () => {
    const whole = matcher.find(lines.join('\n'));
    const by = (t: TopicId) => whole.filter((x) => x.topicId === t).length;
    expect([by('deepseek'), by('openai'), by('nvidia'), by('distillation')]).toEqual([13, 14, 7, 5]);
  });
});

describe('createMatcher options', () => {
  const text = 'OpenAI, Nvidia ($NVDA), DeepSeek-R1 and 模型蒸馏';

  it('matches only the selected topics', () => {
    const only = createMatcher(TOPICS, { topics: ['nvidia'] });
    expect(only.find(text).map((x) => [x.topicId, x.form])).toEqual([
      ['nvidia', 'Nvidia'],
      ['nvidia', 'NVDA'],
    ]);
  });

  it('keeps multi-word and model-name forms within a selection', () => {
    const only = createMatcher(TOPICS, { topics: ['deepseek', 'distillation'] });
    expect(only.find(text).map((x) => [x.topicId, x.form])).toEqual([
      ['deepseek', 'DeepSeek-R1'],
      ['distillation', '模型蒸馏'],
    ]);
  });

  it('matches nothing for an empty selection or an empty topic list', () => {
    expect(createMatcher(TOPICS, { topics: [] }).find(text)).toEqual([]);
    expect(createMatcher([]).find(text)).toEqual([]);
  });

  it('defaults to all topics', () => {
    expect(
      createMatcher()
        .find(text)
        .map((x) => x.topicId),
    ).toEqual(['openai', 'nvidia', 'nvidia', 'deepseek', 'distillation']);
  });

  it('compiles the aliases of the topics it is given', () => {
    const custom: Topic = {
      id: 'openai',
      name: { en: 'OpenAI', zh: 'OpenAI' },
      description: { en: '', zh: '' },
      aliases: [
        { form: 'ChatGPT', script: 'latin' },
        { form: '开放人工智能', script: 'cjk' },
      ],
    };
    expect(
      createMatcher([custom])
        .find('ChatGPT与开放人工智能, not OpenAI')
        .map((x) => x.form),
    ).toEqual(['ChatGPT', '开放人工智能']);
  });
});

describe('matcher state', () => {
  it('gives the same answer on repeated and interleaved calls', () => {
    const a = 'DeepSeek-R1 and OpenAI';
    const b = '英伟达';
    const first = matcher.find(a);
    matcher.find(b);
    expect(matcher.find(a)).toEqual(first);
    expect(matcher.find('')).toEqual([]);
  });

  it('returns mentions with exactly the documented fields', () => {
    expect(matcher.find('x OpenAI')).toEqual([{ start: 2, end: 8, topicId: 'openai', form: 'OpenAI' }]);
  });
});
