/**
 * Character classes shared by the alias compiler and the context rules.
 * Everything is built for a regex WITHOUT the `u` flag: full-width ASCII (U+FF01–U+FF5E) is one
 * UTF-16 unit per character, so a per-character class keeps match offsets equal to offsets in the
 * original text and no normalisation pass (with its offset map) is needed.
 */

/** Distance between an ASCII character and its full-width twin (`A` U+0041 → `Ａ` U+FF21). */
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Body of a regex character class for "a Latin letter or digit": what may NOT sit next to a
 * Latin alias. ASCII, Latin-1 and Latin Extended-A/B letters (minus × and ÷), full-width digits
 * and letters. Everything else — spaces, punctuation, CJK — is a boundary, so `采购NVIDIA芯片` matches.
 */
export const LATIN_WORD_CLASS =
  'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A';

/** True when the UTF-16 code unit is a Latin letter or digit in the sense of {@link LATIN_WORD_CLASS}. */
export function isLatinWordChar(code: number): boolean {
  // Ordered by frequency in real pages: ASCII first, so most calls return after two comparisons.
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (code <= 0x24f) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  return (code >= 0xff41 && code <= 0xff5a) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff10 && code <= 0xff19);
}

/** Escapes one character for use inside a regex character class or as a literal. */
function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** Escapes a string for use as a regex literal (CJK aliases are matched verbatim). */
export function escapeLiteral(text: string): string {
  let out = '';
  for (const ch of text) out += escapeChar(ch);
  return out;
}

/**
 * Regex source matching one character of a Latin alias in either case and either width:
 * `o` → `[oOｏＯ]`, `-` → ASCII, Unicode (U+2010/2011) or full-width hyphen, a space → any run of whitespace.
 * Explicit classes instead of the `i` flag: `i` does not fold width, and one class per
 * position costs the same as a case-folded literal.
 */
export function latinCharPattern(ch: string): string {
  if (ch === ' ') return '\\s+';
  if (ch === '-') return '[-\\u2010\\u2011\\uFF0D]';
  const variants = new Set<string>();
  for (const v of [ch, ch.toLowerCase(), ch.toUpperCase()]) {
    variants.add(v);
    const code = v.charCodeAt(0);
    if (v.length === 1 && code >= 0x21 && code <= 0x7e) variants.add(String.fromCharCode(code + FULL_WIDTH_OFFSET));
  }
  if (variants.size === 1) return escapeChar(ch);
  return `[${[...variants].map(escapeChar).join('')}]`;
}

/** Regex source for a whole Latin form, case- and width-insensitive (see {@link latinCharPattern}). */
export function latinFormPattern(form: string): string {
  let out = '';
  for (const ch of form) out += latinCharPattern(ch);
  return out;
}

/** Case-insensitive ASCII-only pattern for context word lists (they need no full-width forms). */
export function asciiCaseless(word: string): string {
  let out = '';
  for (const ch of word) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out += lo === up ? escapeChar(ch) : `[${up}${lo}]`;
  }
  return out;
}

/**
 * Makes the ASCII letters of a regex SOURCE case-insensitive (`spirits?` → `[Ss][Pp]…[Ss]?`),
 * leaving its operators alone. Only for sources without classes or escapes containing letters.
 */
export function caselessSource(source: string): string {
  return source.replace(/[A-Za-z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
}
