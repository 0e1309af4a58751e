/**
 * Browser test (Chromium, built extension): when the extension is reloaded (updated, or disabled
 * and enabled) while a page is open, the old content script stops and removes its highlights and
 * UI, without an "Extension context invalidated" error reaching the page.
 */
import { describe, expect, it } from 'vitest';
import { collectErrors } from '../harness/chromium';
import { highlightCounts, waitForCounts } from '../harness/highlights';
import { card, hoverMention } from '../harness/mentions';
import { useExtensionBrowser } from '../harness/setup';

declare const chrome: { runtime: { reload(): void } };

const env = useExtensionBrowser();

describe('extension reload', () => {
  it('cleans up the old content script quietly', async () => {
    const page = await env.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(env.server.url('/english-news.html'));
    await waitForCounts(page, { deepseek: 5, openai: 3, nvidia: 7, distillation: 3 });
    await hoverMention(page, 'nvidia');
    await card(page).waitFor({ state: 'visible' });
    await env.browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await expect
      .poll(async () => Object.values(await highlightCounts(page)).reduce((a, b) => a + b, 0), { timeout: 10_000 })
      .toBe(0);
    expect(await page.locator('viewpoint-lens-ui').count()).toBe(0);
    // Keep using the page as a reader would: nothing from the old script may throw.
    await page.mouse.move(10, 10);
    await page.mouse.move(400, 300, { steps: 5 });
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Nvidia after the reload';
      document.body.append(p);
    });
    await page.waitForTimeout(500);
    expect(errors.filter((e) => /context invalidated|viewpoint/i.test(e))).toEqual([]);
    await page.close();
  });
});
