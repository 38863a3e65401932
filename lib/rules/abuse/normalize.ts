/**
 * Reads a disguised word back to the word it imitates: digits and signs for letters (4nj1ng, b@ngs@t, $etan),
 * look-alike Cyrillic or Greek letters, a mask (k*nt*l), stretched letters (anjiiing) and a trailing "2" for
 * reduplication (anjing2). Only a reading that is a known word is accepted, so ordinary words, codes and numbers
 * (3M, covid19, 5G) keep their own form.
 */

/** Builds a character map from two strings of the same length. */
const charMap = (from: string, to: string): Record<string, string> =>
  Object.fromEntries([...from].map((ch, i) => [ch, [...to][i]!]));

// Digits and signs for letters; 1 is read as i, and as l when i gives nothing (normalize.read).
const LEET = charMap('4@0357$896', 'aaoestsbgg');
// Letters that look Latin in most fonts (lower case: the folded view is lower-cased already).
const CONFUSABLE = charMap('авеёкмнорстухіјѕԁɡαεικνορτυ', 'abeekmhopctyxijsdgaeikvoptu');

const VOWELS = ['a', 'i', 'u', 'e', 'o'];

/** Collapses runs of the same character: anjiiing → anjing, bangsaaat → bangsat. */
export function squeeze(s: string): string {
  let out = '';
  let prev = '';
  for (const ch of s) {
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}

/** What a word holds that a reading must undo: 1 = a digit, sign, mask or non-ASCII letter; 2 = a doubled letter. */
function oddities(s: string): number {
  let f = 0;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64 || c === 36 || c === 42 || c > 127) f |= 1;
    else if (c === prev) f |= 2;
    prev = c;
  }
  return f;
}

/** An accented Latin letter without its accent (á → a); other characters unchanged. */
function unaccent(ch: string): string {
  const base = ch.normalize('NFD')[0]!;
  return base.charCodeAt(0) < 128 ? base : ch;
}

function deleet(s: string, one: 'i' | 'l'): string {
  let out = '';
  for (const ch of s) {
    if (ch === '1') out += one;
    else out += LEET[ch] ?? CONFUSABLE[ch] ?? (ch.charCodeAt(0) > 127 ? unaccent(ch) : ch);
  }
  return out;
}

/** Every reading of a masked word: each `*` (at most two) as a vowel. */
function unmask(s: string): string[] {
  const stars = s.split('*').length - 1;
  if (stars === 0) return [s];
  if (stars > 2) return [];
  let out = [s];
  for (let k = 0; k < stars; k++) out = out.flatMap((w) => VOWELS.map((v) => w.replace('*', v)));
  return out;
}

export interface Reading {
  /** The known word read from the original, or the original itself. */
  key: string;
  /** Digits, signs, masks or look-alike letters stood for letters. */
  disguised: boolean;
  /** Stretched letters were collapsed. */
  stretched: boolean;
}

/** The vocabulary a reading may land on: its words, and their squeezed forms. */
export interface Vocabulary {
  words: Set<string>;
  /** word → role bits (1: any vocabulary word; others: see lexicon.newRole) */
  roles: Map<string, number>;
  /** squeezed form → listed word */
  squeezed: Map<string, string>;
}

export function createVocabulary(words: Iterable<string>, roles: Iterable<readonly [string, number]> = []): Vocabulary {
  const set = new Set<string>();
  const squeezed = new Map<string, string>();
  const roleMap = new Map<string, number>();
  for (const [w, role] of roles) roleMap.set(w, (roleMap.get(w) ?? 1) | role);
  for (const w of [...words, ...roleMap.keys()]) {
    if (!roleMap.has(w)) roleMap.set(w, 1);
    set.add(w);
    const q = squeeze(w);
    if (!squeezed.has(q) || q === w) squeezed.set(q, w);
  }
  return { words: set, roles: roleMap, squeezed };
}

/**
 * Reads one folded word into `out` (reused by the caller: this runs for every word of every keystroke).
 * Cheap for ordinary words: two character scans, no allocation.
 */
export function read(word: string, vocab: Vocabulary, out: Reading): Reading {
  out.key = word;
  out.disguised = false;
  out.stretched = false;
  const odd = oddities(word);
  if (odd === 0 || vocab.words.has(word)) return out;
  if (!(odd & 1)) {
    const hit = vocab.squeezed.get(squeeze(word));
    if (hit) {
      out.key = hit;
      out.stretched = true;
    }
    return out;
  }
  const variants = [deleet(word, 'i')];
  if (word.includes('1')) variants.push(deleet(word, 'l'));
  for (const v of variants) {
    for (const c of unmask(v)) {
      const hit = vocab.words.has(c) ? c : vocab.squeezed.get(squeeze(c));
      if (hit) {
        out.key = hit;
        out.disguised = true;
        out.stretched = hit !== c;
        return out;
      }
    }
  }
  return out;
}
