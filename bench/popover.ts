/**
 * Hover card latency in real Chromium with the built extension: from the end of the hover delay
 * to the card shown with its viewpoints (the content script stamps it on the card as
 * `data-opened-after-ms`). Warm: data cached in the page. Cold: the service worker was stopped
 * and the page is new, so the first hover wakes the worker and builds the claim store.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/harness/chromium';
import { waitForCounts } from '../tests/harness/highlights';
import { card, hoverMention } from '../tests/harness/mentions';
import { startServer } from '../tests/harness/server';

export interface PopoverReport {
  warm: { runs: number; p50: number; p95: number };
  cold: { runs: number; p50: number; p95: number; max: number };
}

const TOPICS = ['deepseek', 'openai', 'nvidia', 'distillation'];
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};

async function openOnce(page: Page, topic: string, index: number): Promise<number> {
  await page.mouse.move(1, 1);
  await card(page)
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => page.keyboard.press('Escape'));
  await hoverMention(page, topic, index);
  await card(page).locator('article').first().waitFor({ state: 'visible', timeout: 10_000 });
  return Number(await card(page).getAttribute('data-opened-after-ms'));
}

/** Runs the hover card benchmark. */
export async function benchPopover(warmRuns = 40, coldRuns = 6): Promise<PopoverReport> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(server.url('/article.html'));
    await waitForCounts(page, { deepseek: 13, openai: 14, nvidia: 7, distillation: 5 });
    for (const topic of TOPICS) await openOnce(page, topic, 0); // fill the page's cache
    const warm: number[] = [];
    for (let i = 0; i < warmRuns; i++) warm.push(await openOnce(page, TOPICS[i % 4] as string, i % 3));
    await page.close();

    const cold: number[] = [];
    for (let i = 0; i < coldRuns; i++) {
      const fresh = await browser.context.newPage();
      await fresh.addInitScript({ content: 'window.__name = (f) => f;' });
      await fresh.goto(server.url('/article.html'));
      await waitForCounts(fresh, { deepseek: 13, openai: 14, nvidia: 7, distillation: 5 });
      const cdp = await browser.context.newCDPSession(fresh);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await new Promise((r) => setTimeout(r, 300));
      cold.push(await openOnce(fresh, TOPICS[i % 4] as string, 0));
      await fresh.close();
    }
    return {
      warm: { runs: warm.length, p50: percentile(warm, 50), p95: percentile(warm, 95) },
      cold: { runs: cold.length, p50: percentile(cold, 50), p95: percentile(cold, 95), max: Math.max(...cold) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
