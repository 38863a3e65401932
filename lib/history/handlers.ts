/**
 * The history's message handlers for the background, which owns the database: content scripts cannot open the
 * extension's IndexedDB (they would get the host site's), so they send typed messages (lib/messaging).
 *
 * Wiring (entrypoints/background.ts): `registerHandlers(chainHandlers({ …existing handlers… }, historyHandlers));`
 * chainHandlers runs both handlers of a message both maps answer ('post-submitted': the debug list and the history).
 */
import { browser } from 'wxt/browser';
import { getDatabase } from '../db/database';
import type { Handlers, Message, MessageType, Sender } from '../messaging';
import { buildMonthlyReport } from './report';
import { HistoryRepository } from './repository';
import { applyRetention } from './retention';
import { countMatches } from './search';
import { extensionPendingStore, type PendingStore } from './writer';

let repository: HistoryRepository | null = null;

function pendingStore(): PendingStore | null {
  const local = (browser as typeof browser | undefined)?.storage?.local;
  return local ? extensionPendingStore(local as unknown as Parameters<typeof extensionPendingStore>[0]) : null;
}

/** The background's repository, created on first use: it takes back records a previous worker could not write. */
export function historyRepository(): HistoryRepository {
  if (!repository) {
    repository = new HistoryRepository(getDatabase(), { store: pendingStore() });
    void repository.writer.recover();
    void repository.purgeTrash().catch(() => undefined);
  }
  return repository;
}

/** For tests: use this repository instead of the default one. */
export function setHistoryRepository(next: HistoryRepository | null): void {
  repository = next;
}

export const historyHandlers: Handlers = {
  'post-submitted': async ({ type: _type, ...post }) => {
    const result = await historyRepository().recordSubmitted(post);
    return { ok: result.ok, stored: result.id ?? 0, uid: result.uid, pending: result.pending, ...(result.error ? { error: result.error } : {}) };
  },
  'history-save-draft': ({ draft }) => historyRepository().saveDraft(draft),
  'history-mark-posted': ({ uid, at }) => historyRepository().markPosted(uid, at),
  'history-search': ({ filters, options }) => historyRepository().search(filters, options),
  'history-count': ({ filters }) => countMatches(historyRepository().db, filters),
  'history-recent': ({ limit, status }) => historyRepository().recent(limit, status),
  'history-get': ({ id, uid }) =>
    id !== undefined ? historyRepository().get(id) : uid !== undefined ? historyRepository().getByUid(uid) : null,
  'history-delete': ({ ids }) => historyRepository().delete(ids),
  'history-undo-delete': ({ batch }) => historyRepository().undoDelete(batch),
  'history-monthly-report': ({ type: _type, ...options }) => buildMonthlyReport(historyRepository().db, options),
  'history-status': () => historyRepository().state(),
  'history-apply-retention': async ({ days }) => ({ deleted: await applyRetention(historyRepository().db, days) }),
};

type AnyHandler = (message: Message, sender: Sender) => unknown;

/**
 * One handler map from several: a message answered by more than one map runs each handler in order and answers
 * with the last one's result (each runs even if an earlier one throws; the last error is rethrown if the last fails).
 */
export function chainHandlers(...maps: Handlers[]): Handlers {
  const out: Record<string, AnyHandler> = {};
  for (const map of maps) {
    for (const [type, handler] of Object.entries(map) as [MessageType, AnyHandler | undefined][]) {
      if (!handler) continue;
      const before = out[type];
      out[type] = before
        ? async (message, sender) => {
            await Promise.resolve()
              .then(() => before(message, sender))
              .catch(() => undefined);
            return handler(message, sender);
          }
        : handler;
    }
  }
  return out as Handlers;
}


// In the background worker, take back what a previous worker could not write as soon as this one starts (not
// only when the next history message arrives). Extension pages import the repository modules, not this one.
const workerScope = (globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown }).ServiceWorkerGlobalScope;
if (workerScope && globalThis instanceof workerScope) queueMicrotask(() => void historyRepository());
