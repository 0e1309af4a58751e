/**
 * Finds mentions on a live page and keeps the highlights in step with it.
 *
 * - Viewport first: the blocks under a grid of points in the viewport are matched at once, so
 *   the reader sees highlights before the rest of the page is read.
 * - Then one walk over the document (and every open shadow root) in slices of a few
 *   milliseconds, so no main-thread task grows long (DESIGN.md: none over 50 ms).
 * - A MutationObserver re-scans only the blocks that changed and walks only added subtrees.
 * Everything stops and the highlights go when `signal` aborts.
 */
import type { Matcher } from '../matcher/index';
import type { BlockRecord, HighlightRegistry, MentionRecord } from './highlight-registry';
import {
  type BlockContainer,
  type BlockText,
  blockContainerOf,
  createSkipTest,
  skipSelector,
  TextWalk,
  type WalkOptions,
} from './text-walker';

export interface ScannerOptions extends WalkOptions {
  matcher: Matcher;
  registry: HighlightRegistry;
  /** Called (at most once per slice) after highlights changed. */
  onChange?: () => void;
  /** Longest stretch of work per slice. */
  sliceMs?: number;
  /** Called after each task of the scanner's own (a slice, a mutation batch) with its duration; for the benchmark. */
  onTask?: (ms: number) => void;
  /** Called whenever the queue runs empty: every mention known so far is highlighted. */
  onIdle?: () => void;
}

interface WalkJob {
  walk: TextWalk;
  root: Node;
  /** A walk of something the page added: its blocks are new (or back), never already fresh. */
  added: boolean;
}

const VIEWPORT_GRID = { columns: 3, rows: 5 };
const PROGRESS_FLUSH_MS = 500;

export class PageScanner {
  private readonly skip: (element: Element) => boolean;
  private readonly selector: string;
  private readonly sliceMs: number;
  private readonly records = new Map<BlockContainer, BlockRecord>();
  /** Blocks matched since their last change; the full walk need not match them again. */
  private readonly fresh = new WeakSet<BlockContainer>();
  private readonly dirty = new Set<BlockContainer>();
  private readonly jobs: WalkJob[] = [];
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly observer: MutationObserver;
  private readonly channel = new MessageChannel();
  private scheduled = false;
  private changed = false;
  private stopped = false;
  private lastFlush = 0;
  /** Every mention in document order, kept until the highlights change. */
  private ordered: MentionRecord[] | undefined;

  constructor(
    private readonly doc: Document,
    private readonly options: ScannerOptions,
    signal: AbortSignal,
  ) {
    this.skip = createSkipTest(options);
    this.selector = skipSelector(options);
    this.sliceMs = options.sliceMs ?? 8;
    this.observer = new MutationObserver((mutations) => this.onMutations(mutations));
    // A posted message runs as its own task soon after, without setTimeout's 4 ms clamp.
    this.channel.port1.onmessage = () => this.pump();
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Starts: viewport blocks now, the rest of the document in slices, then changes as they come. */
  start(): void {
    if (this.stopped) return;
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true });
    this.scanViewport();
    this.lastFlush = Number.NEGATIVE_INFINITY; // the first slice (the top of the page) shows at once
    this.jobs.push(this.walkJob(this.doc));
    this.schedule();
  }

  /** The shadow roots found so far (hit-testing needs them). */
  knownShadowRoots(): ShadowRoot[] {
    return [...this.shadowRoots];
  }

  /** True when no work is queued: every mention on the page is highlighted. */
  get idle(): boolean {
    return this.jobs.length === 0 && this.dirty.size === 0;
  }

  /** Every mention, in document order. */
  mentionsInOrder(): MentionRecord[] {
    if (this.ordered) return this.ordered;
    const all: MentionRecord[] = [];
    for (const block of this.records.values()) all.push(...block.mentions);
    this.ordered = all.sort((a, b) => {
      if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
      const position = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
      return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return this.ordered;
  }

  private stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.channel.port1.onmessage = null;
    this.channel.port1.close();
    this.jobs.length = 0;
    this.dirty.clear();
    this.records.clear();
    this.options.registry.clear();
  }

  private walkJob(root: Node, added = false): WalkJob {
    const walk = new TextWalk(
      root,
      this.skip,
      (shadow) => this.addShadowRoot(shadow),
      undefined,
      this.options.shadowRootOf,
    );
    return { root, added, walk };
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.jobs.push(this.walkJob(root));
  }

  /**
   * Matches the blocks under a grid of points in the viewport, synchronously. At the top of a
   * page the walk in document order reaches the viewport first anyway, and hit-testing a huge
   * page costs milliseconds per point, so the grid is only for a page that is scrolled.
   */
  private scanViewport(): void {
    const view = this.doc.defaultView;
    const width = this.doc.documentElement.clientWidth || 0;
    const height = this.doc.documentElement.clientHeight || 0;
    if (!width || !height || !view || view.scrollY < height / 2) return;
    const seen = new Set<BlockContainer>();
    for (let row = 0; row < VIEWPORT_GRID.rows; row++) {
      for (let column = 0; column < VIEWPORT_GRID.columns; column++) {
        const x = ((column + 0.5) / VIEWPORT_GRID.columns) * width;
        const y = ((row + 0.5) / VIEWPORT_GRID.rows) * height;
        const element = this.doc.elementFromPoint(x, y);
        if (!element || element.closest(this.selector)) continue;
        const container = blockContainerOf(element);
        if (seen.has(container)) continue;
        seen.add(container);
        this.rescanBlock(container);
      }
    }
    this.flushChange();
  }

  private schedule(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.channel.port2.postMessage(null);
  }

  /** One slice of work: changed blocks first (the reader is looking at them), then the walks. */
  private pump(): void {
    this.scheduled = false;
    if (this.stopped) return;
    const started = performance.now();
    const deadline = started + this.sliceMs;
    for (const container of this.dirty) {
      this.dirty.delete(container);
      this.rescanBlock(container);
      if (performance.now() >= deadline) break;
    }
    while (this.jobs.length && performance.now() < deadline) {
      const job = this.jobs[0] as WalkJob;
      job.walk.step(deadline, (block) => this.applyWalked(block, job));
      if (job.walk.done) this.jobs.shift();
    }
    // While a long walk runs, show what it found every so often, not after every slice (see
    // HighlightRegistry.addBlock on why batches matter).
    if (this.idle || started - this.lastFlush > PROGRESS_FLUSH_MS) {
      this.lastFlush = started;
      this.flushChange();
    }
    this.options.onTask?.(performance.now() - started);
    if (!this.idle) this.schedule();
    else this.options.onIdle?.();
  }

  /** Records that the highlights changed: listeners hear of it, the mention order is recomputed. */
  private touch(): void {
    this.changed = true;
    this.ordered = undefined;
  }

  private flushChange(): void {
    this.options.registry.flush();
    if (!this.changed) return;
    this.changed = false;
    this.options.onChange?.();
  }

  /** A block found by a walk: matched unless already fresh; partial blocks become re-scans. */
  private applyWalked(block: BlockText, job: WalkJob): void {
    const { container } = block;
    const { root } = job;
    if (container !== root && root.nodeType === 1 && container.contains(root)) {
      // The walk started inside this block (an added inline element): read the whole block.
      this.markDirty(container);
      return;
    }
    if (!job.added && this.fresh.has(container)) return;
    this.apply(block);
  }

  /** Reads one block's own text again and replaces its mentions. */
  private rescanBlock(container: BlockContainer): void {
    if (!container.isConnected) {
      this.drop(container);
      return;
    }
    const walk = new TextWalk(
      container,
      this.skip,
      (shadow) => this.addShadowRoot(shadow),
      container,
      this.options.shadowRootOf,
    );
    const own = walk.all().find((b) => b.container === container);
    if (own) this.apply(own);
    else this.drop(container);
    this.fresh.add(container);
  }

  /** Matches a block's text and swaps its old mentions for the new ones. */
  private apply(block: BlockText): void {
    this.fresh.add(block.container);
    const found = this.options.matcher.find(block.text);
    const previous = this.records.get(block.container);
    if (previous) {
      this.options.registry.removeBlock(previous);
      this.records.delete(block.container);
      this.touch();
    }
    if (found.length === 0) return;
    const record: BlockRecord = { container: block.container, nodes: block.nodes, mentions: [] };
    const { nodes, starts } = block;
    let i = 0;
    for (const mention of found) {
      while (i + 1 < nodes.length && (starts[i + 1] as number) <= mention.start) i++;
      let j = i;
      while (j + 1 < nodes.length && (starts[j + 1] as number) < mention.end) j++;
      record.mentions.push({
        topicId: mention.topicId,
        form: mention.form,
        block: record,
        range: new StaticRange({
          startContainer: nodes[i] as Text,
          startOffset: mention.start - (starts[i] as number),
          endContainer: nodes[j] as Text,
          endOffset: mention.end - (starts[j] as number),
        }),
      });
    }
    this.records.set(block.container, record);
    this.options.registry.addBlock(record);
    this.touch();
  }

  private drop(container: BlockContainer): void {
    // A block that leaves may come back (a tab panel, a re-sorted list): it must be read again then.
    this.fresh.delete(container);
    const previous = this.records.get(container);
    if (!previous) return;
    this.options.registry.removeBlock(previous);
    this.records.delete(container);
    this.touch();
  }

  private markDirty(container: BlockContainer): void {
    this.fresh.delete(container);
    this.dirty.add(container);
  }

  /** Marks the block of a changed node, unless the node sits where mentions are never read. */
  private markNodeDirty(node: Node): void {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (element?.closest(this.selector)) return;
    this.markDirty(blockContainerOf(node));
  }

  private onMutations(mutations: MutationRecord[]): void {
    if (this.stopped) return;
    const started = performance.now();
    let removedElement = false;
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        this.markNodeDirty(mutation.target);
        continue;
      }
      if (mutation.type !== 'childList') continue;
      const target = mutation.target;
      if (mutation.removedNodes.length) {
        this.markNodeDirty(target);
        for (const node of mutation.removedNodes) if (node.nodeType === 1) removedElement = true;
      }
      for (const node of mutation.addedNodes) {
        if (node.nodeType === 3) this.markNodeDirty(node);
        else if (node.nodeType === 1 && !(node as Element).closest(this.selector) && node.isConnected) {
          this.jobs.push(this.walkJob(node, true));
        }
      }
    }
    if (removedElement) this.sweep();
    this.options.onTask?.(performance.now() - started);
    // Handle the change now, inside this microtask and before the browser renders it, so that
    // an added paragraph appears already highlighted; a slice's deadline bounds the work, and
    // what is left (a big insertion) goes on in later slices.
    if (!this.scheduled) this.pump();
    else this.schedule();
  }

  /** Drops the blocks that left the page with a removed subtree. */
  private sweep(): void {
    for (const [container, record] of this.records) {
      if (!container.isConnected) {
        this.options.registry.removeBlock(record);
        this.records.delete(container);
        this.fresh.delete(container);
        this.touch();
      }
    }
    for (const root of this.shadowRoots) if (!root.isConnected) this.shadowRoots.delete(root);
  }
}
