import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../topics/topics';
import {
  highlightCss,
  highlightDeclarations,
  isDefaultHighlightLook,
  PALETTE,
  topicHighlightRule,
} from './highlight-palette';
import { DEFAULT_SETTINGS, HIGHLIGHT_COLORS } from './schema';

const squash = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:])\s*/g, '$1')
    .trim();

describe('highlight palette', () => {
  it('has a swatch for every colour a setting can hold', () => {
    expect(Object.keys(PALETTE).sort()).toEqual([...HIGHLIGHT_COLORS].sort());
  });

  it('matches the manifest CSS that paints the defaults', () => {
    // highlights.css is what pages show when no sheet of ours is added: it must equal the defaults.
    const manifest = readFileSync(resolve(import.meta.dirname, '../../entrypoints/content/highlights.css'), 'utf8');
    const defaults = TOPIC_IDS.map((id) => topicHighlightRule(id, DEFAULT_SETTINGS)).join('\n');
    expect(squash(manifest)).toBe(squash(defaults));
  });

  it('gives each style its background and underline, always setting both', () => {
    expect(highlightDeclarations('background', 'blue')).toEqual({
      'background-color': PALETTE.blue.background,
      'text-decoration': 'none',
      'text-underline-offset': '2px',
    });
    expect(highlightDeclarations('underline', 'orange')).toMatchObject({
      'background-color': 'transparent',
      'text-decoration': `underline 2px ${PALETTE.orange.line}`,
    });
    expect(highlightDeclarations('both', 'grey')).toMatchObject({
      'background-color': PALETTE.grey.background,
      'text-decoration': `underline 2px ${PALETTE.grey.line}`,
    });
  });

  it('writes one rule per topic, with more specificity than the manifest rule', () => {
    const css = highlightCss({
      highlightStyle: 'underline',
      topicColors: { ...DEFAULT_SETTINGS.topicColors, nvidia: 'grey' },
    });
    for (const id of TOPIC_IDS) expect(css).toContain(`:is(:root, :root *)::highlight(viewpoint-lens-${id}) {`);
    const nvidia = css.slice(css.indexOf('viewpoint-lens-nvidia'));
    expect(nvidia.slice(0, nvidia.indexOf('}'))).toContain(`underline 2px ${PALETTE.grey.line}`);
    expect(css.match(/\{/g)).toHaveLength(TOPIC_IDS.length);
  });

  it('knows when the look is the default one', () => {
    expect(isDefaultHighlightLook(DEFAULT_SETTINGS)).toBe(true);
    expect(isDefaultHighlightLook({ ...DEFAULT_SETTINGS, highlightStyle: 'background' })).toBe(false);
    expect(
      isDefaultHighlightLook({ ...DEFAULT_SETTINGS, topicColors: { ...DEFAULT_SETTINGS.topicColors, openai: 'blue' } }),
    ).toBe(false);
  });
});
