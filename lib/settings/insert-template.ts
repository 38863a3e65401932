/**
 * The popup's quick templates: `insert-template` goes to the current tab (browser.tabs.sendMessage, as
 * composer-status does); the frame whose composer is active or was last used inserts the template there and answers
 * `{ ok: true }`. A frame without a composer stays silent so another frame can answer; no answer at all means no
 * composer to write into.
 */
import { browser } from 'wxt/browser';

export const INSERT_TEMPLATE = 'insert-template';

export interface InsertTemplateRequest {
  type: typeof INSERT_TEMPLATE;
  /** A template id (templateChoices' ids). */
  id: string;
}

/** ok: inserted. 'no-composer': nothing to write into; 'failed': the composer is there but the insert failed. */
export type InsertTemplateAnswer = { ok: true } | { ok: false; reason: 'no-composer' | 'failed' };

function isAnswer(value: unknown): value is InsertTemplateAnswer {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Asks the tab to insert template `id`; `no-composer` when nothing answers within `timeoutMs`. */
export async function requestInsertTemplate(tabId: number, id: string, timeoutMs = 3000): Promise<InsertTemplateAnswer> {
  const request: InsertTemplateRequest = { type: INSERT_TEMPLATE, id };
  const answer = browser.tabs.sendMessage(tabId, request).catch(() => null);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const value: unknown = await Promise.race([answer, timeout]);
  return isAnswer(value) ? value : { ok: false, reason: 'no-composer' };
}

/**
 * Content script: answers `insert-template` with `insert(id)`, which resolves null when this frame has no composer
 * (it then stays silent). Returns the function that stops.
 */
export function listenForInsertTemplate(insert: (id: string) => Promise<InsertTemplateAnswer | null> | null): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: InsertTemplateAnswer) => void): boolean => {
    const m = message as Partial<InsertTemplateRequest> | null;
    if (m?.type !== INSERT_TEMPLATE || typeof m.id !== 'string') return false;
    const pending = insert(m.id);
    if (!pending) return false;
    pending.then(
      (answer) => {
        if (answer) sendResponse(answer);
      },
      () => sendResponse({ ok: false, reason: 'failed' }),
    );
    // The answer comes asynchronously (the engine may still have to load).
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
