/**
 * Shared text views for the engine: a folded copy for matching (lower case, NFKC, no invisible characters)
 * with a map back to the original offsets, word tokens, and sentences. Built once per analysis.
 */

export type TokenKind = 'url' | 'email' | 'hashtag' | 'mention' | 'number' | 'word' | 'emoji';

export interface Token {
  kind: TokenKind;
  /** The original text of the token. */
  text: string;
  /** The folded form (lower case, NFKC, invisible characters removed). */
  norm: string;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** Index into TextView.tokens. */
  index: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface TextView {
  text: string;
  /** Lower-cased, NFKC-normalised text without zero-width characters or soft hyphens. */
  folded: string;
  tokens: Token[];
  /** Sentences as spans of the original text, trimmed. */
  sentences: Span[];
  /** Maps a [start, end) span of `folded` to the original text. */
  toOriginal(start: number, end: number): Span;
}

// Zero-width space/joiners, word joiner, BOM, soft hyphen, and bidi marks: invisible, used to dodge filters.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E]/;

function fold(text: string): { folded: string; startMap: Int32Array; endMap: Int32Array } {
  const parts: string[] = [];
  const startMap = new Int32Array(text.length + 1);
  const endMap = new Int32Array(text.length + 1);
  let n = 0;
  let runStart = 0; // start of the current all-ASCII run, copied in one slice
  const flushAscii = (to: number) => {
    if (to > runStart) {
      parts.push(text.slice(runStart, to).toLowerCase());
      for (let j = runStart; j < to; j++, n++) {
        startMap[n] = j;
        endMap[n] = j + 1;
      }
    }
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      i++;
      continue;
    }
    flushAscii(i);
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (!INVISIBLE.test(ch)) {
      const out = ch.normalize('NFKC').toLowerCase();
      parts.push(out);
      for (let k = 0; k < out.length; k++, n++) {
        startMap[n] = i;
        endMap[n] = i + width;
      }
    }
    i += width;
    runStart = i;
  }
  flushAscii(text.length);
  const folded = parts.join('');
  if (n >= startMap.length) {
    // NFKC expanded beyond the original length (rare ligatures): rebuild maps at the right size.
    return foldSlow(text);
  }
  return { folded, startMap: startMap.subarray(0, n), endMap: endMap.subarray(0, n) };
}

function foldSlow(text: string): { folded: string; startMap: Int32Array; endMap: Int32Array } {
  const starts: number[] = [];
  const ends: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (!INVISIBLE.test(ch)) {
      const out = ch.normalize('NFKC').toLowerCase();
      folded += out;
      for (let k = 0; k < out.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { folded, startMap: Int32Array.from(starts), endMap: Int32Array.from(ends) };
}

const TOKEN_RE =
  /(https?:\/\/[^\s<>"]+|www\.[^\s<>"]+\.[^\s<>"]+)|([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)|(#[\p{L}\p{N}_]+)|(@[\p{L}\p{N}_.]*[\p{L}\p{N}_])|(\p{N}+(?:[.,:/]\p{N}+)*)|(\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’]\p{L}[\p{L}\p{M}\p{N}]*)*)|(\p{Extended_Pictographic})/gu;
const KINDS: TokenKind[] = ['url', 'email', 'hashtag', 'mention', 'number', 'word', 'emoji'];

function tokenize(folded: string, text: string, toOriginal: (s: number, e: number) => Span): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(folded); m; m = TOKEN_RE.exec(folded)) {
    let g = 1;
    while (m[g] === undefined) g++;
    let norm = m[0];
    if (g === 1) norm = norm.replace(/[.,;:!?)\]]+$/, ''); // trailing punctuation is not part of a URL
    const span = toOriginal(m.index, m.index + norm.length);
    tokens.push({
      kind: KINDS[g - 1]!,
      text: text.slice(span.start, span.end),
      norm,
      start: span.start,
      end: span.end,
      index: tokens.length,
    });
  }
  return tokens;
}

// A sentence ends at . ! ? … followed by white space or the end, or at a line break.
// Dots inside numbers (09.00, 10.000) and abbreviations listed here do not end one.
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'prof', 'kab', 'kec', 'kel', 'jl', 'jln', 'no', 'tgl', 'st', 'sdr', 'sdri',
  'bpk', 'ibu', 'kh', 'plt', 'plh', 'pj', 'mr', 'mrs', 'ms', 'dr', 'sh', 'se', 'mm', 'mt', 'm', 'dll', 'dsb', 'a', 'b',
  'c', 'vs', 'etc', 'e.g', 'i.e', 'hlm', 'ds', 'rp',
]);

function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[.!?…]+(?=[\s"'”’)\]]|$)|\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '.') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, m.index - 8), m.index));
      if (before && ABBREVIATIONS.has(before[1]!.toLowerCase())) continue;
    }
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}

const NON_ASCII = /[^\x00-\x7f]/;

export function createTextView(text: string): TextView {
  // Plain ASCII (most drafts) folds to its lower case one to one: no offset maps to build.
  if (!NON_ASCII.test(text)) {
    const toOriginal = (start: number, end: number): Span => ({ start, end: Math.max(start, end) });
    const folded = text.toLowerCase();
    return { text, folded, tokens: tokenize(folded, text, toOriginal), sentences: splitSentences(text), toOriginal };
  }
  const { folded, startMap, endMap } = fold(text);
  const toOriginal = (start: number, end: number): Span => {
    if (end <= start) {
      const at = start < startMap.length ? startMap[start]! : text.length;
      return { start: at, end: at };
    }
    return { start: startMap[start]!, end: endMap[end - 1]! };
  };
  return {
    text,
    folded,
    tokens: tokenize(folded, text, toOriginal),
    sentences: splitSentences(text),
    toOriginal,
  };
}

/** The sentence (of position-sorted, disjoint spans) that holds `pos`, by binary search. */
export function sentenceAt(sentences: readonly Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Whether a list of hits sorted by start has one starting inside `span` (binary search). */
export function anyStartsWithin(hits: readonly { start: number }[], span: Span): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < hits.length && hits[lo]!.start < span.end;
}

/** Words only (no numbers, hashtags, URLs …). */
export function words(view: TextView): Token[] {
  return view.tokens.filter((t) => t.kind === 'word');
}
