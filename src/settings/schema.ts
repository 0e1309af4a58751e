/**
 * Settings: schema, defaults and the per-field repair of stored values.
 * Pure: no `browser`. Storage lives in ./storage.ts.
 */
import * as v from 'valibot';
import { TOPIC_IDS, type TopicId } from '../topics/topics';

export const HIGHLIGHT_STYLES = ['background', 'underline', 'both'] as const;
export const TRIGGERS = ['hover', 'hover-modifier', 'click'] as const;
export const LANGUAGES = ['auto', 'en', 'zh'] as const;
export const QUOTE_FIRST = ['original', 'translation'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

export const MAX_HOVER_DELAY_MS = 2000;

/** A site rule is a host name such as `example.com`; it covers its subdomains too. */
const HostSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'not a host name'),
);

/** One schema per field, so that one bad field never costs the others. */
export const FIELD_SCHEMAS = {
  enabled: v.boolean(),
  topics: v.strictObject(
    Object.fromEntries(TOPIC_IDS.map((id) => [id, v.boolean()])) as Record<TopicId, v.BooleanSchema<undefined>>,
  ),
  deniedSites: v.pipe(v.array(HostSchema), v.maxLength(1000)),
  onlySites: v.boolean(),
  allowedSites: v.pipe(v.array(HostSchema), v.maxLength(1000)),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_HOVER_DELAY_MS)),
  trigger: v.picklist(TRIGGERS),
  language: v.picklist(LANGUAGES),
  quoteFirst: v.picklist(QUOTE_FIRST),
  theme: v.picklist(THEMES),
  badge: v.boolean(),
  highlightCode: v.boolean(),
} as const;

export type SettingKey = keyof typeof FIELD_SCHEMAS;
export type Settings = { [K in SettingKey]: v.InferOutput<(typeof FIELD_SCHEMAS)[K]> };

export const SettingsSchema = v.strictObject(FIELD_SCHEMAS);

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  topics: { deepseek: true, openai: true, nvidia: true, distillation: true },
  deniedSites: [],
  onlySites: false,
  allowedSites: [],
  highlightStyle: 'both',
  hoverDelayMs: 300,
  trigger: 'hover',
  language: 'auto',
  quoteFirst: 'translation',
  theme: 'auto',
  badge: true,
  highlightCode: false,
});

export const SETTING_KEYS = Object.keys(FIELD_SCHEMAS) as SettingKey[];

export interface RepairResult {
  settings: Settings;
  /** Fields whose stored value was missing, unknown or corrupt and now hold their default. */
  reset: SettingKey[];
}

/**
 * Turns whatever storage holds into valid settings, field by field: a bad field falls back to
 * its default, every valid field is kept, nothing throws. Missing fields are defaulted silently
 * (a new setting is not an error); present-but-invalid ones are reported in `reset`.
 */
export function repairSettings(stored: unknown): RepairResult {
  const isRecord = stored !== null && typeof stored === 'object' && !Array.isArray(stored);
  if (!isRecord) {
    // Nothing stored yet is normal; anything else (a string, an array) is corrupt as a whole.
    return {
      settings: { ...DEFAULT_SETTINGS },
      reset: stored === undefined || stored === null ? [] : [...SETTING_KEYS],
    };
  }
  const source = stored as Record<string, unknown>;
  const reset: SettingKey[] = [];
  const settings = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  for (const key of SETTING_KEYS) {
    if (!(key in source) || source[key] === undefined) continue;
    const parsed = v.safeParse(FIELD_SCHEMAS[key], source[key]);
    if (parsed.success) settings[key] = parsed.output;
    else if (key === 'topics') {
      // A partly valid topic map keeps the topics it can.
      settings[key] = repairTopics(source[key]);
      reset.push(key);
    } else reset.push(key);
  }
  return { settings: settings as Settings, reset };
}

function repairTopics(value: unknown): Settings['topics'] {
  const topics = { ...DEFAULT_SETTINGS.topics };
  if (value && typeof value === 'object') {
    for (const id of TOPIC_IDS) {
      const flag = (value as Record<string, unknown>)[id];
      if (typeof flag === 'boolean') topics[id] = flag;
    }
  }
  return topics;
}

/** Validates a whole settings object (import files); issues are readable `path: message` lines. */
export function validateSettings(value: unknown): { ok: true; settings: Settings } | { ok: false; issues: string[] } {
  const parsed = v.safeParse(SettingsSchema, value);
  if (parsed.success) return { ok: true, settings: parsed.output };
  return {
    ok: false,
    issues: parsed.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  };
}

/** True when the extension should run on `host` under these settings (global pause included). */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  const h = host.toLowerCase();
  const covers = (rule: string) => h === rule || h.endsWith(`.${rule}`);
  if (settings.deniedSites.some(covers)) return false;
  if (settings.onlySites) return settings.allowedSites.some(covers);
  return true;
}
