/** Strings of the options page. */
export const optionsMessages = {
  optionsTitle: { en: 'Viewpoint Lens settings', zh: '观点透镜设置' },
  optionsTopicsLegend: { en: 'Highlight these topics', zh: '高亮这些话题' },
} as const;
