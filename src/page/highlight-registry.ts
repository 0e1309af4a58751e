/**
 * The page's highlights: one CSS Custom Highlight per topic, named `viewpoint-lens-<topicId>`
 * (DESIGN.md contract 2), filled with one StaticRange per mention. StaticRanges do not follow DOM
 * edits, which is the point: live Ranges made the page's own edits ~1000× slower at 40k mentions
 * (DESIGN.md, measured). Changed blocks are re-scanned and their ranges replaced instead.
 * https://drafts.csswg.org/css-highlight-api-1/
 */
import { emptyCounts } from '../messaging/protocol';
import { TOPIC_IDS, type TopicId } from '../topics/topics';
import { type BlockContainer, blockContainerOf } from './text-walker';

/** Every highlight name the extension registers starts with this. */
export const HIGHLIGHT_PREFIX = 'viewpoint-lens-';

/** The registered name of a topic's highlight. */
export function highlightName(topicId: TopicId): string {
  return HIGHLIGHT_PREFIX + topicId;
}

export interface MentionRecord {
  topicId: TopicId;
  /** The text as matched on the page, e.g. `英伟达` or `DeepSeek-R1`. */
  form: string;
  range: StaticRange;
  block: BlockRecord;
}

/** A block of text that holds at least one mention. */
export interface BlockRecord {
  container: BlockContainer;
  nodes: Text[];
  mentions: MentionRecord[];
}

/** True where the CSS Custom Highlight API exists (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightRegistry {
  private readonly highlights = new Map<TopicId, Highlight>();
  private readonly visible = new Set<TopicId>(TOPIC_IDS);
  private readonly byRange = new WeakMap<AbstractRange, MentionRecord>();
  /** One entry per block rather than per text node: the caret fallback of hit-testing finds a node's block by its container. */
  private readonly byContainer = new Map<BlockContainer, BlockRecord>();
  private readonly blocks = new Set<BlockRecord>();
  /** Blocks added since the last flush: their ranges reach the page's highlights in one batch. */
  private pending: BlockRecord[] = [];

  constructor() {
    for (const id of TOPIC_IDS) {
      const highlight = new Highlight();
      this.highlights.set(id, highlight);
      CSS.highlights.set(highlightName(id), highlight);
    }
  }

  /**
   * Registers a block's mentions; they show after the next `flush()`. Batching matters: every
   * change to a registered Highlight makes the browser redo highlight painting work for all of
   * its ranges, so adding 25k ranges in many small steps cost seconds where one batch costs little.
   */
  addBlock(block: BlockRecord): void {
    this.blocks.add(block);
    this.pending.push(block);
    this.byContainer.set(block.container, block);
    for (const mention of block.mentions) this.byRange.set(mention.range, mention);
  }

  /** Shows the mentions added since the last flush. */
  flush(): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    this.pending = [];
    for (const block of pending) {
      if (!this.blocks.has(block)) continue; // removed before it was shown
      for (const mention of block.mentions) this.highlights.get(mention.topicId)?.add(mention.range);
    }
  }

  /** Removes a block's mentions (its text changed or left the page). */
  removeBlock(block: BlockRecord): void {
    if (!this.blocks.delete(block)) return;
    if (this.byContainer.get(block.container) === block) this.byContainer.delete(block.container);
    for (const mention of block.mentions) this.highlights.get(mention.topicId)?.delete(mention.range);
  }

  /** Every block with mentions, in no particular order. */
  allBlocks(): IterableIterator<BlockRecord> {
    return this.blocks.values();
  }

  /** Shows only these topics; the others' highlights are unregistered but kept for a quick return. */
  setVisibleTopics(topics: Iterable<TopicId>): void {
    this.visible.clear();
    for (const id of topics) this.visible.add(id);
    for (const [id, highlight] of this.highlights) {
      const name = highlightName(id);
      if (this.visible.has(id)) {
        if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      } else CSS.highlights.delete(name);
    }
  }

  /** True when the topic's highlight is shown. */
  isVisible(topicId: TopicId): boolean {
    return this.visible.has(topicId);
  }

  /** The mention a highlight range stands for, if it is one of ours and shown. */
  mentionForRange(range: AbstractRange): MentionRecord | undefined {
    const mention = this.byRange.get(range);
    return mention && this.visible.has(mention.topicId) && this.blocks.has(mention.block) ? mention : undefined;
  }

  /** The block with mentions that a text node belongs to. */
  blockOfText(node: Text): BlockRecord | undefined {
    const block = this.byContainer.get(blockContainerOf(node));
    return block?.nodes.includes(node) ? block : undefined;
  }

  /** Visible mentions per topic (hidden topics count 0). */
  counts(): Record<TopicId, number> {
    const counts = emptyCounts();
    for (const [id, highlight] of this.highlights) counts[id] = this.visible.has(id) ? highlight.size : 0;
    return counts;
  }

  /** Removes every highlight this registry made, from the page and from memory. */
  clear(): void {
    for (const [id, highlight] of this.highlights) {
      highlight.clear();
      if (CSS.highlights.get(highlightName(id)) === highlight) CSS.highlights.delete(highlightName(id));
    }
    this.blocks.clear();
    this.byContainer.clear();
    this.pending = [];
  }
}
