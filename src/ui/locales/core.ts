/** Strings of the manifest and of every surface (the browser shows the first four itself). */
export const coreMessages = {
  extName: { en: 'Viewpoint Lens', zh: '观点透镜 Viewpoint Lens' },
  extDescription: {
    en: 'Marks mentions of DeepSeek, OpenAI, Nvidia and model distillation on any page and shows what a source article says about them.',
    zh: '在任意网页上标出 DeepSeek、OpenAI、英伟达和模型蒸馏的提及，并显示来源文章对它们的观点。',
  },
  actionTitle: { en: 'Viewpoint Lens', zh: '观点透镜' },
  commandNextMention: {
    en: 'Go to the next mention and open its viewpoints',
    zh: '跳到下一个提及并打开其观点',
  },
  loading: { en: 'Loading…', zh: '加载中…' },
  errorBackground: { en: "The extension's background worker did not answer: $1", zh: '扩展的后台程序没有响应：$1' },
} as const;
