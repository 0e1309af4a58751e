/**
 * The one element the extension adds to a page: `<viewpoint-lens-ui>`, a child of <html> with an
 * open shadow root that holds the hover card (DESIGN.md contract 3). Styles go in as constructed
 * stylesheets, which a page's Content-Security-Policy cannot block (a <style> element could be).
 * Placement is @floating-ui/dom: flip to the side with room, shift along it, and cap the height,
 * so the card stays fully on screen and never covers the mention.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../ui/card/card.css?inline';
import { HoverCard, type HoverCardProps } from '../ui/card/HoverCard';
import themeCss from '../ui/components/theme.css?inline';
import viewpointCss from '../ui/components/viewpoint.css?inline';
import type { MentionRecord } from './highlight-registry';
import { mentionRects } from './hit-test';

export const UI_TAG = 'viewpoint-lens-ui';
const MARGIN = 8;

/** A floating-ui reference for a mention: its current rects, read afresh on every update. */
function mentionReference(mention: MentionRecord) {
  const rects = () => mentionRects(mention);
  return {
    getBoundingClientRect() {
      const all = rects();
      if (all.length === 0) return new DOMRect(-9999, -9999, 0, 0);
      const left = Math.min(...all.map((r) => r.left));
      const top = Math.min(...all.map((r) => r.top));
      const right = Math.max(...all.map((r) => r.right));
      const bottom = Math.max(...all.map((r) => r.bottom));
      return new DOMRect(left, top, right - left, bottom - top);
    },
    getClientRects: rects,
    contextElement: mention.range.startContainer.parentElement ?? undefined,
  };
}

export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | undefined;
  private mounting: Promise<ShadowRootContentScriptUi<void>> | undefined;
  private stopAutoUpdate: (() => void) | undefined;
  private mention: MentionRecord | undefined;
  private props: HoverCardProps | undefined;
  /** Bumped by hide(): a show() still waiting for the first mount must not bring a closed card back. */
  private generation = 0;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** The card's dialog element while it is shown. */
  get card(): HTMLElement | undefined {
    return (this.ui?.shadow.querySelector('[role="dialog"]') as HTMLElement | null) ?? undefined;
  }

  /** The host element, once created. */
  get host(): HTMLElement | undefined {
    return this.ui?.shadowHost;
  }

  /** The mention the card is shown for. */
  get current(): MentionRecord | undefined {
    return this.mention;
  }

  /** True when an event happened inside the extension's UI. */
  containsEvent(event: Event): boolean {
    const host = this.ui?.shadowHost;
    return !!host && event.composedPath().includes(host);
  }

  private async mount(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui) return this.ui;
    this.mounting ??= createShadowRootUi(this.ctx, {
      name: UI_TAG,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      onMount: (_container, shadow) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync([themeCss, viewpointCss, cardCss].join('\n'));
        shadow.adoptedStyleSheets = [sheet];
      },
      onRemove: () => {
        this.stopAutoUpdate?.();
      },
    }).then((ui) => {
      // Torn down while the UI was being created: WXT would not remove it again, so do not mount.
      if (this.ctx.isInvalid) throw new Error('content script context invalidated');
      ui.mount();
      this.ui = ui;
      return ui;
    });
    return this.mounting;
  }

  /** Shows (or re-renders) the card for `mention`, placed next to it. */
  async show(mention: MentionRecord, props: HoverCardProps): Promise<void> {
    const generation = this.generation;
    const ui = await this.mount();
    if (generation !== this.generation || this.ctx.isInvalid) return;
    const changed = this.mention !== mention;
    this.mention = mention;
    this.props = props;
    render(h(HoverCard, props), ui.uiContainer);
    const card = this.card;
    if (!card) return;
    if (changed || !this.stopAutoUpdate) {
      this.stopAutoUpdate?.();
      const reference = mentionReference(mention);
      this.stopAutoUpdate = autoUpdate(reference, card, () => void this.place(reference, card));
    }
  }

  /** Re-renders with changed props (data arrived, pinned, language…). */
  update(patch: Partial<HoverCardProps>): void {
    if (!this.props || !this.mention) return;
    this.show(this.mention, { ...this.props, ...patch }).catch(() => {});
  }

  private async place(reference: ReturnType<typeof mentionReference>, card: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        // A mention wrapped over two lines: anchor to the line under the pointer, not the box around both.
        inline(),
        offset(6),
        flip({ padding: MARGIN, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        shift({ padding: MARGIN }),
        size({
          padding: MARGIN,
          apply({ availableHeight, availableWidth, elements }) {
            elements.floating.style.maxHeight = `${Math.max(120, Math.min(480, availableHeight))}px`;
            elements.floating.style.maxWidth = `${Math.max(200, Math.min(420, availableWidth))}px`;
          },
        }),
      ],
    });
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
  }

  /** Hides the card; the host element stays for the next one. */
  hide(): void {
    this.generation++;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    this.mention = undefined;
    this.props = undefined;
    if (this.ui) render(null, this.ui.uiContainer);
  }

  /** Removes the host element from the page. */
  destroy(): void {
    this.hide();
    this.ui?.remove();
    this.ui = undefined;
    this.mounting = undefined;
  }
}
