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
