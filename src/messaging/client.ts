/**
 * The sending side: typed requests to the background worker and to a tab's content script.
 * A closed receiver, a missing reply or a reply of the wrong shape becomes an error reply.
 */
import { browser } from 'wxt/browser';
import {
  type BackgroundReplies,
  type BackgroundRequest,
  errorReply,
  isErrorReply,
  type PageReplies,
  type PageRequest,
  type Reply,
} from './protocol';

function settle<T>(raw: unknown): Reply<T> {
  if (isErrorReply(raw)) return raw;
  if (typeof raw === 'object' && raw !== null && (raw as { ok?: unknown }).ok === true) return raw as Reply<T>;
  return errorReply('unavailable', 'No valid reply');
}

function failure(error: unknown) {
  return errorReply('unavailable', error instanceof Error ? error.message : String(error));
}

/** Sends a request to the background worker. */
export async function askBackground<R extends BackgroundRequest>(
  request: R,
): Promise<Reply<BackgroundReplies[R['type']]>> {
  try {
    return settle(await browser.runtime.sendMessage(request));
  } catch (error) {
    return failure(error);
  }
}

/** Sends a request to one frame (the top one by default) of a tab. */
export async function askTab<R extends PageRequest>(
  tabId: number,
  request: R,
  frameId = 0,
): Promise<Reply<PageReplies[R['type']]>> {
  try {
    return settle(await browser.tabs.sendMessage(tabId, request, { frameId }));
  } catch (error) {
    return failure(error);
  }
}
