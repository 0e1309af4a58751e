/**
 * Makes the highlight style and colour settings visible on a page without touching the page:
 * one constructed style sheet in `document.adoptedStyleSheets` (DESIGN.md contract 3 allows no
 * <style> element). The manifest CSS (entrypoints/content/highlights.css) paints the defaults
 * and survives any Content-Security-Policy; this sheet exists only while the reader's choice
 * differs from them, and is replaced in place on every change.
 */
import { highlightCss, isDefaultHighlightLook } from '../settings/highlight-palette';
import type { Settings } from '../settings/schema';

type LookSettings = Pick<Settings, 'highlightStyle' | 'topicColors'>;

/** The extension's one sheet in one document, for one lifetime. */
class DocumentHighlightStyle {
  private sheet: CSSStyleSheet | undefined;
  private css = '';

  constructor(
    private readonly doc: Document,
    readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.teardown(), { once: true });
  }

  update(settings: LookSettings): void {
    if (this.signal.aborted) return;
    if (isDefaultHighlightLook(settings)) {
      this.teardown();
      return;
    }
    try {
      const css = highlightCss(settings);
      if (!this.sheet) {
        // The sheet must come from the document's own realm (an iframe's document has another).
        const Sheet = this.doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
        this.sheet = new Sheet();
      }
      if (css !== this.css) {
        this.sheet.replaceSync(css);
        this.css = css;
      }
      // Checked on every update: a page may have assigned its own array and dropped ours.
      if (!this.attached()) this.attach();
    } catch {
      // No constructable sheets (old browser) or the page froze the array: the defaults still
      // show through the manifest CSS, and the page must never see an error of ours.
    }
  }

  private attached(): boolean {
    return !!this.sheet && Array.from(this.doc.adoptedStyleSheets).includes(this.sheet);
  }

  private attach(): void {
    if (!this.sheet) return;
    const sheets = this.doc.adoptedStyleSheets;
    // In-place push keeps the page's own sheets and is what Firefox allows from a content
    // script (assigning an array there throws); older Chromium only supports assignment.
    if (typeof sheets.push === 'function') sheets.push(this.sheet);
    else this.doc.adoptedStyleSheets = [...sheets, this.sheet];
  }

  /** Removes the sheet from the document (it is added back by the next non-default update). */
  teardown(): void {
    try {
      const sheets = this.doc.adoptedStyleSheets;
      const index = this.sheet ? Array.from(sheets).indexOf(this.sheet) : -1;
      if (index < 0) return;
      if (typeof sheets.splice === 'function') sheets.splice(index, 1);
      else this.doc.adoptedStyleSheets = Array.from(sheets).filter((sheet) => sheet !== this.sheet);
    } catch {
      // Same as in update(): never an error on the page.
    }
  }
}

const styles = new WeakMap<Document, DocumentHighlightStyle>();

/**
 * Shows `settings`' highlight style and colours in `doc` until `signal` aborts; call again with
 * the same signal after every settings change to update the same sheet in place.
 */
export function applyHighlightStyle(doc: Document, settings: LookSettings, signal: AbortSignal): void {
  if (signal.aborted) return;
  let style = styles.get(doc);
  if (!style || style.signal !== signal) {
    // A new lifetime replaces the old one's sheet rather than stacking a second one on it.
    style?.teardown();
    style = new DocumentHighlightStyle(doc, signal);
    styles.set(doc, style);
  }
  style.update(settings);
}
