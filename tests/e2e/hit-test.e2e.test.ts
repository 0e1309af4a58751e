/**
 * Browser test (Chromium, plain page with the engine bundled in): point → mention, through
 * highlightsFromPoint and through the caret fallback that browsers without it use, on plain
 * text, a mention split over two text nodes, a mention wrapped over two lines, and text inside
 * nested shadow roots; and nothing between mentions.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlainChromium } from '../harness/chromium';
import { engineBundle } from '../harness/engine-bundle';
import { startServer, type TestServer } from '../harness/server';

let browser: Browser;
let server: TestServer;
let bundle: string;

beforeAll(async () => {
  [server, browser, bundle] = await Promise.all([startServer(), launchPlainChromium(), engineBundle()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Engine = { run(): Promise<unknown>; mentionAt(x: number, y: number, caretOnly?: boolean): string | null };

async function engineOn(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: bundle });
  await page.goto(server.url(path));
  await page.evaluate(() => (window as unknown as { __viewpointLensBench: Engine }).__viewpointLensBench.run());
  return page;
}

/** Centres of each line box of the first occurrence of `text` in the element found by `find`. */
function centresOf(page: Page, selector: string[], text: string) {
  return page.evaluate(
    ([path, needle]) => {
      let root: ParentNode = document;
      for (const step of path) {
        const el = root.querySelector(step as string);
        root = (el?.shadowRoot ?? el) as ParentNode;
      }
      const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
      let full = '';
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      full = nodes.map((n) => n.data).join('');
      const at = full.indexOf(needle as string);
      const range = document.createRange();
      let offset = 0;
      for (const node of nodes) {
        const end = offset + node.data.length;
        if (at >= offset && at < end) range.setStart(node, at - offset);
        if (at + (needle as string).length > offset && at + (needle as string).length <= end)
          range.setEnd(node, at + (needle as string).length - offset);
        offset = end;
      }
      return [...range.getClientRects()].map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 }));
    },
    [selector, text] as const,
  );
}

const ask = (page: Page, x: number, y: number, caretOnly: boolean) =>
  page.evaluate(
    ([px, py, caret]) =>
      (window as unknown as { __viewpointLensBench: Engine }).__viewpointLensBench.mentionAt(
        px as number,
        py as number,
        caret as boolean,
      ),
    [x, y, caretOnly] as const,
  );

describe.each([
  ['highlightsFromPoint', false],
  ['caret fallback', true],
])('hit-testing with %s', (_name, caretOnly) => {
  it('finds plain, split and wrapped mentions, and nothing beside them', async () => {
    const page = await engineOn('/english-news.html');
    const [nvidia] = await centresOf(page, ['h1'], 'Nvidia');
    expect(await ask(page, nvidia?.x ?? 0, nvidia?.y ?? 0, caretOnly)).toBe('nvidia:Nvidia');
    // Deep<b>Seek</b>-V3: one mention over three text nodes, found from any of its parts.
    const split = await centresOf(page, ['article p:nth-of-type(9)'], 'DeepSeek-V3');
    expect(split.length).toBeGreaterThanOrEqual(3);
    for (const point of split) expect(await ask(page, point.x, point.y, caretOnly)).toBe('deepseek:DeepSeek-V3');
    const [plain] = await centresOf(page, ['h1'], 'shares');
    expect(await ask(page, plain?.x ?? 0, plain?.y ?? 0, caretOnly)).toBeNull();
    await page.close();

    const corners = await engineOn('/corners.html');
    const wrapped = await centresOf(corners, ['#wrap'], 'knowledge distillation');
    expect(wrapped.length).toBe(2);
    for (const point of wrapped)
      expect(await ask(corners, point.x, point.y, caretOnly)).toBe('distillation:knowledge distillation');
    await corners.close();
  });

  it('finds mentions inside nested shadow roots', async () => {
    const page = await engineOn('/shadow-dom.html');
    const [inner] = await centresOf(page, ['news-card', 'inner-note'], 'DeepSeek-V3');
    expect(await ask(page, inner?.x ?? 0, inner?.y ?? 0, caretOnly)).toBe('deepseek:DeepSeek-V3');
    const [outer] = await centresOf(page, ['news-card'], 'OpenAI');
    expect(await ask(page, outer?.x ?? 0, outer?.y ?? 0, caretOnly)).toBe('openai:OpenAI');
    await page.close();
  });
});
