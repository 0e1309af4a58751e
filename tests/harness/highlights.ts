/**
 * Reading the page's highlights from outside: the main world sees the highlights that the
 * content script registered in its isolated world (TOOLCHAIN.md), so tests read
 * `CSS.highlights` like any outside test would (DESIGN.md contract 2).
 */
import type { Frame, Page } from 'playwright-core';

export const TOPIC_IDS = ['deepseek', 'openai', 'nvidia', 'distillation'] as const;
export type Counts = Record<(typeof TOPIC_IDS)[number], number>;

/** Mentions per topic now on the page (0 for an unregistered highlight). */
export function highlightCounts(target: Page | Frame): Promise<Counts> {
  return target.evaluate(
    (ids) => {
      const counts: Record<string, number> = {};
      for (const id of ids) counts[id] = CSS.highlights.get(`viewpoint-lens-${id}`)?.size ?? 0;
      return counts as Counts;
    },
    TOPIC_IDS as unknown as string[],
  );
}

/** The text of every highlighted range, per topic, in the order the highlight holds them. */
export function highlightTexts(target: Page | Frame): Promise<Record<string, string[]>> {
  return target.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('viewpoint-lens-')) continue;
      out[name.slice('viewpoint-lens-'.length)] = [...highlight].map((range) => {
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        return r.toString();
      });
    }
    return out;
  });
}

/** Waits until the counts equal `expected` (all four topics), or fails with what was seen. */
export async function waitForCounts(
  target: Page | Frame,
  expected: Partial<Counts>,
  timeoutMs = 5000,
): Promise<Counts> {
  const deadline = Date.now() + timeoutMs;
  let seen = await highlightCounts(target);
  const matches = (c: Counts) => TOPIC_IDS.every((id) => c[id] === (expected[id] ?? 0));
  while (!matches(seen)) {
    if (Date.now() > deadline) {
      throw new Error(`highlight counts ${JSON.stringify(seen)} never became ${JSON.stringify(expected)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
    seen = await highlightCounts(target);
  }
  return seen;
}

/** The counts a fixture page expects, from its `data-expect-<topic>` attributes on <body>. */
export function expectedCounts(target: Page | Frame): Promise<Counts> {
  return target.evaluate(
    (ids) => {
      const counts: Record<string, number> = {};
      for (const id of ids)
        counts[id] = Number(document.body.dataset[`expect${id[0]?.toUpperCase()}${id.slice(1)}`] ?? 0);
      return counts as Counts;
    },
    TOPIC_IDS as unknown as string[],
  );
}

/** A snapshot of what the extension must never change: body markup and the root attributes. */
export function pageSnapshot(target: Page | Frame): Promise<string> {
  // No named inner functions: tsx (demo, bench) would wrap them in a helper the page lacks.
  return target.evaluate(() =>
    JSON.stringify([
      document.body.innerHTML,
      ...[document.documentElement, document.body].map((el) =>
        [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
      ),
    ]),
  );
}

/** Waits until the counts stop changing (the scan is done), returning them. */
export async function settledCounts(target: Page | Frame, quietMs = 400, timeoutMs = 10_000): Promise<Counts> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await highlightCounts(target));
  let stableSince = Date.now();
  while (Date.now() - stableSince < quietMs) {
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 100));
    const now = JSON.stringify(await highlightCounts(target));
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
  }
  return JSON.parse(last) as Counts;
}
