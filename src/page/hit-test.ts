/**
 * Point → mention, without elements: highlights get no mouse events of their own.
 * Uses `CSS.highlights.highlightsFromPoint` where it exists (Chromium 135+), else the caret at
 * the point (`caretPositionFromPoint`, or WebKit's `caretRangeFromPoint`), then confirms that the
 * point lies inside one of the mention's client rects (a caret snaps to the nearest text).
 * https://drafts.csswg.org/css-highlight-api-1/#interactions
 */
import type { HighlightRegistry, MentionRecord } from './highlight-registry';

interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
/** TypeScript 5.9's DOM types lack highlightsFromPoint. */
type CssHighlights = typeof CSS.highlights & {
  highlightsFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => HighlightHit[];
};
type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The client rects a mention covers now (one per line it wraps over). */
export function mentionRects(mention: MentionRecord): DOMRect[] {
  const { range } = mention;
  if (!range.startContainer.isConnected) return [];
  const live = range.startContainer.ownerDocument?.createRange();
  if (!live) return [];
  try {
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
  } catch {
    return []; // The text shrank since the scan; the re-scan is on its way.
  }
  return [...live.getClientRects()];
}

function contains(rects: DOMRect[], x: number, y: number): boolean {
  return rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

/** The visible mention under the viewport point (x, y), if any. */
export function mentionAtPoint(
  doc: Document,
  registry: HighlightRegistry,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): MentionRecord | undefined {
  const highlights = (doc.defaultView?.CSS ?? CSS).highlights as CssHighlights;
  if (typeof highlights.highlightsFromPoint === 'function') {
    for (const hit of highlights.highlightsFromPoint(x, y, { shadowRoots })) {
      for (const range of hit.ranges) {
        const mention = registry.mentionForRange(range);
        if (mention) return mention;
      }
    }
    return undefined;
  }
  const caret = caretAt(doc as CaretDocument, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const block = registry.blockOfText(caret.node as Text);
  if (!block) return undefined;
  for (const mention of block.mentions) {
    if (!registry.mentionForRange(mention.range)) continue;
    if (contains(mentionRects(mention), x, y)) return mention;
  }
  return undefined;
}

function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[]) {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}
