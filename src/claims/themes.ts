/**
 * Themes the source article ties to the four topics. A viewpoint carries theme ids so the UI can
 * group related claims across topics; the labels are for display.
 * Pure data: no DOM, no `browser`.
 */

/** Theme ids, kebab-case; the order is the order the UI lists them in. */
export const THEME_IDS = [
  'model-commoditisation',
  'adoption-over-best-model',
  'affordability-and-competition',
  'copying-vs-innovating',
  'replication-of-science',
  'distribution',
  'brand-and-channels',
  'distillation-rules',
  'open-vs-closed-source',
  'nvidia-sell-off',
  'gpu-demand',
  'local-models',
  'jevons-paradox',
  'education-and-healthcare',
  // Two more the article raises on its own: China's place in the race (paragraph 1) and
  // intellectual property (paragraphs 14, 16, 27).
  'ai-race',
  'intellectual-property',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

/** Display labels; every id has one. */
export const THEME_LABELS: Readonly<Record<ThemeId, { readonly en: string; readonly zh: string }>> = {
  'model-commoditisation': { en: 'Models become commodities', zh: '模型商品化' },
  'adoption-over-best-model': { en: 'Adoption over the best model', zh: '应用重于最佳模型' },
  'affordability-and-competition': { en: 'Affordability and competition', zh: '平价与竞争' },
  'copying-vs-innovating': { en: 'Copying vs innovating', zh: '复制与创新' },
  'replication-of-science': { en: 'Replication of science', zh: '科学的可复制性' },
  distribution: { en: 'Distribution', zh: '分配与分发' },
  'brand-and-channels': { en: 'Brand and channels', zh: '品牌与渠道' },
  'distillation-rules': { en: 'Rules on distillation', zh: '蒸馏规则' },
  'open-vs-closed-source': { en: 'Open vs closed source', zh: '开源与闭源' },
  'nvidia-sell-off': { en: 'The Nvidia sell-off and its logic', zh: '英伟达抛售及其逻辑' },
  'gpu-demand': { en: 'Demand for GPUs and compute', zh: 'GPU与算力需求' },
  'local-models': { en: 'Models running locally', zh: '本地运行的模型' },
  'jevons-paradox': { en: 'Jevons paradox', zh: '杰文斯悖论' },
  'education-and-healthcare': { en: 'Education and healthcare', zh: '教育与医疗' },
  'ai-race': { en: 'China in the AI race', zh: '中国与AI竞赛' },
  'intellectual-property': { en: 'Intellectual property', zh: '知识产权' },
};
