import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normaliseQuery } from './protocol';

describe('normaliseQuery', () => {
  it('collapses and trims whitespace, full-width spaces and line breaks included', () => {
    expect(normaliseQuery('  open\n\tai \u3000 蒸馏  ')).toBe('open ai 蒸馏');
    expect(normaliseQuery(' \n ')).toBe('');
  });

  it('keeps at most the protocol limit, never splitting a character', () => {
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = `${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`;
    const cut = normaliseQuery(emoji);
    expect(cut).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    expect(cut.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});
