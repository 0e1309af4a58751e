import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, V2_ADDED } from '../../settings/migrations';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import {
  checkSettingsFileSize,
  describeImportProblem,
  type ImportProblem,
  MAX_LISTED_PROBLEMS,
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  SETTINGS_FILE_FORMAT,
  settingsFileContent,
  settingsFileName,
} from './settings-file';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  topics: { ...DEFAULT_SETTINGS.topics, nvidia: false },
  topicColors: { ...DEFAULT_SETTINGS.topicColors, openai: 'grey' },
  deniedSites: ['example.com'],
  hoverDelayMs: 750,
  theme: 'dark',
};

const file = (settings: unknown, version: unknown = SETTINGS_VERSION) =>
  JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings });

const problemsOf = (text: string): ImportProblem[] => {
  const result = parseSettingsFile(text);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('settings file', () => {
  it('reads back what it exports', () => {
    const text = settingsFileContent(custom, new Date('2025-03-04T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_VERSION,
      exportedAt: '2025-03-04T10:00:00.000Z',
    });
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: custom });
  });

  it('names the download by date', () => {
    expect(settingsFileName(new Date(2025, 0, 9))).toBe('viewpoint-lens-settings-2025-01-09.json');
  });

  it('accepts a byte-order mark and normalises host names like storage does', () => {
    const result = parseSettingsFile(`\uFEFF${file({ ...custom, deniedSites: [' Example.COM '] })}`);
    expect(result).toEqual({ ok: true, settings: { ...custom, deniedSites: ['example.com'] } });
  });

  it('brings a file from an older version up to date with the storage migrations', () => {
    expect(
      parseSettingsFile(file({ topics: { deepseek: false, openai: true, nvidia: true, distillation: true } }, 1)),
    ).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, topics: { deepseek: false, openai: true, nvidia: true, distillation: true } },
    });
    const v2 = { ...V2_ADDED, topics: DEFAULT_SETTINGS.topics, theme: 'light' };
    expect(parseSettingsFile(file(v2, 2))).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
  });

  it('refuses a file that is too large before reading it, and when read', () => {
    expect(checkSettingsFileSize(MAX_SETTINGS_FILE_BYTES)).toBeUndefined();
    expect(checkSettingsFileSize(MAX_SETTINGS_FILE_BYTES + 1)).toEqual({
      kind: 'too-large',
      bytes: MAX_SETTINGS_FILE_BYTES + 1,
    });
    const huge = file({ ...custom, deniedSites: ['a'.repeat(MAX_SETTINGS_FILE_BYTES)] });
    expect(problemsOf(huge)).toEqual([{ kind: 'too-large', bytes: huge.length }]);
  });

  it.each([
    ['', [{ kind: 'empty' }]],
    ['{"format": "viewpoint-lens-settings", ', [{ kind: 'not-json' }]],
    ['[1, 2]', [{ kind: 'not-settings-file' }]],
    ['{"theme": "dark"}', [{ kind: 'not-settings-file' }]],
    [JSON.stringify({ format: SETTINGS_FILE_FORMAT, settings: {} }), [{ kind: 'bad-version', found: 'undefined' }]],
    [file({}, '3'), [{ kind: 'bad-version', found: '"3"' }]],
    [file({}, 0), [{ kind: 'bad-version', found: '0' }]],
    [file({}, SETTINGS_VERSION + 1), [{ kind: 'newer-version', version: SETTINGS_VERSION + 1 }]],
    [file('all of them'), [{ kind: 'no-settings' }]],
  ])('explains what is wrong with %j', (text, expected) => {
    expect(problemsOf(text)).toMatchObject(expected);
  });

  it('names every bad, missing and unknown setting at once', () => {
    const { badge: _badge, ...withoutBadge } = custom;
    const problems = problemsOf(
      file({
        ...withoutBadge,
        hoverDelayMs: 5000,
        topics: { ...custom.topics, nvidia: 'no' },
        deniedSites: ['ok.com', 'not a host'],
        sparkle: true,
        glitter: 1,
        topicColors: { ...custom.topicColors, mistral: 'blue' },
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: 'invalid-setting', key: 'hoverDelayMs', path: 'hoverDelayMs', found: '5000' },
        { kind: 'invalid-setting', key: 'topics', path: 'topics.nvidia', found: '"no"' },
        { kind: 'invalid-setting', key: 'deniedSites', path: 'deniedSites.1', found: '"not a host"' },
        { kind: 'missing-settings', missing: [{ key: 'badge', path: 'badge' }] },
        { kind: 'unknown-setting', path: 'sparkle' },
        { kind: 'unknown-setting', path: 'glitter' },
        { kind: 'unknown-setting', path: 'topicColors.mistral' },
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('lists a dozen problems and counts the rest', () => {
    const everythingWrong = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((key) => [key, Symbol.name]));
    const extra = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`x${i}`, 1]));
    const problems = problemsOf(file({ ...everythingWrong, ...extra }));
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({
      kind: 'more',
      count: Object.keys(DEFAULT_SETTINGS).length + 10 - MAX_LISTED_PROBLEMS,
    });
  });

  it('puts a wrong value first and every missing setting on one line', () => {
    const problems = problemsOf(file({ theme: 'neon' }));
    expect(problems[0]).toEqual({ kind: 'invalid-setting', key: 'theme', path: 'theme', found: '"neon"' });
    expect(problems).toHaveLength(2);
    const missing = problems[1] as ImportProblem;
    expect(missing.kind === 'missing-settings' && missing.missing.map((m) => m.key)).toEqual(
      Object.keys(DEFAULT_SETTINGS).filter((key) => key !== 'theme'),
    );
    expect(describeImportProblem('en', missing)).toMatch(
      /^Missing: Highlighting on web pages \(enabled\), Topics \(topics\), .*Highlighting in code blocks \(highlightCode\)\.$/,
    );
  });

  it('describes problems in English and Chinese, with the setting’s name and what is expected', () => {
    const invalid: ImportProblem = {
      kind: 'invalid-setting',
      key: 'hoverDelayMs',
      path: 'hoverDelayMs',
      found: '5000',
    };
    expect(describeImportProblem('en', invalid)).toBe(
      'Wait before a card opens (hoverDelayMs): 5000 is not allowed; expected a whole number of milliseconds from 0 to 2000.',
    );
    expect(describeImportProblem('zh', invalid)).toBe(
      '“卡片打开前的等待时间”（hoverDelayMs）：不允许 5000；应为0 到 2000 之间的整数毫秒数。',
    );
    const colour: ImportProblem = {
      kind: 'invalid-setting',
      key: 'topicColors',
      path: 'topicColors.nvidia',
      found: '"red"',
    };
    expect(describeImportProblem('en', colour)).toContain(
      'one of "blue", "green", "orange", "purple", "vermilion", "grey"',
    );
    expect(describeImportProblem('en', { kind: 'too-large', bytes: 3 * 1024 * 1024 })).toBe(
      'The file is 3072 KB; a settings file is at most 1024 KB.',
    );
    expect(describeImportProblem('en', { kind: 'newer-version', version: 9 })).toContain(
      `settings version 9; this one reads up to ${SETTINGS_VERSION}`,
    );
    expect(
      describeImportProblem('zh', {
        kind: 'missing-settings',
        missing: [
          { key: 'badge', path: 'badge' },
          { key: 'topics', path: 'topics.nvidia' },
        ],
      }),
    ).toBe('缺少：“工具栏图标上的数量”（badge）、“话题”（topics.nvidia）。');
  });
});
