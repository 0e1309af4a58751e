// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PALETTE } from '../settings/highlight-palette';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { applyHighlightStyle } from './highlight-style';
import { setBody } from './set-body.test-helper';

const underline = { ...DEFAULT_SETTINGS, highlightStyle: 'underline' as const };
const ours = () => [...document.adoptedStyleSheets].filter((sheet) => sheetText(sheet).includes('viewpoint-lens-'));
const sheetText = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n');

afterEach(() => {
  document.adoptedStyleSheets = [];
});

describe('applyHighlightStyle', () => {
  it('adds nothing while the look is the default one (the manifest CSS shows it)', () => {
    applyHighlightStyle(document, DEFAULT_SETTINGS, new AbortController().signal);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('adds one sheet for a non-default look and keeps the page’s own sheets', () => {
    const pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('p { color: red; }');
    document.adoptedStyleSheets = [pageSheet];
    applyHighlightStyle(document, underline, new AbortController().signal);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(sheetText(ours()[0] as CSSStyleSheet)).toContain('viewpoint-lens-nvidia');
  });

  it('updates its sheet in place, and removes it when the look is back to default', () => {
    const lifetime = new AbortController();
    applyHighlightStyle(document, underline, lifetime.signal);
    const sheet = ours()[0];
    applyHighlightStyle(
      document,
      { ...underline, topicColors: { ...DEFAULT_SETTINGS.topicColors, nvidia: 'grey' } },
      lifetime.signal,
    );
    expect(ours()).toEqual([sheet]);
    expect(sheetText(sheet as CSSStyleSheet)).toContain(PALETTE.grey.line);
    applyHighlightStyle(document, DEFAULT_SETTINGS, lifetime.signal);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    applyHighlightStyle(document, underline, lifetime.signal);
    expect(ours()).toEqual([sheet]);
  });

  it('removes its sheet, and only its sheet, when the lifetime ends', () => {
    const pageSheet = new CSSStyleSheet();
    const lifetime = new AbortController();
    applyHighlightStyle(document, underline, lifetime.signal);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
    lifetime.abort();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    applyHighlightStyle(document, underline, lifetime.signal);
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('adds its sheet back when the page replaced the array', () => {
    const lifetime = new AbortController();
    applyHighlightStyle(document, underline, lifetime.signal);
    document.adoptedStyleSheets = [];
    applyHighlightStyle(document, { ...underline, highlightStyle: 'background' }, lifetime.signal);
    expect(ours()).toHaveLength(1);
  });

  it('replaces the sheet of an earlier lifetime instead of stacking a second one', () => {
    applyHighlightStyle(document, underline, new AbortController().signal);
    applyHighlightStyle(document, underline, new AbortController().signal);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  it('changes no node or attribute of the page', () => {
    setBody('<p class="x">Nvidia</p>');
    const before = document.documentElement.outerHTML;
    applyHighlightStyle(document, underline, new AbortController().signal);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
