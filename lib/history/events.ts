/**
 * "The history changed" between the background (which writes posts) and open history pages, over a
 * BroadcastChannel (same extension origin). Best effort: a page also refreshes when it gains focus.
 */
const CHANNEL = 'cermat-history';

let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  return channel;
}

export function notifyHistoryChanged(): void {
  try {
    getChannel()?.postMessage({ type: 'changed', at: Date.now() });
  } catch {
    // A closed channel (context going away) is not an error worth surfacing.
  }
}

/** Calls `listener` when another context changed the history; returns the unsubscribe function. */
export function onHistoryChanged(listener: () => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  // A channel of its own: a BroadcastChannel does not receive its own messages.
  const own = new BroadcastChannel(CHANNEL);
  own.onmessage = () => listener();
  return () => own.close();
}
