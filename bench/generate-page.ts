/**
 * Generates news-like pages of a given size for the benchmarks: mixed English and Chinese
 * paragraphs, inline markup (links, bold, emphasis), headings, lists, and some script JSON and
 * textareas that must not be highlighted. Deterministic for a given size.
 */

const EN = [
  'Shares of Nvidia fell sharply after DeepSeek released its R1 model, rattling investors.',
  'OpenAI said it was reviewing evidence that its models had been used for distillation.',
  'Analysts argue that cheaper models could expand demand for GPUs rather than shrink it.',
  'The company reported quarterly revenue ahead of expectations, driven by data-centre sales.',
  'Regulators in several countries are examining how large language models are trained.',
  'A smaller student model can be trained on the outputs of a larger teacher model.',
  'Markets recovered some ground on Tuesday as traders reassessed the sell-off.',
  'The startup plans to open-source its weights later this year, executives said.',
  'DeepSeek-V3 was trained with far fewer chips than many Western rivals used.',
  'Critics say the debate over open and closed source misses the question of cost.',
  'The city council approved the new budget after a lengthy debate on Monday night.',
  'Weather forecasters expect heavy rain across the region through the weekend.',
];
const ZH = [
  '英伟达股价在DeepSeek发布新模型后大幅下跌，市场情绪明显转弱。',
  'OpenAI表示正在调查其模型输出是否被用于模型蒸馏。',
  '分析人士认为，更便宜的模型可能会带来更多的算力需求。',
  '该公司公布的季度营收超出预期，数据中心业务增长强劲。',
  '多家机构正在研究大模型训练数据的合规问题。',
  '开源社区对这一消息反应热烈，许多开发者开始尝试新模型。',
  '本周末全国多地将迎来降雨天气，请注意出行安全。',
  '市政府宣布将在明年扩建城市公园和公共图书馆。',
];

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

function decorate(sentence: string, random: () => number): string {
  const words = sentence.split(' ');
  if (words.length < 4) return sentence;
  const i = Math.floor(random() * (words.length - 2));
  const kind = random();
  if (kind < 0.3) words[i] = `<a href="#a${i}">${words[i]}</a>`;
  else if (kind < 0.5) words[i] = `<b>${words[i]}</b>`;
  else if (kind < 0.6) words[i] = `<em>${words[i]}</em>`;
  return words.join(' ');
}

/** A news-like HTML page of about `bytes` bytes (UTF-8). */
export function generateNewsPage(bytes: number, seed = 7): string {
  const random = rng(seed);
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench page</title>',
    '<style>body{font:16px/1.5 sans-serif;max-width:760px;margin:auto}</style></head><body>',
    '<header><nav><a href="#">Home</a> <a href="#">Markets</a> <a href="#">Tech</a></nav></header><main>',
  ];
  let size = parts.join('').length * 1.2;
  let n = 0;
  while (size < bytes) {
    let chunk: string;
    const r = random();
    if (n % 40 === 0) chunk = `<h2>Section ${n / 40 + 1}: ${EN[n % EN.length]}</h2>`;
    else if (r < 0.55) {
      const sentences = Array.from({ length: 3 }, () =>
        decorate(EN[Math.floor(random() * EN.length)] as string, random),
      );
      chunk = `<p>${sentences.join(' ')}</p>`;
    } else if (r < 0.85) {
      chunk = `<p>${Array.from({ length: 3 }, () => ZH[Math.floor(random() * ZH.length)]).join('')}</p>`;
    } else if (r < 0.93) {
      chunk = `<ul><li>${EN[Math.floor(random() * EN.length)]}</li><li>${ZH[Math.floor(random() * ZH.length)]}</li></ul>`;
    } else if (r < 0.97) {
      chunk = `<script type="application/json">{"headline":"Nvidia and OpenAI","id":${n}}</script>`;
    } else {
      chunk = `<textarea aria-label="comment ${n}">DeepSeek OpenAI Nvidia comment ${n}</textarea>`;
    }
    parts.push(chunk);
    // Chinese characters take three bytes in UTF-8.
    size += chunk.length + (chunk.match(/[\u4e00-\u9fff]/g)?.length ?? 0) * 2;
    n++;
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}
