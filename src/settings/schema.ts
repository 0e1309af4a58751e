/**
 * Settings: schema, defaults and the per-field repair of stored values.
 * Pure: no `browser`. Storage lives in ./storage.ts.
 */
import * as v from 'valibot';
import { TOPIC_IDS, type TopicId } from '../topics/topics';

export const HIGHLIGHT_STYLES = ['background', 'underline', 'both'] as const;
export const TRIGGERS = ['hover', 'hover-modifier', 'click'] as const;
export const LANGUAGES = ['auto', 'en', 'zh'] as const;
/** `auto`: the Chinese quote first for a Chinese UI, the English translation first otherwise. */
export const QUOTE_FIRST = ['auto', 'original', 'translation'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
/** The key held down for the `hover-modifier` trigger. No Meta/Windows key: the OS takes it. */
export const MODIFIER_KEYS = ['shift', 'ctrl', 'alt'] as const;
/**
 * Highlight colours a topic can take: the Okabe–Ito colour-blind-safe palette (values in
 * ./highlight-palette.ts) plus a neutral grey. Defaults match entrypoints/content/highlights.css.
 */
export const HIGHLIGHT_COLORS = ['blue', 'green', 'orange', 'purple', 'vermilion', 'grey'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export const MAX_HOVER_DELAY_MS = 2000;
/** Most sites one list may hold. */
export const MAX_SITES = 1000;

/** A site rule is a host name such as `example.com`; it covers its subdomains too. */
export const HostSchema = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'not a host name'),
);

/** A map with one value per topic, every topic present and nothing else. */
function perTopic<S extends v.GenericSchema>(schema: S) {
  return v.strictObject(Object.fromEntries(TOPIC_IDS.map((id) => [id, schema])) as Record<TopicId, S>);
}

/** One schema per field, so that one bad field never costs the others. */
export const FIELD_SCHEMAS = {
  enabled: v.boolean(),
  topics: perTopic(v.boolean()),
  deniedSites: v.pipe(v.array(HostSchema), v.maxLength(MAX_SITES)),
  onlySites: v.boolean(),
  allowedSites: v.pipe(v.array(HostSchema), v.maxLength(MAX_SITES)),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  topicColors: perTopic(v.picklist(HIGHLIGHT_COLORS)),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_HOVER_DELAY_MS)),
  trigger: v.picklist(TRIGGERS),
  modifierKey: v.picklist(MODIFIER_KEYS),
  language: v.picklist(LANGUAGES),
  quoteFirst: v.picklist(QUOTE_FIRST),
  theme: v.picklist(THEMES),
  badge: v.boolean(),
  highlightCode: v.boolean(),
} as const;

export type SettingKey = keyof typeof FIELD_SCHEMAS;
export type Settings = { [K in SettingKey]: v.InferOutput<(typeof FIELD_SCHEMAS)[K]> };

export const SettingsSchema = v.strictObject(FIELD_SCHEMAS);

export const DEFAULT_SETTINGS: Settings = Object.freeze<Settings>({
  enabled: true,
  topics: { deepseek: true, openai: true, nvidia: true, distillation: true },
  deniedSites: [],
  onlySites: false,
  allowedSites: [],
  highlightStyle: 'both',
  topicColors: { deepseek: 'blue', openai: 'green', nvidia: 'orange', distillation: 'purple' },
  hoverDelayMs: 300,
  trigger: 'hover',
  modifierKey: 'shift',
  language: 'auto',
  quoteFirst: 'auto',
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
    else {
      // A partly valid per-topic map or site list keeps what it can: a reader who listed fifty
      // sites should not lose them all to one damaged entry.
      if (key === 'topics' || key === 'topicColors') settings[key] = repairPerTopic(key, source[key]);
      else if (key === 'deniedSites' || key === 'allowedSites') settings[key] = repairHostList(source[key]);
      reset.push(key);
    }
  }
  return { settings: settings as Settings, reset };
}

function repairPerTopic<K extends 'topics' | 'topicColors'>(key: K, value: unknown): Settings[K] {
  const map = { ...DEFAULT_SETTINGS[key] } as Record<TopicId, unknown>;
  const entry = FIELD_SCHEMAS[key].entries.deepseek;
  if (value && typeof value === 'object') {
    for (const id of TOPIC_IDS) {
      const parsed = v.safeParse(entry, (value as Record<string, unknown>)[id]);
      if (parsed.success) map[id] = parsed.output;
    }
  }
  return map as Settings[K];
}

function repairHostList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const hosts = new Set<string>();
  for (const item of value) {
    const parsed = v.safeParse(HostSchema, item);
    if (parsed.success) hosts.add(parsed.output);
  }
  return [...hosts].slice(0, MAX_SITES);
}

/** One problem of a settings object: where (`hoverDelayMs`, `topics.nvidia`), which setting, what. */
export interface SettingsIssue {
  /** Dot path into the object; empty when the object as a whole is wrong. */
  path: string;
  /** The top-level setting the problem is in, when it is a known one. */
  key?: SettingKey;
  /** A key that is not a setting, a setting that is absent, or a value that is not allowed. */
  kind: 'unknown' | 'missing' | 'invalid';
  /** valibot's message, in English; UIs show their own words for `key`. */
  message: string;
}

/** Validates a whole settings object (import files); issues are readable `path: message` lines. */
export function validateSettings(
  value: unknown,
): { ok: true; settings: Settings } | { ok: false; issues: string[]; details: SettingsIssue[] } {
  const parsed = v.safeParse(SettingsSchema, value);
  if (parsed.success) return { ok: true, settings: parsed.output };
  const details = parsed.issues.map((issue): SettingsIssue => {
    const path = v.getDotPath(issue) ?? '';
    const top = path.split('.')[0] ?? '';
    // A strict object reports an extra key as "expected never" and an absent one as "received
    // undefined"; a value that is not an object at all is its plain type error.
    const keyIssue = issue.type === 'strict_object' && path !== '';
    const kind =
      keyIssue && issue.expected === 'never'
        ? 'unknown'
        : keyIssue && issue.received === 'undefined'
          ? 'missing'
          : 'invalid';
    return (SETTING_KEYS as string[]).includes(top)
      ? { path, key: top as SettingKey, kind, message: issue.message }
      : { path, kind, message: issue.message };
  });
  return {
    ok: false,
    issues: details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)),
    details,
  };
}

/** True when the extension should run on `host` under these settings (global pause included). */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  const h = host.toLowerCase();
  if (settings.deniedSites.some((rule) => ruleCovers(rule, h))) return false;
  if (settings.onlySites) return settings.allowedSites.some((rule) => ruleCovers(rule, h));
  return true;
}

/** True when a site rule covers a host: the host itself or one of its subdomains. */
export function ruleCovers(rule: string, host: string): boolean {
  return host === rule || host.endsWith(`.${rule}`);
}
