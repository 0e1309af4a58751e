/**
 * UI strings in English and Chinese. The one source is `public/_locales/<lang>/messages.json`
 * (what the browser uses for the manifest); the UI reads the same files so that it can follow
 * the reader's language option instead of only the browser's language.
 */
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import type { Lang } from '../topics/topics';

export type MessageKey = keyof typeof en;
type Catalog = Record<MessageKey, { message: string }>;

const CATALOGS: Record<Lang, Catalog> = { en, zh: zh as Catalog };

/** A UI string with `$1`, `$2`… replaced by `substitutions`. */
export function t(lang: Lang, key: MessageKey, ...substitutions: Array<string | number>): string {
  const message = CATALOGS[lang][key]?.message ?? CATALOGS.en[key].message;
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

/** Every message key, for checks over the whole catalogue. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
export { CATALOGS };
