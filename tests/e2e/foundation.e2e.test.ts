/**
 * Browser test (Chromium, built extension): the first slice end to end — highlights on a page,
 * the popup talking to the background worker, an options change reaching an open tab.
 */
import { describe, expect, it } from 'vitest';
import { expectedCounts, highlightCounts, waitForCounts } from '../harness/highlights';
import { useExtensionBrowser } from '../harness/setup';

const env = useExtensionBrowser();

describe('foundation', () => {
  it('highlights the source article under the contract names', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/article.html'));
    const expected = await expectedCounts(page);
    expect(expected).toEqual({ deepseek: 13, openai: 14, nvidia: 7, distillation: 5 });
    await waitForCounts(page, expected);
    await page.close();
  });

  it('shows the topics the popup gets from the background worker', async () => {
    const popup = await env.browser.extensionPage('popup.html');
    // The list arrives with the worker's reply: wait for it before reading.
    await expect.poll(() => popup.locator('[data-topic]').count()).toBe(4);
    const ids = await popup
      .locator('[data-topic]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-topic')));
    expect(ids).toEqual(['deepseek', 'openai', 'nvidia', 'distillation']);
    for (const name of ['DeepSeek', 'OpenAI', 'Nvidia', 'Distillation']) {
      await expect.poll(() => popup.getByText(name, { exact: false }).count()).toBeGreaterThan(0);
    }
    await popup.close();
  });

  it('applies an options change to an open tab without reloading it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/article.html'));
    await waitForCounts(page, { deepseek: 13, openai: 14, nvidia: 7, distillation: 5 });
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42; // gone if the page reloads
    });
    const options = await env.browser.extensionPage('options.html');
    const nvidia = options.getByRole('checkbox', { name: 'Nvidia' });
    await nvidia.uncheck();
    await waitForCounts(page, { deepseek: 13, openai: 14, nvidia: 0, distillation: 5 }, 1000);
    await nvidia.check();
    await waitForCounts(page, { deepseek: 13, openai: 14, nvidia: 7, distillation: 5 }, 1000);
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
    expect(await highlightCounts(page)).toEqual({ deepseek: 13, openai: 14, nvidia: 7, distillation: 5 });
    await options.close();
    await page.close();
  });
});
