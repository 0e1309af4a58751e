/** Finding mentions on a page from outside, to point at them like a reader would. */
import type { Frame, Page } from 'playwright-core';

/** The viewport centre of the first highlighted mention in document order, if any. */
export function firstMentionCenter(target: Page | Frame, topicId?: string): Promise<{ x: number; y: number } | null> {
  return target.evaluate((topic) => {
    const ranges: AbstractRange[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('viewpoint-lens-') || (topic && name !== `viewpoint-lens-${topic}`)) continue;
      for (const range of highlight) ranges.push(range as AbstractRange);
    }
    const live = ranges.map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    });
    live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const rect = live[0]?.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }, topicId);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The client rects of the `index`-th mention of a topic (document order), scrolled into view first. */
export function mentionRectsOf(target: Page | Frame, topicId: string, index = 0, scroll = true): Promise<Box[]> {
  return target.evaluate(
    ([topic, i, doScroll]) => {
      const highlight = CSS.highlights.get(`viewpoint-lens-${topic}`);
      if (!highlight) return [];
      const live = [...(highlight as Iterable<AbstractRange>)].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      });
      live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = live[i as number];
      if (!range) return [];
      if (doScroll) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
    },
    [topicId, index, scroll] as const,
  );
}

/** Moves the mouse onto a topic's mention like a reader would; returns the mention's rects. */
export async function hoverMention(page: Page, topicId: string, index = 0): Promise<Box[]> {
  const rects = await mentionRectsOf(page, topicId, index);
  const first = rects[0];
  if (!first) throw new Error(`no ${topicId} mention #${index} on the page`);
  await page.mouse.move(first.x - 30, first.y + first.height / 2); // come from the side
  await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2, { steps: 4 });
  return rects;
}

/** The hover card (contract 4) inside the extension's shadow root. */
export function card(page: Page | Frame) {
  return page.locator('viewpoint-lens-ui [role="dialog"]');
}
