/** Focus helpers that work the same in a document and in a shadow root. */

/** The focused element as seen from `el`'s own tree (inside a shadow root, `document.activeElement` is the host). */
export function activeElementOf(el: Element): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

export function focusIsWithin(el: Element | null): boolean {
  if (!el) return false;
  const active = activeElementOf(el);
  return active !== null && el.contains(active);
}
