/**
 * The token-level view the 5W1H extractors share: what stands between two tokens (a space, a comma, a parenthesis, a
 * sentence end …), which tokens are capitalised, and a longest-match phrase table. Built once per findElements call
 * in one pass over the tokens, so every extractor can walk the tokens without regular expressions.
 */
import type { TextView, Token } from '../text';

/** What stands between token i and token i + 1. */
export const Gap = {
  /** Nothing: "Rp" + "10.000". */
  Join: 0,
  /** White space only (no line break). */
  Space: 1,
  Comma: 2,
  /** An opening parenthesis: "Selasa (". */
  Open: 3,
  /** A closing parenthesis: ") ". */
  Close: 4,
  /** "), ". */
  CloseComma: 5,
  /** A full stop: an abbreviation ("Plt. ", "Jl. ") or a sentence end; see abbrDot. */
  Dot: 6,
  /** A hyphen or dash, with or without spaces. */
  Dash: 7,
  Slash: 8,
  Colon: 9,
  /** A sentence or line end: line break, ! ? ; … */
  Break: 10,
  /** Anything else (quotes, brackets, several marks). */
  Other: 11,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

const ABBREVIATIONS = new Set([
  'plt', 'plh', 'pj', 'pjs', 'jl', 'jln', 'kab', 'kec', 'kel', 'ds', 'no', 'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'prof', 'st',
  'sdr', 'sdri', 'gg', 'lt', 'km', 'tgl', 'pkl', 'kh', 'bpk', 'mr', 'mrs', 'ms', 'kav', 'nomor', 'ny', 'tn', 'jend', 'a', 'b', 'c',
  'd', 'e', 'f', 'g', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'mt', 'mm',
  'sh', 'se', 'si', 'sos', 'kom', 'pd', 'ag', 'hum', 'ak', 'ap', 'kes', 'psi', 'ked', 'gov', 'rd', 'ave', 'blvd', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'sep', 'sept', 'okt', 'oct', 'nov', 'des', 'dec', 'aug',
]);

function classify(text: string, from: number, to: number): Gap {
  if (from >= to) return Gap.Join;
  let p1 = 0;
  let p2 = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0x202f) continue;
    if (c === 10 || c === 13) return Gap.Break;
    if (p1 === 0) p1 = c;
    else if (p2 === 0) p2 = c;
    else return Gap.Other;
  }
  if (p1 === 0) return Gap.Space;
  if (p2 === 0) {
    switch (p1) {
      case 44: return Gap.Comma; // ,
      case 40: return Gap.Open; // (
      case 41: return Gap.Close; // )
      case 46: return Gap.Dot; // .
      case 45: case 0x2013: case 0x2014: return Gap.Dash; // - – —
      case 47: return Gap.Slash; // /
      case 58: return Gap.Colon; // :
      case 33: case 63: case 59: case 0x2026: return Gap.Break; // ! ? ; …
      default: return Gap.Other;
    }
  }
  if (p1 === 41 && p2 === 44) return Gap.CloseComma;
  if (p1 === 41 && (p2 === 46 || p2 === 59)) return Gap.Break; // ")." ");"
  if (p1 === 46 && (p2 === 46 || p2 === 0x201d || p2 === 34 || p2 === 41)) return Gap.Break; // ".." '."' ".)"
  if (p1 === 46 && p2 === 44) return Gap.Comma; // "Kab.," rare
  if ((p1 === 33 || p1 === 63) && (p2 === 33 || p2 === 63)) return Gap.Break;
  return Gap.Other;
}

export interface Scan {
  view: TextView;
  text: string;
  tokens: Token[];
  n: number;
  /** gaps[i]: what stands between token i and i + 1 (the last one is Break). */
  gaps: Uint8Array;
  /** caps[i]: 1 when token i is a word written with a capital first letter (or an all-caps acronym). */
  caps: Uint8Array;
  /** firsts[i]: one bit per PhraseTable that has a phrase starting with token i's word (see PhraseTable.match). */
  firsts: Int32Array;
}

/*
 * Every PhraseTable gets a bit, and FIRST_BITS maps a word to the bits of the tables that have a phrase starting with
 * it. A scan looks each token up once; a table's match then rejects most tokens with one AND instead of a Map lookup.
 * Past 31 tables a table gets no bit and always looks its map up.
 */
const FIRST_BITS = new Map<string, number>();
let nextBit = 0;

export function createScan(view: TextView): Scan {
  const { tokens, text } = view;
  const n = tokens.length;
  const gaps = new Uint8Array(n);
  const caps = new Uint8Array(n);
  const firsts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    gaps[i] = i + 1 < n ? classify(text, t.end, tokens[i + 1]!.start) : Gap.Break;
    if (t.kind === 'word' && t.text.charCodeAt(0) !== t.norm.charCodeAt(0)) caps[i] = 1;
    firsts[i] = FIRST_BITS.get(t.norm) ?? 0;
  }
  return { view, text, tokens, n, gaps, caps, firsts };
}

// One scan per text view: the post-type classifier and the extractors share it.
const scans = new WeakMap<TextView, Scan>();

/** The scan of a view, built on first use. */
export function getScan(view: TextView): Scan {
  let s = scans.get(view);
  if (!s) scans.set(view, (s = createScan(view)));
  return s;
}

/** True when the full stop after token i belongs to an abbreviation (Plt., Jl., Kab., H.). */
export function abbrDot(s: Scan, i: number): boolean {
  return s.gaps[i] === Gap.Dot && ABBREVIATIONS.has(s.tokens[i]!.norm);
}

/** True when tokens i and i + 1 sit in the same run of words: a space, nothing, or an abbreviation's full stop. */
export function joined(s: Scan, i: number): boolean {
  const g = s.gaps[i]!;
  return g === Gap.Space || g === Gap.Join || (g === Gap.Dot && ABBREVIATIONS.has(s.tokens[i]!.norm));
}

export function isWord(s: Scan, i: number): boolean {
  return i < s.n && s.tokens[i]!.kind === 'word';
}

export function norm(s: Scan, i: number): string {
  return i < s.n ? s.tokens[i]!.norm : '';
}

/** Offset just after token i, taking a closing parenthesis that directly follows it. */
export function endWithClose(s: Scan, i: number): number {
  const t = s.tokens[i]!;
  const g = s.gaps[i];
  if (g === Gap.Close || g === Gap.CloseComma || (g === Gap.Break && s.text.charCodeAt(t.end) === 41)) {
    const at = s.text.indexOf(')', t.end);
    if (at >= 0) return at + 1;
  }
  return t.end;
}

/** A found span in the original text, with a tier (1 is the strongest kind of evidence). */
export interface Candidate {
  start: number;
  end: number;
  tier: number;
}

/** The strongest candidate, the earliest one among equals. */
export function pickBest(cands: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of cands) {
    if (!best || c.tier < best.tier || (c.tier === best.tier && c.start < best.start)) best = c;
  }
  return best;
}

/** Splits a listed phrase into the word forms the tokenizer produces ("Jl." → jl, "Alun-alun" → alun-alun). */
export function phraseWords(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  // Most listed phrases are plain letters and spaces: split them by hand (thousands run at module load).
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c === 32) {
      if (i > start) words.push(lower.slice(start, i));
      start = i + 1;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      return splitUnicode(lower);
    }
  }
  return words;
}

function splitUnicode(lower: string): string[] {
  return lower
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}\-'’]+/u)
    .map((w) => w.replace(/^[-'’]+|[-'’]+$/g, ''))
    .filter((w) => w.length > 0);
}

export interface PhraseMatch<T> {
  /** Number of tokens matched. */
  len: number;
  value: T;
}

/**
 * Longest-match lookup of listed phrases at a token: a map from a phrase's first word to its phrases, longest
 * first. Words inside a phrase may be separated by spaces, a hyphen, a slash or an abbreviation's full stop.
 */
export class PhraseTable<T> {
  protected readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  private readonly bit: number;
  private readonly all = new Set<string>();

  /** prefilter: false for a table only consulted after another one matched, which needs none of the 31 bits. */
  constructor(prefilter = true) {
    this.bit = prefilter && nextBit < 31 ? 1 << nextBit++ : 0;
  }

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    const key = words.join(' ');
    if (this.all.has(key)) return; // the first listing of a phrase wins
    this.all.add(key);
    const first = words[0]!;
    let list = this.byFirst.get(first);
    if (!list) {
      this.byFirst.set(first, (list = []));
      FIRST_BITS.set(first, (FIRST_BITS.get(first) ?? 0) | this.bit);
    }
    // Longest first, so match() returns the longest phrase; insertion keeps the order without re-sorting.
    let at = list.length;
    while (at > 0 && list[at - 1]!.words.length < words.length) at--;
    list.splice(at, 0, { words, value });
  }

  addAll(phrases: Iterable<string>, value: T): this {
    for (const p of phrases) this.add(p, value);
    return this;
  }

  /** Adds the first word of every phrase of another table (a trigger table for a prefilter). */
  addFirsts(other: PhraseTable<unknown>, value: T): void {
    for (const w of other.byFirst.keys()) this.add(w, value);
  }

  hasFirst(word: string): boolean {
    return this.byFirst.has(word);
  }

  match(s: Scan, i: number): PhraseMatch<T> | null {
    if (i >= s.n || (this.bit !== 0 && (s.firsts[i]! & this.bit) === 0)) return null;
    const list = this.byFirst.get(s.tokens[i]!.norm);
    if (!list) return null;
    for (const e of list) {
      const len = e.words.length;
      if (i + len > s.n) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) {
        const g = s.gaps[i + k - 1]!;
        ok =
          s.tokens[i + k]!.norm === e.words[k] &&
          (g === Gap.Space || g === Gap.Join || g === Gap.Dash || g === Gap.Slash || abbrDot(s, i + k - 1));
      }
      if (ok) return { len, value: e.value };
    }
    return null;
  }
}

/**
 * A large list of names (the 6,000-odd districts) as two Sets, cheap to build at module load: the first words, and
 * the whole names with their words joined by a space. A match joins the tokens' words only after the first one is
 * known to start a name.
 */
export class NameSet {
  private readonly firsts = new Set<string>();
  private readonly names = new Set<string>();
  private maxWords = 1;

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const words = phraseWords(name);
      if (words.length === 0) continue;
      this.firsts.add(words[0]!);
      this.names.add(words.join(' '));
      if (words.length > this.maxWords) this.maxWords = words.length;
    }
  }

  get size(): number {
    return this.names.size;
  }

  /** Number of tokens of the longest name starting at token i (0 when none). */
  match(s: Scan, i: number): number {
    if (i >= s.n || !this.firsts.has(s.tokens[i]!.norm)) return 0;
    let key = s.tokens[i]!.norm;
    let best = this.names.has(key) ? 1 : 0;
    for (let k = 1; k < this.maxWords && i + k < s.n; k++) {
      const g = s.gaps[i + k - 1];
      if (g !== Gap.Space && g !== Gap.Dash) break;
      key += ` ${s.tokens[i + k]!.norm}`;
      if (this.names.has(key)) best = k + 1;
    }
    return best;
  }
}

/** A Set of folded single words. */
export function wordSet(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) out.add(w.normalize('NFKC').toLowerCase());
  return out;
}
