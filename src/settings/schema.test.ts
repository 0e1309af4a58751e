import { describe, expect, it } from 'vitest';
import {
  migrateV1toV2,
  migrateV2toV3,
  migrateV3toV4,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  V2_ADDED,
  V3_ADDED,
} from './migrations';
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
    ['topicColors', 'rainbow'],
    ['topicColors', { deepseek: 'red', openai: 'green', nvidia: 'orange', distillation: 'purple' }],
    ['hoverDelayMs', 99999],
    ['hoverDelayMs', -1],
    ['hoverDelayMs', 1.5],
    ['trigger', 'telepathy'],
    ['modifierKey', 'meta'],
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

  it('keeps the valid colours of a partly corrupt colour map', () => {
    const { settings, reset } = repairSettings({ topicColors: { deepseek: 'grey', openai: 'plaid', nvidia: 3 } });
    expect(settings.topicColors).toEqual({
      deepseek: 'grey',
      openai: 'green',
      nvidia: 'orange',
      distillation: 'purple',
    });
    expect(reset).toEqual(['topicColors']);
  });

  it('keeps the valid sites of a partly corrupt site list, once each', () => {
    const stored = {
      deniedSites: ['example.com', 'not a host!', 42, 'Example.com', 'news.example.org'],
      allowedSites: 'x',
    };
    const { settings, reset } = repairSettings(stored);
    expect(settings.deniedSites).toEqual(['example.com', 'news.example.org']);
    expect(settings.allowedSites).toEqual([]);
    expect(reset).toEqual(['deniedSites', 'allowedSites']);
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
  it('tells unknown, missing and invalid settings apart, with the setting each belongs to', () => {
    const { theme: _theme, ...withoutTheme } = DEFAULT_SETTINGS;
    const result = validateSettings({
      ...withoutTheme,
      colour: 'red',
      topics: { ...DEFAULT_SETTINGS.topics, extra: true },
      badge: 'on',
      topicColors: 'all blue',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.details.map((d) => [d.path, [d.kind, d.key]]));
    expect(byPath).toEqual({
      theme: ['missing', 'theme'],
      colour: ['unknown', undefined],
      'topics.extra': ['unknown', 'topics'],
      badge: ['invalid', 'badge'],
      topicColors: ['invalid', 'topicColors'],
    });
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
    for (let version = 2; version <= SETTINGS_VERSION; version++)
      expect(SETTINGS_MIGRATIONS[version]).toBeTypeOf('function');
  });
  const upFrom = (version: number, value: unknown) => {
    let out = value;
    for (let step = version + 1; step <= SETTINGS_VERSION; step++) out = SETTINGS_MIGRATIONS[step]?.(out);
    return out;
  };
  it('v1 → v2 keeps the topic switches and adds exactly the v2 settings', () => {
    const topics = { deepseek: true, openai: false, nvidia: true, distillation: false };
    const v2 = migrateV1toV2({ topics });
    expect(v2).toEqual({ ...V2_ADDED, topics });
    expect(v2).not.toHaveProperty('topicColors');
  });
  it('v2 → v3 keeps every v2 setting as stored and adds the colours and the modifier key', () => {
    const v2 = { ...V2_ADDED, topics: DEFAULT_SETTINGS.topics, hoverDelayMs: 900, deniedSites: ['example.com'] };
    expect(migrateV2toV3(v2)).toEqual({ ...v2, ...V3_ADDED });
  });
  it('v3 → v4 turns the old default translation-first into auto, and keeps an explicit original-first', () => {
    expect(migrateV3toV4({ ...DEFAULT_SETTINGS, quoteFirst: 'translation' })).toEqual(DEFAULT_SETTINGS);
    expect(migrateV3toV4({ ...DEFAULT_SETTINGS, quoteFirst: 'original' })).toMatchObject({ quoteFirst: 'original' });
    expect(migrateV3toV4('garbage')).toBe('garbage');
  });
  it('brings every version up to a complete, valid current value', () => {
    // A version's value as that version shipped it: v1 had topics only, v2 lacked the v3 fields.
    const shipped: Record<number, unknown> = {
      1: { topics: { deepseek: false, openai: true, nvidia: true, distillation: true } },
      2: { ...V2_ADDED, topics: { deepseek: false, openai: true, nvidia: true, distillation: true }, theme: 'dark' },
      3: {
        ...DEFAULT_SETTINGS,
        quoteFirst: 'translation',
        topics: { deepseek: false, openai: true, nvidia: true, distillation: true },
      },
      4: { ...DEFAULT_SETTINGS, topics: { deepseek: false, openai: true, nvidia: true, distillation: true } },
    };
    for (let version = 1; version <= SETTINGS_VERSION; version++) {
      const current = upFrom(version, shipped[version]);
      expect(validateSettings(current).ok, `from v${version}`).toBe(true);
      expect(repairSettings(current).reset, `from v${version}`).toEqual([]);
      expect((current as { topics: unknown }).topics).toEqual({
        deepseek: false,
        openai: true,
        nvidia: true,
        distillation: true,
      });
    }
    expect((upFrom(2, shipped[2]) as { theme: string }).theme).toBe('dark');
  });
  it('adds every setting in exactly one version', () => {
    const added = ['topics', ...Object.keys(V2_ADDED), ...Object.keys(V3_ADDED)];
    expect(added.sort()).toEqual([...SETTING_KEYS].sort());
    expect(repairSettings(upFrom(1, { topics: DEFAULT_SETTINGS.topics })).settings).toEqual(DEFAULT_SETTINGS);
  });
  it('passes a damaged value through every step, so that repair reports it', () => {
    expect(upFrom(1, 'garbage')).toBe('garbage');
    expect(repairSettings(upFrom(1, 'garbage')).reset).toEqual(SETTING_KEYS);
    expect(repairSettings(upFrom(1, [1, 2])).settings).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings(upFrom(1, { topics: 7 })).reset).toEqual(['topics']);
    expect(repairSettings(upFrom(2, { ...V2_ADDED, hoverDelayMs: 'slow' })).reset).toEqual(['hoverDelayMs']);
  });
});
