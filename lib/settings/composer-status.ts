/**
 * What the popup asks the current tab. The composer content script answers `composer-status` (sent with
 * browser.tabs.sendMessage) with its latest draft and Report (listenForComposerStatus); a frame without an active or
 * recent composer does not answer, so the frame that has one does. No answer (no content script, no composer): no
 * draft. (Tab-bound, so apart from lib/messaging's runtime messages; the lead may move it there.)
 */
import { browser } from 'wxt/browser';
import type { Platform, Report } from '../analysis/types';

export const COMPOSER_STATUS = 'composer-status';

export interface ComposerStatusRequest {
  type: typeof COMPOSER_STATUS;
}

/** The content script's answer (null: no draft in that frame). */
export interface ComposerStatus {
  /** The adapter that found the composer (facebook … wordpress, generic). */
  adapter: string;
  platform: Platform | undefined;
  /** The page's URL (the checklist's ticks are kept per draft page). */
  url: string;
  /** The draft's text as last analysed. */
  text: string;
  /** The latest Report, or null while the engine is loading. */
  report: Report | null;
  /** When the report was made (ms since the epoch). */
  at: number;
}

export interface TargetTab {
  id: number;
  /** Known for the platforms' pages and, through activeTab, for the tab the popup was opened on. */
  url: string | undefined;
}

/**
 * The tab the popup speaks about: `?tab=<id>` (the tests open popup.html as a page and point it at a tab),
 * else the active tab of the current window.
 */
export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  try {
    const tab = param ? await browser.tabs.get(Number(param)) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? tab.pendingUrl };
  } catch {
    return null;
  }
}

function isStatus(value: unknown): value is ComposerStatus {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ComposerStatus>;
  return typeof v.text === 'string' && typeof v.url === 'string' && (v.report === null || typeof v.report === 'object');
}

/** The tab's draft status; null when nothing answers within `timeoutMs`. */
export async function requestComposerStatus(tabId: number, timeoutMs = 1500): Promise<ComposerStatus | null> {
  const request: ComposerStatusRequest = { type: COMPOSER_STATUS };
  const answer = browser.tabs.sendMessage(tabId, request).catch(() => null);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const value: unknown = await Promise.race([answer, timeout]);
  return isStatus(value) ? value : null;
}

/**
 * Content script: answers the popup's `composer-status` with `current()` (the latest draft of this frame's active
 * or last-used composer, or null to stay silent and let another frame answer). Returns the function that stops.
 */
export function listenForComposerStatus(current: () => ComposerStatus | null): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: ComposerStatus) => void): boolean => {
    if ((message as { type?: unknown } | null)?.type !== COMPOSER_STATUS) return false;
    const status = current();
    if (!status) return false;
    sendResponse(status);
    return false;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
