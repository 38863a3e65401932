/**
 * Highlights of findings inside a contenteditable composer with the CSS Custom Highlight API: one Highlight per
 * severity, registered in the composer's own document (an iframe has its own registry), styled by a sheet in
 * the tree scope that holds the text (the document, or the editor's shadow root). The editor's DOM is untouched.
 */
import type { Finding, Severity } from '@/lib/analysis/types';

export const HIGHLIGHT_NAMES: Record<Severity | 'focus', string> = {
  error: 'cermat-error',
  warning: 'cermat-warning',
  info: 'cermat-info',
  focus: 'cermat-focus',
};

export const HIGHLIGHT_CSS = `
::highlight(cermat-error) { background-color: rgba(220, 38, 38, 0.14); text-decoration: underline wavy rgb(220, 38, 38); text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
::highlight(cermat-warning) { background-color: rgba(217, 119, 6, 0.12); text-decoration: underline wavy rgb(217, 119, 6); text-decoration-thickness: 1.5px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
::highlight(cermat-info) { text-decoration: underline dotted rgb(37, 99, 235); text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
::highlight(cermat-focus) { background-color: rgba(250, 204, 21, 0.55); }
`;

const PRIORITY: Record<Severity | 'focus', number> = { info: 1, warning: 2, error: 3, focus: 4 };

type HighlightWindow = Window & typeof globalThis & { CSS: typeof CSS & { highlights?: HighlightRegistry } };

/** A finding drawn in the composer, with the range that draws it. */
export interface DrawnFinding {
  finding: Finding;
  range: Range;
}

function viewOf(node: Node): HighlightWindow | null {
  return (node.ownerDocument?.defaultView as HighlightWindow | null) ?? null;
}

export function highlightsSupported(view: Window | null): boolean {
  const v = view as HighlightWindow | null;
  return Boolean(v && v.CSS && 'highlights' in v.CSS && typeof v.Highlight === 'function');
}

const styledScopes = new WeakSet<Document | ShadowRoot>();
const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Puts the ::highlight styles in the tree scope of `node` (once). */
function ensureStyles(node: Node): void {
  const scope = node.getRootNode() as Document | ShadowRoot;
  if (scope.nodeType === 9) {
    const doc = scope as Document;
    if (styledScopes.has(doc) && doc.querySelector('style[data-cermat-highlights]')) return;
    const style = doc.createElement('style');
    style.setAttribute('data-cermat-highlights', '');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    styledScopes.add(doc);
    return;
  }
  if (scope.nodeType !== 11) return;
  const shadow = scope as ShadowRoot;
  const doc = shadow.ownerDocument;
  let sheet = sheets.get(doc);
  if (!sheet) {
    const view = doc.defaultView as HighlightWindow | null;
    if (!view) return;
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    sheets.set(doc, sheet);
  }
  // Frameworks may reassign adoptedStyleSheets: check every time, it is cheap.
  if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}

export class Highlighter {
  private views = new Set<HighlightWindow>();
  private drawn: DrawnFinding[] = [];

  /** Draws `findings` through `rangeOf` in the document of `root`; returns what was drawn (for hover). */
  draw(root: HTMLElement, findings: readonly Finding[], rangeOf: (start: number, end: number) => Range | null): DrawnFinding[] {
    const view = viewOf(root);
    this.clear();
    if (!view || !highlightsSupported(view)) return (this.drawn = []);
    ensureStyles(root);
    const bySeverity: Record<Severity, Range[]> = { error: [], warning: [], info: [] };
    const drawn: DrawnFinding[] = [];
    for (const finding of findings) {
      if (finding.end <= finding.start) continue;
      const range = rangeOf(finding.start, finding.end);
      if (!range) continue;
      bySeverity[finding.severity].push(range);
      drawn.push({ finding, range });
    }
    for (const severity of ['error', 'warning', 'info'] as const) {
      const ranges = bySeverity[severity];
      if (!ranges.length) continue;
      const h = new view.Highlight(...ranges);
      h.priority = PRIORITY[severity];
      view.CSS.highlights!.set(HIGHLIGHT_NAMES[severity], h);
    }
    this.views.add(view);
    this.drawn = drawn;
    return drawn;
  }

  /** Emphasises one range (a finding focused in the panel or hovered), or none. */
  focus(range: Range | null): void {
    for (const view of this.views) view.CSS.highlights?.delete(HIGHLIGHT_NAMES.focus);
    if (!range) return;
    const view = viewOf(range.startContainer);
    if (!view || !highlightsSupported(view)) return;
    ensureStyles(range.startContainer);
    const h = new view.Highlight(range);
    h.priority = PRIORITY.focus;
    view.CSS.highlights!.set(HIGHLIGHT_NAMES.focus, h);
    this.views.add(view);
  }

  get findings(): readonly DrawnFinding[] {
    return this.drawn;
  }

  clear(): void {
    for (const view of this.views) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) view.CSS.highlights?.delete(name);
    }
    this.views.clear();
    this.drawn = [];
  }
}
