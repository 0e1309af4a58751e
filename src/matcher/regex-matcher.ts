/**
 * The regex implementation of `Matcher`: the aliases of the selected topics compiled into ONE
 * global regex, run once over the text. Context rules run only for the few candidates whose
 * alias is ambiguous. Replaceable by a trie / Aho-Corasick matcher behind the same interface.
 *
 * Speed notes (measured with Node 20 / V8 on 5 MB of mixed en/zh text; see the report):
 * - V8 skips ahead Boyer-Moore style only while at most 16 distinct values of `char & 127` can
 *   start a match. One more (e.g. a full-width capital, whose low bits equal ASCII punctuation)
 *   made the scan 3–4× slower. So aliases that end with another alias of the same topic
 *   (`knowledge distillation`, 模型蒸馏) are not alternatives of the regex: they are found by
 *   looking back from a match of the shorter alias ("extensions"). That keeps the first
 *   characters to d/o/n (both cases, both widths) and 深英辉輝蒸.
 * - No capture groups (one per alias cost ~50%): the matched alias is identified from its first
 *   character and length (alias-index.ts).
 * - Word boundaries are checked in JS on the matches: a lookbehind would run at every position,
 *   a lookahead after every match (~10%). No `u` flag, so full-width letters are single code
 *   units and offsets stay exact.
 */
import type { Topic } from '../topics/topics';
import { type AliasExtension, AliasIndex, type AliasSlot, foldCode } from './alias-index';
import { escapeLiteral, isLatinWordChar, LATIN_WORD_CLASS, latinFormPattern } from './char-classes';
import { contextAllows } from './context-rules';
import type { Matcher, Mention } from './index';
import { MODEL_FAMILY_TOPICS, MODEL_SUFFIX_PATTERN } from './model-names';

interface Entry {
  readonly topic: Topic;
  readonly form: string;
  readonly folded: string;
  readonly latin: boolean;
  readonly context: AliasSlot['context'];
  readonly extensions: AliasExtension[];
  /** Set when this alias is recognised by looking back from a shorter alias it ends with. */
  host: Entry | undefined;
}

function fold(form: string): string {
  let out = '';
  for (let i = 0; i < form.length; i++) out += String.fromCharCode(foldCode(form.charCodeAt(i)));
  return out;
}

/**
 * Regex source of one alias. `trailingBoundary` adds the "no Latin letter or digit next" lookahead
 * to Latin forms; the scanning regex leaves it out and checks that in JS, because the lookahead
 * after every match cost ~10% of the whole scan.
 */
function aliasSource(entry: Entry, trailingBoundary: boolean): string {
  if (!entry.latin) return escapeLiteral(entry.form);
  const suffix = MODEL_FAMILY_TOPICS.has(entry.topic.id) ? MODEL_SUFFIX_PATTERN : '';
  return `${latinFormPattern(entry.form)}${suffix}${trailingBoundary ? `(?![${LATIN_WORD_CLASS}])` : ''}`;
}

/** Compiles the aliases of `topics` into a regex matcher. */
export function createRegexMatcher(topics: readonly Topic[]): Matcher {
  const entries: Entry[] = [];
  for (const topic of topics) {
    for (const alias of topic.aliases) {
      entries.push({
        topic,
        form: alias.form,
        folded: fold(alias.form),
        latin: alias.script === 'latin',
        context: alias.context,
        extensions: [],
        host: undefined,
      });
    }
  }
  if (entries.length === 0) return { find: () => [] };

  // Host = the SHORTEST other alias of the same topic and script that this one ends with (at a
  // word boundary for Latin): being shortest, the host is never itself an extension.
  for (const entry of entries) {
    for (const other of entries) {
      if (other === entry || other.topic !== entry.topic || other.latin !== entry.latin) continue;
      if (other.folded.length >= entry.folded.length || !entry.folded.endsWith(other.folded)) continue;
      if (entry.latin && entry.folded[entry.folded.length - other.folded.length - 1] !== ' ') continue;
      if (entry.host === undefined || other.folded.length < entry.host.folded.length) entry.host = other;
    }
  }

  const slots = new Map<Entry, AliasSlot>();
  const slotOf = (entry: Entry): AliasSlot => {
    let slot = slots.get(entry);
    if (slot === undefined) {
      slot = { topicId: entry.topic.id, latin: entry.latin, context: entry.context, extensions: entry.extensions };
      slots.set(entry, slot);
    }
    return slot;
  };
  const index = new AliasIndex();
  const direct: Entry[] = [];
  for (const entry of entries) {
    if (entry.host === undefined) {
      direct.push(entry);
      index.add(entry.form, slotOf(entry), MODEL_FAMILY_TOPICS.has(entry.topic.id) && entry.latin);
      continue;
    }
    const prefix = entry.form.slice(0, entry.form.length - entry.host.form.length);
    entry.host.extensions.push({
      prefix: new RegExp(`${entry.latin ? latinFormPattern(prefix) : escapeLiteral(prefix)}$`),
      // Room for a run of whitespace where the form has one space.
      lookback: prefix.length + (entry.latin ? 16 : 0),
      slot: slotOf(entry),
    });
  }
  for (const entry of entries) entry.extensions.sort((a, b) => b.lookback - a.lookback);

  // Longest form first: at one start position the alternation takes the first alternative that
  // matches, so `distillation` must be tried before `distill`.
  direct.sort((a, b) => b.form.length - a.form.length);
  const scan = new RegExp(direct.map((e) => aliasSource(e, false)).join('|'), 'g');
  // Same alternatives with the trailing boundary, sticky: asked only when the scan's match runs
  // into a letter, to find whether another alternative (a shorter form, a shorter model suffix)
  // ends on a boundary at that position.
  const exact = new RegExp(direct.map((e) => aliasSource(e, true)).join('|'), 'y');

  return {
    find(text: string): Mention[] {
      const mentions: Mention[] = [];
      let lastEnd = 0;
      scan.lastIndex = 0;
      for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
        let start = m.index;
        let end = start + m[0].length;
        let slot = index.lookup(text, start, end);
        // Cannot happen (every alternative is indexed); skip rather than trust an assertion.
        if (slot === undefined) continue;
        if (slot.latin) {
          if (start > 0 && isLatinWordChar(text.charCodeAt(start - 1))) {
            // Inside a longer word (INVIDIA, xDeepSeek): retry one further, an alias may start there.
            scan.lastIndex = start + 1;
            continue;
          }
          if (isLatinWordChar(text.charCodeAt(end))) {
            // Runs into a letter (OpenAIRE, Nvidia2): rare, so ask the exact regex here.
            exact.lastIndex = start;
            const fixed = exact.exec(text);
            slot = fixed === null ? undefined : index.lookup(text, start, start + fixed[0].length);
            if (fixed === null || slot === undefined) {
              scan.lastIndex = start + 1;
              continue;
            }
            m = fixed;
            end = start + fixed[0].length;
            scan.lastIndex = end;
          }
        }
        for (const ext of slot.extensions) {
          const from = Math.max(lastEnd, start - ext.lookback);
          const found = ext.prefix.exec(text.slice(from, start));
          if (found === null) continue;
          const extStart = start - found[0].length;
          if (slot.latin && extStart > 0 && isLatinWordChar(text.charCodeAt(extStart - 1))) continue;
          start = extStart;
          slot = ext.slot;
          break;
        }
        if (slot.context !== undefined && !contextAllows(slot.context, text, start, end)) {
          scan.lastIndex = m.index + 1;
          continue;
        }
        mentions.push({ start, end, topicId: slot.topicId, form: start === m.index ? m[0] : text.slice(start, end) });
        lastEnd = end;
      }
      return mentions;
    },
  };
}
