/** Tokens that belong to a name rather than to prose. */
import type { Token } from '../../analysis/text';

const LETTER = /\p{L}/u;

/** Part of a domain or file name written without a scheme: "sscasn.bkn.go.id", "foto.jpg". */
export function inDottedName(text: string, token: Token): boolean {
  const after = text[token.end];
  const before = text[token.start - 1];
  return (
    (after === '.' && LETTER.test(text[token.end + 1] ?? '')) ||
    (before === '.' && LETTER.test(text[token.start - 2] ?? ''))
  );
}

// A short phrase in quotation marks is usually a term being talked about ("bukan hoax"), not the writer's wording.
const QUOTED = /["\u201c]([^"\u201c\u201d\n]{1,60})["\u201d]/g;
const MAX_MENTION_WORDS = 3;

/** Spans of short quoted phrases (three words at most), sorted. */
export function quotedMentions(text: string): Array<{ start: number; end: number }> {
  if (!text.includes('"') && !text.includes('\u201c')) return [];
  const spans: Array<{ start: number; end: number }> = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    if (m[1]!.trim().split(/\s+/).length <= MAX_MENTION_WORDS) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

export function inSpans(spans: ReadonlyArray<{ start: number; end: number }>, pos: number): boolean {
  for (const s of spans) if (pos >= s.start && pos < s.end) return true;
  return false;
}
