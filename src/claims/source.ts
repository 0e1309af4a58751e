/**
 * The one source: the Chinese article in tests/fixtures/article.zh.txt (shared/source/article.zh.txt).
 * Only what the article itself shows: the publisher its footer names, its language, and a date
 * range inferred from events it mentions. It gives no title, URL, author or date, so none is here.
 */
import type { Source } from './schema';

export const SOURCE: Source = {
  id: 'yanhuang-article',
  // The footer (line 29) ends "不代表炎黄立场" ("does not represent Yanhuang's position").
  publisher: { zh: '炎黄', en: 'Yanhuang' },
  language: 'zh',
  dateRange: {
    notBefore: '2025-01-28',
    notAfter: '2025-12-31',
    basis: {
      en:
        'The article carries no date; the range is inferred from its text. It cites a Goldman Sachs ' +
        "note of September 2024 (2024年9月) as past, and reports Nvidia's 17% fall on 28 January " +
        '(1月28日, no year given) as happening "in recent days" (近几日), so the fall is read as ' +
        '28 January 2025, the first 28 January after that note, and the article as written soon ' +
        'after it. That year is also the "this year" of OpenAI\'s roughly 36% share, compared with ' +
        '2023, hence the end of 2025 as the upper bound. The wording suggests days after 28 January, ' +
        'but the text gives no firmer limit.',
      zh:
        '文章本身没有日期,以下范围由正文推断:文中把高盛2024年9月的观点当作过去的事,又说英伟达' +
        '1月28日(未写年份)暴跌17%发生在“近几日”,因此将其理解为该观点之后的第一个1月28日,即' +
        '2025年1月28日,文章写于其后不久;文中与2023年对比的“今年”(OpenAI约36%的份额)也即' +
        '2025年,故以2025年底为上限。措辞表明成文于1月28日后数日,但正文没有给出更确切的界限。',
    },
  },
};
