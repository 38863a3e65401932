/** Case and position helpers shared by the spelling and style checks. */
import type { TextView } from '../../analysis/text';
import { matchCase } from '../data-rule';

/**
 * Carries the case of the original over to a replacement. A capitalised word inside a sentence is usually part of
 * a name or title, so a several-word replacement then capitalises every word ("Walikota" → "Wali Kota").
 */
export function keepCase(original: string, replacement: string, sentenceStart = true): string {
  const out = matchCase(original, replacement);
  const first = original[0];
  const capitalised = first !== undefined && first !== first.toLowerCase() && original !== original.toUpperCase();
  if (capitalised && !sentenceStart && /\s/.test(out)) {
    return out.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, ch: string) => space + ch.toUpperCase());
  }
  return out;
}

const startsByView = new WeakMap<TextView, ReadonlySet<number>>();

/** Indices of the tokens that open a sentence (the first word or number of it, after any emoji). Cached per view. */
export function sentenceStartTokens(view: TextView): ReadonlySet<number> {
  const cached = startsByView.get(view);
  if (cached) return cached;
  const starts = new Set<number>();
  const { tokens, sentences } = view;
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    let k = t;
    while (k < tokens.length && tokens[k]!.start < s.end && tokens[k]!.kind === 'emoji') k++;
    if (k < tokens.length && tokens[k]!.start < s.end) starts.add(k);
  }
  startsByView.set(view, starts);
  return starts;
}

/** Is the word written with a capital first letter and lower case after it (a name or a sentence start)? */
export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
}

/** Two or more letters, all upper case: an acronym. */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
