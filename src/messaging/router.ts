/**
 * The receiving edge: validates every incoming message against a schema and hands it to the
 * handler for its type. Unknown or malformed messages get a typed error reply; a handler that
 * throws becomes an `internal` error reply. Nothing here throws into the caller.
 */
import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { describeIssues, type ErrorReply, errorReply, type Reply } from './protocol';

type MessageSender = Browser.runtime.MessageSender;

/** One handler per request type; each returns the reply payload or an error reply. */
export type Handlers<Req extends { type: string }, Replies extends Record<Req['type'], object>> = {
  [K in Req['type']]: (
    request: Extract<Req, { type: K }>,
    sender: MessageSender,
  ) => Replies[K] | ErrorReply | Promise<Replies[K] | ErrorReply>;
};

/** Builds a function that validates a raw message and returns the reply to send back. */
export function createRouter<
  S extends v.GenericSchema<unknown, { type: string }>,
  Replies extends Record<v.InferOutput<S>['type'], object>,
>(schema: S, handlers: Handlers<v.InferOutput<S>, Replies>) {
  return async (message: unknown, sender: MessageSender): Promise<Reply<object>> => {
    const parsed = v.safeParse(schema, message);
    if (!parsed.success) return errorReply('bad-request', describeIssues(parsed.issues));
    const request = parsed.output as v.InferOutput<S>;
    const handler = handlers[request.type as v.InferOutput<S>['type']] as (
      r: typeof request,
      s: MessageSender,
    ) => Promise<object> | object;
    try {
      const result = await handler(request, sender);
      if ((result as { ok?: unknown }).ok === false) return result as ErrorReply;
      return { ok: true, ...result };
    } catch (error) {
      return errorReply('internal', error instanceof Error ? error.message : String(error));
    }
  };
}

type Router = ReturnType<typeof createRouter>;
type MessageListener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => boolean;
/** The part of `runtime.onMessage` this module uses. */
interface MessageEvent {
  addListener(listener: MessageListener): void;
  removeListener(listener: MessageListener): void;
}

/**
 * Answers `runtime.onMessage` with a router until `signal` aborts. Replies through
 * `sendResponse` + `return true`, which every browser and WXT's fake browser honour
 * (a returned Promise is ignored by the fake browser).
 */
export function listenForMessages(onMessage: MessageEvent, router: Router, signal: AbortSignal): void {
  const listener = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void) => {
    void router(message, sender).then(sendResponse);
    return true;
  };
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => ignoreInvalidatedContext(() => onMessage.removeListener(listener)), {
    once: true,
  });
}

/**
 * Runs a clean-up step that touches extension APIs. After the extension is reloaded or disabled,
 * every such call in an old content script throws "Extension context invalidated"; the listener
 * is gone with the context anyway, so that error must not reach the page.
 */
export function ignoreInvalidatedContext(cleanUp: () => void): void {
  try {
    cleanUp();
  } catch {
    // The context is gone, and the listener with it.
  }
}
