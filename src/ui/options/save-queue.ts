/**
 * Writes the options page's changes without tripping `storage.sync`'s write quotas (120 writes a
 * minute, 1,800 an hour; a refused write is a lost change). A token bucket: a burst of changes
 * is written at once, one by one, so that each reaches open tabs well within a second; a long
 * streak (an arrow key held on the delay slider) is merged and written at the sustained rate.
 * Writes never overlap, so they land in the order they were made.
 */
import type { Settings } from '../../settings/schema';

export type SaveOutcome = { ok: true; settings: Settings } | { ok: false; error: unknown };

export interface SaveRate {
  /** Writes that may go at once after a quiet spell. */
  burst: number;
  /** One more write is allowed every this many ms. */
  refillMs: number;
}

/**
 * 60 + 60 min × 60,000 / 2,100 ≈ 1,774 writes an hour and at most 60 + 29 in a minute: under both
 * quotas. Sixty changes in a row reach open tabs at once (contract 6: within a second); only a
 * longer streak waits for the sustained rate.
 */
export const SYNC_SAFE_RATE: SaveRate = { burst: 60, refillMs: 2100 };

export class SaveQueue {
  private pendingPatch: Partial<Settings> = {};
  private hasPending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private tokens: number;
  private lastRefill: number;

  constructor(
    private readonly write: (patch: Partial<Settings>) => Promise<Settings>,
    private readonly onOutcome: (outcome: SaveOutcome) => void,
    private readonly rate: SaveRate = SYNC_SAFE_RATE,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.tokens = rate.burst;
    this.lastRefill = now();
  }

  /** Changes not yet written; laid over settings that arrive from storage meanwhile. */
  pending(): Partial<Settings> {
    return this.pendingPatch;
  }

  /** Queues a change. */
  push(patch: Partial<Settings>): void {
    this.pendingPatch = { ...this.pendingPatch, ...patch };
    this.hasPending = true;
    this.schedule();
  }

  /** Drops changes not yet written (an import or a reset replaces everything). */
  clear(): void {
    this.pendingPatch = {};
    this.hasPending = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Resolves once everything queued so far is written (or failed), ignoring the rate. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.writing || this.hasPending) {
      if (this.writing) await this.writing;
      else await this.run();
    }
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.rate.burst, this.tokens + (now - this.lastRefill) / this.rate.refillMs);
    this.lastRefill = now;
  }

  private schedule(): void {
    if (this.timer !== undefined || this.writing || !this.hasPending) return;
    this.refill();
    const wait = this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) * this.rate.refillMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, wait);
  }

  private run(): Promise<void> {
    if (this.writing) return this.writing;
    if (!this.hasPending) return Promise.resolve();
    const patch = this.pendingPatch;
    this.pendingPatch = {};
    this.hasPending = false;
    this.refill();
    this.tokens -= 1;
    const done = this.write(patch)
      .then(
        (settings) => this.onOutcome({ ok: true, settings }),
        (error: unknown) => this.onOutcome({ ok: false, error }),
      )
      .finally(() => {
        this.writing = undefined;
        this.schedule();
      });
    this.writing = done;
    return done;
  }
}
