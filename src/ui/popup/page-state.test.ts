import { describe, expect, it } from 'vitest';
import type { PageStatus } from '../../messaging/protocol';
import { DEFAULT_SETTINGS } from '../../settings/schema';
import { classifyUrl, describePage, pageMessage } from './page-state';

const ZERO = { deepseek: 0, openai: 0, nvidia: 0, distillation: 0 };
const ARTICLE = { deepseek: 13, openai: 14, nvidia: 7, distillation: 5 };
const status = (state: PageStatus['state'], counts = ARTICLE, host = 'example.com'): PageStatus => ({
  state,
  host,
  contentType: 'text/html',
  counts,
});

describe('classifyUrl', () => {
  it('tells web pages, PDFs, local files and browser pages apart', () => {
    expect(classifyUrl('https://example.com/news')).toBe('web');
    expect(classifyUrl('http://127.0.0.1:8080/article.html')).toBe('web');
    expect(classifyUrl('https://example.com/report.PDF?download=1')).toBe('pdf');
    expect(classifyUrl('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe('pdf');
    expect(classifyUrl('file:///home/me/notes.html')).toBe('file');
    expect(classifyUrl('file:///home/me/paper.pdf')).toBe('file');
    for (const url of [
      'chrome://newtab/',
      'edge://settings',
      'about:blank',
      'view-source:https://example.com/',
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/en-US/firefox/',
    ]) {
      expect(classifyUrl(url), url).toBe('browser-page');
    }
  });

  it('is unknown without a URL (no activeTab grant) or with one it cannot read', () => {
    expect(classifyUrl(undefined)).toBe('unknown');
    expect(classifyUrl('')).toBe('unknown');
    expect(classifyUrl('not a url')).toBe('unknown');
    expect(classifyUrl('ftp://example.com/a')).toBe('unknown');
  });

  it('does not take a page that merely mentions .pdf for a PDF', () => {
    expect(classifyUrl('https://example.com/pdf-tools/')).toBe('web');
    expect(classifyUrl('https://example.com/a.pdf.html')).toBe('web');
  });
});

describe('describePage', () => {
  it('uses the counts summed over frames when the background has them', () => {
    const frames = { deepseek: 14, openai: 16, nvidia: 7, distillation: 6 };
    expect(describePage({ tabFound: true, status: status('active'), counts: frames })).toEqual({
      kind: 'page',
      state: 'active',
      host: 'example.com',
      counts: frames,
      total: 43,
      pdf: false,
    });
  });

  it('knows a PDF by the document type its content script reports, when the URL is not shared', () => {
    const pdf = { ...status('active', ZERO), contentType: 'application/pdf' };
    expect(describePage({ tabFound: true, status: pdf })).toMatchObject({ kind: 'page', pdf: true });
  });

  it("falls back to the top frame's counts while the background has not heard from the page", () => {
    const view = describePage({ tabFound: true, status: status('active'), counts: ZERO });
    expect(view).toMatchObject({ kind: 'page', counts: ARTICLE, total: 39 });
    expect(describePage({ tabFound: true, status: status('active') })).toMatchObject({ total: 39 });
  });

  it('explains a tab where no content script answers, by its URL', () => {
    expect(describePage({ tabFound: false })).toEqual({ kind: 'gone' });
    expect(describePage({ tabFound: true, url: 'chrome://settings/' })).toEqual({
      kind: 'unreadable',
      reason: 'browser-page',
    });
    expect(describePage({ tabFound: true, url: 'https://x.org/a.pdf' })).toEqual({ kind: 'unreadable', reason: 'pdf' });
    expect(describePage({ tabFound: true, url: 'file:///a.html' })).toEqual({ kind: 'unreadable', reason: 'file' });
    expect(describePage({ tabFound: true, url: 'https://x.org/' })).toEqual({
      kind: 'unreadable',
      reason: 'not-loaded',
    });
    expect(describePage({ tabFound: true })).toEqual({ kind: 'unreadable', reason: 'unknown' });
  });

  it('waits for a loading page instead of calling it unreadable', () => {
    expect(describePage({ tabFound: true, loading: true, url: 'https://x.org/' })).toEqual({ kind: 'loading' });
    expect(describePage({ tabFound: true, loading: true })).toEqual({ kind: 'loading' });
    expect(describePage({ tabFound: true, loading: true, url: 'chrome://newtab/' })).toMatchObject({
      kind: 'unreadable',
    });
  });

  it('marks a PDF viewer that a content script reached', () => {
    const view = describePage({ tabFound: true, url: 'https://x.org/a.pdf', status: status('active', ZERO) });
    expect(view).toMatchObject({ kind: 'page', pdf: true, total: 0 });
  });
});

describe('pageMessage', () => {
  const page = (state: PageStatus['state'], counts = ARTICLE) =>
    describePage({ tabFound: true, status: status(state, counts) });

  it('says nothing when there are mentions to show', () => {
    expect(pageMessage(page('active'), DEFAULT_SETTINGS)).toBeUndefined();
  });

  it('says why nothing is shown', () => {
    expect(pageMessage(page('paused', ZERO), DEFAULT_SETTINGS)).toEqual(['pagePaused']);
    expect(pageMessage(page('site-disabled', ZERO), DEFAULT_SETTINGS)).toEqual(['pageSiteOff', 'example.com']);
    expect(pageMessage(page('active', ZERO), DEFAULT_SETTINGS)).toEqual(['pageNoMentions']);
    const allOff = {
      ...DEFAULT_SETTINGS,
      topics: { deepseek: false, openai: false, nvidia: false, distillation: false },
    };
    expect(pageMessage(page('active', ZERO), allOff)).toEqual(['pageTopicsOff']);
    expect(pageMessage({ kind: 'unreadable', reason: 'browser-page' }, DEFAULT_SETTINGS)).toEqual(['pageBrowserPage']);
    expect(pageMessage({ kind: 'unreadable', reason: 'pdf' }, DEFAULT_SETTINGS)).toEqual(['pagePdf']);
    expect(pageMessage({ kind: 'unreadable', reason: 'file' }, DEFAULT_SETTINGS)).toEqual(['pageFile']);
    expect(pageMessage({ kind: 'unreadable', reason: 'not-loaded' }, DEFAULT_SETTINGS)).toEqual(['pageNotLoaded']);
    expect(pageMessage({ kind: 'unreadable', reason: 'unknown' }, DEFAULT_SETTINGS)).toEqual(['pageUnreachable']);
    expect(pageMessage({ kind: 'loading' }, DEFAULT_SETTINGS)).toEqual(['loading']);
    const pdf = describePage({ tabFound: true, url: 'https://x.org/a.pdf', status: status('active', ZERO) });
    expect(pageMessage(pdf, DEFAULT_SETTINGS)).toEqual(['pagePdf']);
  });

  it('puts the pause before a site rule: the pause is what the reader must undo first', () => {
    expect(
      pageMessage(page('paused', ZERO), { ...DEFAULT_SETTINGS, enabled: false, deniedSites: ['example.com'] }),
    ).toEqual(['pagePaused']);
  });
});
