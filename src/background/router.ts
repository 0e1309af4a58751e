/**
 * What the background worker answers: topics, viewpoints and searches from the claim store,
 * and the per-tab mention counts that frames report.
 */
import type { ErrorReply } from '../messaging/protocol';
import { type BackgroundReplies, BackgroundRequestSchema, errorReply, type TopicInfo } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { TOPICS } from '../topics/topics';
import { type TabMentions, totalOf } from './tab-mentions';

/** The topic list as the UI needs it. */
export function topicInfos(): TopicInfo[] {
  return TOPICS.map((t) => ({
    id: t.id,
    name: { ...t.name },
    description: { ...t.description },
    aliases: t.aliases.map((a) => a.form),
  }));
}

export interface BackgroundDeps {
  tabMentions: TabMentions;
}

/** Builds the background's message router. */
export function createBackgroundRouter({ tabMentions }: BackgroundDeps) {
  return createRouter<typeof BackgroundRequestSchema, BackgroundReplies>(BackgroundRequestSchema, {
    'topics/list': () => ({ topics: topicInfos() }),
    'page/mentions': async (request, sender): Promise<BackgroundReplies['page/mentions'] | ErrorReply> => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return errorReply('bad-request', 'page/mentions comes from a tab');
      await tabMentions.ready;
      const counts = tabMentions.report(tabId, sender.frameId ?? 0, request.counts);
      return { total: totalOf(counts) };
    },
    'tab/mentions': async (request) => {
      await tabMentions.ready;
      const counts = tabMentions.countsOf(request.tabId);
      return { counts, total: totalOf(counts) };
    },
  });
}
