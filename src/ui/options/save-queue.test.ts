import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { type SaveOutcome, SaveQueue } from './save-queue';

let writes: Array<Partial<Settings>>;
let outcomes: SaveOutcome[];
let stored: Settings;

function queue(write?: (patch: Partial<Settings>) => Promise<Settings>) {
  return new SaveQueue(
    write ??
      (async (patch) => {
        writes.push(patch);
        stored = { ...stored, ...patch };
        return stored;
      }),
    (outcome) => outcomes.push(outcome),
    { burst: 3, refillMs: 500 },
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  writes = [];
  outcomes = [];
  stored = { ...DEFAULT_SETTINGS };
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SaveQueue', () => {
  it('writes the first change at once', async () => {
    const q = queue();
    q.push({ theme: 'dark' });
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([{ theme: 'dark' }]);
    expect(outcomes).toEqual([{ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } }]);
  });

  it('writes a short burst at once, one change after another', async () => {
    const q = queue();
    q.push({ theme: 'dark' });
    await vi.advanceTimersByTimeAsync(0);
    q.push({ badge: false });
    await vi.advanceTimersByTimeAsync(0);
    q.push({ theme: 'light' });
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([{ theme: 'dark' }, { badge: false }, { theme: 'light' }]);
  });

  it('merges a long streak and writes it at the sustained rate', async () => {
    const q = queue();
    // 3 tokens, then one per 500 ms: 20 changes 20 ms apart (400 ms) can take at most 3 writes at once.
    for (let ms = 100; ms < 2100; ms += 100) {
      q.push({ hoverDelayMs: ms });
      await vi.advanceTimersByTimeAsync(20);
    }
    q.push({ theme: 'light' });
    expect(writes).toHaveLength(3);
    expect(q.pending()).toEqual({ hoverDelayMs: 2000, theme: 'light' });
    await vi.advanceTimersByTimeAsync(499);
    expect(writes.length).toBeLessThanOrEqual(4);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(4);
    expect(writes.at(-1)).toEqual({ hoverDelayMs: 2000, theme: 'light' });
    expect(stored.hoverDelayMs).toBe(2000);
  });

  it('never writes faster than the rate allows over a minute', async () => {
    const q = queue();
    for (let i = 0; i < 60_000 / 50; i++) {
      q.push({ hoverDelayMs: i % 2000 });
      await vi.advanceTimersByTimeAsync(50);
    }
    // burst + one per refill interval
    expect(writes.length).toBeLessThanOrEqual(3 + 60_000 / 500);
    expect(writes.length).toBeGreaterThan(60_000 / 500 - 5);
  });

  it('reports a failed write and goes on with later changes', async () => {
    let fail = true;
    const q = queue(async (patch) => {
      if (fail) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      writes.push(patch);
      return { ...stored, ...patch };
    });
    q.push({ badge: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes[0]?.ok).toBe(false);
    fail = false;
    q.push({ badge: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([{ badge: true }]);
  });

  it('drops unwritten changes on clear, and flush waits for the write under way', async () => {
    let release: () => void = () => undefined;
    const q = queue(
      (patch) =>
        new Promise((done) => {
          release = () => {
            writes.push(patch);
            done({ ...stored, ...patch });
          };
        }),
    );
    q.push({ theme: 'dark' });
    await vi.advanceTimersByTimeAsync(0);
    q.push({ theme: 'light' });
    q.clear();
    let flushed = false;
    void q.flush().then(() => {
      flushed = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(flushed).toBe(true);
    expect(writes).toEqual([{ theme: 'dark' }]);
  });
});
