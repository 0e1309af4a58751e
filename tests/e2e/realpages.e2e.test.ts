/**
 * Browser test (Chromium, built extension): the 130 real saved pages of ../shared/realpages
 * (read from there, never copied). On every page: no error from the extension, the page's markup
 * and root attributes exactly as in a browser without the extension, and no highlight inside
 * script, style or JSON. Every highlight made is listed in the output.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockNetwork, makeDeterministic } from '../harness/chromium';
import { pageSnapshot, settledCounts } from '../harness/highlights';
import { card, hoverMention } from '../harness/mentions';
import { REAL_PAGES } from '../harness/server';
import { useExtensionBrowser } from '../harness/setup';

const available = existsSync(REAL_PAGES);
const pages = available ? readdirSync(REAL_PAGES).filter((n) => n.endsWith('.html')) : [];

const env = useExtensionBrowser({ plain: true });

beforeAll(async () => {
  if (!available) return;
  await blockNetwork(env.browser.context);
  await makeDeterministic(env.browser.context);
});

/** Where each highlight sits: its text and the tag names from its parent up to <html>. */
function highlightPlaces(page: Page) {
  return page.evaluate(() => {
    const out: Array<{ topic: string; text: string; path: string[] }> = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('viewpoint-lens-')) continue;
      for (const range of highlight as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const path: string[] = [];
        for (let el = range.startContainer.parentElement; el; el = el.parentElement) path.push(el.tagName);
        out.push({ topic: name.slice('viewpoint-lens-'.length), text: live.toString(), path });
      }
    }
    return out;
  });
}

/** Loads a page with scripts' network requests blocked, and waits for it to settle. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
}

/** Loads one real page with and without the extension; returns its highlights and problems. */
async function checkPage(name: string, plainContext: BrowserContext): Promise<{ found: string[]; failures: string[] }> {
  const found: string[] = [];
  const failures: string[] = [];
  const extensionId = env.browser.extensionId;
  const page = await env.browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.includes(extensionId)) errors.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (String(e.stack).includes(extensionId)) errors.push(String(e));
  });
  const reference = await plainContext.newPage();
  const url = env.server.url(`/real/${name}`);
  await Promise.all([open(page, url), open(reference, url)]);
  await settledCounts(page, 300);
  for (const place of await highlightPlaces(page)) {
    found.push(`${name}: ${place.topic} "${place.text}" in ${place.path.slice(0, 3).join(' < ')}`);
    if (place.path.some((tag) => ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE'].includes(tag))) {
      failures.push(`${name}: highlight inside ${place.path.join('<')}`);
    }
  }
  const [mine, theirs] = await Promise.all([pageSnapshot(page), pageSnapshot(reference)]);
  if (mine !== theirs) failures.push(`${name}: the page differs from the same page without the extension`);
  if (errors.length) failures.push(`${name}: extension errors ${errors.join(' | ')}`);
  await Promise.all([page.close(), reference.close()]);
  return { found, failures };
}

describe.skipIf(!available)('real pages', () => {
  it(`loads all ${pages.length} real pages without errors, changes or highlights in code`, async () => {
    const found: string[] = [];
    const failures: string[] = [];
    const plainContext = await env.plain.newContext({ viewport: { width: 1280, height: 800 } });
    await makeDeterministic(plainContext);
    await plainContext.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|about:)/, (route) => route.abort());
    // Two pages at a time: the machine has two cores, and a page mostly waits on the renderer.
    const queue = [...pages];
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const result = await checkPage(name, plainContext);
        found.push(...result.found);
        failures.push(...result.failures);
      }
    };
    await Promise.all([worker(), worker()]);
    await plainContext.close();
    found.sort();
    console.log(`Highlights on the ${pages.length} real pages (${found.length}):\n${found.join('\n') || '(none)'}`);
    expect(failures).toEqual([]);
    // The corpus's own README: engadget mentions NVIDIA once in its text; theverge only in JSON.
    expect(found.filter((f) => f.startsWith('engadget')).length).toBeGreaterThanOrEqual(1);
    expect(found.filter((f) => f.startsWith('theverge'))).toEqual([]);
  }, 600_000);

  it('shows a readable card on a real page, whatever its styles', async () => {
    const page = await env.browser.context.newPage();
    await open(page, env.server.url('/real/engadget.html'));
    await settledCounts(page, 300);
    await hoverMention(page, 'nvidia');
    await card(page).locator('article').first().waitFor();
    const look = await card(page).evaluate((dialog) => ({
      title: getComputedStyle(dialog.querySelector('h2') as Element).fontSize,
      summary: getComputedStyle(dialog.querySelector('.vl-summary') as Element).fontSize,
      width: Math.round(dialog.getBoundingClientRect().width),
    }));
    expect(look).toEqual({ title: '16px', summary: '14px', width: 420 });
    await page.close();
  });
});
