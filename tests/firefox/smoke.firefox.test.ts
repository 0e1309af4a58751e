/**
 * Browser test (Firefox ESR, built add-on): the add-on loads and highlights the source article.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from '../harness/firefox';
import { startServer, type TestServer } from '../harness/server';

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  ({ browser } = await launchFirefox());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('firefox smoke', () => {
  it('loads and highlights the source article', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/article.html'));
    const counts = await page.waitForFunction(
      () => {
        const ids = ['deepseek', 'openai', 'nvidia', 'distillation'];
        const sizes = ids.map((id) => CSS.highlights.get(`viewpoint-lens-${id}`)?.size ?? 0);
        return sizes.reduce((a, b) => a + b, 0) === 39 ? sizes : false;
      },
      { timeout: 15_000, polling: 100 },
    );
    expect(await counts.jsonValue()).toEqual([13, 14, 7, 5]);
  });
});

describe('firefox hover card', () => {
  it('opens the card on hover', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    await page.goto(server.url('/english-news.html'));
    await page.waitForFunction(() => (CSS.highlights.get('viewpoint-lens-nvidia')?.size ?? 0) === 7, {
      timeout: 15_000,
    });
    const point = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('viewpoint-lens-openai') as Iterable<AbstractRange>)][0];
      if (!range) return null;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    });
    if (!point) throw new Error('no OpenAI mention');
    await page.mouse.move(point.x - 40, point.y);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    const articles = await page.waitForFunction(
      () => {
        const dialog = document.querySelector('viewpoint-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]');
        const count = dialog?.querySelectorAll('article').length ?? 0;
        return count > 0 ? { count, name: dialog?.querySelector('h2')?.textContent } : false;
      },
      { timeout: 10_000, polling: 100 },
    );
    const value = (await articles.jsonValue()) as { count: number; name: string };
    expect(value.count).toBeGreaterThanOrEqual(3);
    expect(value.name).toContain('OpenAI');
  });
});
