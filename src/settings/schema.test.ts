import { describe, expect, it } from 'vitest';
import { migrateV1toV2, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, isSiteEnabled, repairSettings, SETTING_KEYS, validateSettings } from './schema';

describe('repairSettings', () => {
  it('gives the defaults, silently, when nothing is stored', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
    expect(repairSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('keeps every valid field', () => {
    const stored = { ...DEFAULT_SETTINGS, hoverDelayMs: 800, theme: 'dark', deniedSites: ['example.com'] };
    expect(repairSettings(stored)).toEqual({ settings: stored, reset: [] });
  });

  it.each([
    ['enabled', 'yes'],
    ['topics', 'all'],
    ['deniedSites', ['not a host!']],
    ['onlySites', 1],
    ['allowedSites', 'example.com'],
    ['highlightStyle', 'neon'],
    ['hoverDelayMs', 99999],
    ['hoverDelayMs', -1],
    ['hoverDelayMs', 1.5],
    ['trigger', 'telepathy'],
    ['language', 'fr'],
    ['quoteFirst', null],
    ['theme', 42],
    ['badge', 'on'],
    ['highlightCode', {}],
  ])('resets a corrupt %s to its default and keeps the rest', (key, bad) => {
    const stored = { ...DEFAULT_SETTINGS, hoverDelayMs: 700, theme: 'light', [key]: bad };
    const { settings, reset } = repairSettings(stored);
    expect(reset).toEqual([key]);
    expect(settings[key as keyof typeof settings]).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
    if (key !== 'hoverDelayMs') expect(settings.hoverDelayMs).toBe(700);
    if (key !== 'theme') expect(settings.theme).toBe('light');
  });

  it('keeps the valid topics of a partly corrupt topic map', () => {
    const { settings, reset } = repairSettings({ topics: { deepseek: false, nvidia: 'no', extra: true } });
    expect(settings.topics).toEqual({ deepseek: false, openai: true, nvidia: true, distillation: true });
    expect(reset).toEqual(['topics']);
  });

  it('resets everything when storage holds something that is not an object', () => {
    expect(repairSettings('garbage').reset).toEqual(SETTING_KEYS);
    expect(repairSettings([1, 2]).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('ignores unknown fields', () => {
    expect(repairSettings({ futureSetting: true })).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  });

  it('normalises host names', () => {
    expect(repairSettings({ deniedSites: ['  Example.COM '] }).settings.deniedSites).toEqual(['example.com']);
  });
});

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
  it('names every problem with its path', () => {
    const result = validateSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 5000, topics: { deepseek: 1 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.some((i) => i.startsWith('hoverDelayMs:'))).toBe(true);
    expect(result.issues.some((i) => i.startsWith('topics.deepseek:'))).toBe(true);
  });
});

describe('isSiteEnabled', () => {
  it('follows the global pause, the deny list (with subdomains) and the allow-only mode', () => {
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'news.example.com')).toBe(true);
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, 'news.example.com')).toBe(false);
    const denied = { ...DEFAULT_SETTINGS, deniedSites: ['example.com'] };
    expect(isSiteEnabled(denied, 'news.example.com')).toBe(false);
    expect(isSiteEnabled(denied, 'example.com')).toBe(false);
    expect(isSiteEnabled(denied, 'notexample.com')).toBe(true);
    const only = { ...DEFAULT_SETTINGS, onlySites: true, allowedSites: ['example.org'] };
    expect(isSiteEnabled(only, 'example.org')).toBe(true);
    expect(isSiteEnabled(only, 'example.com')).toBe(false);
  });
});

describe('migrations', () => {
  it('has a step for every version after 1', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++) expect(SETTINGS_MIGRATIONS[version]).toBeTypeOf('function');
  });
  it('v1 → v2 keeps the topic switches and adds every new setting', () => {
    const v2 = migrateV1toV2({ topics: { deepseek: true, openai: false, nvidia: true, distillation: false } });
    expect(repairSettings(v2)).toEqual({
      settings: { ...DEFAULT_SETTINGS, topics: { deepseek: true, openai: false, nvidia: true, distillation: false } },
      reset: [],
    });
  });
  it('v1 → v2 survives a damaged v1 value', () => {
    expect(repairSettings(migrateV1toV2('garbage')).settings).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings(migrateV1toV2({ topics: 7 })).reset).toEqual(['topics']);
  });
});
