/**
 * Finding elements on single-page apps that put their composers in open shadow roots (LinkedIn) and same-origin
 * iframes (Gutenberg's editor canvas). Closed shadow roots stay closed: we only use what the page exposes.
 */

/** The element an event really started at, inside open shadow roots (the document sees only the host). */
export function eventOrigin(event: Event): Element | null {
  const path = event.composedPath();
  for (const node of path) if (node instanceof Element || isElementLike(node)) return node as Element;
  return event.target instanceof Element ? event.target : null;
}

// Elements of a same-origin iframe belong to another realm: `instanceof Element` fails for them.
function isElementLike(node: unknown): boolean {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** The parent across shadow boundaries (a shadow root's host) and out of same-origin frames. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode) {
    const p = node.parentNode;
    // A shadow root's parentNode is null; its host is the composed parent.
    return p.nodeType === 11 && (p as ShadowRoot).host ? (p as ShadowRoot).host : p;
  }
  const root = node as ShadowRoot;
  if (root.nodeType === 11 && root.host) return root.host;
  if (node.nodeType === 9) {
    try {
      return (node as Document).defaultView?.frameElement ?? null;
    } catch {
      return null; // cross-origin frame
    }
  }
  return null;
}

/** Like Element.closest, crossing shadow boundaries and (when `crossFrames`) same-origin iframe borders. */
export function closestComposed(element: Element, selector: string, crossFrames = false): Element | null {
  let node: Node | null = element;
  while (node) {
    if (node.nodeType === 1) {
      const found = (node as Element).closest(selector);
      if (found) return found;
      const root = (node as Element).getRootNode();
      node = root.nodeType === 11 ? (root as ShadowRoot).host : crossFrames ? composedParent(root) : null;
    } else {
      node = composedParent(node);
    }
  }
  return null;
}

/** The focused element, following open shadow roots and same-origin iframes down to the real one. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 16; depth++) {
    const shadow = (active as HTMLElement).shadowRoot;
    if (shadow?.activeElement) {
      active = shadow.activeElement;
      continue;
    }
    if (active.tagName === 'IFRAME') {
      const inner = frameDocument(active as HTMLIFrameElement);
      if (inner?.activeElement && inner.activeElement !== inner.body) {
        active = inner.activeElement;
        continue;
      }
    }
    break;
  }
  return active;
}

/** A same-origin iframe's document, or null (cross-origin or not loaded). */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

export interface DeepScope {
  /** Hosts whose open shadow roots are searched too. */
  shadowHosts?: readonly string[];
  /** Same-origin iframes whose documents are searched too. */
  frames?: readonly string[];
}

/**
 * querySelectorAll over a document, the open shadow roots of the hosts `scope` names (nested ones too) and the
 * same-origin frames it names. Bounded: only the named hosts are opened, never every element of a huge page.
 */
export function queryAllDeep(root: Document | ShadowRoot, selector: string, scope: DeepScope = {}, depth = 0): Element[] {
  const out = Array.from(root.querySelectorAll(selector));
  if (depth > 4) return out;
  for (const hostSelector of scope.shadowHosts ?? []) {
    for (const host of Array.from(root.querySelectorAll(hostSelector))) {
      const shadow = (host as HTMLElement).shadowRoot;
      if (shadow) out.push(...queryAllDeep(shadow, selector, scope, depth + 1));
    }
  }
  for (const frameSelector of scope.frames ?? []) {
    for (const frame of Array.from(root.querySelectorAll(frameSelector))) {
      const doc = frame.tagName === 'IFRAME' ? frameDocument(frame as HTMLIFrameElement) : null;
      if (doc) out.push(...queryAllDeep(doc, selector, scope, depth + 1));
    }
  }
  return out;
}

/** The editing host of a node: the outermost contenteditable element that holds it, or a textarea. */
export function editingHost(node: Node): HTMLElement | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (el && el.tagName === 'TEXTAREA') return el as HTMLElement;
  let host: HTMLElement | null = null;
  while (el && (el as HTMLElement).isContentEditable) {
    host = el as HTMLElement;
    el = el.parentElement;
  }
  return host;
}

/** Whether an element is something a person writes a post in: a textarea or a contenteditable host. */
export function isWritable(element: Element): element is HTMLElement {
  if (element.tagName === 'TEXTAREA') {
    const ta = element as HTMLTextAreaElement;
    return !ta.readOnly && !ta.disabled;
  }
  return (element as HTMLElement).isContentEditable === true;
}
