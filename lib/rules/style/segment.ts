/**
 * Splits a run of lower-case letters into words ("dirgahayuri" → ["dirgahayu", "ri"]) for hashtag advice: the
 * split with the fewest words, very short words costing extra, using the spelling dictionary when it is loaded
 * and the vocabulary and acronym lists always. Results are cached: a hashtag is split once.
 */
import { isKnownWord } from '../spelling/dictionary';
import { ACRONYMS, SHORT_WORDS } from './words';

const MAX_WORD = 20;
const MAX_LETTERS = 40;
const cache = new Map<string, string[] | null>();

function isWord(w: string): boolean {
  if (w.length <= 2) return SHORT_WORDS.has(w) || ACRONYMS.has(w);
  return ACRONYMS.has(w) || isKnownWord(w);
}

export function segmentWords(letters: string): string[] | null {
  if (letters.length > MAX_LETTERS) return null;
  const cached = cache.get(letters);
  if (cached !== undefined) return cached;
  const n = letters.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      if (cost[start] === Infinity) continue;
      const w = letters.slice(start, end);
      if (!isWord(w)) continue;
      const c = cost[start]! + 1 + (w.length <= 3 && !ACRONYMS.has(w) ? 0.6 : 0);
      if (c < cost[end]!) {
        cost[end] = c;
        from[end] = start;
      }
    }
  }
  let result: string[] | null = null;
  if (cost[n] !== Infinity) {
    result = [];
    for (let end = n; end > 0; end = from[end]!) result.unshift(letters.slice(from[end]!, end));
  }
  if (cache.size > 5000) cache.clear();
  cache.set(letters, result);
  return result;
}

/** "dirgahayu" → "Dirgahayu", an acronym → "RI". */
export function capitaliseWord(w: string): string {
  return ACRONYMS.has(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1);
}
