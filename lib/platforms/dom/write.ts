/**
 * Writing into a site's editor so that the editor itself notices: its own state changes, its undo stack keeps
 * the step, the caret ends after the new text. We only ever act as a person would: select, then type or paste.
 * Order of attempts: execCommand('insertText') (what Lexical, Draft.js, Quill and textareas all handle, and what
 * keeps the browser's undo), a synthetic paste for multi-line text (editors split it into their own paragraphs),
 * then a bare `beforeinput`. After each attempt the editor's text is read back; a partial change stops the chain
 * rather than piling a second write on top. innerHTML is never touched.
 */
import { editingHost } from './find';
import { readEditable, type EditableText } from './text';

export type WriteMethod = 'insertText' | 'paste' | 'beforeinput' | 'setRangeText';

export interface WriteResult {
  ok: boolean;
  /** The attempt that produced the expected text, or null. */
  method: WriteMethod | null;
  /** The editor's text afterwards. */
  text: string;
}

/** Compares texts the way editors may legitimately differ: non-breaking spaces, runs of white space. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
  return a === b || norm(a) === norm(b);
}

/** Lets the page run its handlers: selectionchange listeners, editor commits (microtasks), a render. */
export function settle(view: Window = window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    view.requestAnimationFrame(() => view.setTimeout(finish, 0));
    // Hidden tabs get no animation frames.
    view.setTimeout(finish, 60);
  });
}

/** The Selection that can hold nodes of `node`'s tree (Chromium gives shadow roots their own view). */
export function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if (root.nodeType === 11 && typeof (root as { getSelection?: unknown }).getSelection === 'function') {
    return (root as { getSelection: () => Selection | null }).getSelection();
  }
  return (node.ownerDocument ?? document).getSelection();
}

function selectRange(range: Range): void {
  const sel = selectionFor(range.startContainer);
  if (!sel) return;
  sel.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

function viewOf(node: Node): Window {
  return node.ownerDocument?.defaultView ?? window;
}

/** A paste event carrying plain text, built in the target's realm so its handlers can read it. */
function dispatchPaste(target: Element, text: string): boolean {
  const view = viewOf(target) as Window & typeof globalThis;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

function dispatchBeforeInput(target: Element, text: string): boolean {
  const view = viewOf(target) as Window & typeof globalThis;
  const multiline = text.includes('\n');
  let dataTransfer: DataTransfer | null = null;
  if (multiline) {
    dataTransfer = new view.DataTransfer();
    dataTransfer.setData('text/plain', text);
  }
  const event = new view.InputEvent('beforeinput', {
    inputType: multiline ? 'insertFromPaste' : 'insertText',
    data: multiline ? null : text,
    dataTransfer,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

function execInsert(doc: Document, text: string): boolean {
  // An empty replacement is a deletion.
  return text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete', false);
}

/**
 * Replaces text[start, end) of a contenteditable editor with `replacement` (an empty span inserts at that point).
 * `root` is what readEditable reads (the editor, or an element holding several editables).
 */
export async function writeEditable(root: HTMLElement, start: number, end: number, replacement: string): Promise<WriteResult> {
  const before = readEditable(root);
  const expected = before.text.slice(0, start) + replacement + before.text.slice(end);
  const multiline = replacement.includes('\n');
  const attempts: WriteMethod[] = multiline ? ['paste', 'insertText', 'beforeinput'] : ['insertText', 'beforeinput', 'paste'];

  for (const method of attempts) {
    const current = readEditable(root);
    if (current.text !== before.text) return { ok: sameText(current.text, expected), method: null, text: current.text };
    if (!(await selectSpan(current, start, end))) return { ok: false, method: null, text: current.text };
    const range = current.range(start, end)!;
    const target = elementOf(range.startContainer) ?? root;
    const doc = root.ownerDocument;
    try {
      if (method === 'insertText') execInsert(doc, replacement);
      else if (method === 'paste') dispatchPaste(target, replacement);
      else dispatchBeforeInput(target, replacement);
    } catch {
      continue;
    }
    await settle(viewOf(root));
    const after = readEditable(root).text;
    if (sameText(after, expected)) return { ok: true, method, text: after };
    if (after !== before.text) return { ok: false, method: null, text: after };
  }
  return { ok: false, method: null, text: readEditable(root).text };
}

/** Focuses the editable that holds text[start, end) and selects it, then lets the editor see the selection. */
export async function selectSpan(snapshot: EditableText, start: number, end: number): Promise<boolean> {
  const range = snapshot.range(start, end);
  if (!range) return false;
  const host = editingHost(range.startContainer) ?? snapshot.root;
  if (host.ownerDocument.activeElement !== host && !host.contains(deepFocus(host))) host.focus({ preventScroll: true });
  selectRange(range);
  await settle(viewOf(host));
  // Some editors move the caret on focus: select again if it moved.
  const sel = selectionFor(range.startContainer);
  const current = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
  if (
    !current ||
    current.startContainer !== range.startContainer ||
    current.startOffset !== range.startOffset ||
    current.endContainer !== range.endContainer ||
    current.endOffset !== range.endOffset
  ) {
    selectRange(range);
    await settle(viewOf(host));
  }
  return true;
}

function deepFocus(host: HTMLElement): Element | null {
  const root = host.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/** Replaces value[start, end) of a textarea, keeping the browser's undo when it can. */
export async function writeTextarea(ta: HTMLTextAreaElement, start: number, end: number, replacement: string): Promise<WriteResult> {
  const before = ta.value;
  const expected = before.slice(0, start) + replacement + before.slice(end);
  ta.focus({ preventScroll: true });
  ta.setSelectionRange(start, end);
  try {
    execInsert(ta.ownerDocument, replacement);
  } catch {
    // fall through to setRangeText
  }
  if (ta.value === expected) {
    await settle(viewOf(ta));
    return { ok: ta.value === expected || sameText(ta.value, expected), method: 'insertText', text: ta.value };
  }
  if (ta.value !== before) return { ok: false, method: null, text: ta.value };
  const view = viewOf(ta) as Window & typeof globalThis;
  ta.setRangeText(replacement, start, end, 'end');
  ta.dispatchEvent(new view.InputEvent('input', { inputType: 'insertText', data: replacement, bubbles: true }));
  await settle(viewOf(ta));
  return { ok: sameText(ta.value, expected), method: 'setRangeText', text: ta.value };
}
