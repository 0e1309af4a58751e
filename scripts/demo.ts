/**
 * `npm run demo`: opens Chromium with the built extension on the bundled demo page (the source
 * article as a plain news page), hovers the first mention and saves screenshots in .output/demo/.
 * With a display the browser stays open until you close it; without one it runs headless.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/harness/chromium';
import { ROOT } from '../tests/harness/extension';
import { waitForCounts } from '../tests/harness/highlights';
import { card, firstMentionCenter } from '../tests/harness/mentions';
import { startServer } from '../tests/harness/server';

const outDir = resolve(ROOT, '.output/demo');
mkdirSync(outDir, { recursive: true });
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const server = await startServer();
const browser = await launchChromium({ headless, viewport: { width: 1280, height: 860 } });
const page = await browser.context.newPage();
await page.goto(server.url('/article.html'));
await waitForCounts(page, { deepseek: 13, openai: 14, nvidia: 7, distillation: 5 }, 10_000);

const shots: string[] = [];
const shot = async (name: string, target = page) => {
  const path = resolve(outDir, name);
  await target.screenshot({ path });
  shots.push(path);
};
await shot('1-highlights.png');

const point = await firstMentionCenter(page);
if (point) {
  await page.mouse.move(point.x, point.y);
  await card(page).locator('article').first().waitFor({ state: 'visible', timeout: 5000 });
  await page.waitForTimeout(300); // let the card's short fade-in finish
  await shot('2-hover-card.png');
}

const popup = await browser.extensionPage('popup.html');
await popup.setViewportSize({ width: 400, height: 600 });
await shot('3-popup.png', popup);
await popup.close();

console.log(`Screenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`);
if (headless) {
  await browser.close();
  await server.close();
} else {
  console.log('The browser stays open; close it to end the demo.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
}
