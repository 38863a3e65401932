/**
 * One interface over the two kinds of composer: a contenteditable editor (read through the block-aware walker,
 * with ranges for highlights) and a textarea (its value; highlights need an overlay there).
 */
import type { TextSpan } from '../types';
import { readEditable, type EditableText } from './text';
import { selectionFor, writeEditable, writeTextarea, type WriteResult } from './write';

export interface FieldSnapshot {
  text: string;
  /** A DOM Range over text[start, end) for contenteditable fields; null for textareas or a stale snapshot. */
  range(start: number, end: number): Range | null;
  /** The text offset of a DOM boundary point, or null (outside the field, or a textarea). */
  offsetOf(node: Node, offset: number): number | null;
}

export interface TextField {
  element: HTMLElement;
  kind: 'textarea' | 'editable';
  read(): FieldSnapshot;
  /** The selection as text offsets when it is inside the field, else null. */
  selection(snapshot?: FieldSnapshot): TextSpan | null;
  /** Replaces text[start, end) (insert when start === end); resolves once the editor's text was read back. */
  replace(span: TextSpan, text: string): Promise<WriteResult>;
}

function isTextarea(el: HTMLElement): el is HTMLTextAreaElement {
  return el.tagName === 'TEXTAREA';
}

export function fieldFor(element: HTMLElement): TextField {
  return isTextarea(element) ? textareaField(element) : editableField(element);
}

function textareaField(ta: HTMLTextAreaElement): TextField {
  return {
    element: ta,
    kind: 'textarea',
    read: () => ({ text: ta.value, range: () => null, offsetOf: () => null }),
    selection: () => {
      const root = ta.getRootNode() as Document | ShadowRoot;
      if (root.activeElement !== ta && ta.ownerDocument.activeElement !== ta) return null;
      return { start: ta.selectionStart, end: ta.selectionEnd };
    },
    replace: (span, text) => writeTextarea(ta, span.start, span.end, text),
  };
}

function editableField(root: HTMLElement): TextField {
  const snapshotOf = (snap: EditableText): FieldSnapshot => ({ text: snap.text, range: snap.range, offsetOf: snap.offsetOf });
  return {
    element: root,
    kind: 'editable',
    read: () => snapshotOf(readEditable(root)),
    selection: (snapshot) => {
      const sel = selectionFor(root);
      if (!sel || !sel.rangeCount) return null;
      const r = sel.getRangeAt(0);
      if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return null;
      const snap = snapshot ?? snapshotOf(readEditable(root));
      const start = snap.offsetOf(r.startContainer, r.startOffset);
      const end = r.collapsed ? start : snap.offsetOf(r.endContainer, r.endOffset);
      if (start === null || end === null) return null;
      return { start: Math.min(start, end), end: Math.max(start, end) };
    },
    replace: (span, text) => writeEditable(root, span.start, span.end, text),
  };
}
