/**
 * Sites tell writing assistants to keep out with data-gramm="false" (and its variants) or
 * data-enable-grammarly="false", on the editor or on an ancestor. Cermat honours the same signals.
 */
import { composedParent } from './find';

const OPT_OUT_ATTRIBUTES = ['data-gramm', 'data-gramm_editor', 'data-enable-grammarly'] as const;

/** Whether the element or one of its ancestors (across shadow roots and same-origin frames) opts out. */
export function isOptedOut(element: Element): boolean {
  let node: Node | null = element;
  for (let depth = 0; node && depth < 256; depth++) {
    if (node.nodeType === 1) {
      const el = node as Element;
      for (const name of OPT_OUT_ATTRIBUTES) if (el.getAttribute(name) === 'false') return true;
    }
    node = composedParent(node);
  }
  return false;
}
