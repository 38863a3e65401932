/**
 * Textareas hold no DOM text, so the Highlight API cannot reach into them: a transparent mirror with the same
 * box and font lies over the textarea (pointer-events: none) and underlines the findings' spans. The mirror
 * lives in its own shadow root in the page's body; the textarea is untouched.
 */
import type { Finding } from '@/lib/analysis/types';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
  'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle',
  'fontVariant', 'fontStretch', 'letterSpacing', 'lineHeight', 'textIndent', 'textTransform', 'wordSpacing',
  'tabSize', 'direction', 'textAlign',
] as const;

const COLORS = { error: 'rgb(220, 38, 38)', warning: 'rgb(217, 119, 6)', info: 'rgb(37, 99, 235)' } as const;

export interface MirroredFinding {
  finding: Finding;
  element: HTMLElement;
}

export class TextareaMirror {
  private host: HTMLElement | null = null;
  private box: HTMLDivElement | null = null;
  private marks: MirroredFinding[] = [];
  private focusMark: HTMLElement | null = null;

  constructor(private readonly textarea: HTMLTextAreaElement) {}

  draw(text: string, findings: readonly Finding[]): MirroredFinding[] {
    const doc = this.textarea.ownerDocument;
    if (!this.host) {
      this.host = doc.createElement('cermat-mirror');
      this.host.setAttribute('data-cermat', '');
      const shadow = this.host.attachShadow({ mode: 'open' });
      this.box = doc.createElement('div');
      shadow.append(this.box);
      doc.body.append(this.host);
    }
    const box = this.box!;
    this.layout();
    // Rebuild the content: plain text runs, and a <span> per finding (overlaps nest poorly; keep the first).
    box.replaceChildren();
    this.marks = [];
    let at = 0;
    const sorted = [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
    for (const f of sorted) {
      if (f.start < at) continue;
      if (f.start > at) box.append(doc.createTextNode(text.slice(at, f.start)));
      const mark = doc.createElement('span');
      mark.textContent = text.slice(f.start, f.end);
      const color = COLORS[f.severity];
      mark.style.cssText = `text-decoration: underline ${f.severity === 'info' ? 'dotted' : 'wavy'} ${color}; text-decoration-skip-ink: none; text-underline-offset: 3px;`;
      box.append(mark);
      this.marks.push({ finding: f, element: mark });
      at = f.end;
    }
    box.append(doc.createTextNode(text.slice(at) + '\n'));
    this.syncScroll();
    return this.marks;
  }

  /** Places the mirror exactly over the textarea (call on scroll and resize). */
  layout(): void {
    const box = this.box;
    if (!box) return;
    const ta = this.textarea;
    const view = ta.ownerDocument.defaultView!;
    const cs = view.getComputedStyle(ta);
    const r = ta.getBoundingClientRect();
    const s = box.style;
    for (const key of COPIED) s[key] = cs[key];
    s.position = 'fixed';
    s.left = `${r.left}px`;
    s.top = `${r.top}px`;
    s.width = `${r.width}px`;
    s.height = `${r.height}px`;
    s.boxSizing = 'border-box';
    s.borderStyle = 'solid';
    s.borderColor = 'transparent';
    s.color = 'transparent';
    s.background = 'transparent';
    s.whiteSpace = 'pre-wrap';
    s.overflowWrap = 'break-word';
    s.overflow = 'hidden';
    s.pointerEvents = 'none';
    s.zIndex = '2147483000';
    s.margin = '0';
    this.syncScroll();
  }

  syncScroll(): void {
    if (!this.box) return;
    this.box.scrollTop = this.textarea.scrollTop;
    this.box.scrollLeft = this.textarea.scrollLeft;
  }

  focus(finding: Finding | null): void {
    if (this.focusMark) this.focusMark.style.backgroundColor = '';
    this.focusMark = null;
    const mark = finding && this.marks.find((m) => m.finding === finding);
    if (mark) {
      mark.element.style.backgroundColor = 'rgba(250, 204, 21, 0.55)';
      this.focusMark = mark.element;
    }
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
    this.marks = [];
  }
}
