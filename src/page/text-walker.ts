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
  /** Finds an element's shadow root; the extension's version also finds closed ones. */
  shadowRootOf?: (element: Element) => ShadowRoot | null | undefined;
}

/** The shadow root a page script could see: open ones only. */
export function openShadowRootOf(element: Element): ShadowRoot | null {
  return element.shadowRoot;
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
  /** Something separated the text since the last node (a <br>, a nested block). */
  separated: boolean;
}

function openBlock(container: BlockContainer): OpenBlock {
  return { container, nodes: [], starts: [], parts: [], length: 0, separated: false };
}

/**
 * A resumable walk over one root. `step(deadline, emit)` walks until the deadline (a
 * `performance.now()` value), handing over each block as it closes; `done` tells when it ended.
 * Shadow roots met on the way are handed to `onShadowRoot` so the caller can walk and observe them.
 *
 * The walk follows firstChild/nextSibling with its own stack instead of a TreeWalker: it then
 * knows when it leaves an element, so the current block is simply the top of a stack, with no
 * per-node ancestor look-ups (measured: the TreeWalker version spent 75 ms on a 5 MB page's
 * bookkeeping where this spends a fraction; the bare walk is ~6 ms either way).
 */
export class TextWalk {
  /** Elements whose children are being walked, outermost first. */
  private readonly stack: Node[] = [];
  /** Open blocks, innermost last; the first is the root's own container. */
  private readonly blocks: OpenBlock[];
  /** The element each open block belongs to (null for the root's container). */
  private readonly blockOwners: Array<Node | null>;
  private next: Node | null;
  private readonly rootContainer: BlockContainer;
  private emit: (block: BlockText) => void = () => {};
  done = false;

  constructor(
    private readonly root: Node,
    private readonly skip: (element: Element) => boolean,
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
    /** When set, only text owned by this container is collected (a block's own re-scan). */
    private readonly onlyContainer?: BlockContainer,
    private readonly shadowRootOf: (element: Element) => ShadowRoot | null | undefined = openShadowRootOf,
  ) {
    this.rootContainer =
      root instanceof Element && isBlockElement(root)
        ? root
        : root instanceof Element || root.nodeType === 3
          ? blockContainerOf(root)
          : (root as BlockContainer);
    this.blocks = [openBlock(this.rootContainer)];
    this.blockOwners = [null];
    this.next = root;
  }

  /**
   * Walks until `deadline`, handing each block to `emit` as soon as it is complete (so the
   * caller's work on it counts against the same deadline). Blocks still open at the stop stay
   * open until the next step.
   */
  step(deadline: number, emit: (block: BlockText) => void): void {
    this.emit = emit;
    if (this.done) return;
    let node = this.resync(this.next);
    let visited = 0;
    while (node) {
      let descend = false;
      const type = node.nodeType;
      if (type === 3) {
        this.addText(node as Text);
      } else if (type === 1) {
        descend = this.visitElement(node as Element);
      } else if (type === 9 || type === 11) {
        descend = true; // the document or a shadow root as the root of the walk
      }
      const child = descend ? node.firstChild : null;
      if (child) {
        this.stack.push(node);
        node = child;
      } else {
        node = this.after(node);
      }
      // Checking the clock every node would cost more than the work; every 128 is cheap enough.
      if ((++visited & 127) === 0 && node && performance.now() >= deadline) break;
    }
    this.next = node;
    if (!node) {
      this.done = true;
      for (let i = this.blocks.length - 1; i >= 0; i--) this.close(this.blocks[i] as OpenBlock);
      this.blocks.length = 0;
    }
  }

  /** Walks to the end at once and returns every block (tests, single-block re-scans). */
  all(): BlockText[] {
    const blocks: BlockText[] = [];
    this.step(Number.POSITIVE_INFINITY, (block) => blocks.push(block));
    return blocks;
  }

  /** The node after `node` (whose subtree is done), leaving elements on the way up. */
  private after(node: Node): Node | null {
    let current = node;
    for (;;) {
      if (current === this.root) return null;
      const sibling = current.nextSibling;
      if (sibling) return sibling;
      const parent = this.stack.pop();
      if (!parent) return null;
      this.leave(parent);
      current = parent;
    }
  }

  /**
   * Between two slices the page may have moved or removed the node the walk was about to visit.
   * Then the walk starts again at the deepest ancestor still in place: blocks it already handed
   * over come again (the caller skips the unchanged ones), the open block there restarts empty,
   * and whatever the page changed is re-read by the caller's MutationObserver anyway.
   */
  private resync(next: Node | null): Node | null {
    const stack = this.stack;
    if (!next || next === this.root || next.parentNode === stack[stack.length - 1]) return next;
    let keep = 0;
    while (keep < stack.length && (keep === 0 || (stack[keep] as Node).parentNode === stack[keep - 1])) keep++;
    stack.length = keep;
    while (this.blockOwners.length > 1 && !stack.includes(this.blockOwners[this.blockOwners.length - 1] as Node)) {
      this.blockOwners.pop();
      this.blocks.pop();
    }
    const block = this.blocks[this.blocks.length - 1];
    if (block) Object.assign(block, openBlock(block.container));
    const anchor = stack[keep - 1];
    if (!anchor) return this.root;
    if (anchor.firstChild) return anchor.firstChild;
    stack.pop();
    this.leave(anchor);
    return this.after(anchor);
  }

  /** Visits an element; true when its children are to be walked. */
  private visitElement(element: Element): boolean {
    if (this.skip(element)) {
      this.separate();
      return false;
    }
    const shadow = this.shadowRootOf(element);
    if (shadow) this.onShadowRoot(shadow);
    const tag = element.tagName;
    if (BLOCK_TAGS.has(tag)) {
      if (element === this.rootContainer) return true;
      this.separate();
      // A block re-scan stops at nested blocks: they are blocks of their own.
      if (this.onlyContainer) return false;
      this.blocks.push(openBlock(element));
      this.blockOwners.push(element);
      return true;
    }
    if (SEPARATING_TAGS.has(tag)) this.separate();
    return true;
  }

  /** Leaving an element: if it owns the innermost open block, that block is complete. */
  private leave(element: Node): void {
    if (this.blockOwners[this.blockOwners.length - 1] !== element) return;
    this.blockOwners.pop();
    this.close(this.blocks.pop() as OpenBlock);
    this.separate();
  }

  private close(block: OpenBlock): void {
    if (block.nodes.length) this.emit(finish(block));
  }

  private separate(): void {
    const block = this.blocks[this.blocks.length - 1];
    if (block?.nodes.length) block.separated = true;
  }

  private addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    const block = this.blocks[this.blocks.length - 1];
    if (!block) return;
    if (block.separated) {
      block.parts.push(SEPARATOR);
      block.length += SEPARATOR.length;
      block.separated = false;
    }
    block.nodes.push(node);
    block.starts.push(block.length);
    block.parts.push(data);
    block.length += data.length;
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
