/**
 * The viewpoints of each topic, fetched from the background worker once per page and kept: a
 * card opens from memory after the first time. A failed fetch is not kept, so the next hover
 * tries again (a worker that was restarting answers then).
 */
import { askBackground } from '../messaging/client';
import type { BackgroundReplies, Reply } from '../messaging/protocol';
import type { TopicId } from '../topics/topics';

type TopicReply = Reply<BackgroundReplies['viewpoints/of-topic']>;

export class ViewpointCache {
  private readonly pending = new Map<TopicId, Promise<TopicReply>>();
  private readonly ready = new Map<TopicId, TopicReply>();

  /** The reply if it is already here, without waiting. */
  peek(topicId: TopicId): TopicReply | undefined {
    return this.ready.get(topicId);
  }

  /** The topic's viewpoints; starts the fetch if none is under way. */
  get(topicId: TopicId): Promise<TopicReply> {
    const known = this.ready.get(topicId);
    if (known) return Promise.resolve(known);
    let request = this.pending.get(topicId);
    if (!request) {
      request = askBackground({ type: 'viewpoints/of-topic', topicId }).then((reply) => {
        this.pending.delete(topicId);
        if (reply.ok) this.ready.set(topicId, reply);
        return reply;
      });
      this.pending.set(topicId, request);
    }
    return request;
  }
}
