/**
 * Browser test (Chromium, built extension): the options page against open tabs. Site rules and
 * the global pause take highlights away within a second and bring them back; style and colour
 * changes repaint an open tab (strict CSP included); export and import go through a real
 * download and file chooser; settings survive a restart; axe finds nothing in light, dark and
 * Chinese. (Unchecking a topic is foundation.e2e.test.ts's.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, type ExtensionBrowser, launchChromium } from '../harness/chromium';
import { type Counts, expectedCounts, pageSnapshot, waitForCounts } from '../harness/highlights';
import { startServer, type TestServer } from '../harness/server';

const ARTICLE: Counts = { deepseek: 13, openai: 14, nvidia: 7, distillation: 5 };
const NONE: Counts = { deepseek: 0, openai: 0, nvidia: 0, distillation: 0 };
/** Contract 6: a change reaches every open tab within one second. */
const LIVE_MS = 1000;

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** Opens the demo article and waits for all its highlights; marks the window to detect a reload. */
async function openArticle(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  await waitForCounts(page, ARTICLE);
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  return page;
}

async function notReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const options = await browser.extensionPage('options.html');
  await options.getByRole('main').waitFor();
  await options.locator('input[type="checkbox"]').first().waitFor();
  return options;
}

/** What the extension has stored, read in its service worker. */
function storedSettings(browser: ExtensionBrowser): Promise<Record<string, unknown> | undefined> {
  return browser.worker.evaluate(async () => {
    type Area = { get(key: string): Promise<Record<string, unknown>> };
    const storage = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome.storage;
    return ((await storage.sync.get('settings')).settings ?? (await storage.local.get('settings')).settings) as
      | Record<string, unknown>
      | undefined;
  });
}

async function waitForStored(browser: ExtensionBrowser, check: (s: Record<string, unknown>) => boolean) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const stored = await storedSettings(browser);
    if (stored && check(stored)) return stored;
    if (Date.now() > deadline) throw new Error(`stored settings never matched: ${JSON.stringify(stored)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Reads until the value equals `expected` (or time runs out) and returns the last value read. */
async function eventually<T>(read: () => Promise<T>, expected: T, ms = 3000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

async function addSite(options: Page, list: 'denied' | 'allowed', host: string) {
  const group = options.locator(`[data-list="${list}"]`);
  await group.getByRole('textbox').fill(host);
  await group.getByRole('textbox').press('Enter');
}

/** The computed `::highlight()` style of a topic, as the page's own scripts would read it. */
function highlightStyle(page: Page, topic: string) {
  return page.evaluate((name) => {
    const style = getComputedStyle(document.body, `::highlight(${name})`);
    return {
      background: style.backgroundColor,
      line: style.textDecorationLine,
      lineColor: style.textDecorationColor,
    };
  }, `viewpoint-lens-${topic}`);
}

async function waitForStyle(page: Page, topic: string, expected: Partial<Awaited<ReturnType<typeof highlightStyle>>>) {
  const deadline = Date.now() + LIVE_MS;
  let seen = await highlightStyle(page, topic);
  while (!Object.entries(expected).every(([key, value]) => seen[key as keyof typeof seen] === value)) {
    if (Date.now() > deadline)
      throw new Error(`${topic} style ${JSON.stringify(seen)} never became ${JSON.stringify(expected)}`);
    await new Promise((r) => setTimeout(r, 25));
    seen = await highlightStyle(page, topic);
  }
  return seen;
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('options page with open tabs', () => {
  let browser: ExtensionBrowser;
  let options: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    options = await openOptions(browser);
    errors = collectErrors(options);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes highlights away from a denied site at once, and gives them back', async () => {
    const page = await openArticle(browser);
    const before = await pageSnapshot(page);
    // A reader changes settings in the tab in front; Chromium throttles the frames of a tab behind.
    await options.bringToFront();

    await addSite(options, 'denied', 'http://127.0.0.1/article.html');
    await waitForCounts(page, NONE, LIVE_MS);
    const denied = options.locator('[data-list="denied"] .site-name');
    expect(await eventually(() => denied.allTextContents(), ['127.0.0.1'])).toEqual(['127.0.0.1']);
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await waitForCounts(page, ARTICLE, LIVE_MS);

    // "Only on these sites" with an empty list runs nowhere; listing this site brings it back.
    await options.getByRole('checkbox', { name: 'Run only on the sites listed below' }).check();
    await waitForCounts(page, NONE, LIVE_MS);
    await addSite(options, 'allowed', '127.0.0.1');
    await waitForCounts(page, ARTICLE, LIVE_MS);
    await addSite(options, 'allowed', 'example.com');
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await waitForCounts(page, NONE, LIVE_MS);
    await options.getByRole('checkbox', { name: 'Run only on the sites listed below' }).uncheck();
    await waitForCounts(page, ARTICLE, LIVE_MS);

    // The global pause.
    await options.getByRole('checkbox', { name: 'Highlight mentions on web pages' }).uncheck();
    await waitForCounts(page, NONE, LIVE_MS);
    await options.getByRole('checkbox', { name: 'Highlight mentions on web pages' }).check();
    await waitForCounts(page, ARTICLE, LIVE_MS);

    expect(await notReloaded(page)).toBe(true);
    expect(await pageSnapshot(page)).toBe(before);
    expect(await eventually(() => options.getByRole('status').textContent(), 'Saved')).toBe('Saved');
    await page.close();
  });

  it('repaints an open tab when the style or a colour changes, strict CSP included', async () => {
    const article = await openArticle(browser);
    const strict = await browser.context.newPage();
    await strict.goto(server.url('/options-style.strict-csp.html'));
    await waitForCounts(strict, await expectedCounts(strict));
    const before = await pageSnapshot(strict);
    await options.bringToFront();

    // The defaults come from the manifest CSS (entrypoints/content/highlights.css).
    for (const page of [article, strict]) {
      await waitForStyle(page, 'nvidia', {
        background: 'rgba(230, 159, 0, 0.3)',
        line: 'underline',
        lineColor: 'rgb(213, 94, 0)',
      });
    }

    await options.getByRole('radio', { name: 'An underline' }).check();
    for (const page of [article, strict]) {
      await waitForStyle(page, 'nvidia', { background: 'rgba(0, 0, 0, 0)', line: 'underline' });
      await waitForStyle(page, 'openai', { background: 'rgba(0, 0, 0, 0)', lineColor: 'rgb(0, 158, 115)' });
    }
    await options.getByRole('combobox', { name: 'Nvidia colour' }).selectOption({ label: 'Grey' });
    for (const page of [article, strict]) {
      await waitForStyle(page, 'nvidia', { background: 'rgba(0, 0, 0, 0)', lineColor: 'rgb(128, 128, 128)' });
    }
    await options.getByRole('radio', { name: 'A background colour' }).check();
    await waitForStyle(article, 'nvidia', { background: 'rgba(128, 128, 128, 0.25)', line: 'none' });

    // A page that replaces its adopted style sheets drops ours; its next change brings ours back.
    await article.evaluate(() => {
      document.adoptedStyleSheets = [];
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later: Nvidia.' }));
    });
    await waitForStyle(article, 'nvidia', { background: 'rgba(128, 128, 128, 0.25)', line: 'none' });

    // Back to the defaults: our sheet goes and the manifest CSS shows again.
    await options.getByRole('radio', { name: 'Both' }).check();
    await options.getByRole('combobox', { name: 'Nvidia colour' }).selectOption({ label: 'Orange' });
    for (const page of [article, strict]) {
      await waitForStyle(page, 'nvidia', { background: 'rgba(230, 159, 0, 0.3)', lineColor: 'rgb(213, 94, 0)' });
    }
    expect(await strict.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await pageSnapshot(strict)).toBe(before);
    expect(await notReloaded(article)).toBe(true);
    await article.close();
    await strict.close();
  });

  it('exports a settings file and imports it back, refusing a bad one whole', async () => {
    await options.getByRole('radio', { name: 'Dark' }).check();
    await waitForStored(browser, (s) => s.theme === 'dark');

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^viewpoint-lens-settings-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(exported).toMatchObject({ format: 'viewpoint-lens-settings', settings: { theme: 'dark' } });

    const chooser = options.getByLabel('Import settings from a file');
    const bad = { ...exported, settings: { ...exported.settings, theme: 'light', hoverDelayMs: 'slow' } };
    await chooser.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('p').textContent()).toBe('Nothing was changed: bad.json cannot be imported.');
    const items = await alert.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toContain('(hoverDelayMs): "slow" is not allowed');
    expect((await storedSettings(browser))?.theme).toBe('dark');

    const good = {
      ...exported,
      settings: { ...exported.settings, theme: 'light', topics: { ...exported.settings.topics, openai: false } },
    };
    await chooser.setInputFiles({
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(good)),
    });
    const imported = 'Settings imported from good.json.';
    expect(await eventually(() => options.getByRole('status').textContent(), imported)).toBe(imported);
    expect(await options.getByRole('checkbox', { name: 'OpenAI' }).isChecked()).toBe(false);
    await waitForStored(browser, (s) => s.theme === 'light' && (s.topics as { openai: boolean }).openai === false);

    await options.getByRole('button', { name: 'Reset all settings…' }).click();
    const focused = () => options.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await eventually(focused, 'Cancel')).toBe('Cancel');
    await options.getByRole('button', { name: 'Reset settings' }).click();
    expect(await eventually(() => options.getByRole('checkbox', { name: 'OpenAI' }).isChecked(), true)).toBe(true);
    await waitForStored(browser, (s) => s.theme === 'auto' && (s.topics as { openai: boolean }).openai === true);
  });

  it('passes axe in light and dark, with messages and the reset step showing', async () => {
    expect(await axeViolations(options)).toEqual([]);
    // A problem list, an input error and the confirmation step are part of the page too.
    await options
      .getByLabel('Import settings from a file')
      .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await addSite(options, 'denied', 'not a site');
    await options.getByRole('button', { name: 'Reset all settings…' }).click();
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await axeViolations(options)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('settings across a browser restart', () => {
  it('keeps every change, and shows the page in Chinese for a Chinese browser', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'viewpoint-lens-options-'));
    try {
      const first = await launchChromium({ userDataDir: profile });
      const options = await openOptions(first);
      await options.getByRole('checkbox', { name: 'Nvidia' }).uncheck();
      await addSite(options, 'denied', 'example.com');
      await options.getByRole('radio', { name: 'An underline' }).check();
      await options.getByRole('radio', { name: 'Dark' }).check();
      await options.getByLabel('Wait before a card opens').fill('800');
      await waitForStored(first, (s) => s.theme === 'dark' && s.hoverDelayMs === 800);
      await first.close(true);

      const second = await launchChromium({ userDataDir: profile, locale: 'zh-CN' });
      try {
        const again = await openOptions(second);
        expect(await again.getByRole('heading', { level: 1 }).textContent()).toBe('观点透镜设置');
        expect(await again.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
        expect(await again.getByRole('checkbox', { name: '英伟达', exact: true }).isChecked()).toBe(false);
        expect(await again.getByRole('checkbox', { name: 'DeepSeek', exact: true }).isChecked()).toBe(true);
        expect(await again.getByRole('radio', { name: '下划线', exact: true }).isChecked()).toBe(true);
        expect(await again.getByRole('radio', { name: '深色', exact: true }).isChecked()).toBe(true);
        expect(await again.locator('[data-list="denied"] .site-name').allTextContents()).toEqual(['example.com']);
        expect(await again.getByLabel('卡片打开前的等待时间').inputValue()).toBe('800');
        expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        expect(await axeViolations(again)).toEqual([]);

        const page = await second.context.newPage();
        await page.goto(server.url('/article.html'));
        await waitForCounts(page, { ...ARTICLE, nvidia: 0 });
        await waitForStyle(page, 'deepseek', { background: 'rgba(0, 0, 0, 0)', line: 'underline' });
      } finally {
        await second.close(true);
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
