/**
 * The viewpoints of the source article: every opinion, prediction, reported fact and reported
 * statement it gives on the four topics, in article order. Summaries are our own words; quotes are
 * verbatim (tests check each against tests/fixtures/article.zh.txt); translations are faithful.
 *
 * Attribution follows the article's own sentences. Where a sentence has no explicit subject it is
 * given to the speaker of the surrounding sentences: paragraph 2 continues 卡斯's view of paragraph 1
 * (paragraph 3 calls it "上述观点"), paragraph 9's second sentence continues 高盛, paragraph 11's
 * first sentences lead up to "他指出" (卡斯), and paragraph 24's second sentence continues the
 * industry veteran. Sentences in the article's own voice (不难发现…, 值得一提的是…, 这就好比…) and
 * the two headings that assert something (13, 19) are the article's.
 *
 * Topics follow the links the article draws: paragraphs 1–2 are tied to DeepSeek by paragraph 3;
 * the copying section (7–12) answers Altman's remark on DeepSeek, so it is tagged OpenAI and
 * DeepSeek; Altman's "no plans to sue" (15) answers the distillation accusation of 14 ("不过"), so
 * it is tagged distillation too; everything in the section headed "英伟达投降式抛售过于投机"
 * (19–28), including its electricity, internet and pharmaceutical analogies, is tagged Nvidia.
 */
import type { Viewpoint } from './schema';

export const VIEWPOINTS: readonly Viewpoint[] = [
  {
    id: 'kasi-china-need-not-fall-behind',
    paragraph: 1,
    topics: ['deepseek'],
    themes: ['ai-race', 'gpu-demand'],
    speaker: 'kasi',
    kind: 'prediction',
    stance: { en: 'China need not fall behind in AI', zh: '中国在AI上未必落后' },
    summary: {
      en: 'Two years before the article, Kasi already held that China would not necessarily trail in the coming AI race and that it can build models with fewer GPUs.',
      zh: '卡斯早在两年前就判断,中国在今后的AI较量中未必处于下风,而且能以较少的GPU做出模型。',
    },
    quote: {
      prefix: '在两年前卡斯就认为,',
      exact: '在未来AI竞赛中,中国并不一定会落后,中国可以用更少的GPU构建模型',
      suffix: '。',
    },
    translation:
      'in the future AI race, China will not necessarily fall behind; China can build models with fewer GPUs',
  },
  {
    id: 'kasi-adoption-over-best-model',
    paragraph: 2,
    topics: ['deepseek'],
    themes: ['adoption-over-best-model'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Adoption beats the best model', zh: '应用胜过最佳模型' },
    summary: {
      en: "Kasi's reasoning is that what matters in AI is not having the top model but putting models to use and getting them adopted.",
      zh: '卡斯的理由是:AI的关键不是做出最强的模型,而是让模型被真正用起来、被广泛接受。',
    },
    quote: {
      prefix: '原因在于',
      exact: 'AI的核心并不在于构建最佳模型,而是在于模型的应用与采纳',
      suffix: '。研究和模型将逐渐商',
    },
    translation: 'the core of AI lies not in building the best model but in the application and adoption of models',
  },
  {
    id: 'kasi-research-and-models-commoditise',
    paragraph: 2,
    topics: ['deepseek'],
    themes: ['model-commoditisation', 'adoption-over-best-model'],
    speaker: 'kasi',
    kind: 'prediction',
    stance: { en: 'Models will become commodities', zh: '模型终将商品化' },
    summary: {
      en: 'He expects research and models to turn into commodities over time, so the real edge lies in applying AI well and spreading it widely.',
      zh: '他预计研究成果和模型终会变成寻常商品,优势将来自能否把AI用好、推广开。',
    },
    quote: {
      prefix: '于模型的应用与采纳。',
      exact: '研究和模型将逐渐商品化,真正的竞争优势在于如何有效地应用和普及AI技术',
      suffix: '。一个社会的繁荣程度',
    },
    translation:
      'research and models will gradually become commodities; the real competitive advantage lies in how effectively AI technology is applied and spread',
  },
  {
    id: 'kasi-prosperity-from-adoption',
    paragraph: 2,
    topics: ['deepseek'],
    themes: ['adoption-over-best-model'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Prosperity comes from adoption', zh: '繁荣源于采用' },
    summary: {
      en: 'In his view a society grows prosperous by adopting AI efficiently, not by possessing the best model.',
      zh: '他认为社会能否富足,看的是对AI的采用效率,而非手里有没有顶尖模型。',
    },
    quote: {
      prefix: '应用和普及AI技术。',
      exact: '一个社会的繁荣程度并不取决于拥有最佳模型,而是取决于如何高效地采用AI技术',
      suffix: '。',
    },
    translation:
      'how prosperous a society is depends not on owning the best model but on how efficiently it adopts AI technology',
  },
  {
    id: 'article-deepseek-bears-out-kasi',
    paragraph: 3,
    topics: ['deepseek'],
    themes: ['ai-race', 'adoption-over-best-model', 'model-commoditisation'],
    speaker: 'the-article',
    kind: 'opinion',
    stance: { en: "DeepSeek bears out Kasi's view", zh: 'DeepSeek印证了卡斯的看法' },
    summary: {
      en: "The article presents DeepSeek's sudden rise as further evidence for the views of Kasi set out just before.",
      zh: '文章认为,DeepSeek的突然崛起再次证明了前文卡斯的判断。',
    },
    quote: {
      prefix: '',
      exact: '此次DeepSeek横空出世进一步佐证了上述观点',
      suffix: '。卡斯认为,“光看D',
    },
    translation: "DeepSeek's sudden emergence this time has further borne out the above view",
  },
  {
    id: 'kasi-deepseek-r1-is-progress',
    paragraph: 3,
    topics: ['deepseek'],
    themes: ['ai-race'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'DeepSeek-R1 is real progress', zh: 'DeepSeek-R1是实在的进步' },
    summary: {
      en: 'Kasi calls the release of DeepSeek-R1 by itself a clear step forward and says these are exciting times.',
      zh: '卡斯表示,单凭DeepSeek-R1问世这一点,就足见进步之大,这是令人振奋的时期。',
    },
    quote: {
      prefix: '述观点。卡斯认为,“',
      exact: '光看DeepSeek-R1的发布,这绝对是一个进步,是激动人心的时代',
      suffix: '”。',
    },
    translation:
      'looking at the release of DeepSeek-R1 alone, this is definitely a step forward; these are exciting times',
  },
  {
    id: 'kasi-models-further-commoditise',
    paragraph: 4,
    topics: ['deepseek', 'openai'],
    themes: ['model-commoditisation'],
    speaker: 'kasi',
    kind: 'prediction',
    stance: { en: 'Commoditisation will deepen', zh: '商品化将进一步加深' },
    summary: {
      en: "Kasi predicts that models and research will become still more of a commodity, and points to OpenAI's market share as an example.",
      zh: '卡斯预计模型与研究今后会进一步商品化,并以OpenAI份额的变化为例。',
    },
    quote: {
      prefix: '他认为,',
      exact: '未来模型、研究将进一步商品化',
      suffix: '。“早在2023年推',
    },
    translation: 'in the future, models and research will be further commoditised',
  },
  {
    id: 'kasi-openai-market-share-fell',
    paragraph: 4,
    topics: ['openai'],
    themes: ['model-commoditisation', 'affordability-and-competition'],
    speaker: 'kasi',
    kind: 'reported-fact',
    stance: { en: "OpenAI's share fell from over 50% to about 36%", zh: 'OpenAI份额由超过50%降至约36%' },
    summary: {
      en: 'Kasi says OpenAI held more than 50% of the global market when it launched its large model in 2023, and about 36% this year.',
      zh: '卡斯给出的数字是:2023年OpenAI推出大模型时全球份额超过50%,今年约为36%。',
    },
    quote: {
      prefix: '究将进一步商品化。“',
      exact: '早在2023年推出OpenAI大模型时,OpenAI在世界中拥有超过50%的市场份额,今年他们大约有36%',
      suffix: ',他们已经失去一些市',
    },
    translation:
      'back in 2023, when OpenAI launched its large model, OpenAI had more than 50% of the market share in the world; this year they have about 36%',
  },
  {
    id: 'kasi-bigger-pie-outweighs-lost-share',
    paragraph: 4,
    topics: ['openai'],
    themes: ['affordability-and-competition', 'model-commoditisation'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'A bigger pie outweighs lost share', zh: '蛋糕做大比份额重要' },
    summary: {
      en: 'He argues the share OpenAI has lost hardly matters, because the market as a whole has grown.',
      zh: '他认为OpenAI份额虽有流失却无关紧要,因为整个市场规模扩大了。',
    },
    quote: {
      prefix: '年他们大约有36%,',
      exact: '他们已经失去一些市场份额,但这并不重要,整体的蛋糕变大了',
      suffix: '。”',
    },
    translation: 'they have lost some market share, but that does not matter; the whole pie has got bigger',
  },
  {
    id: 'article-competition-makes-ai-affordable',
    paragraph: 5,
    topics: ['deepseek'],
    themes: ['affordability-and-competition'],
    speaker: 'the-article',
    kind: 'opinion',
    stance: { en: 'Competition makes AI affordable', zh: '竞争推动AI平价' },
    summary: {
      en: "The article argues that competition is what cuts costs and puts the technology within more people's reach, and that shared prosperity needs key resources kept out of the control of a few.",
      zh: '文章指出,竞争能压低成本、让更多人用得起这项技术,而共同富足要靠防止关键资源被少数人垄断。',
    },
    quote: {
      prefix: '不难发现,',
      exact:
        '市场竞争是降低成本、推动平价的关键方式,这样会使得更多人使用这个技术,把蛋糕做大,集体繁荣应当通过确保关键资源不会被少数人控制来推动',
      suffix: '。DeepSeek这',
    },
    translation:
      'market competition is the key way to lower costs and promote affordability; it lets more people use the technology and makes the pie bigger, and collective prosperity should be advanced by ensuring that key resources are not controlled by a few',
  },
  {
    id: 'article-deepseek-speeds-up-affordability',
    paragraph: 5,
    topics: ['deepseek'],
    themes: ['affordability-and-competition'],
    speaker: 'the-article',
    kind: 'opinion',
    stance: { en: 'DeepSeek speeds up affordability', zh: 'DeepSeek加速平价化' },
    summary: {
      en: 'It says DeepSeek, a more efficient and lower-cost model, has clearly hastened this shift.',
      zh: '文章认为,DeepSeek以更高的效率和更低的成本,明显加快了这一趋势。',
    },
    quote: {
      prefix: '被少数人控制来推动。',
      exact: 'DeepSeek这一更高效且成本更低的模型的出现,无疑加速了这一进程',
      suffix: '。',
    },
    translation:
      'the emergence of DeepSeek, a more efficient and lower-cost model, has undoubtedly accelerated this process',
  },
  {
    id: 'article-innovation-lowers-entry-barriers',
    paragraph: 7,
    topics: ['deepseek', 'openai'],
    themes: ['copying-vs-innovating', 'affordability-and-competition', 'adoption-over-best-model'],
    speaker: 'the-article',
    kind: 'opinion',
    stance: { en: 'Innovation lowers entry barriers', zh: '创新降低入行门槛' },
    summary: {
      en: 'The article notes that advances in how large language models are trained and run make the field easier to enter and generative AI easier to adopt, drawing in newcomers.',
      zh: '文章提到,大模型训练与推理方面的技术进步会降低入行门槛和生成式AI的使用难度,吸引更多新玩家。',
    },
    quote: {
      prefix: '值得一提的是,',
      exact: '大型语言模型训练和推理技术的创新可以降低进入壁垒,也降低生成型AI应用的采用难度,从而吸引更多新入者',
      suffix: '。',
    },
    translation:
      'innovation in large language model training and inference technology can lower barriers to entry and also make generative AI applications easier to adopt, thereby attracting more new entrants',
  },
  {
    id: 'altman-copying-easy-innovating-hard',
    paragraph: 8,
    topics: ['openai', 'deepseek'],
    themes: ['copying-vs-innovating'],
    speaker: 'sam-altman',
    kind: 'reported-statement',
    stance: { en: 'Copying is easy, innovating is hard', zh: '复制易,创新难' },
    summary: {
      en: "As DeepSeek drew wide attention, OpenAI's Sam Altman posted a message thanking his team and remarked that copying is easy while innovating is hard.",
      zh: '在DeepSeek引发热议时,OpenAI的萨姆·奥特曼发文向团队致谢,并称模仿不难、创新才难。',
    },
    quote: {
      prefix: '文感谢团队,并表示“',
      exact: '复制容易,创新很难',
      suffix: '”。',
    },
    translation: 'Copying is easy, innovating is hard',
  },
  {
    id: 'article-altman-remark-seems-logical',
    paragraph: 9,
    topics: ['openai', 'deepseek'],
    themes: ['copying-vs-innovating'],
    speaker: 'the-article',
    kind: 'opinion',
    stance: { en: "Altman's remark seems logical, but…", zh: '奥特曼之说看似有理' },
    summary: {
      en: "The article grants that Altman's remark sounds reasonable, before setting Goldman Sachs' findings against it.",
      zh: '文章先承认奥特曼的说法表面上说得通,随即引用高盛的观点加以对照。',
    },
    quote: {
      prefix: '',
      exact: '尽管这看似有其逻辑',
      suffix: ',但高盛在2024年',
    },
    translation: 'although this seems to have its logic',
  },
  {
    id: 'goldman-investors-overrate-innovators',
    paragraph: 9,
    topics: ['openai', 'deepseek'],
    themes: ['copying-vs-innovating', 'affordability-and-competition'],
    speaker: 'goldman-sachs',
    kind: 'reported-statement',
    stance: { en: 'Investors overrate first movers', zh: '投资者高估先行者' },
    summary: {
      en: 'In September 2024 Goldman Sachs observed that investors have historically overvalued original innovators, underrated competition and expected too much return on capital from early movers.',
      zh: '高盛在2024年9月指出,以往投资者常把首创者看得过重,轻视竞争的作用,也对先行者的资本回报期望过高。',
    },
    quote: {
      prefix: '2024年9月指出,',
      exact: '历史上投资者往往过于重视原创创新者的价值,低估了竞争的影响,并高估了早期创新者的资本回报',
      suffix: '。同时,新的进入者常',
    },
    translation:
      'historically, investors have tended to place too much value on original innovators, underestimated the impact of competition, and overestimated the capital returns of early innovators',
  },
  {
    id: 'goldman-entrants-benefit-from-others-capex',
    paragraph: 9,
    topics: ['deepseek', 'openai'],
    themes: ['copying-vs-innovating', 'affordability-and-competition'],
    speaker: 'goldman-sachs',
    kind: 'reported-statement',
    stance: { en: "Latecomers ride on others' spending", zh: '后来者借力他人投入' },
    summary: {
      en: 'Goldman Sachs also noted that newcomers often profit from capital others have already spent, which lets them bring out new products and services.',
      zh: '高盛还指出,后来者往往借助别人已投入的资金,得以推出新产品、新服务。',
    },
    quote: {
      prefix: '者的资本回报。同时,',
      exact: '新的进入者常常受益于他人的资本支出,从而能够推出新的产品和服务',
      suffix: '。',
    },
    translation:
      "new entrants often benefit from other people's capital expenditure, which enables them to launch new products and services",
  },
  {
    id: 'kasi-science-is-not-hard-to-replicate',
    paragraph: 10,
    topics: ['openai', 'deepseek'],
    themes: ['replication-of-science', 'copying-vs-innovating', 'affordability-and-competition'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Replication spreads technology', zh: '复制促进技术普及' },
    summary: {
      en: 'Kasi says science has historically not been especially hard to reproduce, and that reproducing it helps a technology spread and become cheaper.',
      zh: '卡斯说,科研成果向来不算难以重现,而重现恰恰能让技术更普及、更便宜。',
    },
    quote: {
      prefix: '卡斯表示,',
      exact: '历史上,科学研究并不是特别难以复制,实际上,这种复制有助于推动技术的普及和平价化',
      suffix: '。他举了新冠疫苗和大',
    },
    translation:
      'historically, scientific research has not been particularly difficult to replicate; in fact, such replication helps to spread technology and make it affordable',
  },
  {
    id: 'kasi-scientific-progress-is-global',
    paragraph: 10,
    topics: ['openai', 'deepseek'],
    themes: ['replication-of-science'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Science advances in many places at once', zh: '科学进步是全球性的' },
    summary: {
      en: 'Pointing to COVID vaccines and large language models, he argues that science usually advances worldwide, with similar answers emerging in several places at once.',
      zh: '他以新冠疫苗和大语言模型为例,说明科学通常在全球同步推进,各地会几乎同时找到相近的办法。',
    },
    quote: {
      prefix: '语言模型的例子,说明',
      exact: '科学的进展通常是全球性的,多个地方同时出现类似的解决方案,这是科学发展的自然趋势',
      suffix: '。科学进步本身并不应',
    },
    translation:
      'scientific progress is usually global, with similar solutions appearing in several places at the same time; this is the natural course of scientific development',
  },
  {
    id: 'kasi-science-should-not-be-over-controlled',
    paragraph: 10,
    topics: ['openai', 'deepseek'],
    themes: ['replication-of-science'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Science should not be over-controlled', zh: '科学不应被过度管控' },
    summary: {
      en: 'He holds that scientific progress as such should not be tightly controlled.',
      zh: '他主张,不应对科学进步施加过多限制。',
    },
    quote: {
      prefix: '科学发展的自然趋势。',
      exact: '科学进步本身并不应当受到过度控制',
      suffix: '。',
    },
    translation: 'scientific progress itself should not be subject to excessive control',
  },
  {
    id: 'kasi-famous-scientists-did-not-profit',
    paragraph: 11,
    topics: ['openai', 'deepseek'],
    themes: ['replication-of-science'],
    speaker: 'kasi',
    kind: 'reported-fact',
    stance: { en: 'Great discoverers did not cash in', zh: '科学先贤未靠发现牟利' },
    summary: {
      en: "Between Kasi's remarks, the article recalls historical figures such as Jonas Salk, Madame Curie and Benjamin Franklin, who stressed that they did not make money from what they discovered.",
      zh: '文中在转述卡斯观点时提到乔纳斯·索尔克、居里夫人、本杰明·富兰克林等历史名人,他们都表示未曾借科学发现谋利。',
    },
    quote: {
      prefix: '',
      exact: '历史上的几位著名人物,如乔纳斯·索尔克、居里夫人和本杰明·富兰克林,强调他们并没有因为自己的科学发现而赚钱',
      suffix: '。科学发现应当是全人',
    },
    translation:
      'several famous figures in history, such as Jonas Salk, Madame Curie and Benjamin Franklin, stressed that they did not make money from their scientific discoveries',
  },
  {
    id: 'kasi-discoveries-belong-to-humanity',
    paragraph: 11,
    topics: ['openai', 'deepseek'],
    themes: ['replication-of-science'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Discoveries belong to everyone', zh: '科学发现属于全人类' },
    summary: {
      en: 'In this view scientific discoveries belong to all of humanity, and no one should keep them for themselves.',
      zh: '按此观点,科学发现是人类共有的财富,不该由任何人独占。',
    },
    quote: {
      prefix: '己的科学发现而赚钱。',
      exact: '科学发现应当是全人类的财富,任何人都不应该据为己有',
      suffix: '。他指出,真正应当赚',
    },
    translation:
      'scientific discoveries should be the wealth of all humankind, and no one should take them as their own',
  },
  {
    id: 'kasi-profit-belongs-in-distribution',
    paragraph: 11,
    topics: ['openai', 'deepseek'],
    themes: ['distribution'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Profit belongs in distribution', zh: '应在“分配”环节盈利' },
    summary: {
      en: 'Kasi says the proper place to make money is distribution, which he believes also makes the world fairer.',
      zh: '卡斯指出,真正应当赚钱的是“分配”环节,他认为这有助于世界更公平。',
    },
    quote: {
      prefix: '该据为己有。他指出,',
      exact: '真正应当赚钱的地方是“分配”,这能促进世界的公平',
      suffix: '。',
    },
    translation: 'where money really ought to be made is "distribution", which can promote fairness in the world',
  },
  {
    id: 'kasi-openai-is-hard-to-copy',
    paragraph: 12,
    topics: ['openai'],
    themes: ['copying-vs-innovating'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: "OpenAI's success is hard to copy", zh: 'OpenAI的成功难以复制' },
    summary: {
      en: 'Kasi rejects the idea that anyone can copy OpenAI: it was a pioneer in AI, and reproducing its success is very hard.',
      zh: '卡斯不认同“谁都能复制OpenAI”的看法,认为OpenAI虽是AI领域的开路者,其成功却极难照搬。',
    },
    quote: {
      prefix: '此外,卡斯表示,',
      exact:
        '“任何人都可以复制OpenAI”的说法并不正确。他认为,尽管OpenAI开创了AI领域的先河,但要复制OpenAI的成功是非常困难的',
      suffix: '。OpenAI不仅仅',
    },
    translation:
      'the claim that "anyone can copy OpenAI" is not correct. He believes that although OpenAI pioneered the field of AI, copying OpenAI\'s success is very difficult',
  },
  {
    id: 'kasi-openai-brand-and-channels',
    paragraph: 12,
    topics: ['openai'],
    themes: ['brand-and-channels', 'copying-vs-innovating'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Brand and channels are hard to copy', zh: '品牌和渠道难以复制' },
    summary: {
      en: "He says OpenAI's position rests not just on research but on a strong brand and market channels, which are hard to replicate.",
      zh: '他表示,OpenAI靠的不只是研究成果,还有强势品牌和销售渠道,而这些很难被仿效。',
    },
    quote: {
      prefix: '的成功是非常困难的。',
      exact: 'OpenAI不仅仅依靠研究成功,还依赖于强大的品牌建设和市场渠道,这些要素很难被复制',
      suffix: '。他强调,OpenA',
    },
    translation:
      'OpenAI relies not only on research success but also on strong brand building and market channels, and these elements are hard to copy',
  },
  {
    id: 'kasi-openai-distribution-is-unique',
    paragraph: 12,
    topics: ['openai'],
    themes: ['brand-and-channels', 'distribution'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Distribution sets OpenAI apart', zh: '分发机制让OpenAI与众不同' },
    summary: {
      en: 'He stresses that OpenAI succeeds not only through its technology but through its distinctive brand and its way of distributing through channels.',
      zh: '他强调,OpenAI成功的关键除了技术,还在于独具一格的品牌与渠道分发方式。',
    },
    quote: {
      prefix: '很难被复制。他强调,',
      exact: 'OpenAI的成功不仅仅在于其技术,还在于其品牌和渠道分发机制的独特性',
      suffix: '。',
    },
    translation:
      "OpenAI's success lies not only in its technology but also in the uniqueness of its brand and its channel distribution mechanism",
  },
  {
    id: 'article-distillation-dispute-not-the-point',
    paragraph: 13,
    topics: ['distillation', 'deepseek', 'openai'],
    themes: ['distillation-rules', 'open-vs-closed-source'],
    speaker: 'the-article',
    kind: 'opinion',
    stance: { en: 'The distillation row is beside the point', zh: '蒸馏之争并非关键' },
    summary: {
      en: "The article's section heading says that neither the distillation dispute nor the open- versus closed-source debate is the main point.",
      zh: '文章以小标题表明,围绕蒸馏和开源闭源的争吵都不是问题的核心。',
    },
    quote: {
      prefix: '',
      exact: '蒸馏、开闭源争议并非重点',
      suffix: '',
    },
    translation: 'Distillation and the open- versus closed-source dispute are not the main point',
  },
  {
    id: 'article-deepseek-stirred-controversy',
    paragraph: 14,
    topics: ['deepseek', 'distillation'],
    themes: ['distillation-rules'],
    speaker: 'the-article',
    kind: 'reported-fact',
    stance: { en: 'DeepSeek has drawn controversy', zh: 'DeepSeek惹来争议' },
    summary: {
      en: 'The article notes that DeepSeek has become controversial, and gives the distillation accusation as an example.',
      zh: '文章指出DeepSeek已招致争议,并以蒸馏指控为例。',
    },
    quote: {
      prefix: '',
      exact: 'DeepSeek引发了争议',
      suffix: '。例如,有媒体报道,',
    },
    translation: 'DeepSeek has sparked controversy',
  },
  {
    id: 'openai-says-deepseek-distilled-its-data',
    paragraph: 14,
    topics: ['distillation', 'deepseek', 'openai'],
    themes: ['distillation-rules', 'intellectual-property'],
    speaker: 'openai',
    via: 'media-reports',
    kind: 'reported-statement',
    stance: { en: 'DeepSeek broke the terms by distilling OpenAI data', zh: 'DeepSeek借蒸馏违反条款' },
    summary: {
      en: 'According to media reports, OpenAI said earlier that it had evidence DeepSeek trained its models on OpenAI data by distillation, in breach of its terms of service.',
      zh: '据媒体报道,OpenAI此前称握有证据,表明DeepSeek训练模型时以蒸馏方式利用了OpenAI数据,有违服务条款。',
    },
    quote: {
      prefix: 'penAI早前表明,',
      exact: '已经掌握证据,显示DeepSeek在训练模型时通过“蒸馏”(distillation)使用OpenAI的数据,违反服务条款',
      suffix: '。',
    },
    translation:
      'it has obtained evidence showing that DeepSeek used OpenAI\'s data through "distillation" when training its models, violating the terms of service',
  },
  {
    id: 'altman-no-plan-to-sue-deepseek',
    paragraph: 15,
    topics: ['openai', 'deepseek', 'distillation'],
    themes: ['distillation-rules'],
    speaker: 'sam-altman',
    kind: 'reported-statement',
    stance: { en: 'No plan to sue DeepSeek', zh: '无意起诉DeepSeek' },
    summary: {
      en: 'Despite that accusation, Altman told the media there are no plans to sue DeepSeek.',
      zh: '尽管有上述指控,奥特曼对媒体表示并不打算对DeepSeek提起诉讼。',
    },
    quote: {
      prefix: '奥特曼对媒体表示,“',
      exact: '没有计划起诉DeepSeek',
      suffix: '”。他表明,Deep',
    },
    translation: 'no plans to sue DeepSeek',
  },
  {
    id: 'altman-welcomes-a-new-competitor',
    paragraph: 15,
    topics: ['openai', 'deepseek'],
    themes: ['affordability-and-competition'],
    speaker: 'sam-altman',
    kind: 'reported-statement',
    stance: { en: 'Welcomes a new competitor', zh: '欢迎新的竞争对手' },
    summary: {
      en: 'Altman called DeepSeek-R1 genuinely exciting, said he expects OpenAI to keep advancing the frontier with excellent products, and welcomed a new competitor.',
      zh: '奥特曼称DeepSeek-R1确实让人兴奋,但相信OpenAI仍将走在前沿、推出好产品,并对多了一个对手表示欢迎。',
    },
    quote: {
      prefix: 'Seek”。他表明,',
      exact: 'DeepSeek-R1的确令人振奋,但他相信OpenAI会继续开拓前沿领域,提供优秀的产品,“我们很高兴又迎来一位竞争对手”',
      suffix: '。',
    },
    translation:
      'DeepSeek-R1 is indeed exciting, but he believes OpenAI will continue to push into frontier areas and deliver excellent products: "We are happy to welcome another competitor"',
  },
  {
    id: 'kasi-no-clear-rules-on-distillation',
    paragraph: 16,
    topics: ['distillation', 'deepseek', 'openai'],
    themes: ['distillation-rules'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'No clear global rules on distillation', zh: '蒸馏尚无全球通行规则' },
    summary: {
      en: "Kasi told a reporter that even if DeepSeek may have broken OpenAI's API policy, scientifically speaking the world has no clear rules yet on model distillation.",
      zh: '卡斯对记者说,就算DeepSeek或许违背了OpenAI的API政策,从科学上讲,世界上还没有关于模型蒸馏的清晰规范。',
    },
    quote: {
      prefix: '对此,卡斯对记者称,',
      exact: '即使DeepSeek可能违反OpenAI的API政策,但从科学角度来看,全球尚没有针对模型蒸馏的明确规则',
      suffix: '。虽然蒸馏技术可能涉',
    },
    translation:
      "even if DeepSeek may have violated OpenAI's API policy, from a scientific point of view there are as yet no clear rules anywhere in the world on model distillation",
  },
  {
    id: 'kasi-fast-progress-outweighs-ip-concerns',
    paragraph: 16,
    topics: ['distillation'],
    themes: ['distillation-rules', 'intellectual-property', 'open-vs-closed-source'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Fast progress matters more than IP', zh: '技术快速发展重于知识产权之争' },
    summary: {
      en: 'He grants that distillation may raise intellectual-property questions, but says that in research and open source the priority is letting technology move fast.',
      zh: '他承认蒸馏可能牵涉知识产权,但认为在科研与开源领域,让技术迅速进步才是头等大事。',
    },
    quote: {
      prefix: '模型蒸馏的明确规则。',
      exact: '虽然蒸馏技术可能涉及知识产权问题,但在科学研究和开源领域中,让技术能够快速发展才是最重要的',
      suffix: '。',
    },
    translation:
      'although distillation may involve intellectual property issues, in scientific research and the open-source field, what matters most is letting technology develop quickly',
  },
  {
    id: 'article-openai-closed-deepseek-open',
    paragraph: 17,
    topics: ['openai', 'deepseek'],
    themes: ['open-vs-closed-source'],
    speaker: 'the-article',
    kind: 'reported-fact',
    stance: { en: 'OpenAI is closed, DeepSeek is open', zh: 'OpenAI闭源,DeepSeek开源' },
    summary: {
      en: "The article notes that OpenAI keeps its models closed while DeepSeek's are open source, and that DeepSeek built on open research and projects such as PyTorch and Meta's Llama.",
      zh: '文章说明,OpenAI走闭源路线,DeepSeek则开源,且受益于PyTorch、Meta的Llama等开源成果。',
    },
    quote: {
      prefix: '目前,',
      exact:
        'OpenAI采取闭源的模式,而DeepSeek则为开源大模型,DeepSeek得益于开源研究和开源项目(例如PyTorch和来自Meta的Llama)',
      suffix: '。因而当前开源与闭源',
    },
    translation:
      'OpenAI follows a closed-source model, while DeepSeek is an open-source large model; DeepSeek has benefited from open-source research and open-source projects (such as PyTorch and Llama from Meta)',
  },
  {
    id: 'article-open-closed-debate-resurfaces',
    paragraph: 17,
    topics: ['openai', 'deepseek'],
    themes: ['open-vs-closed-source'],
    speaker: 'the-article',
    kind: 'reported-fact',
    stance: { en: 'The open-versus-closed debate is back', zh: '开闭源之争重燃' },
    summary: {
      en: 'As a result, it says, the argument over open and closed source has flared up again.',
      zh: '文章称,开源和闭源孰优孰劣的讨论因此重新浮上台面。',
    },
    quote: {
      prefix: 'ta的Llama)。',
      exact: '因而当前开源与闭源的争论也再度浮现',
      suffix: '。',
    },
    translation: 'hence the debate between open source and closed source has resurfaced',
  },
  {
    id: 'kasi-open-closed-debate-is-pointless',
    paragraph: 18,
    topics: ['openai', 'deepseek'],
    themes: ['open-vs-closed-source', 'affordability-and-competition'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Open vs closed is the wrong question', zh: '开闭源之争没有意义' },
    summary: {
      en: 'Kasi calls the open- versus closed-source argument pointless; what he cares about is whether AI is affordable.',
      zh: '卡斯认为开源、闭源之争毫无意义,他真正在意的是价格是否亲民。',
    },
    quote: {
      prefix: '卡斯称,',
      exact: '关于开源与闭源的争论是无意义的,他关心的核心问题是“平价”',
      suffix: '。他举了能源的例子来',
    },
    translation:
      'the debate over open versus closed source is meaningless; the core issue he cares about is "affordability"',
  },
  {
    id: 'kasi-simple-affordable-models-matter-most',
    paragraph: 18,
    topics: ['openai', 'deepseek'],
    themes: ['affordability-and-competition', 'open-vs-closed-source'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Simple, affordable models matter most', zh: '关键是简单平价的模型' },
    summary: {
      en: 'Using energy as an analogy, where what counts is cheap, scalable supply rather than its origin, he says open source speeds progress and widens participation, but simple, affordable models matter more.',
      zh: '他以能源作比:要紧的是能否廉价、大规模供应,而非来源;同理,开源虽加快发展、扩大参与,更要紧的是做出简单又便宜的模型。',
    },
    quote: {
      prefix: '了能源的例子来说明,',
      exact:
        '重要的不是能源来自哪里,而是能否提供廉价且可扩展的能源。同样地,开源技术加速了发展并允许更多人参与,但更关键的是实现简单、平价的模型',
      suffix: '。他强调,开源进展的',
    },
    translation:
      'what matters is not where energy comes from but whether cheap and scalable energy can be provided. Likewise, open-source technology has accelerated development and allowed more people to take part, but what is more crucial is achieving simple, affordable models',
  },
  {
    id: 'kasi-open-progress-spurs-paid-features',
    paragraph: 18,
    topics: ['openai', 'deepseek'],
    themes: ['open-vs-closed-source'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Open progress spurs paid private features', zh: '开源进步促使私有模型推陈出新' },
    summary: {
      en: 'He stresses that each advance in open source pushes companies to build on proprietary models and keep adding distinctive features that people will pay for.',
      zh: '他强调,开源每前进一步,都会促使企业借助自有模型持续推出特色功能,吸引用户付费。',
    },
    quote: {
      prefix: '平价的模型。他强调,',
      exact: '开源进展的每一步都会推动公司利用私有模型,并不断推出独特功能,从而吸引人们付费',
      suffix: '。',
    },
    translation:
      'every step of open-source progress will push companies to make use of private models and keep launching unique features, thereby attracting people to pay',
  },
  {
    id: 'article-nvidia-sell-off-too-speculative',
    paragraph: 19,
    topics: ['nvidia'],
    themes: ['nvidia-sell-off'],
    speaker: 'the-article',
    kind: 'opinion',
    stance: { en: 'The sell-off was speculative', zh: '抛售过于投机' },
    summary: {
      en: "The article's section heading calls the capitulation-style selling of Nvidia shares too speculative.",
      zh: '文章的小标题认为,对英伟达的“投降式”抛售投机色彩过浓。',
    },
    quote: {
      prefix: '',
      exact: '英伟达投降式抛售过于投机',
      suffix: '',
    },
    translation: 'The capitulation sell-off of Nvidia was too speculative',
  },
  {
    id: 'article-deepseek-puts-nvidia-in-spotlight',
    paragraph: 20,
    topics: ['nvidia', 'deepseek'],
    themes: ['nvidia-sell-off'],
    speaker: 'the-article',
    kind: 'reported-fact',
    stance: { en: 'DeepSeek shook Nvidia and Wall Street', zh: 'DeepSeek令英伟达承压' },
    summary: {
      en: "DeepSeek's arrival put Nvidia under intense scrutiny, and in the days before the article Wall Street fund managers' moods swung as wildly as its share price.",
      zh: 'DeepSeek的出现把英伟达推上舆论焦点,近来华尔街的基金经理们情绪起伏,和英伟达股价一样大起大落。',
    },
    quote: {
      prefix: '',
      exact: 'DeepSeek的出现也让英伟达站到了风口浪尖。近几日,华尔街基金经理的心情好似英伟达股价那般坐上过山车',
      suffix: '。',
    },
    translation:
      "the emergence of DeepSeek has also put Nvidia in the eye of the storm. In recent days, the mood of Wall Street fund managers has been on a roller coaster, just like Nvidia's share price",
  },
  {
    id: 'article-nvidia-fell-17-percent',
    paragraph: 21,
    topics: ['nvidia'],
    themes: ['nvidia-sell-off'],
    speaker: 'the-article',
    kind: 'reported-fact',
    stance: { en: 'Nvidia fell 17% on January 28', zh: '英伟达1月28日暴跌17%' },
    summary: {
      en: "On January 28 Nvidia's shares dropped 17%, from $142 to $118, erasing market value the size of Alibaba.",
      zh: '1月28日英伟达股价下挫17%,由142美元降到118美元,蒸发的市值相当于一家阿里巴巴。',
    },
    quote: {
      prefix: '',
      exact: '1月28日,英伟达暴跌17%,从142美元跌至118美元,市值跌去了一个阿里巴巴',
      suffix: '。',
    },
    translation:
      'on January 28, Nvidia plunged 17%, falling from 142 US dollars to 118 US dollars, and lost market value equal to one Alibaba',
  },
  {
    id: 'kasi-investors-understand-ai-poorly',
    paragraph: 22,
    topics: ['nvidia'],
    themes: ['nvidia-sell-off'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Investors understand AI only in part', zh: '投资者对AI理解有限' },
    summary: {
      en: 'Kasi thinks many investors, retail and institutional alike, have only a limited grasp of AI.',
      zh: '卡斯认为,不少投资人,无论散户还是机构,对AI的认识都不够深入。',
    },
    quote: {
      prefix: '卡斯则认为,',
      exact: '许多投资者,包括散户和机构投资者,对AI的理解有限',
      suffix: '。当DeepSeek',
    },
    translation: 'many investors, including retail and institutional investors, have a limited understanding of AI',
  },
  {
    id: 'kasi-sell-off-was-capitulation',
    paragraph: 22,
    topics: ['nvidia', 'deepseek'],
    themes: ['nvidia-sell-off'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Panic selling without understanding', zh: '未及了解便恐慌抛售' },
    summary: {
      en: 'He says that when DeepSeek came out, most market participants had no time to study it, so they rushed into capitulation selling, fearing their investment thesis had been wrong.',
      zh: '他说,DeepSeek发布后多数市场参与者来不及弄清来龙去脉,便匆忙“投降式”抛售,担心先前的投资判断有误。',
    },
    quote: {
      prefix: ',对AI的理解有限。',
      exact:
        '当DeepSeek发布时,市场上的大多数人没有时间深入了解其背景,因此迅速产生了“投降式”抛售情绪,认为自己之前的投资逻辑可能是错误的',
      suffix: '。',
    },
    translation:
      'when DeepSeek was released, most people in the market had no time to look deeply into its background, so a "capitulation" selling mood quickly arose, as they believed their earlier investment logic might have been wrong',
  },
  {
    id: 'kasi-chips-for-training-thesis-is-wrong',
    paragraph: 23,
    topics: ['nvidia'],
    themes: ['nvidia-sell-off', 'gpu-demand'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'The chips-for-training thesis is wrong', zh: '“训练需大量芯片”的逻辑不成立' },
    summary: {
      en: 'In his view, buying Nvidia on the belief that AI needs vast chip infrastructure to keep training large language models is a flawed rationale.',
      zh: '在他看来,若是因为相信训练大模型要持续投入海量芯片设施而买入英伟达,这一理由站不住脚。',
    },
    quote: {
      prefix: '在他看来,',
      exact: '如果投资英伟达的理由是相信AI需要大量的芯片基础设施来持续训练大型语言模型,那么这种投资逻辑是不正确的',
      suffix: ';如果投资的理由是看',
    },
    translation:
      'if the reason for investing in Nvidia is the belief that AI needs a large amount of chip infrastructure to keep training large language models, then that investment logic is incorrect',
  },
  {
    id: 'kasi-cheaper-ai-gpu-demand-thesis-holds',
    paragraph: 23,
    topics: ['nvidia'],
    themes: ['gpu-demand', 'nvidia-sell-off'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Cheaper AI and rising GPU demand is a sound thesis', zh: '成本下降、GPU需求增长的逻辑成立' },
    summary: {
      en: 'But a bet on AI getting cheaper while demand for GPUs keeps growing is, he says, a sound rationale.',
      zh: '但如果看好的是AI成本走低、GPU需求不断上升,他认为这样的判断是站得住的。',
    },
    quote: {
      prefix: '投资逻辑是不正确的;',
      exact: '如果投资的理由是看好AI成本的下降以及对GPU需求的持续增长,那么这个逻辑也是成立的',
      suffix: '。',
    },
    translation:
      'if the reason for investing is confidence in falling AI costs and the continued growth in demand for GPUs, then that logic also holds',
  },
  {
    id: 'veteran-trillions-of-gpus',
    paragraph: 24,
    topics: ['nvidia'],
    themes: ['gpu-demand'],
    speaker: 'industry-veteran',
    kind: 'prediction',
    stance: { en: 'Trillions of GPUs may be needed', zh: '未来或需数万亿个GPU' },
    summary: {
      en: 'An industry veteran likens GPUs to the brain of AI and says we may eventually need trillions of them, since they cost far less than human brains.',
      zh: '一位业内资深人士把GPU比作AI的“大脑”,认为将来可能要用到数万亿个GPU,因其远比人脑便宜。',
    },
    quote: {
      prefix: '行业资深人士也表示,',
      exact: 'GPU就像是AI的“大脑”,届时我们可能需要数万亿个GPU,因为它们比人脑便宜得多',
      suffix: '。虽然AI变得越来越',
    },
    translation:
      'GPUs are like the "brain" of AI; by then we may need trillions of GPUs, because they are much cheaper than human brains',
  },
  {
    id: 'veteran-compute-demand-will-keep-rising',
    paragraph: 24,
    topics: ['nvidia'],
    themes: ['gpu-demand'],
    speaker: 'industry-veteran',
    kind: 'prediction',
    stance: { en: 'Demand for compute will keep soaring', zh: '算力需求将持续大增' },
    summary: {
      en: 'The same veteran argues that AI growing more capable matters more than it growing cheaper, so demand for computing power will keep climbing steeply.',
      zh: '这位人士认为,AI虽日益便宜,但能力日益增强更为关键,所以算力需求还会大幅攀升。',
    },
    quote: {
      prefix: '它们比人脑便宜得多。',
      exact: '虽然AI变得越来越便宜,但更重要的是其变得越来越强大,因此对计算能力的需求将继续大幅增加',
      suffix: '。',
    },
    translation:
      'although AI is getting cheaper and cheaper, what matters more is that it is getting more and more powerful, so demand for computing power will continue to increase sharply',
  },
  {
    id: 'kasi-next-sell-off-on-local-gpt-4',
    paragraph: 25,
    topics: ['nvidia', 'openai'],
    themes: ['nvidia-sell-off', 'local-models'],
    speaker: 'kasi',
    kind: 'prediction',
    stance: { en: 'A local GPT-4 could trigger the next sell-off', zh: '本地版GPT-4或引发下一轮抛售' },
    summary: {
      en: "Kasi predicts that Nvidia's stock may next be sold off on the day OpenAI releases a version of GPT-4 that runs locally.",
      zh: '卡斯预言,英伟达股票下一轮被抛售,可能就在OpenAI推出可在本地运行的GPT-4之日。',
    },
    quote: {
      prefix: '卡斯预测,',
      exact: '下一次英伟达股价可能遭遇抛售的时机,将是OpenAI发布本地版本的GPT-4的那一天',
      suffix: '。他认为,市场尚未意',
    },
    translation:
      "the next time Nvidia's share price may face a sell-off will be the day OpenAI releases a local version of GPT-4",
  },
  {
    id: 'kasi-models-will-run-locally',
    paragraph: 25,
    topics: ['nvidia'],
    themes: ['local-models', 'gpu-demand'],
    speaker: 'kasi',
    kind: 'prediction',
    stance: { en: 'Many models will run locally', zh: '许多模型将在本地运行' },
    summary: {
      en: 'He believes the market has not yet grasped that many AI models will come to run locally rather than depend on data centres.',
      zh: '他认为市场还没看到:今后不少AI模型会直接在本地跑,不再仰赖数据中心。',
    },
    quote: {
      prefix: '4的那一天。他认为,',
      exact: '市场尚未意识到的是,未来许多AI模型将会在本地运行,而不是依赖数据中心',
      suffix: '。这一变化可能会让市',
    },
    translation:
      'what the market has not yet realised is that in the future many AI models will run locally rather than relying on data centres',
  },
  {
    id: 'kasi-market-will-reassess-chip-demand',
    paragraph: 25,
    topics: ['nvidia'],
    themes: ['gpu-demand', 'nvidia-sell-off', 'local-models'],
    speaker: 'kasi',
    kind: 'prediction',
    stance: { en: 'Chip demand will be reassessed, then calm returns', zh: '芯片需求将被重估,随后回归理性' },
    summary: {
      en: 'That shift to local models could lead the market to rethink how many chips are needed and so change the investment case, though the market may then regain its composure.',
      zh: '这种向本地模型的转变或促使市场重估芯片需求、改变投资思路,不过之后市场可能重新恢复冷静。',
    },
    quote: {
      prefix: '而不是依赖数据中心。',
      exact: '这一变化可能会让市场重新评估对芯片的需求,进而影响投资逻辑。但此后可能市场又回归理性',
      suffix: '。',
    },
    translation:
      'this change may lead the market to reassess the demand for chips, which would in turn affect the investment logic. But after that the market may return to rationality',
  },
  {
    id: 'kasi-cheap-electricity-analogy',
    paragraph: 26,
    topics: ['nvidia'],
    themes: ['jevons-paradox', 'affordability-and-competition'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Cheap power created demand, not losses', zh: '电价低廉反而催生需求' },
    summary: {
      en: 'Kasi recalls that 50 years ago people would have doubted energy firms could profit if told US electricity would become as cheap as today, yet cheap power ended up driving almost everything.',
      zh: '卡斯说,50年前若有人说美国电价会像今天这样低,听者会怀疑能源企业怎么赚钱;可电变便宜后,几乎所有东西都离不开电。',
    },
    quote: {
      prefix: '他提及,',
      exact:
        '在50年前,如果告诉某人美国电力的成本将如今天这么低,他们会质疑能源公司如何盈利。但事实上,电力变得便宜后,几乎一切都需要电力驱动',
      suffix: '。同理,互联网的普及',
    },
    translation:
      '50 years ago, if you had told someone that the cost of electricity in the US would be as low as it is today, they would have questioned how energy companies could make a profit. But in fact, once electricity became cheap, almost everything needed electricity to run',
  },
  {
    id: 'kasi-internet-analogy',
    paragraph: 26,
    topics: ['nvidia'],
    themes: ['jevons-paradox', 'affordability-and-competition'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Low prices, wide reach, still profitable', zh: '价廉面广仍可盈利' },
    summary: {
      en: 'Likewise, he says, the internet reached everyone at low prices, and companies still profit by offering services that all can use.',
      zh: '同样,互联网普及让人人都能上网,价格虽便宜,企业却靠面向大众的服务赚到了钱。',
    },
    quote: {
      prefix: '需要电力驱动。同理,',
      exact: '互联网的普及使得每个人都能接入,虽然价格低廉,但公司通过提供普遍可用的服务获得盈利',
      suffix: '。因此,AI的本地化',
    },
    translation:
      'the spread of the internet has enabled everyone to get access; although prices are low, companies make profits by providing universally available services',
  },
  {
    id: 'kasi-local-ai-still-a-big-market',
    paragraph: 26,
    topics: ['nvidia'],
    themes: ['local-models', 'jevons-paradox'],
    speaker: 'kasi',
    kind: 'prediction',
    stance: { en: 'Local AI can still mean a big market', zh: '本地化AI仍有巨大市场' },
    summary: {
      en: 'So, he suggests, running AI locally may bring a similar change: lower costs, yet still a very large market.',
      zh: '因此他认为,AI走向本地化也许会引发同样的转变,成本下降,市场空间却依旧可观。',
    },
    quote: {
      prefix: '服务获得盈利。因此,',
      exact: 'AI的本地化也可能会带来类似的变革,虽然成本降低,但依然能够创造巨大的市场潜力',
      suffix: '。',
    },
    translation:
      'the localisation of AI may also bring a similar transformation: although costs fall, it can still create enormous market potential',
  },
  {
    id: 'article-jevons-paradox',
    paragraph: 27,
    topics: ['nvidia'],
    themes: ['jevons-paradox', 'affordability-and-competition'],
    speaker: 'the-article',
    kind: 'opinion',
    stance: { en: 'Like the Jevons paradox', zh: '如同杰文斯悖论' },
    summary: {
      en: 'The article likens this to the Jevons paradox, which it reads as showing that competition is the key to lowering costs and making products affordable.',
      zh: '文章以杰文斯悖论作比,称其说明了靠市场竞争才能压低成本、实现平价。',
    },
    quote: {
      prefix: '',
      exact: '这就好比杰文斯悖论所强调的,市场竞争是降低成本、推动平价的关键方式',
      suffix: '。在卡斯看来,某些行',
    },
    translation:
      'this is just as the Jevons paradox emphasises: market competition is the key way to lower costs and promote affordability',
  },
  {
    id: 'kasi-pharma-oligopoly-keeps-prices-high',
    paragraph: 27,
    topics: ['nvidia'],
    themes: ['affordability-and-competition', 'intellectual-property'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: "Pharma's legal oligopolies keep drugs dear", zh: '药业垄断推高药价' },
    summary: {
      en: 'Kasi cites pharmaceuticals, where legal oligopolies and intellectual-property control keep drug prices high; the system is meant to reward research but also keeps prices up and limits access.',
      zh: '卡斯以制药业为例:合法的寡头格局和知识产权管控让药价居高不下,这一制度本意是鼓励研发,却使药价难降、让更多人难以用上药。',
    },
    quote: {
      prefix: '键方式。在卡斯看来,',
      exact:
        '某些行业,如制药行业,存在着合法的寡头垄断和知识产权控制,导致药物价格过高,这种制度虽然旨在鼓励研发,但也使药物价格难以降低,限制了更多人获得这些药物的机会',
      suffix: '。他提到,制药公司并',
    },
    translation:
      "some industries, such as the pharmaceutical industry, have legal oligopolies and intellectual property control that make drug prices too high; although this system is meant to encourage research and development, it also makes drug prices hard to bring down and limits more people's access to these drugs",
  },
  {
    id: 'kasi-pharma-could-compete-on-cost',
    paragraph: 27,
    topics: ['nvidia'],
    themes: ['affordability-and-competition'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Competition, not only patents', zh: '靠竞争而非只靠专利' },
    summary: {
      en: 'He adds that drug makers need not rely on patents alone to earn money: competing on cost would let more people afford medicine.',
      zh: '他补充说,药企赚钱不必只靠专利,也能靠竞争降低成本,让更多人买得起药。',
    },
    quote: {
      prefix: '药物的机会。他提到,',
      exact: '制药公司并不是只有通过专利保护来赚钱,还可以通过市场竞争来降低成本,从而让更多人能负担得起药物',
      suffix: '。',
    },
    translation:
      'pharmaceutical companies do not have to make money only through patent protection; they can also lower costs through market competition, so that more people can afford medicines',
  },
  {
    id: 'kasi-neutral-on-nvidia',
    paragraph: 28,
    topics: ['nvidia'],
    themes: ['nvidia-sell-off'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Neither bullish nor bearish on Nvidia', zh: '对英伟达不看多也不看空' },
    summary: {
      en: 'Overall, Kasi says he is neither bullish nor bearish on Nvidia.',
      zh: '总体上,卡斯对英伟达既不唱多也不唱空。',
    },
    quote: {
      prefix: '整体而言,卡斯表示',
      exact: '不看多也不看空英伟达',
      suffix: ',更看好人工智能对各',
    },
    translation: 'neither bullish nor bearish on Nvidia',
  },
  {
    id: 'kasi-upbeat-on-ai-in-education-and-healthcare',
    paragraph: 28,
    topics: ['nvidia'],
    themes: ['education-and-healthcare'],
    speaker: 'kasi',
    kind: 'opinion',
    stance: { en: 'Bullish on AI in education and healthcare', zh: '看好AI对教育与医疗的影响' },
    summary: {
      en: 'Rather than Nvidia, he is more optimistic about the deep effects of AI across industries, above all education and healthcare.',
      zh: '相比英伟达,他更看好AI对各行业、特别是教育和医疗健康的深刻影响。',
    },
    quote: {
      prefix: '看多也不看空英伟达,',
      exact: '更看好人工智能对各行各业,尤其是教育和医疗保健行业的深远影响',
      suffix: '。他认为,AI将在这',
    },
    translation:
      'is more optimistic about the far-reaching impact of artificial intelligence on all industries, especially education and healthcare',
  },
  {
    id: 'kasi-ai-will-improve-education-and-healthcare',
    paragraph: 28,
    topics: ['nvidia'],
    themes: ['education-and-healthcare'],
    speaker: 'kasi',
    kind: 'prediction',
    stance: { en: 'AI will transform education and healthcare', zh: 'AI将革新教育与医疗' },
    summary: {
      en: 'He expects AI to bring major improvements and innovation to those sectors, which are the ones that interest him most.',
      zh: '他预计AI会给这两个领域带来大幅改进与创新,这也是他最关注的方向。',
    },
    quote: {
      prefix: '的深远影响。他认为,',
      exact: 'AI将在这些行业中带来巨大的改善和创新,并且这些领域是他最感兴趣的',
      suffix: '。',
    },
    translation:
      'AI will bring huge improvements and innovation to these industries, and these fields are the ones he is most interested in',
  },
];
