/**
 * Browser test (Chromium, built extension): every fixture page in tests/fixtures/pages carries
 * its expected counts in `data-expect-*` attributes (per frame); this one test checks them all,
 * and checks that the page's own markup and root attributes are exactly what the same page shows
 * in a browser without the extension (DESIGN.md contract 3).
 */
import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchChromium, launchPlainChromium } from '../harness/chromium';
import { expectedCounts, highlightTexts, pageSnapshot, waitForCounts } from '../harness/highlights';
import { FIXTURE_PAGES, startServer, type TestServer } from '../harness/server';

const pages = readdirSync(FIXTURE_PAGES).filter((name) => name.endsWith('.html') && !name.includes('-child'));

let browser: ExtensionBrowser;
let plain: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  [browser, plain] = await Promise.all([launchChromium(), launchPlainChromium()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), plain?.close()]);
  await server?.close();
});

describe.each(pages)('fixture %s', (name) => {
  it('highlights exactly the expected mentions in every frame and changes nothing', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url(`/${name}`));
    const reference = await plain.newPage({ viewport: { width: 1280, height: 800 } });
    await reference.goto(server.url(`/${name}`));

    expect(page.frames().length).toBe(reference.frames().length);
    for (const [index, frame] of page.frames().entries()) {
      const expected = await expectedCounts(frame);
      await waitForCounts(frame, expected);
      const texts = await highlightTexts(frame);
      for (const list of Object.values(texts)) for (const text of list) expect(text).toMatch(/^\S(.*\S)?$/);
      const referenceFrame = reference.frames()[index];
      if (!referenceFrame) throw new Error('frame missing in the reference page');
      expect(await pageSnapshot(frame)).toBe(await pageSnapshot(referenceFrame));
    }
    expect(await page.locator('viewpoint-lens-ui').count()).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await Promise.all([page.close(), reference.close()]);
  });
});

describe('strict Content-Security-Policy', () => {
  it('still paints the highlight styles from the manifest CSS', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/strict.strict-csp.html'));
    await waitForCounts(page, { deepseek: 1, openai: 1, nvidia: 1, distillation: 1 });
    const background = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('p') as Element, '::highlight(viewpoint-lens-nvidia)').backgroundColor,
    );
    expect(background).not.toMatch(/^(rgba\(0, 0, 0, 0\)|transparent)$/);
    await page.close();
  });
});
