/**
 * The abuse checks' own word list, read once per text. Ordinary words come straight from the engine's tokens. But
 * the tokens split a word at a digit or sign (4nj1ng → "4" + "nj1ng", b@ngs@t → "b" + two mentions, k*nt*l → three
 * words) and keep spaced letters apart (a n j i n g), which is exactly how abuse is disguised; so around such spots
 * the text is scanned again character by character, keeping digits, @, $ and * inside a word and joining runs of
 * single letters that spell a listed word. Each word is read back with normalize.read and records the punctuation
 * around it and its sentence, which the context checks use.
 */
import type { TextView, Token } from '../../analysis/text';
import { read, type Reading, type Vocabulary } from './normalize';

/** Punctuation seen between two words (or before the first / after the last). */
export const GAP = {
  COMMA: 1, // , ; :
  EXCLAIM: 2,
  QUESTION: 4,
  PERIOD: 8, // . …
  QUOTE: 16,
  NEWLINE: 32,
  BRACKET: 64,
  DASH: 128,
  OTHER: 256,
} as const;

export interface Word {
  /** The word as read back (lower case; a disguised word reads as the word it imitates). */
  key: string;
  /** Span in the original text. */
  start: number;
  end: number;
  /** Index of the sentence (view.sentences) holding the word. */
  sentence: number;
  /** Written with digits, signs, masks, look-alike letters, or as spaced single letters. */
  disguised: boolean;
  /** Written with stretched letters (anjiiing). */
  stretched: boolean;
  /** Part of a link or an @handle: a name, so never read as an insult from its context. */
  inLink: boolean;
  /** Role bits of the key (0: not in the vocabulary): checks skip the words they have no use for, unlooked-up. */
  roles: number;
  /** GAP flags of the punctuation between the previous word and this one. */
  before: number;
  /** GAP flags of the punctuation between this word and the next one. */
  after: number;
}

export interface WordScan {
  view: TextView;
  words: Word[];
  /** Every key in the text (built on first use: only context checks need it). */
  keys(): Set<string>;
}

const LETTER_TWO = /\p{L}2$/u;
const WORD_CODE_POINT = /^[\p{L}\p{M}\p{N}]$/u;
const INVISIBLE = /^[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E]$/u;
const nonAscii = new Map<number, boolean>();
/** 1 for ASCII letters, digits and @ $ *. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_WORD[c] =
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 42 ? 1 : 0;

/** Width of the word character at i (a letter, mark or digit, or @ $ * standing for a letter), else 0. */
function wordChar(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  const cp = s.codePointAt(i)!;
  let ok = nonAscii.get(cp);
  if (ok === undefined) {
    ok = WORD_CODE_POINT.test(String.fromCodePoint(cp));
    nonAscii.set(cp, ok);
  }
  return ok ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Not only digits and signs (a number is left as it is). */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 64 || c === 36 || c === 42)) return true;
  }
  return false;
}

/** A run holds a letter or digit (not only @, $ or *). */
function hasAlnum(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 64 && c !== 36 && c !== 42) return true;
  }
  return false;
}

/** A character that glues the tokens around it into one disguised word (an ASCII letter or digit, @, $, *). */
function glue(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && ASCII_WORD[c] === 1;
}

/** A word token the engine read as the scan would: letters (and inner apostrophes), two or more. */
function plainWord(norm: string): boolean {
  if (norm.length < 2) return false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 45) return false;
  }
  return true;
}

/** GAP flags of the original text between two words (full-width marks count as their ASCII twins). */
function gapFlags(s: string, from: number, to: number): number {
  let f = 0;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c === 32) continue;
    if (c >= 0xff01 && c <= 0xff5e)
      c -= 0xfee0; // full-width ASCII
    else if (c === 0x3002) c = 46; // ideographic full stop
    if (c === 44 || c === 59 || c === 58) f |= GAP.COMMA;
    else if (c === 33) f |= GAP.EXCLAIM;
    else if (c === 63) f |= GAP.QUESTION;
    else if (c === 46 || c === 0x2026) f |= GAP.PERIOD;
    else if (c === 34 || c === 39 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb) f |= GAP.QUOTE;
    else if (c === 10 || c === 13) f |= GAP.NEWLINE;
    else if (c === 40 || c === 41 || c === 91 || c === 93) f |= GAP.BRACKET;
    else if (c === 45 || c === 0x2013 || c === 0x2014) f |= GAP.DASH;
    else if (c !== 9 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200f) && c !== 0x3000 && !INVISIBLE.test(s[i]!))
      f |= GAP.OTHER;
  }
  return f;
}

/** Separators allowed between spaced-out letters: a n j i n g, a.n.j.i.n.g, a-n-j-i-n-g, a_n_j_i_n_g. */
function spacedGap(s: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = s[i]!;
    if (
      c !== ' ' &&
      c !== '.' &&
      c !== '-' &&
      c !== '_' &&
      c !== '*' &&
      c !== ',' &&
      c !== '·' &&
      c !== '/' &&
      c !== '|'
    )
      return false;
  }
  return true;
}

const MAX_SPACED = 24;

/** Folds a stretch of the original text as the view does (lower case, NFKC, no invisible characters). */
function foldStretch(text: string, from: number, to: number): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      folded += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
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
  return { folded, starts, ends };
}

/**
 * Scans a text. `vocab` is every word any abuse check looks up (so disguised forms of them are read back);
 * `joinable` the listed words that spaced letters may spell.
 */
export function scanWords(view: TextView, vocab: Vocabulary, joinable: Set<string>): WordScan {
  const { text, tokens, sentences } = view;
  const words: Word[] = [];
  const reading: Reading = { key: '', disguised: false, stretched: false };
  let si = 0;
  let prevEnd = 0;

  const push = (start: number, end: number, key: string, disguised: boolean, stretched: boolean, inLink: boolean) => {
    while (si < sentences.length - 1 && start >= sentences[si]!.end) si++;
    const before = start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? 0 : gapFlags(text, prevEnd, start);
    if (words.length) words[words.length - 1]!.after = before;
    prevEnd = end;
    const roles = vocab.roles.get(key) ?? 0;
    words.push({ key, start, end, sentence: si, disguised, stretched, inLink, roles, before, after: 0 });
  };

  /** Scans [from, to) of the original text character by character (the disguised stretches). */
  const scanStretch = (from: number, to: number, link: boolean) => {
    const { folded, starts: at, ends: atEnd } = foldStretch(text, from, to);
    // Runs of word characters as parallel lists (folded text, start, end): no object per run.
    const texts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const n = folded.length;
    for (let i = 0; i < n; ) {
      let width = wordChar(folded, i);
      if (!width) {
        i++;
        continue;
      }
      let fs = i;
      i += width;
      while (i < n) {
        width = wordChar(folded, i);
        if (width) i += width;
        else {
          const c = folded.charCodeAt(i);
          // An apostrophe inside a word (blo'on) belongs to it.
          if ((c === 39 || c === 0x2019) && i + 1 < n && wordChar(folded, i + 1)) i++;
          else break;
        }
      }
      let fe = i;
      while (fs < fe && folded.charCodeAt(fs) === 42) fs++; // *bold* markup is not a mask
      while (fe > fs && folded.charCodeAt(fe - 1) === 42) fe--;
      if (fe > fs && hasAlnum(folded, fs, fe)) {
        texts.push(folded.slice(fs, fe));
        starts.push(fs);
        ends.push(fe);
      }
    }
    const emit = (fs: number, fe: number, key: string, disguised: boolean, stretched: boolean, handle = false) =>
      push(at[fs]!, atEnd[fe - 1]!, key, disguised, stretched, link || handle);
    /** Emits run r (through run `to` when a hyphenated reduplication spans two runs). */
    const emitRun = (r: number, last = r) => {
      let t = texts[r]!;
      if (!hasLetter(t)) return emit(starts[r]!, ends[r]!, t, false, false); // a number
      // A leading @ is a mention (@anjing_lucu is an account name), not an "a": read the handle as it is.
      const handle = t.length > 1 && t.charCodeAt(0) === 64;
      if (handle) t = t.slice(1);
      if (t.length > 2 && t.endsWith('2') && LETTER_TWO.test(t)) t = t.slice(0, -1); // anjing2 = anjing-anjing
      read(t, vocab, reading);
      emit(starts[r]!, ends[last]!, reading.key, reading.disguised, reading.stretched, handle);
    };

    const runCount = texts.length;
    for (let i = 0; i < runCount; i++) {
      // Spaced-out letters: a group of single characters, joined where they spell a listed word.
      if (texts[i]!.length === 1 && i + 2 < runCount) {
        let j = i;
        while (
          j + 1 < runCount &&
          j - i < MAX_SPACED &&
          texts[j + 1]!.length === 1 &&
          spacedGap(folded, ends[j]!, starts[j + 1]!)
        )
          j++;
        if (j - i >= 2) {
          let a = i;
          while (a <= j) {
            let end = -1;
            for (let b = j; b >= a + 2 && end < 0; b--) {
              let s = '';
              for (let k = a; k <= b; k++) s += texts[k]!;
              read(s, vocab, reading);
              if (joinable.has(reading.key)) end = b;
            }
            if (end >= 0) {
              emit(starts[a]!, ends[end]!, reading.key, true, reading.stretched);
              a = end + 1;
            } else {
              emitRun(a);
              a++;
            }
          }
          i = j;
          continue;
        }
      }
      // Reduplication written with a hyphen (anjing-anjing) is one word.
      if (
        i + 1 < runCount &&
        starts[i + 1] === ends[i]! + 1 &&
        folded.charCodeAt(ends[i]!) === 45 &&
        texts[i + 1] === texts[i]
      ) {
        emitRun(i, i + 1);
        i++;
        continue;
      }
      emitRun(i);
    }
  };

  /** Token u continues the stretch that ends at `end`: glued to it, or the next of a row of single letters. */
  const continues = (end: number, prev: Token, u: Token) => {
    for (let k = end; k < u.start; k++)
      if (!glue(text, k)) return prev.norm.length === 1 && u.norm.length === 1 && spacedGap(text, end, u.start);
    return true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'email' || t.kind === 'emoji') continue;
    const gluedBefore = t.start > 0 && glue(text, t.start - 1);
    const gluedAfter = t.end < text.length && glue(text, t.end);
    if (!gluedBefore && !gluedAfter) {
      // The common case: the engine's word is the scan's word.
      if (t.kind === 'word' && plainWord(t.norm)) {
        read(t.norm, vocab, reading);
        push(t.start, t.end, reading.key, reading.disguised, reading.stretched, false);
        continue;
      }
      if (t.kind === 'number' && t.norm.length > 1) {
        push(t.start, t.end, t.norm, false, false, false);
        continue;
      }
    }
    // A stretch to read character by character: this token, the signs glued to it, and the tokens they join.
    let from = t.start;
    while (from > prevEnd && glue(text, from - 1)) from--;
    let to = t.end;
    let last = t;
    while (i + 1 < tokens.length && tokens[i + 1]!.kind !== 'email' && continues(to, last, tokens[i + 1]!)) {
      last = tokens[++i]!;
      to = last.end;
    }
    while (to < text.length && glue(text, to)) to++;
    scanStretch(from, to, t.kind === 'url');
  }
  if (words.length) words[words.length - 1]!.after = gapFlags(text, prevEnd, text.length);

  let keys: Set<string> | undefined;
  return {
    view,
    words,
    keys: () => (keys ??= new Set(words.map((w) => w.key))),
  };
}

/** Index of the first and last word of each sentence is not stored; these helpers compare neighbours instead. */
export function firstInSentence(words: Word[], i: number): boolean {
  return i === 0 || words[i - 1]!.sentence !== words[i]!.sentence;
}

export function lastInSentence(words: Word[], i: number): boolean {
  return i === words.length - 1 || words[i + 1]!.sentence !== words[i]!.sentence;
}

/** The next word in the same sentence, or undefined. */
export function nextInSentence(words: Word[], i: number): Word | undefined {
  const w = words[i + 1];
  return w && w.sentence === words[i]!.sentence ? w : undefined;
}

/** The previous word in the same sentence, or undefined. */
export function prevInSentence(words: Word[], i: number): Word | undefined {
  const w = words[i - 1];
  return w && w.sentence === words[i]!.sentence ? w : undefined;
}
