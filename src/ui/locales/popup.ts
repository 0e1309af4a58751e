/** Strings of the toolbar popup, the lookup page and the "look up" context menu item. */
export const popupMessages = {
  popupTitle: { en: 'Viewpoint Lens', zh: '观点透镜' },
  topicsHeading: { en: 'Topics', zh: '话题' },
  lookupTitle: { en: 'Viewpoint Lens — look up viewpoints', zh: '观点透镜 — 查找观点' },
  popupOpenOptions: { en: 'Settings', zh: '设置' },
  popupOpenInTab: { en: 'Open in a tab', zh: '在标签页中打开' },

  searchLabel: { en: 'Search all viewpoints', zh: '搜索全部观点' },
  searchPlaceholder: { en: 'Speaker, topic, quote… e.g. Altman, 蒸馏', zh: '人物、话题、引语…如 奥特曼、distillation' },
  searchHelp: {
    en: 'English or Chinese. Down arrow moves to the results, Enter opens one.',
    zh: '中英文均可。按向下箭头进入结果，按回车展开。',
  },
  resultsHeading: { en: 'Results', zh: '搜索结果' },
  resultsOne: { en: '1 viewpoint matches “$1”', zh: '有 1 条观点匹配“$1”' },
  resultsMany: { en: '$2 viewpoints match “$1”', zh: '有 $2 条观点匹配“$1”' },
  resultsGroup: { en: '$1 ($2)', zh: '$1（$2）' },
  resultsNone: { en: 'No viewpoint matches “$1”.', zh: '没有观点匹配“$1”。' },
  resultsNoneHint: {
    en: 'Try another word, in English or Chinese, or browse a topic:',
    zh: '换个词试试（中英文均可），或浏览以下话题：',
  },
  resultsError: { en: 'The search failed: $1', zh: '搜索失败：$1' },
  resultsTagged: { en: 'Topics:', zh: '话题：' },

  topicViewpointsOne: { en: '1 viewpoint', zh: '1 条观点' },
  topicViewpointsMany: { en: '$1 viewpoints', zh: '$1 条观点' },
  topicBack: { en: 'All topics', zh: '全部话题' },

  pageHeading: { en: 'On this page', zh: '本页' },
  pageMentionsOne: { en: '1 mention', zh: '1 处提及' },
  pageMentionsMany: { en: '$1 mentions', zh: '$1 处提及' },
  pageNext: { en: 'Next', zh: '下一处' },
  pageNextLabel: { en: 'Go to the next mention of $1', zh: '跳到$1的下一处提及' },
  pageTopicOff: { en: 'off', zh: '已关闭' },
  pageNotFound: {
    en: 'No mention of $1 to go to in the page itself (it may be inside a frame).',
    zh: '页面本身没有可跳转的$1提及（可能位于内嵌框架中）。',
  },
  pageNextFailed: { en: 'The page did not answer: $1', zh: '页面没有响应：$1' },
  pageBrowserPage: {
    en: 'Browsers do not let extensions read their own pages (settings, new tabs, extension stores), so there is nothing to show here.',
    zh: '浏览器不允许扩展读取其自身的页面（设置、新标签页、扩展商店），因此这里没有可显示的内容。',
  },
  pagePdf: {
    en: 'This is a PDF in the browser’s own viewer, which extensions cannot read.',
    zh: '这是浏览器自带查看器中的 PDF 文件，扩展无法读取其内容。',
  },
  pageFile: {
    en: 'To read local files, turn on “Allow access to file URLs” for Viewpoint Lens in the browser’s extension settings.',
    zh: '如需读取本地文件，请在浏览器的扩展管理页面为观点透镜开启“允许访问文件网址”。',
  },
  pageNotLoaded: {
    en: 'Viewpoint Lens is not running in this tab yet. Reload the page to see its mentions.',
    zh: '观点透镜尚未在此标签页中运行。请重新加载页面以查看提及。',
  },
  pageUnreachable: {
    en: 'Viewpoint Lens cannot read this tab. Browser pages and extension stores are closed to extensions; a page opened before the extension was installed or updated needs a reload.',
    zh: '观点透镜无法读取此标签页。浏览器自身的页面和扩展商店不对扩展开放；在安装或更新扩展之前打开的页面需要重新加载。',
  },
  pagePaused: {
    en: 'Paused on all sites: nothing is highlighted anywhere.',
    zh: '已在所有网站上暂停：任何页面都不会标注提及。',
  },
  pageSiteOff: { en: 'Viewpoint Lens is off on $1.', zh: '观点透镜已在 $1 上关闭。' },
  pageNoMentions: {
    en: 'No mentions of DeepSeek, OpenAI, Nvidia or distillation on this page.',
    zh: '本页没有提到 DeepSeek、OpenAI、英伟达或蒸馏。',
  },
  pageTopicsOff: { en: 'Every topic is turned off in the settings.', zh: '所有话题都已在设置中关闭。' },

  switchSite: { en: 'On this site', zh: '在此网站上启用' },
  switchPause: { en: 'Pause on all sites', zh: '在所有网站上暂停' },
  switchFailed: { en: 'The setting could not be saved: $1', zh: '无法保存设置：$1' },

  menuLookup: { en: 'Look up viewpoints for “%s”', zh: '查找关于“%s”的观点' },
} as const;
