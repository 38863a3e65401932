/**
 * Typed messages between the content script, extension pages and the background. One map says what each message
 * carries and what it answers; sendMessage and the background's router are checked against it. Messages are flat
 * (`{ type, ...payload }`) so other parts can send them without this module.
 */
import { browser } from 'wxt/browser';
import type { Platform, Report } from '../analysis/types';
import type { DraftInput } from '../history/repository';
import type { MonthlyReport, ReportOptions } from '../history/report';
import type { MatchCount, PostSummary, SearchFilters, SearchOptions, SearchResult } from '../history/search';
import type { WriteResult, WriteState } from '../history/writer';
import type { TemplateDefinition } from '../templates/types';

export interface SubmittedPost {
  platform: Platform | undefined;
  /** The adapter that saw it (facebook … wordpress, generic). */
  adapter: string;
  url: string;
  text: string;
  report: Report | null;
  /** Milliseconds since the epoch, set by the sender. */
  at: number;
  /** uid of the draft this post was written from ('history-save-draft' answered it), when the sender knows it. */
  draftUid?: string;
  /** Template the post started from, if any. */
  templateId?: string | null;
}

/** Answer to history writes: ok once stored; pending when it failed, is kept and will be retried. */
export type HistoryWriteResponse = WriteResult;

export interface ProtocolMap {
  /** A post was sent from a composer (the history issue stores it). */
  'post-submitted': {
    request: SubmittedPost;
    /** `stored`: the history record's id (0 while pending); uid/pending/error as in HistoryWriteResponse. */
    response: { ok: boolean; stored: number; uid?: string; pending?: boolean; error?: string };
  };
  /** For tests and the popup until the history lands: the posts seen since the worker started, newest last. */
  'debug-last-posts': { request: Record<never, never>; response: SubmittedPost[] };
  /** Loads the engine into the sender's frame (content scripts stay small; the engine comes on demand). */
  'load-engine': { request: Record<never, never>; response: { ok: boolean; error?: string } };
  /** Opens the offline guideline reference at a section. */
  'open-guide': { request: { ref: string }; response: { ok: boolean } };
  /** Re-registers the content script on user-enabled sites after a permission change. */
  'sync-sites': { request: Record<never, never>; response: { sites: string[] } };
  /** The admin's own templates (the extension database), for a content script's picker; built-ins are not included. */
  'templates-custom': { request: Record<never, never>; response: TemplateDefinition[] };
  // ---- history (lib/history/handlers.ts; the database lives in the background) ----
  /** "Simpan draf": stores the composer's text as a draft; pass the answered uid on the next save of the same draft. */
  'history-save-draft': { request: { draft: DraftInput }; response: HistoryWriteResponse };
  /** Marks a stored draft as posted (the admin posted it by hand). */
  'history-mark-posted': { request: { uid: string; at?: number }; response: HistoryWriteResponse | null };
  /** Full-text search with filters, newest first, one page. */
  'history-search': { request: { filters: SearchFilters; options?: SearchOptions }; response: SearchResult };
  /** How many posts match (asked after the first page is shown: it reads every matching key). */
  'history-count': { request: { filters: SearchFilters }; response: MatchCount };
  /** The newest posts and/or drafts (popup). */
  'history-recent': { request: { limit?: number; status?: 'draft' | 'posted' }; response: PostSummary[] };
  /** One record by id or uid. */
  'history-get': { request: { id?: number; uid?: string }; response: PostSummary | null };
  /** Deletes posts; keep `batch` for 'history-undo-delete'. */
  'history-delete': { request: { ids: number[] }; response: { batch: string | null; deleted: number } };
  'history-undo-delete': { request: { batch: string }; response: { restored: number } };
  /** Posts per platform per month, average score, most frequent findings (months `YYYY-MM`, inclusive). */
  'history-monthly-report': { request: ReportOptions; response: MonthlyReport };
  /** The write queue: pending records, whether writes are failing, the last error. */
  'history-status': { request: Record<never, never>; response: WriteState };
  /** Deletes posts and drafts older than `days` days (the options page's retention setting). */
  'history-apply-retention': { request: { days: number }; response: { deleted: number } };
}

export type MessageType = keyof ProtocolMap;
export type Message<K extends MessageType = MessageType> = { type: K } & ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];

export function sendMessage<K extends MessageType>(message: Message<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage(message) as Promise<Response<K>>;
}

export interface Sender {
  tabId?: number;
  frameId?: number;
  url?: string;
}

export type Handlers = {
  [K in MessageType]?: (message: Message<K>, sender: Sender) => Response<K> | Promise<Response<K>>;
};

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Background: routes known messages to their handlers; unknown ones are left to other listeners. */
export function registerHandlers(handlers: Handlers): () => void {
  const listener = (raw: unknown, sender: { tab?: { id?: number }; frameId?: number; url?: string }, sendResponse: (r: unknown) => void) => {
    if (!isMessage(raw)) return false;
    const handler = handlers[raw.type] as ((m: Message, s: Sender) => unknown) | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(raw, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }))
      .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    // Keeps the channel open for the asynchronous answer.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
