/**
 * Detection benchmark in real Chromium, on generated news-like pages of 100 KB, 1 MB and 5 MB:
 * (a) the floor — a TreeWalker and one regex, counting only; (b) mark.js highlighting the same
 * forms; (c) this engine to painted highlights. Plus, on the 5 MB page: the longest main-thread
 * task, the first visible highlight, the page's own DOM-edit cost with and without every
 * highlight registered, one added paragraph's latency and cost, and the heap the extension adds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, launchPlainChromium } from '../tests/harness/chromium';
import { engineBundle } from '../tests/harness/engine-bundle';
import { OUT_DIR } from '../tests/harness/extension';
import { settledCounts } from '../tests/harness/highlights';
import { startServer, type TestServer } from '../tests/harness/server';
import { generateNewsPage } from './generate-page';

const SIZES = [
  { label: '100 KB', bytes: 100_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '5 MB', bytes: 5_000_000 },
];
const RUNS = 3;

/** The forms the floor and mark.js look for: the same surface forms as the matcher's aliases. */
const FORMS_SOURCE =
  'DeepSeek|OpenAI|Nvidia|NVDA|英伟达|英偉達|辉达|輝達|深度求索|知识蒸馏|模型蒸馏|蒸馏|蒸餾|distillation|distilled|distill';

export interface DetectionRow {
  size: string;
  mentions: number;
  floorMs: number;
  markJsMs: number;
  engineMs: number;
  firstHighlightMs: number;
  longestTaskMs: number;
}

export interface DetectionReport {
  rows: DetectionRow[];
  fiveMb: {
    editsWithoutMs: number;
    editsWithMs: number;
    paragraphLatencyMs: number;
    paragraphCostMs: number;
    extensionLongestTaskMs: number;
    heapWithoutMb: number;
    heapWithMb: number;
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name`. */
const KEEP_NAMES_SHIM = 'window.__name = (f) => f;';

/**
 * A fresh page, rendered and quiet before anything is measured. Code under test comes in as init
 * scripts: inserting a <script> element afterwards would restyle the whole page and bill that
 * to whatever runs next.
 */
async function fresh(browser: Browser, url: string, ...scripts: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const content of [KEEP_NAMES_SHIM, ...scripts]) await page.addInitScript({ content });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await new Promise((r) => setTimeout(r, 200));
  return page;
}

async function floor(page: Page): Promise<{ ms: number; count: number }> {
  return page.evaluate((source) => {
    const regex = new RegExp(source, 'gi');
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      regex.lastIndex = 0;
      while (regex.exec(data)) count++;
    }
    return { ms: performance.now() - t0, count };
  }, FORMS_SOURCE);
}

async function markJs(page: Page): Promise<number> {
  return page.evaluate(
    (source) =>
      new Promise<number>((done) => {
        const t0 = performance.now();
        const Mark = (
          window as unknown as { Mark: new (el: Element) => { markRegExp: (r: RegExp, o: object) => void } }
        ).Mark;
        new Mark(document.body).markRegExp(new RegExp(source, 'gi'), {
          exclude: ['script', 'style', 'textarea', 'noscript'],
          done: () => requestAnimationFrame(() => done(performance.now() - t0)),
        });
      }),
    FORMS_SOURCE,
  );
}

type Bench = {
  run(): Promise<{ totalMs: number; firstMs: number; longestTaskMs: number; mentions: number }>;
  addParagraph(): Promise<{ latencyMs: number; costMs: number }>;
  editCost(): number;
  stop(): void;
};

function withEngine(page: Page) {
  return {
    run: () => page.evaluate(() => (window as unknown as { __viewpointLensBench: Bench }).__viewpointLensBench.run()),
    addParagraph: () =>
      page.evaluate(() => (window as unknown as { __viewpointLensBench: Bench }).__viewpointLensBench.addParagraph()),
    editCost: () =>
      page.evaluate(() => (window as unknown as { __viewpointLensBench: Bench }).__viewpointLensBench.editCost()),
  };
}

async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Runs the detection benchmark; pages are written under the build folder. */
export async function benchDetection(log: (line: string) => void = console.log): Promise<DetectionReport> {
  const pagesDir = resolve(OUT_DIR, 'bench/pages');
  mkdirSync(pagesDir, { recursive: true });
  for (const size of SIZES) writeFileSync(resolve(pagesDir, `${size.bytes}.html`), generateNewsPage(size.bytes));
  const server: TestServer = await startServer({ '/bench/': pagesDir });
  const bundle = await engineBundle();
  const require = createRequire(import.meta.url);
  const markSource = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
  const browser = await launchPlainChromium();
  const rows: DetectionRow[] = [];
  try {
    for (const size of SIZES) {
      const url = server.url(`/bench/${size.bytes}.html`);
      const floors: number[] = [];
      const marks: number[] = [];
      const engines: Array<{ totalMs: number; firstMs: number; longestTaskMs: number; mentions: number }> = [];
      let count = 0;
      for (let i = 0; i < RUNS; i++) {
        let page = await fresh(browser, url);
        const f = await floor(page);
        floors.push(f.ms);
        count = f.count;
        await page.close();
        page = await fresh(browser, url, markSource);
        marks.push(await markJs(page));
        await page.close();
        page = await fresh(browser, url, bundle);
        engines.push(await withEngine(page).run());
        await page.close();
      }
      const row: DetectionRow = {
        size: size.label,
        mentions: engines[0]?.mentions ?? 0,
        floorMs: median(floors),
        markJsMs: median(marks),
        engineMs: median(engines.map((e) => e.totalMs)),
        firstHighlightMs: median(engines.map((e) => e.firstMs)),
        longestTaskMs: Math.max(...engines.map((e) => e.longestTaskMs)),
      };
      log(
        `  ${size.label}: floor ${row.floorMs.toFixed(1)} ms (${count} regex hits), mark.js ${row.markJsMs.toFixed(0)} ms, engine ${row.engineMs.toFixed(1)} ms`,
      );
      rows.push(row);
    }

    // The 5 MB page: the page's own edits, an added paragraph.
    const url5 = server.url('/bench/5000000.html');
    const withoutEdits: number[] = [];
    const withEdits: number[] = [];
    const latencies: number[] = [];
    const costs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let page = await fresh(browser, url5, bundle);
      withoutEdits.push(await withEngine(page).editCost());
      await page.close();
      page = await fresh(browser, url5, bundle);
      const engine = withEngine(page);
      await engine.run();
      const added = await engine.addParagraph();
      latencies.push(added.latencyMs);
      costs.push(added.costMs);
      withEdits.push(await engine.editCost());
      await page.close();
    }

    // The built extension on the 5 MB page: longest task (main world sees every task of the
    // thread, the content script's included) and the JS heap it adds.
    const plainPage = await fresh(browser, url5);
    await new Promise((r) => setTimeout(r, 1000));
    const heapWithoutMb = await heapUsedMb(plainPage);
    await plainPage.close();
    const extension = await launchChromium();
    const page = await extension.context.newPage();
    await page.addInitScript({ content: KEEP_NAMES_SHIM });
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url5, { waitUntil: 'load' });
    await settledCounts(page, 1000, 30_000);
    const extensionLongestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    const heapWithMb = await heapUsedMb(page);
    await extension.close();

    return {
      rows,
      fiveMb: {
        editsWithoutMs: median(withoutEdits),
        editsWithMs: median(withEdits),
        paragraphLatencyMs: median(latencies),
        paragraphCostMs: median(costs),
        extensionLongestTaskMs,
        heapWithoutMb,
        heapWithMb,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
