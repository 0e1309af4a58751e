/**
 * UI strings in English and Chinese (catalogue: ./locales). `t` picks the reader's language.
 */
import type { Lang } from '../topics/topics';
import { MESSAGES, type MessageKey } from './locales/index';

export type { MessageKey };

/** A UI string with `$1`, `$2`… replaced by `substitutions`. */
export function t(lang: Lang, key: MessageKey, ...substitutions: Array<string | number>): string {
  const message: string = MESSAGES[key][lang];
  return message.replace(/\$(\d)/g, (whole, digit: string) => {
    const value = substitutions[Number(digit) - 1];
    return value === undefined ? whole : String(value);
  });
}

/** The UI language for a language option: `auto` follows the browser. */
export function resolveLang(option: 'auto' | Lang, browserLanguage = globalThis.navigator?.language ?? 'en'): Lang {
  if (option !== 'auto') return option;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
