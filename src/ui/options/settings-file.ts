/**
 * The settings file: what "Export" writes and what "Import" accepts. Pure: text in, settings or a
 * list of problems out, so that nothing is stored until the whole file is valid.
 *
 * Format: `{ "format": "viewpoint-lens-settings", "version": 3, "exportedAt": "…", "settings": {…} }`.
 * `version` is the storage version (src/settings/migrations.ts); a file from an older version is
 * brought up to date by the same migrations that storage runs, then validated as a whole.
 */
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../settings/migrations';
import {
  HIGHLIGHT_COLORS,
  HIGHLIGHT_STYLES,
  LANGUAGES,
  MAX_HOVER_DELAY_MS,
  MAX_SITES,
  MODIFIER_KEYS,
  QUOTE_FIRST,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  THEMES,
  TRIGGERS,
  validateSettings,
} from '../../settings/schema';
import { isTopicId, type Lang } from '../../topics/topics';
import { type MessageKey, t } from '../i18n';

export const SETTINGS_FILE_FORMAT = 'viewpoint-lens-settings';
/** Twice the largest valid file (two full site lists of the longest host names), so a valid file always fits. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;
/** Problems listed one by one; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 12;

export type ImportProblem =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'empty' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-settings-file' }
  | { kind: 'bad-version'; found: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'no-settings' }
  | { kind: 'unknown-setting'; path: string }
  | { kind: 'missing-settings'; missing: Array<{ key: SettingKey; path: string }> }
  | { kind: 'invalid-setting'; key: SettingKey; path: string; found: string }
  | { kind: 'more'; count: number };

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: ImportProblem[] };

/** The text of a settings file for `settings`. */
export function settingsFileContent(settings: Settings, now = new Date()): string {
  const file = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The download name of a settings file, dated so that several backups can sit side by side. */
export function settingsFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `viewpoint-lens-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** A problem when a file of `bytes` is too large to read; checked before reading it. */
export function checkSettingsFileSize(bytes: number): ImportProblem | undefined {
  return bytes > MAX_SETTINGS_FILE_BYTES ? { kind: 'too-large', bytes } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A short, safe rendering of a value for a message. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const part of path.split('.'))
    value = isRecord(value) || Array.isArray(value) ? (value as never)[part] : undefined;
  return value;
}

/** Reads a settings file's text: every problem it has, or the settings it holds. */
export function parseSettingsFile(text: string): ImportResult {
  const size = checkSettingsFileSize(new TextEncoder().encode(text).length);
  if (size) return { ok: false, problems: [size] };
  if (text.trim() === '') return { ok: false, problems: [{ kind: 'empty' }] };
  let file: unknown;
  try {
    // A byte-order mark is what some editors put first; JSON.parse rejects it.
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [{ kind: 'not-json', detail: error instanceof Error ? error.message : String(error) }],
    };
  }
  if (!isRecord(file) || file.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, problems: [{ kind: 'not-settings-file' }] };
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ kind: 'bad-version', found: preview(version) }] };
  }
  if (version > SETTINGS_VERSION) return { ok: false, problems: [{ kind: 'newer-version', version }] };
  if (!isRecord(file.settings)) return { ok: false, problems: [{ kind: 'no-settings' }] };

  let settings: unknown = structuredClone(file.settings);
  for (let step = version + 1; step <= SETTINGS_VERSION; step++)
    settings = SETTINGS_MIGRATIONS[step]?.(settings) ?? settings;

  // valibot names only the first unknown key of an object; the reader should see them all.
  const unknown: ImportProblem[] = [];
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings as Record<string, unknown>)) {
    if (!(SETTING_KEYS as string[]).includes(key)) unknown.push({ kind: 'unknown-setting', path: key });
    else if ((key === 'topics' || key === 'topicColors') && isRecord(value)) {
      for (const id of Object.keys(value)) {
        if (!isTopicId(id)) unknown.push({ kind: 'unknown-setting', path: `${key}.${id}` });
      }
      known[key] = Object.fromEntries(Object.entries(value).filter(([id]) => isTopicId(id)));
    } else known[key] = value;
  }

  const checked = validateSettings(known);
  if (checked.ok && unknown.length === 0) return checked;
  const issues = checked.ok ? [] : checked.details;
  // Wrong values first (most likely a typo), then keys that are not settings, then one line for
  // everything missing: a hand-written file with one setting would otherwise bury its one mistake.
  const problems: ImportProblem[] = [];
  const missing: Array<{ key: SettingKey; path: string }> = [];
  for (const issue of issues) {
    if (!issue.key || issue.kind === 'unknown') unknown.push({ kind: 'unknown-setting', path: issue.path });
    else if (issue.kind === 'missing') missing.push({ key: issue.key, path: issue.path });
    else {
      const found = preview(valueAt(settings, issue.path));
      problems.push({ kind: 'invalid-setting', key: issue.key, path: issue.path, found });
    }
  }
  problems.push(...unknown);
  if (problems.length > MAX_LISTED_PROBLEMS) {
    const rest = problems.length - MAX_LISTED_PROBLEMS;
    problems.length = MAX_LISTED_PROBLEMS;
    problems.push({ kind: 'more', count: rest });
  }
  if (missing.length > 0) problems.push({ kind: 'missing-settings', missing });
  return { ok: false, problems };
}

const FIELD_LABELS: Record<SettingKey, MessageKey> = {
  enabled: 'optField_enabled',
  topics: 'optField_topics',
  deniedSites: 'optField_deniedSites',
  onlySites: 'optField_onlySites',
  allowedSites: 'optField_allowedSites',
  highlightStyle: 'optField_highlightStyle',
  topicColors: 'optField_topicColors',
  hoverDelayMs: 'optField_hoverDelayMs',
  trigger: 'optField_trigger',
  modifierKey: 'optField_modifierKey',
  language: 'optField_language',
  quoteFirst: 'optField_quoteFirst',
  theme: 'optField_theme',
  badge: 'optField_badge',
  highlightCode: 'optField_highlightCode',
};

/** A setting's name as the options page shows it. */
export function settingLabel(lang: Lang, key: SettingKey): string {
  return t(lang, FIELD_LABELS[key]);
}

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** What a valid value of `key` looks like, in words. */
function expected(lang: Lang, key: SettingKey): string {
  switch (key) {
    case 'enabled':
    case 'topics':
    case 'onlySites':
    case 'badge':
    case 'highlightCode':
      return t(lang, 'optExpectBoolean');
    case 'deniedSites':
    case 'allowedSites':
      return t(lang, 'optExpectSites', MAX_SITES);
    case 'hoverDelayMs':
      return t(lang, 'optExpectDelay', MAX_HOVER_DELAY_MS);
    case 'highlightStyle':
      return t(lang, 'optExpectOneOf', quoted(HIGHLIGHT_STYLES));
    case 'topicColors':
      return t(lang, 'optExpectOneOf', quoted(HIGHLIGHT_COLORS));
    case 'trigger':
      return t(lang, 'optExpectOneOf', quoted(TRIGGERS));
    case 'modifierKey':
      return t(lang, 'optExpectOneOf', quoted(MODIFIER_KEYS));
    case 'language':
      return t(lang, 'optExpectOneOf', quoted(LANGUAGES));
    case 'quoteFirst':
      return t(lang, 'optExpectOneOf', quoted(QUOTE_FIRST));
    case 'theme':
      return t(lang, 'optExpectOneOf', quoted(THEMES));
  }
}

/** One import problem as a sentence in the UI language. */
export function describeImportProblem(lang: Lang, problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return t(lang, 'optProblemTooLarge', Math.ceil(problem.bytes / 1024), MAX_SETTINGS_FILE_BYTES / 1024);
    case 'empty':
      return t(lang, 'optProblemEmpty');
    case 'not-json':
      return t(lang, 'optProblemNotJson', problem.detail);
    case 'not-settings-file':
      return t(lang, 'optProblemNotSettings');
    case 'bad-version':
      return t(lang, 'optProblemBadVersion', problem.found);
    case 'newer-version':
      return t(lang, 'optProblemNewerVersion', problem.version, SETTINGS_VERSION);
    case 'no-settings':
      return t(lang, 'optProblemNoSettings');
    case 'unknown-setting':
      return t(lang, 'optProblemUnknown', problem.path || '?');
    case 'missing-settings':
      return t(
        lang,
        'optProblemMissing',
        problem.missing
          .map(({ key, path }) => t(lang, 'optSettingWithPath', settingLabel(lang, key), path))
          .join(t(lang, 'optListSeparator')),
      );
    case 'invalid-setting':
      return t(
        lang,
        'optProblemInvalid',
        settingLabel(lang, problem.key),
        problem.path,
        problem.found,
        expected(lang, problem.key),
      );
    case 'more':
      return t(lang, 'optProblemMore', problem.count);
  }
}
