/**
 * Mention counts per tab, summed over its frames, and the toolbar badge that shows them.
 * Frames report their own counts; a navigation or a closed tab clears the tab's entry.
 */
import { browser } from 'wxt/browser';
import { emptyCounts, type MentionCounts } from '../messaging/protocol';
import { TOPIC_IDS } from '../topics/topics';

/** Sum of the per-topic counts. */
export function totalOf(counts: MentionCounts): number {
  return TOPIC_IDS.reduce((sum, id) => sum + counts[id], 0);
}

/** Badge text for a count: empty for none, `999+` past three digits. */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

/** Where the counts survive a sleeping service worker (storage.session in the extension). */
export interface CountsPersistence {
  load(): Promise<Record<string, Record<string, MentionCounts>> | undefined>;
  save(snapshot: Record<string, Record<string, MentionCounts>>): Promise<void>;
}

export class TabMentions {
  private readonly tabs = new Map<number, Map<number, MentionCounts>>();
  private badgeEnabled = true;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once counts stored before the worker last slept are back in memory. */
  readonly ready: Promise<void>;

  constructor(private readonly persistence?: CountsPersistence) {
    this.ready = this.restore();
  }

  private async restore(): Promise<void> {
    try {
      const snapshot = await this.persistence?.load();
      for (const [tabId, frames] of Object.entries(snapshot ?? {})) {
        this.tabs.set(Number(tabId), new Map(Object.entries(frames).map(([frameId, c]) => [Number(frameId), c])));
      }
    } catch {
      // Lost counts are re-reported by the next page change; not worth failing start-up for.
    }
  }

  private scheduleSave(): void {
    if (!this.persistence || this.saveTimer) return;
    // Coalesce the reports of a busy page into one write.
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      const snapshot = Object.fromEntries(
        [...this.tabs].map(([tabId, frames]) => [
          String(tabId),
          Object.fromEntries([...frames].map(([f, c]) => [String(f), c])),
        ]),
      );
      void this.persistence?.save(snapshot).catch(() => undefined);
    }, 250);
  }

  /** Records what one frame of a tab reports and refreshes that tab's badge. */
  report(tabId: number, frameId: number, counts: MentionCounts): MentionCounts {
    const frames = this.tabs.get(tabId) ?? new Map<number, MentionCounts>();
    this.tabs.set(tabId, frames);
    frames.set(frameId, counts);
    this.scheduleSave();
    const sum = this.countsOf(tabId);
    void this.paint(tabId, totalOf(sum));
    return sum;
  }

  /** The tab's counts, summed over its frames. */
  countsOf(tabId: number): MentionCounts {
    const sum = emptyCounts();
    for (const counts of this.tabs.get(tabId)?.values() ?? []) {
      for (const id of TOPIC_IDS) sum[id] += counts[id];
    }
    return sum;
  }

  /** Forgets a tab (closed, or navigated: its new document reports afresh). */
  clear(tabId: number): Promise<void> {
    // A worker woken by the navigation itself is still restoring: clearing first would let the
    // restore bring the old counts back.
    return this.ready.then(() => {
      if (this.tabs.delete(tabId)) this.scheduleSave();
      return this.paint(tabId, 0);
    });
  }

  /** Turns the badge on or off for every tab. */
  setBadgeEnabled(enabled: boolean): void {
    if (enabled === this.badgeEnabled) return;
    this.badgeEnabled = enabled;
    for (const tabId of this.tabs.keys()) void this.paint(tabId, totalOf(this.countsOf(tabId)));
  }

  private async paint(tabId: number, total: number): Promise<void> {
    try {
      await browser.action.setBadgeText({ tabId, text: this.badgeEnabled ? badgeText(total) : '' });
    } catch {
      // The tab closed between the report and the paint: nothing to show.
    }
  }
}
