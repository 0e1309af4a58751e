/**
 * What the background worker answers: topics, viewpoints and searches from the claim store,
 * and the per-tab mention counts that frames report.
 */
import { browser } from 'wxt/browser';
import type { Viewpoint } from '../claims/schema';
import type { ClaimStore } from '../claims/store';
import {
  type BackgroundReplies,
  BackgroundRequestSchema,
  type ErrorReply,
  errorReply,
  type TopicInfo,
  type ViewpointView,
} from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import type { Topic } from '../topics/topics';
import { type TabMentions, totalOf } from './tab-mentions';

/** A topic as the UI needs it. */
export function topicInfo(store: ClaimStore, topic: Topic): TopicInfo {
  return {
    id: topic.id,
    name: { ...topic.name },
    description: { ...topic.description },
    aliases: topic.aliases.map((a) => a.form),
    viewpointCount: store.viewpointsOf(topic.id)?.length ?? 0,
  };
}

/** A viewpoint with its speakers resolved. */
export function viewpointView(store: ClaimStore, viewpoint: Viewpoint): ViewpointView {
  const speaker = store.speaker(viewpoint.speaker);
  const via = viewpoint.via === undefined ? undefined : store.speaker(viewpoint.via);
  // The store checks every reference when it is built, so a missing speaker is a bug, not data.
  if (!speaker) throw new Error(`viewpoint ${viewpoint.id} has no speaker`);
  return via ? { viewpoint, speaker, via } : { viewpoint, speaker };
}

export interface BackgroundDeps {
  /** The claim store, built on first use: a cold worker builds it inside its first request. */
  store: () => ClaimStore;
  tabMentions: TabMentions;
}

/** Builds the background's message router. */
export function createBackgroundRouter({ store, tabMentions }: BackgroundDeps) {
  return createRouter<typeof BackgroundRequestSchema, BackgroundReplies>(BackgroundRequestSchema, {
    'topics/list': () => {
      const claims = store();
      return { topics: claims.topics().map((t) => topicInfo(claims, t)), source: claims.source() };
    },
    'viewpoints/of-topic': (request): BackgroundReplies['viewpoints/of-topic'] | ErrorReply => {
      const claims = store();
      const topic = claims.topic(request.topicId);
      const viewpoints = claims.viewpointsOf(request.topicId);
      if (!topic || !viewpoints) return errorReply('unknown-topic', `No topic "${request.topicId}"`);
      return {
        topic: topicInfo(claims, topic),
        viewpoints: viewpoints.map((vp) => viewpointView(claims, vp)),
        source: claims.source(),
      };
    },
    'viewpoints/search': (request) => {
      const claims = store();
      const results = claims.search(request.query, {
        ...(request.limit ? { limit: request.limit } : {}),
        ...(request.topics ? { topics: request.topics } : {}),
      });
      return {
        query: request.query,
        hits: results.map((r) => ({ ...viewpointView(claims, r.viewpoint), score: r.score, matches: [...r.matches] })),
        source: claims.source(),
      };
    },
    'lookup/open': async (request) => {
      const params = new URLSearchParams();
      if (request.topicId) params.set('topic', request.topicId);
      if (request.query) params.set('q', request.query);
      await browser.tabs.create({ url: browser.runtime.getURL(`/lookup.html?${params}` as '/lookup.html') });
      return { opened: true as const };
    },
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
