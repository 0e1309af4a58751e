/**
 * Whether the page around an element is dark, so that a card on `auto` theme matches the page
 * rather than only the OS (a dark site on a light OS, or the reverse).
 */

function parseRgb(color: string): [number, number, number, number] | undefined {
  const m = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour. */
export function luminance([r, g, b]: readonly number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);
}

/**
 * True when the first opaque background behind `element` is dark, false when light, undefined
 * when the page paints none (then the browser's canvas colour, i.e. the OS scheme, decides).
 */
export function pageLooksDark(element: Element): boolean | undefined {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const rgba = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba) < 0.2;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  if (scheme === 'dark') return true;
  if (scheme === 'light') return false;
  return undefined;
}
