/**
 * Versions of the stored settings and the steps between them. Pure functions: each takes
 * whatever the previous version stored (possibly damaged) and returns the next version's shape;
 * field-level repair (schema.ts) runs after them on every read, so a step never has to validate.
 * Each step adds its own version's fields with the values that version shipped, never today's
 * DEFAULT_SETTINGS, so that a later change of defaults cannot rewrite what an old step produced.
 *
 * v1 — the first release stored only the topic switches: `{ topics: { deepseek: true, … } }`.
 * v2 — every setting of the first options page, topics unchanged.
 * v3 — a colour per topic (`topicColors`) and the key for the hover-with-a-key trigger (`modifierKey`).
 * v4 — `quoteFirst` gains `auto` (the Chinese quote first in a Chinese UI, the translation first
 *      otherwise) as its default; the old default `translation` becomes `auto`.
 */

export const SETTINGS_VERSION = 4;

/** The fields v2 added, at the values v2 shipped with. */
export const V2_ADDED = Object.freeze({
  enabled: true,
  deniedSites: [],
  onlySites: false,
  allowedSites: [],
  highlightStyle: 'both',
  hoverDelayMs: 300,
  trigger: 'hover',
  language: 'auto',
  quoteFirst: 'translation',
  theme: 'auto',
  badge: true,
  highlightCode: false,
});

/** The fields v3 added, at the values v3 shipped with. */
export const V3_ADDED = Object.freeze({
  topicColors: { deepseek: 'blue', openai: 'green', nvidia: 'orange', distillation: 'purple' },
  modifierKey: 'shift',
});

const V1_TOPICS = { deepseek: true, openai: true, nvidia: true, distillation: true };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// A step passes a value that is not an object through unchanged: turning it into defaults here
// would hide the damage from repairSettings, which must report it to the reader.

/** v1 → v2: keep the topic switches, add every v2 setting at its v2 default. */
export function migrateV1toV2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  return { ...structuredClone(V2_ADDED), topics: 'topics' in old ? old.topics : { ...V1_TOPICS } };
}

/** v2 → v3: keep every v2 setting as stored, add the topic colours and the modifier key. */
export function migrateV2toV3(old: unknown): unknown {
  if (!isRecord(old)) return old;
  return { ...structuredClone(V3_ADDED), ...old };
}

/** v3 → v4: the old default `translation` for what a card shows first becomes the new default `auto`. */
export function migrateV3toV4(old: unknown): unknown {
  if (!isRecord(old)) return old;
  return old.quoteFirst === 'translation' ? { ...old, quoteFirst: 'auto' } : old;
}

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1toV2,
  3: migrateV2toV3,
  4: migrateV3toV4,
};
