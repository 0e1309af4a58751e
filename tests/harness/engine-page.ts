/**
 * The detection engine inside a plain page, for the benchmark and for browser tests of the DOM
 * layer: the same modules the content script uses (matcher, scanner, highlight registry,
 * hit-testing), bundled into one script (see engine-bundle.ts), with timing hooks.
 */
import { createMatcher } from '../../src/matcher/index';
import { HighlightRegistry } from '../../src/page/highlight-registry';
import { mentionAtPoint } from '../../src/page/hit-test';
import { PageScanner } from '../../src/page/scanner';

interface RunResult {
  /** Start → every mention highlighted and painted. */
  totalMs: number;
  /** Start → the first highlights (viewport blocks) painted. */
  firstMs: number;
  /** The scanner's longest single task. */
  longestTaskMs: number;
  /** The scanner's own tasks added up, and how many there were. */
  sumTasksMs: number;
  taskCount: number;
  /** The synchronous start (viewport blocks). */
  startMs: number;
  mentions: number;
}

const state: { scanner?: PageScanner; registry?: HighlightRegistry; controller?: AbortController; tasks: number[] } = {
  tasks: [],
};
const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));

async function run(): Promise<RunResult> {
  const matcher = createMatcher();
  const registry = new HighlightRegistry();
  const controller = new AbortController();
  state.tasks = [];
  let idle: () => void = () => {};
  let firstChange: () => void = () => {};
  const first = new Promise<void>((resolve) => {
    firstChange = resolve;
  });
  const done = new Promise<void>((resolve) => {
    idle = resolve;
  });
  const scanner = new PageScanner(
    document,
    {
      matcher,
      registry,
      includeCode: false,
      onTask: (ms) => state.tasks.push(ms),
      onIdle: () => idle(),
      onChange: () => firstChange(),
    },
    controller.signal,
  );
  Object.assign(state, { scanner, registry, controller });
  const t0 = performance.now();
  scanner.start();
  const startMs = performance.now() - t0;
  state.tasks.push(startMs);
  let firstMs = 0;
  void first.then(() =>
    frame().then(() => {
      firstMs = performance.now() - t0;
    }),
  );
  await done;
  await frame();
  const totalMs = performance.now() - t0;
  const counts = registry.counts();
  return {
    totalMs,
    firstMs,
    longestTaskMs: Math.max(...state.tasks),
    sumTasksMs: state.tasks.reduce((a, b) => a + b, 0),
    taskCount: state.tasks.length,
    startMs,
    mentions: counts.deepseek + counts.openai + counts.nvidia + counts.distillation,
  };
}

/** Appends one paragraph with two mentions; resolves with latency to highlight and main-thread cost. */
async function addParagraph(): Promise<{ latencyMs: number; costMs: number }> {
  const registry = state.registry;
  if (!registry) throw new Error('run() first');
  const before = Object.values(registry.counts()).reduce((a, b) => a + b, 0);
  state.tasks = [];
  const t0 = performance.now();
  const p = document.createElement('p');
  p.textContent = 'Breaking: Nvidia and OpenAI announce a partnership.';
  document.querySelector('main')?.append(p);
  for (;;) {
    // A microtask first: the scanner's MutationObserver runs at the next microtask checkpoint.
    // Polling only with timers would also count the page's own re-layout of 5 MB (≈200 ms here),
    // which the new paragraph costs with or without the extension.
    await Promise.resolve();
    const now = Object.values(registry.counts()).reduce((a, b) => a + b, 0);
    if (now >= before + 2) break;
    if (performance.now() - t0 > 5000) throw new Error('paragraph never highlighted');
    await new Promise((r) => setTimeout(r, 0));
  }
  const latencyMs = performance.now() - t0;
  return { latencyMs, costMs: state.tasks.reduce((a, b) => a + b, 0) };
}

/** Time of the page's own 3,000 text edits (the synchronous part, which live Ranges slow down). */
function editCost(): number {
  const paragraphs = [...document.querySelectorAll('main p')];
  const t0 = performance.now();
  for (let i = 0; i < 3000; i++) {
    const p = paragraphs[(i * 7919) % paragraphs.length] as HTMLElement;
    const text = p.firstChild;
    if (text && text.nodeType === 3) (text as Text).insertData(0, ' ');
    else p.prepend(' ');
  }
  return performance.now() - t0;
}

function stop(): void {
  state.controller?.abort();
}

/**
 * The mention under a point, as `topicId:text`; with `caretOnly` the highlightsFromPoint path is
 * hidden so that the caret fallback (browsers without it) is what answers.
 */
function mentionAt(x: number, y: number, caretOnly = false): string | null {
  const { registry, scanner } = state;
  if (!registry || !scanner) throw new Error('run() first');
  const highlights = CSS.highlights as unknown as { highlightsFromPoint?: unknown };
  const saved = highlights.highlightsFromPoint;
  if (caretOnly) highlights.highlightsFromPoint = undefined;
  try {
    const mention = mentionAtPoint(document, registry, x, y, scanner.knownShadowRoots());
    if (!mention) return null;
    const range = document.createRange();
    range.setStart(mention.range.startContainer, mention.range.startOffset);
    range.setEnd(mention.range.endContainer, mention.range.endOffset);
    return `${mention.topicId}:${range.toString()}`;
  } finally {
    if (caretOnly) highlights.highlightsFromPoint = saved;
  }
}

Object.assign(window, { __viewpointLensBench: { run, addParagraph, editCost, stop, mentionAt } });
