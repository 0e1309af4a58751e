/**
 * Every UI string, English and Chinese side by side, one file per surface so that a string and
 * its translation are edited together. The build writes them to `_locales/{en,zh_CN}/messages.json`
 * (wxt.config.ts), which the browser uses for the manifest; the UI reads them from here so that it
 * can follow the reader's language option, not only the browser's.
 */
import { cardMessages } from './card';
import { coreMessages } from './core';
import { optionsMessages } from './options';
import { popupMessages } from './popup';

export const MESSAGE_SOURCES = {
  core: coreMessages,
  card: cardMessages,
  popup: popupMessages,
  options: optionsMessages,
} as const;

export const MESSAGES = { ...coreMessages, ...cardMessages, ...popupMessages, ...optionsMessages };
export type MessageKey = keyof typeof MESSAGES;

/** The `_locales/<locale>/messages.json` content for one language. */
export function localeFile(lang: 'en' | 'zh'): Record<string, { message: string }> {
  return Object.fromEntries(Object.entries(MESSAGES).map(([key, value]) => [key, { message: value[lang] }]));
}
