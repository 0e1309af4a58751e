import { describe, expect, it } from 'vitest';
import { resolveLang, t } from './i18n';
import { localeFile, MESSAGE_SOURCES, MESSAGES } from './locales/index';

const keys = Object.keys(MESSAGES) as Array<keyof typeof MESSAGES>;

describe('message catalogue', () => {
  it('has no key defined by two surfaces', () => {
    const all = Object.values(MESSAGE_SOURCES).flatMap((source) => Object.keys(source));
    expect(all.length).toBe(new Set(all).size);
  });
  it('has every string in both languages, none empty', () => {
    for (const key of keys) {
      expect(MESSAGES[key].en.trim(), key).not.toBe('');
      expect(MESSAGES[key].zh.trim(), key).not.toBe('');
    }
  });
  it('uses the same substitutions in both languages', () => {
    const slots = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const key of keys) expect(slots(MESSAGES[key].zh), key).toEqual(slots(MESSAGES[key].en));
  });
  it('is translated: the Chinese strings are Chinese', () => {
    const chinese = keys.filter((k) => /[\u4e00-\u9fff]/.test(MESSAGES[k].zh));
    expect(chinese.length / keys.length).toBeGreaterThan(0.8);
  });
  it('writes browser locale files with Chrome-valid keys', () => {
    for (const key of Object.keys(localeFile('en'))) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(localeFile('zh').extName?.message).toBe(MESSAGES.extName.zh);
  });
});

describe('t and resolveLang', () => {
  it('substitutes placeholders', () => {
    expect(t('en', 'errorBackground', 'gone')).toBe("The extension's background worker did not answer: gone");
    expect(t('zh', 'errorBackground', 'gone')).toBe('扩展的后台程序没有响应：gone');
  });
  it('follows the browser language for auto', () => {
    expect(resolveLang('auto', 'zh-TW')).toBe('zh');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
    expect(resolveLang('zh', 'en-US')).toBe('zh');
  });
});
