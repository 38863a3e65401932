/**
 * Builds an adapter from a platform's selector data. Most platforms need nothing else: finding, excluding and
 * submit detection are the same logic over different selectors.
 */
import { closestComposed, editingHost, eventOrigin, isWritable, queryAllDeep } from './dom/find';
import { isOptedOut } from './dom/opt-out';
import { matchesPattern, parseMatchPattern, type MatchPattern } from './match-pattern';
import type { ComposerMatch, PlatformAdapter, SelectorData } from './types';

const BUTTON = 'button, [role="button"], input[type="submit"]';

export function isDisabled(button: Element): boolean {
  return button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true';
}

/** A button's label as a person sees it: aria-label, else its trimmed text. */
function buttonLabel(button: Element): string {
  return (button.getAttribute('aria-label') || (button as HTMLInputElement).value || button.textContent || '').trim().toLowerCase();
}

export interface AdapterOverrides {
  matchesUrl?(url: URL): boolean;
  /** The editable behind a focused element, before selectors are tried (default: its editing host). */
  editableOf?(element: Element): HTMLElement | null;
}

export function createAdapter(data: SelectorData, overrides: AdapterOverrides = {}): PlatformAdapter {
  const patterns = data.matches.map(parseMatchPattern).filter((p): p is MatchPattern => p !== null);
  const paths = (data.paths ?? []).map((p) => new RegExp(p));
  const exclude = data.exclude.length ? data.exclude.join(', ') : null;
  const submit = data.submit.length ? data.submit.join(', ') : null;
  const submitTexts = new Set(data.submitTexts.map((t) => t.trim().toLowerCase()));
  const scope = { shadowHosts: data.shadowHosts, frames: data.frames };

  const eligible = (el: Element): boolean => !(exclude && closestComposed(el, exclude)) && !isOptedOut(el);

  const composerFor = (element: Element): ComposerMatch | null => {
    const editable = overrides.editableOf ? overrides.editableOf(element) : editingHost(element);
    if (!editable || !eligible(editable)) return null;
    for (const c of data.composers) {
      const root = closestComposed(editable, c.selector) as HTMLElement | null;
      // The composer is the editable itself or an element holding several (Gutenberg's blocks).
      if (root && (root === editable || root.contains(editable))) {
        if (root !== editable && !eligible(root)) return null;
        return { element: root, platform: c.platform, label: c.label };
      }
    }
    return null;
  };

  const findComposers = (doc: Document): ComposerMatch[] => {
    const found: ComposerMatch[] = [];
    for (const c of data.composers) {
      for (const el of queryAllDeep(doc, c.selector, scope)) {
        if (!el.isConnected || !eligible(el)) continue;
        // A holder of editables counts only while it holds one (an empty block list is not a composer yet).
        if (!isWritable(el) && !el.querySelector('[contenteditable="true"], textarea')) continue;
        if (found.some((f) => f.element === el || f.element.contains(el))) continue;
        for (let i = found.length - 1; i >= 0; i--) if (el.contains(found[i]!.element)) found.splice(i, 1);
        found.push({ element: el as HTMLElement, platform: c.platform, label: c.label });
      }
    }
    return found;
  };

  const isSubmit = (event: Event, composer: ComposerMatch): boolean => {
    const origin = eventOrigin(event);
    if (!origin) return false;
    if (event.type === 'keydown') {
      const key = event as KeyboardEvent;
      return data.submitShortcut && key.key === 'Enter' && (key.ctrlKey || key.metaKey) && (composer.element === origin || composer.element.contains(origin));
    }
    if (event.type !== 'click') return false;
    if (submit) {
      const button = closestComposed(origin, submit);
      if (button) return !isDisabled(button);
    }
    if (!submitTexts.size) return false;
    const button = closestComposed(origin, BUTTON);
    if (!button || isDisabled(button) || !submitTexts.has(buttonLabel(button))) return false;
    // A labelled button counts only beside the composer: in its dialog or form when it has one.
    const container = closestComposed(composer.element, '[role="dialog"], form');
    return !container || container.contains(button) || closestComposed(button, '[role="dialog"], form') === container;
  };

  return {
    id: data.id,
    name: data.name,
    data,
    matchesUrl:
      overrides.matchesUrl ??
      ((url) => patterns.some((p) => matchesPattern(p, url)) || paths.some((re) => re.test(url.pathname))),
    composerFor,
    findComposers,
    isSubmit,
  };
}
