/**
 * Identifies which alias a regex match is, without capture groups (one group per alias made the
 * 5 MB scan ~50% slower): look up the aliases that begin with the match's first folded character,
 * skip those of another length, compare the rest. A few integer comparisons per match, no allocation.
 */
import type { ContextRule, TopicId } from '../topics/topics';

/** What the matcher needs to know about a matched alias. */
export interface AliasSlot {
  readonly topicId: TopicId;
  /** Latin forms need word boundaries on both sides (checked by the matcher). */
  readonly latin: boolean;
  /** Present when the form is ambiguous. */
  readonly context: ContextRule | undefined;
  /** Longer aliases that end with this one (模型蒸馏 on 蒸馏), longest first; see regex-matcher.ts. */
  readonly extensions: readonly AliasExtension[];
}

/** A longer alias recognised by looking back from a match of the alias it ends with. */
export interface AliasExtension {
  /** The part before the host alias, anchored at the end (`模型$`, `knowledge\s+$`). */
  readonly prefix: RegExp;
  /** How far back to look: the prefix can be no longer (whitespace runs allowed for). */
  readonly lookback: number;
  readonly slot: AliasSlot;
}

const SPACE = 0x20;

/** True for the code units JS `\s` matches: the regex lets any run of them stand for one space. */
export function isSpaceCode(code: number): boolean {
  if (code > SPACE && code < 0xa0) return false; // printable ASCII: the common case
  return (
    code === SPACE ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Folds a code unit the way the regex classes do: width, case, hyphen variants, whitespace. */
export function foldCode(code: number): number {
  let c = code;
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII → ASCII
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c === 0x2010 || c === 0x2011) return 0x2d;
  return isSpaceCode(c) ? SPACE : c;
}

interface Candidate {
  /** The folded form, as code units. */
  readonly codes: readonly number[];
  /** False when a match may be longer than the form (whitespace runs, model-name suffixes). */
  readonly fixed: boolean;
  readonly slot: AliasSlot;
}

/** Aliases indexed by their first folded code unit (a small integer key: V8's fastest Map case). */
export class AliasIndex {
  private readonly byFirst = new Map<number, Candidate[]>();

  /** Adds `form`; `variable` when the regex may match more than the form itself (a model suffix). */
  add(form: string, slot: AliasSlot, variable = false): void {
    const codes: number[] = [];
    for (let i = 0; i < form.length; i++) codes.push(foldCode(form.charCodeAt(i)));
    const first = codes[0] ?? 0;
    const list = this.byFirst.get(first) ?? [];
    list.push({ codes, fixed: !variable && !codes.includes(SPACE), slot });
    // Longest first, so the first candidate that fits is the alias the alternation preferred.
    list.sort((a, b) => b.codes.length - a.codes.length);
    this.byFirst.set(first, list);
  }

  /** The slot of the longest alias that text[start, end) begins with (runs of spaces fold to one). */
  lookup(text: string, start: number, end: number): AliasSlot | undefined {
    const list = this.byFirst.get(foldCode(text.charCodeAt(start)));
    if (list === undefined) return undefined;
    const length = end - start;
    for (const candidate of list) {
      // A fixed-length form can only be the match if the lengths agree: skips most candidates.
      if (candidate.fixed && candidate.codes.length !== length) continue;
      if (fits(candidate.codes, text, start, end)) return candidate.slot;
    }
    return undefined;
  }
}

/** True when text[start, end) begins with the folded form `codes` (the first unit is already known to fit). */
function fits(codes: readonly number[], text: string, start: number, end: number): boolean {
  let i = start + 1;
  for (let k = 1; k < codes.length; k++) {
    if (i >= end) return false;
    const code = codes[k];
    let c = text.charCodeAt(i);
    // Inline fast path for ASCII; foldCode for the rest.
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c > 0x7e || c <= SPACE) c = foldCode(c);
    if (c !== code) return false;
    i++;
    // A run of whitespace in the text matches one space of the form.
    if (code === SPACE) while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  }
  return true;
}
