/**
 * Browser test (Chromium, built extension): a page that changes under the scanner — appended
 * paragraphs, edited text, a single-page-app route change, infinite scroll, removals.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightTexts, waitForCounts } from '../harness/highlights';
import { useExtensionBrowser } from '../harness/setup';

let page: Page;

const env = useExtensionBrowser();

describe('dynamic page', () => {
  it('follows appends, edits, route changes, infinite scroll and removals within a second', async () => {
    page = await env.browser.context.newPage();
    await page.goto(env.server.url('/dynamic.html'));
    await waitForCounts(page, { deepseek: 1, openai: 1 });

    // An appended paragraph.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Appended: Nvidia and 英伟达.';
      document.getElementById('app')?.append(p);
    });
    await waitForCounts(page, { deepseek: 1, openai: 1, nvidia: 2 }, 1000);

    // A changed text node: its old mention goes, the new one comes.
    await page.evaluate(() => {
      const text = document.getElementById('first')?.firstChild as Text;
      text.data = 'Route one now mentions OpenAI instead.';
    });
    await waitForCounts(page, { openai: 2, nvidia: 2 }, 1000);

    // A mention split over two text nodes by an inserted inline element.
    await page.evaluate(() => {
      const p = document.getElementById('second') as HTMLElement;
      p.append(' Also Deep');
      const b = document.createElement('b');
      b.textContent = 'Seek';
      p.append(b, '.');
    });
    await waitForCounts(page, { deepseek: 1, openai: 2, nvidia: 2 }, 1000);
    expect((await highlightTexts(page)).deepseek).toEqual(['DeepSeek']);

    // A single-page-app route change: the old content leaves, new content arrives.
    await page.evaluate(() => {
      history.pushState({}, '', '/route-two');
      const main = document.getElementById('app') as HTMLElement;
      const h = document.createElement('h2');
      h.textContent = '模型蒸馏与开源';
      const p = document.createElement('p');
      p.textContent = 'Route two: OpenAI distilled its models; DeepSeek-R1 too.';
      main.replaceChildren(h, p);
    });
    await waitForCounts(page, { deepseek: 1, openai: 1, distillation: 2 }, 1000);

    // Infinite scroll: 300 more items, a third of them with a mention.
    await page.evaluate(() => {
      const main = document.getElementById('app') as HTMLElement;
      for (let i = 0; i < 300; i++) {
        const item = document.createElement('article');
        item.textContent = i % 3 === 0 ? `Item ${i}: Nvidia earnings` : `Item ${i}: nothing to see`;
        main.append(item);
      }
    });
    await waitForCounts(page, { deepseek: 1, openai: 1, nvidia: 100, distillation: 2 }, 1000);

    // Removals.
    await page.evaluate(() => document.getElementById('app')?.replaceChildren());
    await waitForCounts(page, {}, 1000);
    await page.close();
  });
});
