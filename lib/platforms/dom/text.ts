/**
 * Reads the text of a contenteditable editor the way its editor means it (one line per block: Lexical's and
 * Quill's <p>, Draft.js's data-block <div>s, <br> line breaks, an empty block is an empty line) and keeps a map
 * from text offsets to DOM positions, so a finding's span becomes a Range for a highlight or a selection.
 *
 * The walk is linear in the size of the editor's DOM and allocates one string per text node.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose content is never text of the post. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'svg', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME']);

/** A run of the text: a text node's data, or a position (an empty block) that holds no text. */
interface Segment {
  start: number;
  /** Length in the text; 0 for an anchor. */
  length: number;
  /** The text node, or an anchor's container. */
  node: Node;
  /** 0 for a text node; an anchor's offset in its container. */
  offset: number;
  /** True for a text node, false for an anchor (an empty line's block element). */
  isText: boolean;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface EditableText {
  /** The text as the editor holds it, blocks separated by one '\n'. */
  text: string;
  root: HTMLElement;
  /** A DOM Range covering text[start, end), or null when the editor changed since it was read. */
  range(start: number, end: number): Range | null;
  /** The DOM position of a caret at `offset`. */
  point(offset: number, affinity?: 'forward' | 'backward'): DomPoint;
  /** The text offset of a DOM boundary point, or null when it is outside the editor. */
  offsetOf(node: Node, offset: number): number | null;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** Reads `root` (a contenteditable host, or any element that holds several). */
export function readEditable(root: HTMLElement): EditableText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const textIndex = new Map<Node, number>();
  let length = 0;
  // Whether the current line has begun (text, or a line opened by a <br>); a block closes an open line.
  let lineOpen = false;
  // A <br> ends its line only when something follows it in the same block: a trailing <br> is the placeholder
  // browsers and editors keep in an empty or freshly split line.
  let pendingBreak: Element | null = null;
  let lastWasBlockEnd = false;

  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const flushBreak = () => {
    if (pendingBreak) {
      emit('\n');
      pendingBreak = null;
    }
  };
  // (Text after a pending <br> flushes it: the <br> ended a line, possibly an empty one.)

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        flushBreak();
        textIndex.set(child, segments.length);
        segments.push({ start: length, length: data.length, node: child, offset: 0, isText: true });
        emit(data);
        lineOpen = true;
        lastWasBlockEnd = false;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIP_TAGS.has(el.tagName) || el.hasAttribute('data-cermat')) continue;
      if (el.tagName === 'BR') {
        if (pendingBreak) {
          // Two in a row: the first breaks the line, the second holds the (empty) line after it.
          emit('\n');
          segments.push({ start: length, length: 0, node: el.parentNode!, offset: indexOf(el), isText: false });
          lineOpen = true;
          lastWasBlockEnd = false;
        }
        pendingBreak = el;
        continue;
      }
      if (!isBlock(el)) {
        walk(el);
        continue;
      }
      // Block start: the open line ends here (a <br> just before a block breaks nothing).
      pendingBreak = null;
      if (lineOpen) {
        emit('\n');
        lineOpen = false;
      }
      const lengthBefore = length;
      const hadBlockChild = walkBlock(el);
      pendingBreak = null;
      if (lineOpen) {
        emit('\n');
        lineOpen = false;
        lastWasBlockEnd = true;
      } else if (!hadBlockChild && length === lengthBefore) {
        // An empty leaf block is an empty line; remember where a caret in it goes.
        segments.push({ start: length, length: 0, node: el, offset: 0, isText: false });
        emit('\n');
        lastWasBlockEnd = true;
      }
    }
  };

  /** Walks a block's children; true when it holds another block (then it is not a line of its own). */
  const walkBlock = (el: Element): boolean => {
    let hasBlockChild = false;
    for (let c = el.firstElementChild; c && !hasBlockChild; c = c.nextElementSibling) hasBlockChild = isBlock(c);
    walk(el);
    return hasBlockChild;
  };

  walk(root);
  let text = parts.join('');
  // The last block's closing newline is not part of the text.
  if (lastWasBlockEnd && text.endsWith('\n')) text = text.slice(0, -1);
  return makeEditableText(root, text, segments, textIndex);
}

function makeEditableText(root: HTMLElement, text: string, segments: Segment[], textIndex: Map<Node, number>): EditableText {
  const doc = root.ownerDocument;
  const texts = segments.filter((s) => s.isText);

  /** Index of the first text segment whose end is after `pos` (it contains pos or starts after it). */
  const firstEndingAfter = (pos: number): number => {
    let lo = 0;
    let hi = texts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = texts[mid]!;
      if (s.start + s.length > pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const anchorAt = (pos: number): Segment | undefined => {
    // Anchors are few (empty lines); a linear scan is fine.
    for (const s of segments) if (!s.isText && s.start === pos) return s;
    return undefined;
  };

  const point = (pos: number, affinity: 'forward' | 'backward' = 'forward'): DomPoint => {
    const i = firstEndingAfter(pos);
    const next = texts[i];
    // Strictly inside a text node: no choice to make.
    if (next && next.start < pos) return { node: next.node, offset: pos - next.start };
    const prev = i > 0 ? texts[i - 1] : undefined;
    const prevEnds = prev && prev.start + prev.length === pos ? prev : undefined;
    const nextStarts = next && next.start === pos ? next : undefined;
    const anchor = anchorAt(pos);
    const order =
      affinity === 'backward'
        ? [prevEnds && { node: prevEnds.node, offset: prevEnds.length }, anchor && { node: anchor.node, offset: anchor.offset }, nextStarts && { node: nextStarts.node, offset: 0 }]
        : [nextStarts && { node: nextStarts.node, offset: 0 }, anchor && { node: anchor.node, offset: anchor.offset }, prevEnds && { node: prevEnds.node, offset: prevEnds.length }];
    for (const p of order) if (p) return p;
    // Between lines (on a newline): the nearest text.
    if (affinity === 'forward' && next) return { node: next.node, offset: 0 };
    if (prev) return { node: prev.node, offset: prev.length };
    if (next) return { node: next.node, offset: 0 };
    return { node: root, offset: root.childNodes.length };
  };

  const range = (start: number, end: number): Range | null => {
    if (start < 0 || end < start || end > text.length) return null;
    const a = point(start, 'forward');
    const b = start === end ? a : point(end, 'backward');
    if (!a.node.isConnected || !b.node.isConnected) return null;
    const r = doc.createRange();
    try {
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return r;
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    if (!root.contains(node) && node !== root) return null;
    const idx = textIndex.get(node);
    if (idx !== undefined) {
      const s = segments[idx]!;
      return s.start + Math.min(offset, s.length);
    }
    // An element boundary (or an unread text node): the first segment at or after it in document order.
    const probe = doc.createRange();
    try {
      probe.setStart(node, node.nodeType === 3 ? Math.min(offset, (node as Text).length) : offset);
    } catch {
      return null;
    }
    // Segments are in document order: binary search for the first one at or after the point.
    let lo = 0;
    let hi = segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (isAtOrAfter(probe, segments[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    const seg = segments[lo];
    // Exactly an empty line's position.
    if (seg && !seg.isText && isExactly(probe, seg)) return seg.start;
    // A point just after a line's last text (inside that line's block) is the end of that line.
    const prev = lo > 0 ? segments[lo - 1] : undefined;
    if (prev?.isText && node.contains(prev.node)) return prev.start + prev.length;
    // A point inside an empty line's block (Draft.js puts the caret in the <span> around its <br>).
    if (prev && !prev.isText && prev.node.contains(node)) return prev.start;
    return seg ? seg.start : text.length;
  };

  return { text, root, range, point, offsetOf };
}

function isExactly(probe: Range, seg: Segment): boolean {
  try {
    return probe.comparePoint(seg.node, seg.offset) === 0;
  } catch {
    return false;
  }
}

function indexOf(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/** Whether a segment starts at or after the probe's start. */
function isAtOrAfter(probe: Range, seg: Segment): boolean {
  try {
    return probe.comparePoint(seg.node, seg.offset) >= 0;
  } catch {
    return false;
  }
}
