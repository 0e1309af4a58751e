/**
 * Walks a DOM subtree once and groups its text nodes into blocks (a paragraph, a heading, a list
 * item, a shadow root…), because mentions are matched on a block's whole text: context rules look
 * at the surrounding block, and `Deep<b>Seek</b>` is one mention across two text nodes.
 *
 * One TreeWalker pass, no per-keyword loops, no layout reads. The walk can stop after a time
 * budget and resume later (slicing); blocks still open at the stop are kept until they close.
 */

/** Elements whose text is never a mention: code, scripts, form fields, the extension's own UI. */
const ALWAYS_SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SVG',
  'svg',
  'MATH',
  'math',
  'VIEWPOINT-LENS-UI',
  'HEAD',
  'TITLE',
]);
const CODE_TAGS = ['CODE', 'PRE', 'KBD', 'SAMP'];

/** Block-level tags: each starts its own block of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Inline elements that still separate words (`DeepSeek<br>OpenAI` is two mentions). */
const SEPARATING_TAGS = new Set(['BR', 'HR', 'IMG', 'WBR', 'RUBY', 'RT', 'RP']);

/** The text between two text nodes that something separates; a newline never joins words. */
export const SEPARATOR = '\n';

/** A block's container: the block element, or a shadow root / document for loose text. */
export type BlockContainer = Element | DocumentFragment | Document;

export interface WalkOptions {
  /** Highlight inside code, pre, kbd, samp (off by default). */
  includeCode: boolean;
}

/** The text of one block, with where each text node starts in it. */
export interface BlockText {
  container: BlockContainer;
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: number[];
  text: string;
}

/** Builds the skip test for a walk. */
export function createSkipTest(options: WalkOptions): (element: Element) => boolean {
  const skipped = new Set(ALWAYS_SKIPPED);
  if (!options.includeCode) for (const tag of CODE_TAGS) skipped.add(tag);
  return (element) => {
    if (skipped.has(element.tagName)) return true;
    // Editable regions belong to the user; an attribute check avoids a style read.
    const editable = element.getAttribute('contenteditable');
    return editable !== null && editable !== 'false';
  };
}

/** CSS selector equivalent of the skip test, for checks that start from a single node. */
export function skipSelector(options: WalkOptions): string {
  const tags = [...ALWAYS_SKIPPED].filter((t) => t === t.toUpperCase() || t === 'svg' || t === 'math');
  const list = [...new Set(tags.map((t) => t.toLowerCase()))];
  if (!options.includeCode) list.push(...CODE_TAGS.map((t) => t.toLowerCase()));
  list.push('[contenteditable]:not([contenteditable="false"])');
  return list.join(',');
}

/** True for tags that start a block of their own. */
export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

/** The block a node's text belongs to: the nearest block ancestor, else its root. */
export function blockContainerOf(node: Node): BlockContainer {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element) {
    if (BLOCK_TAGS.has(element.tagName)) return element;
    if (!element.parentElement) break;
    element = element.parentElement;
  }
  const root = (element ?? node).getRootNode();
  return root instanceof Document || root instanceof DocumentFragment ? root : (element ?? document);
}

interface OpenBlock {
  container: BlockContainer;
  nodes: Text[];
  starts: number[];
  parts: string[];
  length: number;
  epoch: number;
}

/**
 * A resumable walk over one root. `step(deadline)` walks until the deadline (a
 * `performance.now()` value) and returns the blocks that closed; `done` tells when it ended.
 * Shadow roots met on the way are handed to `onShadowRoot` so the caller can walk and observe them.
 */
export class TextWalk {
  private readonly walker: TreeWalker;
  private readonly open = new Map<BlockContainer, OpenBlock>();
  private readonly memo = new Map<Element, BlockContainer>();
  private readonly rootContainer: BlockContainer;
  private readonly stack: BlockContainer[] = [];
  private emit: (block: BlockText) => void = () => {};
  private epoch = 0;
  done = false;

  constructor(
    private readonly root: Node,
    private readonly skip: (element: Element) => boolean,
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
    /** When set, only text owned by this container is collected (a block's own re-scan). */
    private readonly onlyContainer?: BlockContainer,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.rootContainer =
      root instanceof Element && isBlockElement(root)
        ? root
        : root instanceof Element
          ? blockContainerOf(root)
          : (root as BlockContainer);
  }

  /**
   * Walks until `deadline`, handing each block to `emit` as soon as it is complete (so the
   * caller's work on it counts against the same deadline). Blocks still open at the stop stay
   * open until the next step.
   */
  step(deadline: number, emit: (block: BlockText) => void): void {
    this.emit = emit;
    const walker = this.walker;
    let visited = 0;
    let node: Node | null = walker.currentNode === this.root ? this.enter(this.root) : walker.nextNode();
    while (node) {
      if (node.nodeType === 3) {
        this.addText(node as Text);
      }
      // Checking the clock every node would cost more than the work; every 128 is cheap enough.
      if ((++visited & 127) === 0 && performance.now() >= deadline) break;
      node = this.nextFrom(node);
    }
    if (!node) {
      this.done = true;
      for (const block of this.open.values()) emit(finish(block));
      this.open.clear();
      this.stack.length = 0;
    } else {
      this.closeOutside(node);
      this.memo.clear(); // The DOM may change before the next slice.
    }
  }

  /** Walks to the end at once and returns every block (tests, single-block re-scans). */
  all(): BlockText[] {
    const blocks: BlockText[] = [];
    this.step(Number.POSITIVE_INFINITY, (block) => blocks.push(block));
    return blocks;
  }

  /**
   * Emits the open blocks the walk has left, i.e. that do not contain `node`. In document order
   * a left block never gets more text, and the open blocks form a stack of nested containers,
   * so only the top of the stack needs checking: usually one `contains` call.
   */
  private closeOutside(node: Node): void {
    const stack = this.stack;
    while (stack.length) {
      const top = stack[stack.length - 1] as BlockContainer;
      if (top === node || top.contains(node)) break;
      stack.pop();
      const block = this.open.get(top);
      if (block) {
        this.open.delete(top);
        this.emit(finish(block));
      }
    }
  }

  /** Handles the root itself, then moves on. */
  private enter(root: Node): Node | null {
    if (root.nodeType === 3) {
      this.addText(root as Text);
      return null;
    }
    if (root.nodeType === 1 && this.visitElement(root as Element)) return null;
    return this.nextFrom(root);
  }

  /** The node after `node` in document order, skipping subtrees that must not be read. */
  private nextFrom(_current: Node): Node | null {
    const walker = this.walker;
    let next = walker.nextNode();
    while (next && next.nodeType === 1) {
      if (!this.visitElement(next as Element)) return next;
      // Skip this element's subtree: its next sibling, or an ancestor's.
      let sibling = walker.nextSibling();
      while (!sibling && walker.parentNode()) sibling = walker.nextSibling();
      next = sibling;
    }
    return next;
  }

  /** Visits an element; true when its subtree is to be skipped. */
  private visitElement(element: Element): boolean {
    if (this.skip(element)) {
      this.epoch++;
      return true;
    }
    if (element.shadowRoot) this.onShadowRoot(element.shadowRoot);
    const block = BLOCK_TAGS.has(element.tagName);
    if (block) this.closeOutside(element);
    if (block || SEPARATING_TAGS.has(element.tagName)) {
      this.epoch++;
      // A block re-scan stops at nested blocks: they are blocks of their own.
      if (this.onlyContainer && element !== this.onlyContainer && BLOCK_TAGS.has(element.tagName)) return true;
    }
    return false;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    const container = this.containerOf(node);
    if (this.onlyContainer && container !== this.onlyContainer) return;
    let block = this.open.get(container);
    if (!block) {
      block = { container, nodes: [], starts: [], parts: [], length: 0, epoch: this.epoch };
      this.open.set(container, block);
      this.stack.push(container);
    } else if (block.epoch !== this.epoch) {
      block.parts.push(SEPARATOR);
      block.length += SEPARATOR.length;
    }
    block.epoch = this.epoch;
    block.nodes.push(node);
    block.starts.push(block.length);
    block.parts.push(data);
    block.length += data.length;
  }

  private containerOf(node: Text): BlockContainer {
    const parent = node.parentElement;
    if (!parent) return (node.parentNode as BlockContainer | null) ?? this.rootContainer;
    return this.blockOf(parent);
  }

  private blockOf(element: Element): BlockContainer {
    const known = this.memo.get(element);
    if (known) return known;
    let result: BlockContainer;
    if (BLOCK_TAGS.has(element.tagName)) result = element;
    else if (element.parentElement) result = this.blockOf(element.parentElement);
    else result = (element.parentNode as BlockContainer | null) ?? this.rootContainer;
    this.memo.set(element, result);
    return result;
  }
}

function finish(block: OpenBlock): BlockText {
  return {
    container: block.container,
    nodes: block.nodes,
    starts: block.starts,
    text: block.parts.length === 1 ? (block.parts[0] as string) : block.parts.join(''),
  };
}
