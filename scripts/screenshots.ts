/**
 * Makes the README's screenshots of the hover card on the demo page and of the options page
 * (English and Chinese UI, light and dark) into docs/screenshots/. Run after `npm run build`:
 * `npx tsx scripts/screenshots.ts`.
 */
import { resolve } from 'node:path';
import { SETTINGS_VERSION } from '../src/settings/migrations';
import { launchChromium } from '../tests/harness/chromium';
import { ROOT } from '../tests/harness/extension';
import { waitForCounts } from '../tests/harness/highlights';
import { card, hoverMention } from '../tests/harness/mentions';
import { startServer } from '../tests/harness/server';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

const server = await startServer();
for (const locale of ['en-US', 'zh-CN']) {
  for (const theme of ['light', 'dark'] as const) {
    const browser = await launchChromium({ locale, colorScheme: theme, viewport: { width: 1100, height: 760 } });
    await browser.worker.evaluate(
      ([t, version]) => chrome.storage.sync.set({ settings: { theme: t }, settings$: { v: version } }),
      [theme, SETTINGS_VERSION] as const,
    );
    const page = await browser.context.newPage();
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(server.url('/article.html'));
    await waitForCounts(page, { deepseek: 13, openai: 14, nvidia: 7, distillation: 5 });
    await hoverMention(page, 'nvidia', 1);
    await card(page).locator('article').first().waitFor();
    await page.waitForTimeout(300);
    const lang = locale.startsWith('zh') ? 'zh' : 'en';
    await page.screenshot({ path: resolve(ROOT, `docs/screenshots/card-${lang}-${theme}.png`) });
    const options = await browser.extensionPage('options.html');
    await options.setViewportSize({ width: 900, height: 900 });
    await options.getByRole('checkbox').first().waitFor();
    await options.screenshot({ path: resolve(ROOT, `docs/screenshots/options-${lang}-${theme}.png`), fullPage: true });
    await browser.close();
  }
}
await server.close();
console.log('docs/screenshots/{card,options}-{en,zh}-{light,dark}.png written');
