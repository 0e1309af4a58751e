/**
 * Replaces a test document's body with parsed markup. Tests build fixtures from strings; this keeps
 * `innerHTML` out of the source tree altogether (the extension itself never parses HTML strings).
 */
export function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}
