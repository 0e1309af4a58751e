import { describe, expect, it } from 'vitest';
import { CATALOGS, MESSAGE_KEYS, resolveLang, t } from './i18n';

describe('message catalogues', () => {
  it('English and Chinese have the same keys, none empty', () => {
    expect(Object.keys(CATALOGS.zh).sort()).toEqual([...MESSAGE_KEYS].sort());
    for (const key of MESSAGE_KEYS) {
      expect(CATALOGS.en[key].message.trim(), key).not.toBe('');
      expect(CATALOGS.zh[key].message.trim(), key).not.toBe('');
    }
  });
  it('use the same substitutions in both languages', () => {
    const slots = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();
    for (const key of MESSAGE_KEYS) expect(slots(CATALOGS.zh[key].message), key).toEqual(slots(CATALOGS.en[key].message));
  });
  it('the Chinese catalogue is Chinese', () => {
    const chinese = MESSAGE_KEYS.filter((k) => /[\u4e00-\u9fff]/.test(CATALOGS.zh[k].message));
    expect(chinese.length / MESSAGE_KEYS.length).toBeGreaterThan(0.8);
  });
});

describe('t and resolveLang', () => {
  it('substitutes placeholders', () => {
    expect(t('en', 'errorBackground', 'gone')).toContain('gone');
    expect(t('zh', 'errorBackground', 'gone')).toContain('gone');
  });
  it('follows the browser language for auto', () => {
    expect(resolveLang('auto', 'zh-TW')).toBe('zh');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
    expect(resolveLang('zh', 'en-US')).toBe('zh');
  });
});
