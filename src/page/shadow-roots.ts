/**
 * Closed shadow roots: a page cannot reach them, but an extension can (Chromium's
 * `dom.openOrClosedShadowRoot`, Firefox's `openOrClosedShadowRoot()` on elements in content
 * scripts). https://developer.chrome.com/docs/extensions/reference/api/dom
 */
import { browser } from 'wxt/browser';

type WithClosedRoot = Element & { openOrClosedShadowRoot?: () => ShadowRoot | null };

/**
 * The element's shadow root, open or closed; undefined for none. Only custom elements are asked
 * for a closed one (the call costs a trip into the browser, and built-in elements that can host a
 * shadow root almost always use open ones), and any failure means none.
 */
export function shadowRootOf(element: Element): ShadowRoot | undefined {
  if (element.shadowRoot) return element.shadowRoot;
  if (!element.tagName.includes('-')) return undefined;
  try {
    const viaElement = (element as WithClosedRoot).openOrClosedShadowRoot?.();
    if (viaElement) return viaElement;
    return (
      (
        browser as unknown as { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } }
      ).dom?.openOrClosedShadowRoot?.(element) ?? undefined
    );
  } catch {
    return undefined;
  }
}
