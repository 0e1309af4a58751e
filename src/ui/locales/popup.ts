/** Strings of the toolbar popup. */
export const popupMessages = {
  popupTitle: { en: 'Viewpoint Lens', zh: '观点透镜' },
  topicsHeading: { en: 'Topics', zh: '话题' },
} as const;
