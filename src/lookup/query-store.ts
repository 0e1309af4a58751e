/**
 * The lookup's memory for the browser session (`storage.session`: gone when the browser closes):
 * the last query typed, and a query handed over by the context menu for the popup it opens.
 */
import { storage } from 'wxt/utils/storage';
import { normaliseQuery } from '../messaging/protocol';

const lastQuery = storage.defineItem<string>('session:lookupLastQuery', { fallback: '' });
const pendingQuery = storage.defineItem<string>('session:lookupPendingQuery', { fallback: '' });

/** The last query of this browser session ('' for none, or where session storage is missing). */
export async function loadLastQuery(): Promise<string> {
  try {
    return normaliseQuery(await lastQuery.getValue());
  } catch {
    return '';
  }
}

/** Remembers the query for the next time the popup opens in this session. */
export async function saveLastQuery(query: string): Promise<void> {
  const clean = normaliseQuery(query);
  try {
    if (clean) await lastQuery.setValue(clean);
    else await lastQuery.removeValue();
  } catch {
    // Forgetting a query is harmless; the lookup itself works without session storage.
  }
}

/** Hands a query to the popup that is about to open (the context menu's "look up"). */
export async function setPendingQuery(query: string): Promise<void> {
  await pendingQuery.setValue(normaliseQuery(query));
}

/** Drops a handed-over query that no popup took (the lookup opened in a tab instead). */
export async function clearPendingQuery(): Promise<void> {
  await pendingQuery.removeValue().catch(() => undefined);
}

/** Takes the handed-over query, if any, so that it is used once. */
export async function takePendingQuery(): Promise<string | undefined> {
  try {
    const query = normaliseQuery(await pendingQuery.getValue());
    if (!query) return undefined;
    await pendingQuery.removeValue();
    return query;
  } catch {
    return undefined;
  }
}

/** Calls `onQuery` when a query is handed over while the lookup is open, until `signal` aborts. */
export function watchPendingQuery(onQuery: (query: string) => void, signal: AbortSignal): void {
  try {
    const unwatch = pendingQuery.watch((value) => {
      const query = normaliseQuery(value ?? '');
      if (!query) return;
      void pendingQuery.removeValue().catch(() => undefined);
      onQuery(query);
    });
    signal.addEventListener('abort', unwatch, { once: true });
  } catch {
    // No session storage: the query arrives on the next opening instead.
  }
}
