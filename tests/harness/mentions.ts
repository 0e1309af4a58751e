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
