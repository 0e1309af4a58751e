import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOPICS } from '../topics/topics';
import { foldCodeUnit, foldText } from './fold';

const article = readFileSync(new URL('../../tests/fixtures/article.zh.txt', import.meta.url), 'utf8');
// The same article converted to Traditional characters (Taiwan forms) with OpenCC's s2tw, one
// character for one: every Traditional counterpart of the article's characters must fold back.
const articleHant = readFileSync(new URL('./__fixtures__/article.zh-hant.txt', import.meta.url), 'utf8');

describe('foldText', () => {
  it('preserves length, code unit for code unit', () => {
    for (const s of ['', 'OpenAI', 'ＯｐｅｎＡＩ', '英偉達', 'İstanbul', 'ß', '😀 emoji', 'Ǆ', article, articleHant]) {
      expect(foldText(s).length, s.slice(0, 10)).toBe(s.length);
    }
  });

  it('lower-cases, keeping one code unit per unit where lower-casing would grow', () => {
    expect(foldText('NVIDIA DeepSeek')).toBe('nvidia deepseek');
    expect(foldText('ÉCOLE')).toBe('école');
    expect(foldText('İ')).toBe('İ'); // would become two code units
  });

  it('folds full-width ASCII and the ideographic space', () => {
    expect(foldText('ＯｐｅｎＡＩ')).toBe('openai');
    expect(foldText('３６％')).toBe('36%');
    expect(foldText('ＧＰＵ\u3000需求')).toBe('gpu 需求');
  });

  it('folds curly quotes to straight ones', () => {
    expect(foldText('Nvidia’s “GPU”')).toBe('nvidia\'s "gpu"');
  });

  it('folds Traditional to Simplified Chinese', () => {
    const pairs: Array<[string, string]> = [
      ['蒸餾', '蒸馏'],
      ['知識蒸餾', '知识蒸馏'],
      ['英偉達', '英伟达'],
      ['輝達', '辉达'],
      ['開源', '开源'],
      ['閉源', '闭源'],
      ['價格競爭', '价格竞争'],
      ['機場電們這為說與對來', '机场电们这为说与对来'],
      ['發會時後經濟資產業將', '发会时后经济资产业将'],
      ['實現導擁計劃點權應當', '实现导拥计划点权应当'],
      ['體數據訓練', '体数据训练'],
    ];
    for (const [hant, hans] of pairs) expect(foldText(hant)).toBe(hans);
  });

  it('folds the whole article in Traditional to the same text as the Simplified original', () => {
    expect(articleHant).not.toBe(article);
    expect(foldText(articleHant)).toBe(foldText(article));
  });

  it('folds every Traditional topic alias onto its Simplified form', () => {
    const forms = TOPICS.flatMap((t) => t.aliases.map((a) => a.form));
    expect(foldText('英偉達')).toBe(foldText('英伟达'));
    expect(foldText('輝達')).toBe(foldText('辉达'));
    expect(foldText('知識蒸餾')).toBe(foldText('知识蒸馏'));
    expect(foldText('模型蒸餾')).toBe(foldText('模型蒸馏'));
    for (const form of forms) expect(foldText(form).length).toBe(form.length);
  });

  it('leaves Simplified Chinese and folded text unchanged (folding is idempotent)', () => {
    expect(foldText('英伟达暴跌17%')).toBe('英伟达暴跌17%');
    const once = foldText(articleHant);
    expect(foldText(once)).toBe(once);
  });

  it('folds single code units the same way', () => {
    expect(foldCodeUnit('A'.charCodeAt(0))).toBe('a'.charCodeAt(0));
    expect(foldCodeUnit('餾'.charCodeAt(0))).toBe('馏'.charCodeAt(0));
  });

  it('folds long strings (past one chunk of code units)', () => {
    const long = 'ＡＢ英偉達'.repeat(5000);
    const folded = foldText(long);
    expect(folded.length).toBe(long.length);
    expect(folded.slice(-5)).toBe('ab英伟达');
  });
});
