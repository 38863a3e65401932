/**
 * Whole-word phrase matching over the engine's tokens: a map from a phrase's first word to the phrases that start
 * with it, so a text is matched in one pass however long the list is.
 */
import { createTextView, type TextView, type Token } from '../analysis/text';

export interface TermMatch {
  /** The term as listed (its folded form). */
  term: string;
  start: number;
  end: number;
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
}

export interface TermMatcher {
  readonly size: number;
  find(view: TextView): TermMatch[];
  has(term: string): boolean;
}

function termWords(term: string): string[] {
  return createTextView(term).tokens.map((t) => t.norm);
}

/** Only white space or hyphens may stand between the words of a phrase. */
function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 45 || c === 9 || c === 10 || c === 13 || c === 0xa0)) return false;
  }
  return true;
}

export function compileTerms(terms: Iterable<string>): TermMatcher {
  const byFirst = new Map<string, { words: string[]; term: string }[]>();
  const all = new Set<string>();
  for (const raw of terms) {
    const words = termWords(raw);
    if (words.length === 0) continue;
    const term = words.join(' ');
    if (all.has(term)) continue;
    all.add(term);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, term });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length); // longest first

  return {
    size: all.size,
    has: (term) => all.has(termWords(term).join(' ')),
    find(view) {
      const out: TermMatch[] = [];
      const { tokens, text } = view;
      for (let i = 0; i < tokens.length; i++) {
        const list = byFirst.get(tokens[i]!.norm);
        if (!list) continue;
        for (const cand of list) {
          const n = cand.words.length;
          if (i + n > tokens.length) continue;
          let ok = true;
          for (let k = 1; k < n && ok; k++) {
            ok = tokens[i + k]!.norm === cand.words[k] && adjacent(text, tokens[i + k - 1]!, tokens[i + k]!);
          }
          if (!ok) continue;
          out.push({ term: cand.term, start: tokens[i]!.start, end: tokens[i + n - 1]!.end, first: i, last: i + n - 1 });
          i += n - 1; // matches do not overlap
          break;
        }
      }
      return out;
    },
  };
}

/** Adds a bit flag to each word, so a module learns everything a token may signal from one Map lookup. */
export function flagWords(flags: Map<string, number>, words: Iterable<string>, flag: number): void {
  for (const w of words) flags.set(w, (flags.get(w) ?? 0) | flag);
}
