/**
 * Browser test (Chromium, built extension): the toolbar popup and the lookup page. Instant search
 * in both languages and scripts; the page's counts per topic, live, summed over frames; the button
 * that takes the page to a topic's next mention; the site switch and the global pause reaching the
 * open tab within a second, the site switch surviving a restart; what the popup says when there is
 * nothing to show; the toolbar badge; lookup.html?q= and ?topic=; the keyboard; axe.
 *
 * The popup is opened as a tab (`popup.html?tab=<id>`): opened that way its own tab is the active
 * one, so `?tab=` names the page it describes. `VL_SCREENSHOTS=1` also saves
 * docs/screenshots/popup-*.png (English and Chinese, light and dark).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClaimStore } from '../../src/claims/store';
import { collectErrors, type ExtensionBrowser, launchChromium } from '../harness/chromium';
import { ROOT } from '../harness/extension';
import { type Counts, expectedCounts, highlightCounts, settledCounts, waitForCounts } from '../harness/highlights';
import { badgeText, eventually, openPopup, openTab, patchSettings, storedSettings } from '../harness/popup';
import { startServer, type TestServer } from '../harness/server';

const ARTICLE: Counts = { deepseek: 13, openai: 14, nvidia: 7, distillation: 5 };
const NONE: Counts = { deepseek: 0, openai: 0, nvidia: 0, distillation: 0 };
/** Contract 6 / the issue: a change reaches open tabs within one second. */
const LIVE_MS = 1000;
const store = createClaimStore();

let server: TestServer;
let extraPages: string;

beforeAll(async () => {
  // A page without any mention, served beside the fixtures.
  extraPages = mkdtempSync(join(tmpdir(), 'viewpoint-lens-popup-'));
  writeFileSync(
    join(extraPages, 'plain.html'),
    '<!doctype html><html lang="en"><title>Plain</title><p>Weather today: sunny, light wind from the west.</p></html>',
  );
  server = await startServer({ '/popup-e2e/': extraPages });
});
afterAll(async () => {
  await server?.close();
  rmSync(extraPages, { recursive: true, force: true });
});

const articleIds = (popup: Page) =>
  popup.locator('article').evaluateAll((all) => all.map((a) => (a as HTMLElement).dataset.viewpoint ?? ''));

/** Types a query and waits for the results of exactly that query. */
async function search(popup: Page, query: string): Promise<string[]> {
  await popup.getByRole('searchbox').fill(query);
  // The count line names the query it belongs to: the results on screen are this query's.
  await popup.locator('.vl-results-count', { hasText: `“${query}”` }).waitFor();
  const expected = store.search(query).map((r) => r.viewpoint.id);
  return eventually(
    () => articleIds(popup),
    (ids) => ids.length === expected.length && ids.every((id) => expected.includes(id)),
  );
}

/** The popup's count for each topic, as shown. */
function shownCounts(popup: Page): Promise<Record<string, number>> {
  return popup
    .locator('[data-page-topic]')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((row) => [
          (row as HTMLElement).dataset.pageTopic,
          Number((row.querySelector('[data-count]') as HTMLElement | null)?.dataset.count ?? -1),
        ]),
      ),
    );
}

/** Whether the context menu item exists (updating a missing item is an error). */
function menuItemExists(browser: ExtensionBrowser, id = 'viewpoint-lens-lookup'): Promise<boolean> {
  return browser.worker.evaluate(async (item) => {
    const chrome = (
      globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }
    ).chrome;
    try {
      await chrome.contextMenus.update(item, {});
      return true;
    } catch {
      return false;
    }
  }, id);
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether some highlighted mention of a topic lies inside the viewport. */
function mentionInView(page: Page, topicId: string): Promise<boolean> {
  return page.evaluate((name) => {
    for (const r of CSS.highlights.get(name) ?? []) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const rect = range.getBoundingClientRect();
      if (rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight) return true;
    }
    return false;
  }, `viewpoint-lens-${topicId}`);
}

describe('popup and lookup page', () => {
  let browser: ExtensionBrowser;
  let article: Page;
  let tabId: number;
  let popup: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page: article, tabId } = await openTab(browser, server.url('/article.html')));
    await waitForCounts(article, ARTICLE);
    popup = await openPopup(browser, { tab: tabId });
    errors = collectErrors(popup);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the right viewpoints as you type, in either language and script, and nothing else', async () => {
    const simplified = await search(popup, '蒸馏');
    const traditional = await search(popup, '蒸餾');
    const english = await search(popup, 'distillation');
    expect(new Set(traditional)).toEqual(new Set(simplified));
    expect(new Set(english)).toEqual(new Set(simplified));
    // Every distillation viewpoint, each shown once, under its topic.
    expect(simplified).toHaveLength(6);
    expect(await popup.locator('[data-group="distillation"] article').count()).toBe(4);
    expect(await popup.getByRole('status').first().textContent()).toBe('6 viewpoints match “distillation”');

    const altman = await search(popup, 'Altman');
    expect(new Set(await search(popup, '奥特曼'))).toEqual(new Set(altman));
    expect(altman).toHaveLength(4);
    for (const id of altman) {
      const vp = store.viewpoint(id);
      const text = [vp?.speaker, vp?.summary.en, vp?.quote.exact, vp?.translation].join(' ');
      expect(text, id).toMatch(/altman|奥特曼/i);
    }

    expect(await search(popup, '36%')).toEqual(['kasi-openai-market-share-fell']);
    expect((await search(popup, '品牌')).sort()).toEqual([
      'kasi-openai-brand-and-channels',
      'kasi-openai-distribution-is-unique',
    ]);
    const local = await search(popup, 'local');
    expect(local).toHaveLength(4);
    for (const id of local) expect(store.viewpoint(id)?.themes).toContain('local-models');
    // The matched words are marked in what each result shows.
    for (const result of await popup.locator('article').all())
      expect(await result.locator('mark').count()).toBeGreaterThan(0);
  });

  it('expands a result to the full card content, and moves through results by keyboard', async () => {
    await search(popup, 'Altman');
    const input = popup.getByRole('searchbox');
    await input.focus();
    await popup.keyboard.press('ArrowDown');
    const first = popup.locator('article').first();
    const firstButton = first.getByRole('button', { expanded: false });
    await expect.poll(() => firstButton.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await first.locator('footer').count()).toBe(0);
    await popup.keyboard.press('Enter');
    await expect.poll(() => first.locator('footer').count()).toBe(1);
    expect(await first.locator('blockquote:not([hidden])').count()).toBe(1);
    expect(await first.getByRole('button', { expanded: true }).count()).toBe(1);
    await popup.keyboard.press('ArrowDown');
    const second = popup.locator('article').nth(1).locator('.vl-disclosure');
    expect(await second.evaluate((b) => b === document.activeElement)).toBe(true);
    await popup.keyboard.press('Escape');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('shows an empty state that suggests topics, and each topic opens its viewpoints', async () => {
    await popup.getByRole('searchbox').fill('qqqzzz');
    await popup.getByText('No viewpoint matches “qqqzzz”.').waitFor();
    await popup.locator('[data-suggest-topic="nvidia"]').click();
    await expect.poll(() => popup.locator('article').count()).toBe(21);
    expect(await popup.getByRole('heading', { name: 'Viewpoints on Nvidia' }).count()).toBe(1);
    await popup.getByRole('button', { name: 'All topics' }).click();
    const topics = popup.locator('[data-topic]');
    await expect.poll(() => topics.count()).toBe(4);
    expect(await topics.locator('strong').allTextContents()).toEqual(['DeepSeek', 'OpenAI', 'Nvidia', 'Distillation']);
    expect(await topics.first().textContent()).toContain('33 viewpoints');
  });

  it('remembers the last query for the session', async () => {
    await popup.getByRole('searchbox').fill('英伟达');
    await eventually(
      () => articleIds(popup),
      (ids) => ids.length > 0,
    );
    await popup.close();
    popup = await openPopup(browser, { tab: tabId });
    errors = collectErrors(popup);
    expect(await popup.getByRole('searchbox').inputValue()).toBe('英伟达');
    await expect.poll(() => articleIds(popup).then((ids) => ids.length)).toBe(store.search('英伟达').length);
    await popup.getByRole('searchbox').fill('');
  });

  it("shows the page's mentions per topic, and follows the page as it changes", async () => {
    await expect.poll(() => shownCounts(popup)).toEqual(ARTICLE);
    expect(await popup.locator('[data-total]').textContent()).toBe('39 mentions');
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added-by-test';
      p.textContent = 'DeepSeek and Nvidia, once more.';
      document.body.append(p);
    });
    await expect.poll(() => shownCounts(popup), { timeout: 3000 }).toEqual({ ...ARTICLE, deepseek: 14, nvidia: 8 });
    await article.evaluate(() => document.getElementById('added-by-test')?.remove());
    await expect.poll(() => shownCounts(popup), { timeout: 3000 }).toEqual(ARTICLE);
  });

  it('takes the page to the next mention of a topic and opens its card', async () => {
    await article.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await article.evaluate(() => window.scrollY);
    expect(await mentionInView(article, 'deepseek')).toBe(false);
    await popup.getByRole('button', { name: 'Go to the next mention of DeepSeek' }).click();
    await expect.poll(() => article.evaluate(() => window.scrollY)).not.toBe(before);
    expect(await mentionInView(article, 'deepseek')).toBe(true);
    const card = article.getByRole('dialog', { name: /DeepSeek/ });
    await expect.poll(() => card.count()).toBe(1);
    expect(await popup.locator('.vl-note').textContent()).toBe('');
  });

  it('sums the mentions of all frames', async () => {
    const { page, tabId: framed } = await openTab(browser, server.url('/iframe.html'));
    expect(page.frames().length).toBeGreaterThan(1);
    const sum: Counts = { ...NONE };
    for (const frame of page.frames()) {
      const expected = await expectedCounts(frame);
      await waitForCounts(frame, expected);
      for (const id of Object.keys(sum) as (keyof Counts)[]) sum[id] += expected[id];
    }
    expect(sum).not.toEqual(await expectedCounts(page));
    const framesPopup = await openPopup(browser, { tab: framed });
    await expect.poll(() => shownCounts(framesPopup)).toEqual(sum);
    // A frame the page removes no longer counts.
    const child = await expectedCounts(page.frames().find((f) => f.url().endsWith('iframe-child.html')) as Frame);
    await page.evaluate(() => document.querySelector('iframe[src="iframe-child.html"]')?.remove());
    const less: Counts = { ...sum };
    for (const id of Object.keys(less) as (keyof Counts)[]) less[id] -= child[id];
    await expect.poll(() => shownCounts(framesPopup), { timeout: 3000 }).toEqual(less);
    await framesPopup.close();
    await page.close();
  });

  it('turns the extension off for the site and on again, reaching the tab within a second', async () => {
    const site = popup.getByRole('switch', { name: 'On this site' });
    expect(await site.isChecked()).toBe(true);
    await site.uncheck();
    await waitForCounts(article, NONE, LIVE_MS);
    expect((await storedSettings(browser)).deniedSites).toEqual(['127.0.0.1']);
    await popup.getByText('Viewpoint Lens is off on 127.0.0.1.').waitFor();
    expect(await popup.locator('[data-page-topic]').count()).toBe(0);
    await site.check();
    await waitForCounts(article, ARTICLE, LIVE_MS);
    expect((await storedSettings(browser)).deniedSites).toEqual([]);
    await expect.poll(() => shownCounts(popup)).toEqual(ARTICLE);
  });

  it('pauses everywhere and resumes', async () => {
    const pause = popup.getByRole('switch', { name: 'Pause on all sites' });
    await pause.check();
    await waitForCounts(article, NONE, LIVE_MS);
    expect((await storedSettings(browser)).enabled).toBe(false);
    await popup.getByText('Paused on all sites: nothing is highlighted anywhere.').waitFor();
    await pause.uncheck();
    await waitForCounts(article, ARTICLE, LIVE_MS);
    expect((await storedSettings(browser)).enabled).toBe(true);
  });

  it('says why when there is nothing to show', async () => {
    const plain = await openTab(browser, server.url('/popup-e2e/plain.html'));
    const plainPopup = await openPopup(browser, { tab: plain.tabId });
    await plainPopup
      .getByText('No mentions of DeepSeek, OpenAI, Nvidia or distillation on this page.')
      .waitFor({ timeout: 3000 });
    // A tab with no content script (the extension cannot see its URL without a click on its button).
    const blank = await openTab(browser, 'about:blank');
    const blankPopup = await openPopup(browser, { tab: blank.tabId });
    await blankPopup.getByText(/^Viewpoint Lens cannot read this tab\./).waitFor({ timeout: 3000 });
    expect(await blankPopup.getByRole('switch', { name: 'On this site' }).count()).toBe(0);
    // The global pause stays within reach.
    expect(await blankPopup.getByRole('switch', { name: 'Pause on all sites' }).count()).toBe(1);
    for (const page of [plainPopup, blankPopup, plain.page, blank.page]) await page.close();
  });

  it('shows the number of mentions on the toolbar badge, per tab, with the badge setting', async () => {
    await expect.poll(() => badgeText(browser, tabId)).toBe('39');
    await patchSettings(browser, { badge: false });
    await expect.poll(() => badgeText(browser, tabId)).toBe('');
    await patchSettings(browser, { badge: true });
    await expect.poll(() => badgeText(browser, tabId)).toBe('39');
    // Another tab has its own count, and a navigation clears the old one.
    const other = await openTab(browser, server.url('/english-news.html'));
    const counts = await expectedCounts(other.page);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    await expect.poll(() => badgeText(browser, other.tabId)).toBe(String(total));
    expect(await badgeText(browser, tabId)).toBe('39');
    await other.page.goto(server.url('/popup-e2e/plain.html'));
    await expect.poll(() => badgeText(browser, other.tabId)).toBe('');
    await other.page.close();
  });

  it('registers the look-up item in the context menu', async () => {
    // Updating an item that does not exist fails: this is how the worker can tell it is there.
    expect(await menuItemExists(browser)).toBe(true);
    expect(await menuItemExists(browser, 'no-such-item')).toBe(false);
  });

  it('shows a query from lookup.html?q= and a topic from ?topic=', async () => {
    const lookup = await openPopup(browser, { q: 'Altman' }, 'lookup.html');
    const lookupErrors = collectErrors(lookup);
    await expect
      .poll(() => articleIds(lookup).then((ids) => ids.sort()))
      .toEqual(
        store
          .search('Altman')
          .map((r) => r.viewpoint.id)
          .sort(),
      );
    expect(await lookup.getByRole('searchbox').inputValue()).toBe('Altman');
    expect(await lookup.title()).toBe('Viewpoint Lens — look up viewpoints');
    // Without ?tab= it describes no page.
    expect(await lookup.getByRole('heading', { name: 'On this page' }).count()).toBe(0);
    await lookup.goto(lookup.url().replace(/\?.*$/, '?topic=distillation'));
    await expect.poll(() => lookup.locator('article').count()).toBe(6);
    expect(await lookup.getByRole('searchbox').inputValue()).toBe('');
    expect(lookupErrors).toEqual([]);
    await lookup.close();
  });

  it('passes axe: browsing with the page summary, results with one open, dark, Chinese, the lookup page', async () => {
    await popup.getByRole('searchbox').fill('');
    await expect.poll(() => shownCounts(popup)).toEqual(ARTICLE);
    expect(await axeViolations(popup)).toEqual([]);
    await search(popup, '蒸馏');
    await popup.locator('.vl-disclosure').first().click();
    expect(await axeViolations(popup)).toEqual([]);
    await patchSettings(browser, { theme: 'dark', language: 'zh' });
    await popup.getByRole('searchbox', { name: '搜索全部观点' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.className)).toContain('vl-theme-dark');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('searchbox').fill('');
    await expect.poll(() => shownCounts(popup)).toEqual(ARTICLE);
    expect(await axeViolations(popup)).toEqual([]);
    await patchSettings(browser, { theme: 'auto', language: 'auto' });
    const lookup = await openPopup(browser, { q: 'local', tab: tabId }, 'lookup.html');
    await expect.poll(() => lookup.locator('article').count()).toBe(4);
    expect(await axeViolations(lookup)).toEqual([]);
    await lookup.close();
    expect(errors).toEqual([]);
  });

  it.skipIf(!process.env.VL_SCREENSHOTS)('saves screenshots of the popup', async () => {
    const shots = resolve(ROOT, 'docs/screenshots');
    // Still pictures: no chevron caught half-turned, no hover underline under the pointer.
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    for (const [language, theme] of [
      ['en', 'light'],
      ['en', 'dark'],
      ['zh', 'light'],
      ['zh', 'dark'],
    ] as const) {
      await patchSettings(browser, { language, theme });
      await popup.getByRole('searchbox').fill('');
      await popup.locator(`html.vl-theme-${theme}`).waitFor({ state: 'attached' });
      await popup
        .getByRole('searchbox', { name: language === 'en' ? 'Search all viewpoints' : '搜索全部观点' })
        .waitFor();
      await expect.poll(() => shownCounts(popup)).toEqual(ARTICLE);
      await popup.locator('main').evaluate((main) => main.scrollTo(0, 0));
      await popup.screenshot({ path: join(shots, `popup-${language}-${theme}.png`) });
      await search(popup, language === 'en' ? 'Altman' : '蒸馏');
      await popup.locator('.vl-disclosure').first().click();
      await popup.mouse.move(0, 0);
      await popup.getByRole('searchbox').blur();
      await popup.screenshot({ path: join(shots, `popup-search-${language}-${theme}.png`) });
    }
    await patchSettings(browser, { language: 'auto', theme: 'auto' });
    await popup.getByRole('searchbox').fill('');
  });
});

describe('site switch across a browser restart', () => {
  it('keeps the site off after a restart, and turns it on again', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'viewpoint-lens-popup-profile-'));
    try {
      let browser = await launchChromium({ userDataDir: profile });
      let tab = await openTab(browser, server.url('/article.html'));
      await waitForCounts(tab.page, ARTICLE);
      let popup = await openPopup(browser, { tab: tab.tabId });
      await popup.getByRole('switch', { name: 'On this site' }).uncheck();
      await waitForCounts(tab.page, NONE, LIVE_MS);
      await browser.close(true);

      browser = await launchChromium({ userDataDir: profile });
      tab = await openTab(browser, server.url('/article.html'));
      popup = await openPopup(browser, { tab: tab.tabId });
      const site = popup.getByRole('switch', { name: 'On this site' });
      await site.waitFor();
      expect(await menuItemExists(browser)).toBe(true);
      expect(await site.isChecked()).toBe(false);
      expect(await settledCounts(tab.page)).toEqual(NONE);
      await site.check();
      await waitForCounts(tab.page, ARTICLE, LIVE_MS);
      expect(await highlightCounts(tab.page)).toEqual(ARTICLE);
      await browser.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
