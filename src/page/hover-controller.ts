/**
 * When the hover card opens and closes (WCAG 1.4.13, content on hover or focus):
 * - it opens after the pointer rests on a mention for the configured delay (or on a tap, a click
 *   in click mode, keyboard focus on an element holding a mention, or the keyboard command);
 * - it stays while the pointer travels from the mention into the card (a short grace period)
 *   and while the pointer is over either;
 * - it closes when the pointer leaves both, on Escape (focus goes back where it was), when the
 *   mention scrolls far away, or on a click outside — unless pinned (Escape still closes);
 * - nothing opens while the reader selects text or types.
 * One passive, rAF-throttled pointermove listener does the hit-testing; highlights have no events.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBackground } from '../messaging/client';
import { getTopic, type TopicId } from '../topics/topics';
import type { CardData } from '../ui/card/HoverCard';
import { resolveLang } from '../ui/i18n';
import { resolveTheme, systemPrefersDark } from '../ui/theme';
import { CardHost } from './card-host';
import { type ContentApp, visibleMentions } from './content-app';
import type { MentionRecord } from './highlight-registry';
import { mentionAtPoint, mentionRects } from './hit-test';
import { pageLooksDark } from './page-colors';
import { ViewpointCache } from './viewpoint-cache';

/** Time to move from the mention into the card before it closes. */
const GRACE_MS = 350;
/** After a key press, hovering does not open cards for this long (the reader is typing). */
const TYPING_QUIET_MS = 800;
/** A mention this far outside the viewport has been scrolled away from. */
const FAR_AWAY_PX = 160;

type OpenedBy = 'hover' | 'focus' | 'tap' | 'keyboard' | 'popup';

interface OpenCard {
  mention: MentionRecord;
  pinned: boolean;
  openedBy: OpenedBy;
  /** Where focus goes back to on Escape, when the card took focus. */
  returnFocus?: HTMLElement | undefined;
}

export class HoverController {
  private readonly host: CardHost;
  private readonly cache = new ViewpointCache();
  private open: OpenCard | undefined;
  private candidate: MentionRecord | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private lastPointer: { event: PointerEvent; inCard: boolean } | undefined;
  private lastKeyAt = Number.NEGATIVE_INFINITY;
  private pointerDown = false;
  private lastNavigated: MentionRecord | undefined;
  /** For the benchmark: when the last open was decided, and how long the card then took to show. */
  lastOpenLatencyMs: number | undefined;

  constructor(
    ctx: ContentScriptContext,
    private readonly app: ContentApp,
  ) {
    this.host = new CardHost(ctx);
    const signal = ctx.signal;
    const options = { capture: true, passive: true, signal };
    window.addEventListener('pointermove', (e) => this.onPointerMove(e), options);
    window.addEventListener('pointerdown', (e) => this.onPointerDown(e), options);
    window.addEventListener('pointerup', () => (this.pointerDown = false), options);
    window.addEventListener('click', (e) => this.onClick(e), options);
    window.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    window.addEventListener('scroll', () => this.onScroll(), options);
    window.addEventListener('focusin', (e) => this.onFocusIn(e), options);
    app.onSettings(() => {
      if (!app.session()) this.close(false);
      else if (this.open) this.render(this.open.mention).catch(() => {});
    });
    signal.addEventListener('abort', () => {
      clearTimeout(this.openTimer);
      clearTimeout(this.closeTimer);
      cancelAnimationFrame(this.frame);
      this.host.destroy();
    });
  }

  /** The mention whose card is open. */
  get openMention(): MentionRecord | undefined {
    return this.open?.mention;
  }

  /**
   * Moves to the next visible mention (of one topic, or any), scrolls it into view and opens its
   * card with focus inside. Returns false when the page has none.
   */
  next(topicId?: TopicId, openedBy: OpenedBy = 'keyboard'): boolean {
    const mentions = visibleMentions(this.app, topicId);
    if (mentions.length === 0) return false;
    const from = this.open?.mention ?? this.lastNavigated;
    const index = from ? mentions.indexOf(from) : -1;
    let next = mentions[(index + 1) % mentions.length] as MentionRecord;
    if (index === -1 && from) {
      // The last one is gone (the page changed): continue from where it was in the document.
      const after = mentions.find(
        (m) =>
          from.range.startContainer.compareDocumentPosition(m.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      next = after ?? next;
    }
    this.lastNavigated = next;
    const element = next.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const focused = document.activeElement;
    const returnFocus =
      this.open?.returnFocus ??
      (focused instanceof HTMLElement && !this.host.host?.contains(focused) ? focused : undefined);
    this.show(next, openedBy, returnFocus, true);
    return true;
  }

  private settings() {
    return this.app.settings();
  }

  private busy(): boolean {
    if (this.pointerDown) return true;
    if (performance.now() - this.lastKeyAt < TYPING_QUIET_MS) return true;
    const selection = document.getSelection();
    return !!selection && !selection.isCollapsed && selection.toString().trim().length > 0;
  }

  private mentionAt(x: number, y: number): MentionRecord | undefined {
    const session = this.app.session();
    if (!session) return undefined;
    return mentionAtPoint(document, session.registry, x, y, session.scanner.knownShadowRoots());
  }

  private onPointerMove(event: PointerEvent): void {
    // composedPath() is empty once dispatch is over, so whether the pointer is in the card is
    // decided now, and the hit-testing waits for the next frame.
    this.lastPointer = { event, inCard: this.host.containsEvent(event) };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const last = this.lastPointer;
      if (last) this.handlePointer(last.event, last.inCard);
    });
  }

  private handlePointer(event: PointerEvent, inCard: boolean): void {
    if (event.pointerType === 'touch') return; // taps are handled on click
    if (inCard) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    const { trigger } = this.settings();
    // Hit-test in every mode: a card opened by a click must stay while the pointer is on its mention.
    const mention = this.mentionAt(event.clientX, event.clientY);
    if (mention && this.open?.mention === mention) {
      this.cancelClose();
      return;
    }
    if (this.open && !this.open.pinned && this.open.openedBy !== 'keyboard' && this.open.openedBy !== 'popup') {
      if (!mention || mention !== this.open.mention) this.scheduleClose();
    }
    const { modifierKey } = this.settings();
    const modifierHeld =
      modifierKey === 'shift' ? event.shiftKey : modifierKey === 'ctrl' ? event.ctrlKey : event.altKey;
    if (!mention || trigger === 'click' || (trigger === 'hover-modifier' && !modifierHeld) || this.busy()) {
      this.cancelOpen();
      return;
    }
    if (mention === this.candidate) return;
    this.cancelOpen();
    this.candidate = mention;
    void this.cache.get(mention.topicId); // warm the data while the delay runs
    this.openTimer = setTimeout(() => {
      this.candidate = undefined;
      this.show(mention, 'hover');
    }, this.settings().hoverDelayMs);
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.host.containsEvent(event)) return;
    this.pointerDown = event.pointerType === 'mouse';
    this.cancelOpen();
    if (this.open && !this.open.pinned) {
      const mention = this.mentionAt(event.clientX, event.clientY);
      if (mention !== this.open.mention) this.close(false);
    }
  }

  private onClick(event: MouseEvent): void {
    if (this.host.containsEvent(event)) return;
    const touch = (event as PointerEvent).pointerType === 'touch';
    if (!touch && this.settings().trigger !== 'click') return;
    if (this.busy() && !touch) return;
    const mention = this.mentionAt(event.clientX, event.clientY);
    if (mention) this.show(mention, 'tap');
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      this.close(true);
      return;
    }
    if (!event.altKey && !event.ctrlKey && !event.metaKey && event.key.length === 1) {
      this.lastKeyAt = performance.now();
      this.cancelOpen();
    }
  }

  private onScroll(): void {
    if (!this.open || this.open.pinned) return;
    const rects = mentionRects(this.open.mention);
    const rect = rects[0];
    const far =
      !rect ||
      rect.bottom < -FAR_AWAY_PX ||
      rect.top > window.innerHeight + FAR_AWAY_PX ||
      rect.right < -FAR_AWAY_PX ||
      rect.left > window.innerWidth + FAR_AWAY_PX;
    if (far) this.close(false);
  }

  /** Keyboard focus on an element that holds a mention (a link, say) shows that mention's card. */
  private onFocusIn(event: FocusEvent): void {
    const target = event.target;
    if (!(target instanceof Element) || this.host.containsEvent(event) || this.settings().trigger === 'click') return;
    if (target === document.body || target === document.documentElement) return;
    // Only blocks inside the focused element can hold its mentions: no walk over every mention.
    const registry = this.app.session()?.registry;
    if (!registry) return;
    let mention: MentionRecord | undefined;
    for (const block of registry.allBlocks()) {
      if (block.container !== target && !target.contains(block.container) && !block.container.contains(target))
        continue;
      mention = block.mentions.find((m) => registry.isVisible(m.topicId) && target.contains(m.range.startContainer));
      if (mention) break;
    }
    if (!mention || this.open?.mention === mention) return;
    this.cancelOpen();
    this.openTimer = setTimeout(() => this.show(mention, 'focus'), this.settings().hoverDelayMs);
  }

  private cancelOpen(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.candidate = undefined;
  }

  private scheduleClose(): void {
    if (this.closeTimer) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      if (this.open && !this.open.pinned) this.close(false);
    }, GRACE_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  /** Opens the card for a mention; `takeFocus` moves focus into it (keyboard and popup opens). */
  show(mention: MentionRecord, openedBy: OpenedBy, returnFocus?: HTMLElement, takeFocus = false): void {
    this.cancelClose();
    const pinned = this.open?.mention === mention ? this.open.pinned : false;
    this.open = { mention, pinned, openedBy, returnFocus };
    this.render(mention, takeFocus).catch(() => {
      // Only an invalidated extension context fails here; the teardown removes the card.
    });
  }

  private async render(mention: MentionRecord, takeFocus = false): Promise<void> {
    const started = performance.now();
    const settings = this.settings();
    const lang = resolveLang(settings.language);
    const element = mention.range.startContainer.parentElement;
    const theme = resolveTheme(
      settings.theme,
      element ? (pageLooksDark(element) ?? systemPrefersDark()) : systemPrefersDark(),
    );
    const topic = getTopic(mention.topicId);
    const cached = this.cache.peek(mention.topicId);
    const toData = (reply: NonNullable<typeof cached>): CardData =>
      reply.ok ? { state: 'ready', ...reply } : { state: 'error', message: reply.error.message };
    const open = this.open;
    const props = {
      topicName: topic?.name[lang] ?? mention.topicId,
      form: mention.form,
      data: cached ? toData(cached) : ({ state: 'loading' } as CardData),
      lang,
      theme,
      quoteFirst: settings.quoteFirst,
      pinned: open?.pinned ?? false,
      onPin: (pinned: boolean) => {
        if (this.open) this.open.pinned = pinned;
        this.host.update({ pinned });
      },
      onClose: () => this.close(true),
      lookupUrl: browser.runtime.getURL(`/lookup.html?topic=${mention.topicId}` as '/lookup.html'),
      onOpenLookup: () => void askBackground({ type: 'lookup/open', topicId: mention.topicId }),
      onRendered: () => {
        this.lastOpenLatencyMs = performance.now() - started;
        const card = this.host.card;
        if (card) card.dataset.openedAfterMs = this.lastOpenLatencyMs.toFixed(1);
        if (takeFocus) this.host.card?.focus();
      },
    };
    await this.host.show(mention, props);
    if (!cached) {
      const reply = await this.cache.get(mention.topicId);
      if (this.open?.mention === mention) this.host.update({ data: toData(reply) });
    }
  }

  /** Closes the card; `restoreFocus` puts focus back where it was before the card took it. */
  close(restoreFocus: boolean): void {
    this.cancelOpen();
    this.cancelClose();
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    const hadFocus = !!this.host.host && document.activeElement === this.host.host;
    this.host.hide();
    if (restoreFocus && hadFocus) open.returnFocus?.focus();
  }
}
