/**
 * Spelling suggestions for an unknown word: every form one edit away that the checker accepts, ranked by how
 * likely the slip is (a doubled or dropped double letter first, as in "sehinga" → "sehingga"); failing that,
 * dictionary stems two edits away. Run only for the few words the checker rejects, and cached by the caller.
 */

const LETTERS = 'aeinrstkumlgopbdhjcyfwzqvx';
const VOWELS = 'aeiou';
// Neighbours on a QWERTY keyboard: a slip onto one of them is a likelier typo than any other replacement.
const KEYBOARD: Record<string, string> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};
// Letters Indonesian writers swap for one another (f/p/v, z/j, c/k …).
const SOUND_ALIKE = ['fpv', 'zj', 'ck', 'qk', 'xks', 'ei', 'ou'];

/** How much a frequent word is preferred, in edit costs: less than a plain edit, more than a tie. */
const COMMON_BONUS = 0.35;

function replaceCost(from: string, to: string): number {
  if (VOWELS.includes(from) && VOWELS.includes(to)) return 0.7;
  if (KEYBOARD[from]?.includes(to)) return 0.7;
  for (const group of SOUND_ALIKE) if (group.includes(from) && group.includes(to)) return 0.6;
  return 1;
}

export interface SuggestOptions {
  /** Whether a candidate is a word (the checker, with the vocabulary). */
  known(word: string): boolean;
  /** Dictionary stems, for the two-edit search. */
  stems: ReadonlyMap<string, unknown>;
  /** REP pairs of the dictionary: common misspelling patterns. */
  rep: ReadonlyArray<readonly [string, string]>;
  /** Frequent words: a candidate among them costs less. */
  common?: ReadonlySet<string>;
  /** How many to return. */
  limit?: number;
}

/** Candidates one edit (or one REP substitution) away, each with its cost; the cheapest cost per candidate. */
function edits(word: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (cand: string, cost: number, at: number) => {
    if (cand === word || cand.length < 2) return;
    const c = at === 0 ? cost + 0.3 : cost; // the first letter is rarely the one mistyped
    const old = out.get(cand);
    if (old === undefined || c < old) out.set(cand, c);
  };
  const n = word.length;
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i);
    const ch = word[i];
    if (ch !== undefined) {
      const tail = word.slice(i + 1);
      const doubled = word[i - 1] === ch || word[i + 1] === ch;
      add(head + tail, doubled ? 0.4 : 0.9, i);
      if (i + 1 < n) add(head + word[i + 1] + ch + word.slice(i + 2), 0.5, i);
      for (const c of LETTERS) if (c !== ch) add(head + c + tail, replaceCost(ch, c), i);
    }
    const rest = word.slice(i);
    for (const c of LETTERS) {
      const doubling = c === word[i - 1] || c === word[i];
      add(head + c + rest, doubling ? 0.4 : c === 'h' ? 0.7 : VOWELS.includes(c) ? 0.8 : 1, i);
    }
  }
  return out;
}

function repEdits(word: string, rep: ReadonlyArray<readonly [string, string]>, out: Map<string, number>): void {
  for (const [from, to] of rep) {
    for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
      const cand = word.slice(0, at) + to + word.slice(at + from.length);
      const old = out.get(cand);
      if (old === undefined || 0.5 < old) out.set(cand, 0.5);
    }
  }
}

/** Optimal-string-alignment distance, or limit + 1 as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

// Stems by first letter, built on the first two-edit search for a dictionary.
const buckets = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string[]>>();
function bucketsFor(stems: ReadonlyMap<string, unknown>): Map<string, string[]> {
  let b = buckets.get(stems);
  if (!b) {
    b = new Map();
    for (const w of stems.keys()) {
      if (w.length < 4 || w !== w.toLowerCase()) continue;
      const list = b.get(w[0]!);
      if (list) list.push(w);
      else b.set(w[0]!, [w]);
    }
    buckets.set(stems, b);
  }
  return b;
}

export interface Suggestion {
  word: string;
  /** About 0.4 for a doubled or dropped double letter, 1 for an arbitrary edit, 2 for two edits. */
  cost: number;
}

/** Up to `limit` corrections for a lower-case word, best first. */
export function suggestWords(word: string, opts: SuggestOptions): Suggestion[] {
  const limit = opts.limit ?? 3;
  const cands = edits(word);
  repEdits(word, opts.rep, cands);
  const found: Array<[string, number]> = [];
  for (const [cand, cost] of cands) {
    if (!opts.known(cand)) continue;
    found.push([cand, cost - (opts.common?.has(cand) ? COMMON_BONUS : opts.stems.has(cand) ? 0.05 : 0)]);
  }
  if (found.length === 0 && word.length >= 5) {
    for (const stem of bucketsFor(opts.stems).get(word[0]!) ?? []) {
      const d = editDistance(word, stem, 2);
      if (d <= 2) found.push([stem, d + Math.abs(stem.length - word.length) * 0.1 - (opts.common?.has(stem) ? COMMON_BONUS : 0)]);
    }
  }
  found.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return found.slice(0, limit).map(([w, cost]) => ({ word: w, cost }));
}
