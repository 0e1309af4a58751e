/**
 * Versions of the stored settings and the steps between them. Pure functions: each takes
 * whatever the previous version stored (possibly damaged) and returns the next version's shape;
 * field-level repair (schema.ts) runs after them on every read, so a step never has to validate.
 *
 * v1 — the first release stored only the topic switches: `{ topics: { deepseek: true, … } }`.
 * v2 — every setting of the options page (schema.ts), topics unchanged.
 */
import { DEFAULT_SETTINGS } from './schema';

export const SETTINGS_VERSION = 2;

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** v1 → v2: keep the topic switches, add every new setting at its default. */
export function migrateV1toV2(old: unknown): Record<string, unknown> {
  const v1 = asRecord(old);
  return { ...structuredClone(DEFAULT_SETTINGS), ...('topics' in v1 ? { topics: v1.topics } : {}) };
}

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1toV2,
};
