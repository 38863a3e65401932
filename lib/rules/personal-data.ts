/**
 * Personal data in a draft (UU PDP Pasal 4, UU ITE Pasal 26): NIK and KK numbers checked against their structure,
 * private mobile numbers, e-mail addresses and bank accounts (an agency's official contacts are left alone), and
 * health details or home addresses tied to a named private person. Word lists are in data/personal-data/*.json;
 * this file holds the logic. The person, address and token-window helpers are shared with child-protection.ts.
 */
import { createTextView, type TextView, type Token } from '../analysis/text';
import { SEVERITIES, type Finding, type Severity } from '../analysis/types';
import addressData from './data/personal-data/address.json';
import contactData from './data/personal-data/contacts.json';
import healthData from './data/personal-data/health.json';
import nikData from './data/personal-data/nik.json';
import personData from './data/personal-data/persons.json';
import ruleData from './data/personal-data/rules.json';
import { makeFinding } from './finding';
import { isGuideRef } from './refs';
import type { TermMatch } from './terms';
import type { Message, Rule, RuleContext } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Shared helpers (also used by child-protection.ts)

export interface RuleMeta {
  severity: Severity;
  ref: string;
  message: Message;
}

/** Validates a module's rules.json at load time, so a bad severity or ref fails the first test, not a user. */
export function loadMeta<K extends string>(
  data: Record<K, { severity: string; ref: string; message: Message }>,
): Record<K, RuleMeta> {
  const out = {} as Record<K, RuleMeta>;
  for (const id of Object.keys(data) as K[]) {
    const m = data[id];
    if (!(SEVERITIES as readonly string[]).includes(m.severity)) throw new Error(`${id}: bad severity ${m.severity}`);
    if (!isGuideRef(m.ref)) throw new Error(`${id}: unknown guide ref ${m.ref}`);
    out[id] = { severity: m.severity as Severity, ref: m.ref, message: m.message };
  }
  return out;
}

/** Per-analysis cache: several rules need the same hits, and the TextView lives for exactly one analysis. */
const memo = new WeakMap<TextView, Map<string, unknown>>();
export function cached<T>(view: TextView, key: string, build: () => T): T {
  let m = memo.get(view);
  if (!m) memo.set(view, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const value = build();
  m.set(key, value);
  return value;
}

/** Index of the first token that starts at or after `pos` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First and last index of the tokens that overlap [start, end) (a number inside a URL token counts). */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  let first = tokenAt(tokens, start);
  if (first > 0 && tokens[first - 1]!.end > start) first--;
  return [first, tokenAt(tokens, end) - 1];
}

/** Term hits in text order (non-overlapping, so `first` and `last` both increase), searchable by token index. */
export class Hits {
  constructor(readonly list: readonly TermMatch[]) {}

  get size(): number {
    return this.list.length;
  }

  /** The hit ending latest with its last token in [from, to]. */
  lastEndingIn(from: number, to: number): TermMatch | undefined {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.last <= to) lo = mid + 1;
      else hi = mid;
    }
    const h = this.list[lo - 1];
    return h && h.last >= from ? h : undefined;
  }

  /** Index of the first hit whose first token is at or after `from`. */
  private indexFrom(from: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.first < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The earliest hit with its first token in [from, to]. */
  firstStartingIn(from: number, to: number): TermMatch | undefined {
    const h = this.list[this.indexFrom(from)];
    return h && h.first <= to ? h : undefined;
  }

  /** Whether a hit starting in [from, to] passes the test. */
  someIn(from: number, to: number, test: (h: TermMatch) => boolean): boolean {
    for (let k = this.indexFrom(from); k < this.list.length && this.list[k]!.first <= to; k++) {
      if (test(this.list[k]!)) return true;
    }
    return false;
  }

  /** The hit that contains token `i`. */
  covering(i: number): TermMatch | undefined {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.last < i) lo = mid + 1;
      else hi = mid;
    }
    const h = this.list[lo];
    return h && h.first <= i ? h : undefined;
  }
}

/** Only white space or hyphens may stand between the words of a phrase (as in terms.ts). */
function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 45 || c === 9 || c === 10 || c === 13 || c === 0xa0)) return false;
  }
  return true;
}

let listsSeq = 0;

/**
 * Several named word lists matched in ONE pass over the tokens (one map lookup per token for all of them), each list
 * with compileTerms' semantics: whole words, longest phrase first, no overlap within a list. A module needs a dozen
 * lists; a dozen separate passes cost more than every other part of its check.
 */
export function compileLists<K extends string>(
  lists: Record<K, readonly string[]>,
): { hits(view: TextView, kind: K): Hits } {
  const kinds = Object.keys(lists) as K[];
  const byFirst = new Map<string, { words: string[]; term: string; kinds: number[] }[]>();
  const seen = new Map<string, { kinds: number[] }>();
  kinds.forEach((kind, k) => {
    for (const raw of lists[kind]) {
      const words = createTextView(raw).tokens.map((t) => t.norm);
      if (!words.length) continue;
      const term = words.join(' ');
      const known = seen.get(term);
      if (known) {
        if (!known.kinds.includes(k)) known.kinds.push(k);
        continue;
      }
      const entry = { words, term, kinds: [k] };
      seen.set(term, entry);
      const list = byFirst.get(words[0]!) ?? [];
      list.push(entry);
      byFirst.set(words[0]!, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const key = `lists-${listsSeq++}`;
  const run = (view: TextView): Hits[] => {
    const { tokens, text } = view;
    const out: TermMatch[][] = kinds.map(() => []);
    const free = new Int32Array(kinds.length); // next token each list may match at (no overlap within a list)
    for (let i = 0; i < tokens.length; i++) {
      const cands = byFirst.get(tokens[i]!.norm);
      if (!cands) continue;
      for (const c of cands) {
        const n = c.words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          ok = tokens[i + k]!.norm === c.words[k] && adjacent(text, tokens[i + k - 1]!, tokens[i + k]!);
        }
        if (!ok) continue;
        for (const k of c.kinds) {
          if (free[k]! > i) continue;
          const end = tokens[i + n - 1]!.end;
          out[k]!.push({ term: c.term, start: tokens[i]!.start, end, first: i, last: i + n - 1 });
          free[k] = i + n;
        }
      }
    }
    return out.map((l) => new Hits(l));
  };
  return {
    hits: (view, kind) => cached(view, key, () => run(view))[kinds.indexOf(kind)]!,
  };
}

/** True when only spaces or tabs (at least one) stand between two offsets. */
export function spaceOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

export function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** True when a blank line (a paragraph break) lies between two offsets. */
export function hasBlankLine(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++newlines === 2) return true;
    } else if (c !== 32 && c !== 9 && c !== 13) newlines = 0;
  }
  return false;
}

/** Sentence index of every token (one merge pass over tokens and sentences). */
export function tokenSentences(view: TextView): Int32Array {
  return cached(view, 'sentence-of-token', () => {
    const out = new Int32Array(view.tokens.length);
    let s = 0;
    const { sentences } = view;
    for (const t of view.tokens) {
      while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
      out[t.index] = s;
    }
    return out;
  });
}

const NOT_NAMES = new Set(personData.notNames);
const UPPER_START = /^\p{Lu}/u;

/** "AS", "R", "MR": a person already anonymised by initials. */
export function isInitials(t: Token): boolean {
  return t.text.length <= 3 && t.text === t.text.toUpperCase();
}

/** Whether a word starts with a capital letter (ASCII fast path; this runs on every token). */
export function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.text);
}

/** A capitalised word that can be part of a private person's name. */
export function isNameWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word' && isCapitalized(t) && !NOT_NAMES.has(t.norm) && !isInitials(t);
}

/** Reads a name of one to four capitalised words from token i; returns its last token index, or -1. */
export function readName(view: TextView, i: number): number {
  const { tokens, text } = view;
  if (!isNameWord(tokens[i])) return -1;
  let last = i;
  while (last - i < 3) {
    const next = tokens[last + 1];
    if (!isNameWord(next) || !spaceOnly(text, tokens[last]!.end, next.start)) break;
    last++;
  }
  return last;
}

const YEAR_WORDS = new Set(['tahun', 'th', 'thn', 'tahunan']);
const AGE_WORDS = new Set(['berusia', 'usia', 'umur', 'berumur', 'usianya', 'umurnya']);
const AGE_GLUE = new Set(['yang', 'masih', 'kini', 'saat', 'ini', 'baru', 'sudah', 'telah', 'diketahui']);
const SMALL_NUMBER = /^\d{1,3}$/;

export interface Age {
  age: number;
  /** Last token of the age when it is written right after the name, "(12)" or ", 12 tahun"; else the name's. */
  lastTok: number;
  /** End offset of the name and its adjacent age (includes the closing parenthesis). */
  end: number;
}

/** Reads an age after the name ending at token `last`: "(12)", "(12 tahun)", ", 12 tahun", "yang berusia 12 tahun". */
export function readAge(view: TextView, last: number): Age | null {
  const { tokens, text } = view;
  const name = tokens[last]!;
  const t1 = tokens[last + 1];
  if (!t1) return null;
  const gap = text.slice(name.end, t1.start);
  if (t1.kind === 'number' && SMALL_NUMBER.test(t1.norm)) {
    const age = Number(t1.norm);
    if (/^\s?\(\s*$/.test(gap)) {
      let lastTok = last + 1;
      let after = t1.end;
      const t2 = tokens[last + 2];
      if (t2 && YEAR_WORDS.has(t2.norm) && spaceOnly(text, t1.end, t2.start)) {
        lastTok = last + 2;
        after = t2.end;
      }
      const close = /^\s*([),])/.exec(text.slice(after, after + 3));
      if (!close) return null;
      // "(12, bukan nama sebenarnya)": the age is read, but the span stays on the name.
      if (close[1] === ',') return { age, lastTok, end: name.end };
      return { age, lastTok, end: after + close[0].length };
    }
    const t2 = tokens[last + 2];
    const commaGap = /^,?\s+$/.test(gap) && !gap.includes('\n');
    if (commaGap && t2 && YEAR_WORDS.has(t2.norm) && spaceOnly(text, t1.end, t2.start))
      return { age, lastTok: last + 2, end: t2.end };
    return null;
  }
  // "Bunga, yang masih berusia 12 tahun": the age is known, the span stays on the name.
  for (let k = last + 1; k <= last + 4 && k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (AGE_WORDS.has(t.norm)) {
      const num = tokens[k + 1]!;
      if (num.kind !== 'number' || !SMALL_NUMBER.test(num.norm)) return null;
      return { age: Number(num.norm), lastTok: last, end: name.end };
    }
    if (!AGE_GLUE.has(t.norm)) return null;
  }
  return null;
}

export interface PersonRef {
  /** First token of the reference (an honorific or an introducer such as "bernama"). */
  first: number;
  /** Last token of the reference (the name, or the adjacent age). */
  last: number;
  nameFirst: number;
  nameLast: number;
  /** Span to show: from the honorific (not an introducer) to the name or its adjacent age. */
  start: number;
  end: number;
  age: number | null;
}

const HONORIFICS = new Set(personData.honorifics);

/**
 * Private persons named in tokens [from, to): "bernama Siti", "atas nama Siti", "a.n. Siti", "Bapak Sutrisno", or a
 * name with an age, "Sutrisno (45)". A name with a title ("Bupati Sutrisno") is not one of these on purpose: officials
 * are public figures in their own posts. Rules call this on a few tokens around a candidate, not on the whole text.
 */
export function scanPersonRefs(view: TextView, from: number, to: number): PersonRef[] {
  const { tokens, text } = view;
  const intro = PD.hits(view, 'introducers');
  const refs: PersonRef[] = [];
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    let nameAt = -1;
    let spanFromName = true;
    const h = intro.covering(i);
    if (h && h.first === i) nameAt = h.last + 1;
    else if (t.norm === 'a' && tokens[i + 1]?.norm === 'n' && text.slice(t.end, tokens[i + 1]!.start) === '.')
      nameAt = i + 2; // "a.n. Siti"
    else if (HONORIFICS.has(t.norm)) {
      nameAt = i + 1;
      spanFromName = false;
    } else if (isNameWord(t)) nameAt = i;
    if (nameAt < 0) continue;
    const nameLast = readName(view, nameAt);
    if (nameLast < 0) continue;
    const age = readAge(view, nameLast);
    // A bare capitalised word is a person only with an age beside it.
    if (nameAt === i && !age) {
      i = nameLast;
      continue;
    }
    refs.push({
      first: i,
      last: age ? age.lastTok : nameLast,
      nameFirst: nameAt,
      nameLast,
      start: tokens[spanFromName ? nameAt : i]!.start,
      end: age ? age.end : tokens[nameLast]!.end,
      age: age ? age.age : null,
    });
    i = age ? age.lastTok : nameLast;
  }
  return refs;
}

/** All person references in the text (cached per analysis). */
export function personRefs(view: TextView): PersonRef[] {
  return cached(view, 'person-refs', () => scanPersonRefs(view, 0, view.tokens.length));
}

/** First token of the sentence that holds token i. */
export function sentenceFirstToken(view: TextView, i: number): number {
  const firsts = cached(view, 'sentence-first-token', () => {
    const sentenceOf = tokenSentences(view);
    const out = new Int32Array(view.sentences.length).fill(-1);
    for (let k = sentenceOf.length - 1; k >= 0; k--) out[sentenceOf[k]!] = k;
    return out;
  });
  return firsts[tokenSentences(view)[i]!]!;
}

// Street addresses -------------------------------------------------------------------------------------------------

const ADDRESS_STARTS = new Set(addressData.starts);
const ADDRESS_SPECIFIC = new Set(addressData.specificParts);
const ADDRESS_PARTS = new Set(addressData.parts);
/** Parts that belong to the address but are public on their own (a village), so the span does not grow over them. */
const ADDRESS_AREA = new Set(['desa', 'ds', 'kelurahan', 'kel', 'kampung', 'kp']);
const GLUED_SPECIFIC = /^(no|rt|rw)(\d{1,4})$/;
const ADDRESS_GAP = /^[\s.,:/-]{0,3}$/;

export interface AddressSpan {
  first: number;
  last: number;
  start: number;
  end: number;
  /** Has a house number, RT/RW or block: it points to one home, not a street or a village. */
  specific: boolean;
}

/** Reads a street address starting at token i ("Jl. Melati No. 12 RT 03/RW 05"), or null. */
export function readAddress(view: TextView, i: number): AddressSpan | null {
  const { tokens, text } = view;
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  if (!ADDRESS_STARTS.has(first.norm) && !GLUED_SPECIFIC.test(first.norm)) return null;
  let k = i;
  let lastCore = -1;
  let specific = false;
  const gapOk = (a: number, b: number) => ADDRESS_GAP.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  while (k < tokens.length && k - i < 16) {
    const t = tokens[k]!;
    if (k > i && !gapOk(k - 1, k)) break;
    if (t.kind === 'word' && GLUED_SPECIFIC.test(t.norm)) {
      specific = true;
      lastCore = k++;
      continue;
    }
    if (t.kind === 'word' && ADDRESS_SPECIFIC.has(t.norm)) {
      const v = tokens[k + 1];
      const isValue = v && gapOk(k, k + 1) && (v.kind === 'number' || (t.norm.startsWith('b') && v.text.length <= 3));
      if (!isValue) break;
      specific = true;
      lastCore = k + 1;
      k += 2;
      continue;
    }
    if (t.kind === 'word' && ADDRESS_PARTS.has(t.norm)) {
      // A street, alley or hamlet name: capitalised words, numbers and initials ("Jl. A. Yani", "Gg. Mawar II").
      let j = k + 1;
      while (j < tokens.length && j - k <= 5 && gapOk(j - 1, j)) {
        const w = tokens[j]!;
        const capital =
          w.kind === 'word' && isCapitalized(w) && !ADDRESS_SPECIFIC.has(w.norm) && !ADDRESS_PARTS.has(w.norm);
        if (!(capital || w.kind === 'number')) break;
        j++;
      }
      if (j === k + 1) break; // "jalan" as an ordinary word
      if (!ADDRESS_AREA.has(t.norm)) lastCore = j - 1;
      k = j;
      continue;
    }
    break;
  }
  if (lastCore < 0) return null;
  return { first: i, last: lastCore, start: first.start, end: tokens[lastCore]!.end, specific };
}

/** All addresses in the text, in order, not overlapping. */
export function addresses(view: TextView): AddressSpan[] {
  return cached(view, 'addresses', () => {
    const out: AddressSpan[] = [];
    const { tokens } = view;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !(ADDRESS_STARTS.has(t.norm) || GLUED_SPECIFIC.test(t.norm))) continue;
      const a = readAddress(view, i);
      if (!a) continue;
      out.push(a);
      i = a.last;
    }
    return out;
  });
}

const ROLE_BEFORE_RT = new Set(['ketua', 'pak', 'bu', 'pengurus', 'sekretaris', 'bendahara', 'kepala']);

/**
 * The residence word that makes an address someone's home ("tinggal di", "beralamat di", "warga"), or undefined
 * when there is none right before it or an office or public place is named just before (an event venue, an office).
 */
export function residenceBefore(view: TextView, a: AddressSpan): TermMatch | undefined {
  const prev = view.tokens[a.first - 1];
  if (prev && ROLE_BEFORE_RT.has(prev.norm)) return undefined; // "Ketua RT 03" is a role, not an address
  const office = PD.hits(view, 'office');
  const sentenceOf = tokenSentences(view);
  const near = office.lastEndingIn(a.first - 10, a.first - 1);
  if (near && sentenceOf[near.last] === sentenceOf[a.first]) return undefined; // an office, a venue
  const residence = PD.hits(view, 'residence');
  const r = residence.lastEndingIn(a.first - 4, a.first - 1);
  if (!r) return undefined;
  const o = office.covering(r.first) ?? office.covering(r.last);
  return o ? undefined : r; // "rumah makan", "rumah sakit"
}

// ---------------------------------------------------------------------------------------------------------------
// Personal-data rules

const META = loadMeta(ruleData);
type RuleId = keyof typeof ruleData;

function finding(ctx: RuleContext, id: RuleId, start: number, end: number, suggestion: string | null = null): Finding {
  const { severity, message, ref } = META[id];
  return makeFinding(ctx, { rule: id, category: 'personal-data', severity, start, end, message, suggestion, ref });
}

/** Replaces the digits at positions [from, to) of the number's digits with '*', keeping separators. */
export function maskDigits(s: string, from: number, to: number): string {
  let n = 0;
  let out = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') {
      out += n >= from && n < to ? '*' : ch;
      n++;
    } else out += ch;
  }
  return out;
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

// "1.250.000.000" is an amount: groups of three after a dot.
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

// Labels before a number say what it is: a NIK, a KK, a bank account, or some other identifier.
type LabelKind = 'nik' | 'kk' | 'bank' | 'other';
/** A term as TermMatch.term reports it: its folded words joined by one space. */
const termKey = (term: string) => createTextView(term).tokens.map((t) => t.norm).join(' ');
const LABEL_KIND = new Map<string, LabelKind>();
const LABEL_TERMS = (
  [
    ['other', nikData.otherIdLabels],
    ['bank', contactData.bankLabels],
    ['nik', nikData.nikLabels],
    ['kk', nikData.kkLabels],
  ] as const
).flatMap(([kind, list]) =>
  list.map((term) => {
    LABEL_KIND.set(termKey(term), kind);
    return term;
  }),
);

/** Every word list of this module, matched in one pass per analysis. */
const PD = compileLists({
  labels: LABEL_TERMS,
  official: contactData.officialContext,
  contactPerson: contactData.contactPerson,
  officialAccount: contactData.officialAccount,
  health: healthData.terms,
  predicates: healthData.predicates,
  introducers: personData.introducers,
  residence: addressData.residence,
  office: addressData.office,
});

/** The kind of the nearest label within `window` tokens before token i, in the same paragraph. */
function labelBefore(view: TextView, i: number, window: number): { kind: LabelKind; hit: TermMatch } | undefined {
  const hit = PD.hits(view, 'labels').lastEndingIn(i - window, i - 1);
  if (!hit || hasBlankLine(view.text, view.tokens[hit.last]!.end, view.tokens[i]!.start)) return undefined;
  const kind = LABEL_KIND.get(hit.term);
  return kind ? { kind, hit } : undefined;
}

// NIK / KK ----------------------------------------------------------------------------------------------------------

const PROVINCES = new Set(Object.keys(nikData.provinces));
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether 16 digits have a NIK's structure: province, regency, district, birth date (+40 for women), serial. */
export function isNikStructure(digits: string): boolean {
  if (digits.length !== 16 || !PROVINCES.has(digits.slice(0, 2))) return false;
  const regency = Number(digits.slice(2, 4));
  const district = Number(digits.slice(4, 6));
  let day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  if (regency < nikData.regency.min || regency > nikData.regency.max) return false;
  if (district < nikData.district.min || district > nikData.district.max) return false;
  if (month < 1 || month > 12) return false;
  if (day > nikData.femaleDayOffset) day -= nikData.femaleDayOffset;
  if (day < 1 || day > DAYS_IN_MONTH[month]!) return false;
  return digits.slice(12) !== '0000';
}

// 16 digits, plain or grouped 4-4-4-4, 2-2-2-6-4 or 6-6-4 with one kind of separator; not part of a longer number.
const NIK_RE =
  /(?<!\d|\d[.,/ -])(?:\d{16}|\d{4}([ .-])\d{4}\1\d{4}\1\d{4}|\d{2}([ .-])\d{2}\2\d{2}\2\d{6}\2\d{4}|\d{6}([ .-])\d{6}\3\d{4})(?!\d|[.,/-]\d)/g;

const nikRule: Rule = {
  id: 'personal-data/nik',
  categories: ['personal-data'],
  check(ctx) {
    const { view } = ctx;
    const out: Finding[] = [];
    NIK_RE.lastIndex = 0;
    for (let m = NIK_RE.exec(view.folded); m; m = NIK_RE.exec(view.folded)) {
      const digits = m[0].replace(/\D/g, '');
      if (!isNikStructure(digits)) continue;
      const span = view.toOriginal(m.index, m.index + m[0].length);
      const label = labelBefore(view, tokenRange(view.tokens, span.start, span.end)[0], 6);
      if (label && (label.kind === 'other' || label.kind === 'bank')) continue; // another identifier, or an account
      const original = view.text.slice(span.start, span.end);
      const id = label?.kind === 'kk' ? 'personal-data/kk' : 'personal-data/nik';
      out.push(finding(ctx, id, span.start, span.end, maskDigits(original, 4, 12)));
    }
    return out;
  },
};

// Phone numbers -----------------------------------------------------------------------------------------------------

/**
 * An Indonesian mobile number: 08…, +628…, 628…, 9–13 digits in the national form, grouped by spaces, dashes or
 * dots. Landlines are left alone on purpose: in an agency's post they are nearly always an office line.
 */
const PHONE_RE = /(?<![\p{L}\p{N}+]|\d[.,/ -])(?:\+62|62|0)[ .-]?(?:\(0\)[ .-]?)?8[1-9](?:[ .-]?\d){6,10}(?!\d|[.,/-]\d)/gu;

const OFFICIAL_BEFORE = 15;
const OFFICIAL_AFTER = 6;

/** Whether an official-contact word stands before the span (same paragraph) or just after it (same line). */
function officialNear(view: TextView, first: number, last: number): boolean {
  const { tokens, text } = view;
  const official = PD.hits(view, 'official');
  const before = official.lastEndingIn(first - OFFICIAL_BEFORE, first - 1);
  if (before && !hasBlankLine(text, tokens[before.last]!.end, tokens[first]!.start)) return true;
  const after = official.firstStartingIn(last + 1, last + OFFICIAL_AFTER);
  if (after && !hasNewline(text, tokens[last]!.end, tokens[after.first]!.start)) return true;
  // An official e-mail address on the same line: "WA 0811… / pengaduan@kotimkab.go.id".
  for (let k = Math.max(0, first - 8); k <= last + 8 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'email' || !isOfficialDomain(t.norm.slice(t.norm.lastIndexOf('@') + 1))) continue;
    const [a, b] = t.start < tokens[first]!.start ? [t.end, tokens[first]!.start] : [tokens[last]!.end, t.start];
    if (!hasNewline(text, a, b)) return true;
  }
  return false;
}

function contactPersonBefore(view: TextView, first: number): boolean {
  const hit = PD.hits(view, 'contactPerson').lastEndingIn(first - OFFICIAL_BEFORE, first - 1);
  return !!hit && !hasBlankLine(view.text, view.tokens[hit.last]!.end, view.tokens[first]!.start);
}

/** Masks a phone number's middle digits, keeping the operator prefix and the last digits. */
function maskPhone(s: string): string {
  const n = digitCount(s);
  const keepStart = /^\+?62/.test(s) ? 5 : 4; // "0812", "+62 812"
  const keepEnd = Math.max(0, Math.min(4, n - keepStart - 4));
  return maskDigits(s, keepStart, n - keepEnd);
}

const phoneRule: Rule = {
  id: 'personal-data/phone',
  categories: ['personal-data'],
  check(ctx) {
    const { view } = ctx;
    const out: Finding[] = [];
    PHONE_RE.lastIndex = 0;
    for (let m = PHONE_RE.exec(view.folded); m; m = PHONE_RE.exec(view.folded)) {
      if (DOTTED_THOUSANDS.test(m[0])) continue;
      const span = view.toOriginal(m.index, m.index + m[0].length);
      const [first, last] = tokenRange(view.tokens, span.start, span.end);
      if (first > last) continue;
      const label = labelBefore(view, first, 8);
      if (label && (label.kind === 'bank' || label.kind === 'other')) continue; // an account or another identifier
      if (officialNear(view, first, last)) continue;
      const original = view.text.slice(span.start, span.end);
      const id = contactPersonBefore(view, first) ? 'personal-data/phone-contact' : 'personal-data/phone';
      out.push(finding(ctx, id, span.start, span.end, maskPhone(original)));
    }
    return out;
  },
};

// E-mail ------------------------------------------------------------------------------------------------------------

const PRIVATE_DOMAINS = new Set(contactData.privateEmailDomains);
const OFFICIAL_SUFFIXES = contactData.officialEmailSuffixes;
const INSTITUTIONAL = contactData.institutionalLocalParts;
const INSTITUTIONAL_SET = new Set(INSTITUTIONAL);

export function isOfficialDomain(domain: string): boolean {
  return OFFICIAL_SUFFIXES.some((s) => domain.endsWith(s) || domain === s.slice(1));
}

/** A shared agency mailbox on a free provider: "pemdes.sukamaju@gmail.com", "dinkeskotim@yahoo.co.id". */
function institutionalLocal(local: string): boolean {
  for (const piece of local.split(/[^a-z]+/)) {
    if (!piece) continue;
    if (INSTITUTIONAL_SET.has(piece)) return true;
    for (const w of INSTITUTIONAL) {
      if (w.length >= 3 && piece.startsWith(w)) return true;
      if (w.length >= 5 && piece.endsWith(w)) return true;
    }
  }
  return false;
}

const emailRule: Rule = {
  id: 'personal-data/email',
  categories: ['personal-data'],
  check(ctx) {
    const { view } = ctx;
    const out: Finding[] = [];
    for (const t of view.tokens) {
      if (t.kind !== 'email') continue;
      const at = t.norm.lastIndexOf('@');
      const domain = t.norm.slice(at + 1);
      if (isOfficialDomain(domain) || !PRIVATE_DOMAINS.has(domain)) continue;
      if (institutionalLocal(t.norm.slice(0, at))) continue;
      if (officialNear(view, t.index, t.index)) continue;
      out.push(finding(ctx, 'personal-data/email', t.start, t.end));
    }
    return out;
  },
};

// Bank accounts -----------------------------------------------------------------------------------------------------

const ACCOUNT_RE = /(?<!\d|\d[.,/ -])\d(?:[ .-]?\d){7,15}(?!\d|[.,/-]\d)/g;
const RP_BEFORE = /(?:rp|idr)\.?\s*$/;

const bankRule: Rule = {
  id: 'personal-data/bank-account',
  categories: ['personal-data'],
  check(ctx) {
    const { view } = ctx;
    if (!PD.hits(view, 'labels').list.some((h) => LABEL_KIND.get(h.term) === 'bank')) return [];
    const out: Finding[] = [];
    ACCOUNT_RE.lastIndex = 0;
    for (let m = ACCOUNT_RE.exec(view.folded); m; m = ACCOUNT_RE.exec(view.folded)) {
      if (DOTTED_THOUSANDS.test(m[0]) || RP_BEFORE.test(view.folded.slice(Math.max(0, m.index - 4), m.index))) continue;
      const span = view.toOriginal(m.index, m.index + m[0].length);
      const [first, last] = tokenRange(view.tokens, span.start, span.end);
      if (first > last) continue;
      const label = labelBefore(view, first, 8);
      if (label?.kind !== 'bank') continue;
      // The agency's own account (kas daerah, BAZNAS, a.n. Pemerintah Kabupaten …) is public on purpose.
      const official = PD.hits(view, 'officialAccount');
      const samePara = (h: TermMatch) => {
        const from = Math.min(view.tokens[h.first]!.start, span.start);
        return !hasBlankLine(view.text, from, Math.max(view.tokens[h.last]!.end, span.end));
      };
      if (official.someIn(label.hit.first - 6, last + 10, samePara)) continue;
      const original = view.text.slice(span.start, span.end);
      const n = digitCount(original);
      out.push(finding(ctx, 'personal-data/bank-account', span.start, span.end, maskDigits(original, 0, n - 4)));
    }
    return out;
  },
};

// Health of a named person -------------------------------------------------------------------------------------------

const SELF_PREDICATING = new Set(healthData.selfPredicating);
const LINK_WORDS = new Set(healthData.linkWords);
const AFTER_LINK = new Set(healthData.afterLinkWords.flatMap((w) => w.split(' ')));
const NAME_GAP = 8;

/** Tokens between a name and its predicate may only be link words, numbers or capitalised place names. */
function linked(view: TextView, from: number, to: number): boolean {
  if (to - from > NAME_GAP) return false;
  for (let k = from; k < to; k++) {
    const t = view.tokens[k]!;
    if (t.kind === 'number' || LINK_WORDS.has(t.norm)) continue;
    if (t.kind === 'word' && isCapitalized(t) && !HONORIFICS.has(t.norm)) continue;
    return false;
  }
  return true;
}

function onlyLinkWords(view: TextView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!LINK_WORDS.has(view.tokens[k]!.norm)) return false;
  return true;
}

const healthRule: Rule = {
  id: 'personal-data/health',
  categories: ['personal-data'],
  check(ctx) {
    const { view } = ctx;
    const terms = PD.hits(view, 'health');
    if (!terms.size) return [];
    const preds = PD.hits(view, 'predicates');
    const sentenceOf = tokenSentences(view);
    const out: Finding[] = [];
    let lastEnd = -1;
    for (const h of terms.list) {
      // The condition must be predicated: "positif HIV", "menderita TBC", "penderita stroke", or "ODGJ" itself.
      let p = preds.lastEndingIn(h.first - 3, h.first - 1);
      if (p && !onlyLinkWords(view, p.last + 1, h.first)) p = undefined;
      let predFirst = p ? p.first : SELF_PREDICATING.has(h.term) ? h.first : -1;
      if (predFirst < 0) continue;
      // "positif terinfeksi HIV": the predicate starts at the first of the chain.
      for (let q = preds.lastEndingIn(predFirst - 1, predFirst - 1); q; ) {
        predFirst = q.first;
        q = preds.lastEndingIn(predFirst - 1, predFirst - 1);
      }
      const s = sentenceOf[h.first]!;
      let start = -1;
      let end = -1;
      // The named person before it: "Bapak Sutrisno (45) positif HIV", "atas nama Siti menderita TBC".
      const from = Math.max(sentenceFirstToken(view, predFirst), predFirst - NAME_GAP - 8);
      const before = scanPersonRefs(view, from, predFirst).findLast((r) => r.last < predFirst);
      if (before && linked(view, before.last + 1, predFirst)) {
        start = before.start;
        end = view.tokens[h.last]!.end;
      } else {
        // Or after it: "penderita TBC bernama Siti", "pasien TBC, Ibu Siti".
        let k = h.last + 1;
        while (k < view.tokens.length && k - h.last <= 3 && AFTER_LINK.has(view.tokens[k]!.norm)) k++;
        const after = scanPersonRefs(view, h.last + 1, k + 1).find((r) => r.first <= k && sentenceOf[r.last] === s);
        if (after) {
          start = view.tokens[predFirst]!.start;
          end = after.end;
        }
      }
      if (start < 0 || start < lastEnd) continue;
      out.push(finding(ctx, 'personal-data/health', start, end));
      lastEnd = end;
    }
    return out;
  },
};

// Home address of a named person -------------------------------------------------------------------------------------

const homeAddressRule: Rule = {
  id: 'personal-data/home-address',
  categories: ['personal-data'],
  check(ctx) {
    const { view } = ctx;
    const list = addresses(view);
    if (!list.length) return [];
    const out: Finding[] = [];
    for (const a of list) {
      if (!a.specific || !residenceBefore(view, a)) continue;
      // A private person named earlier in the sentence: "warga bernama Sutrisno yang tinggal di …".
      const from = Math.max(sentenceFirstToken(view, a.first), a.first - 20);
      if (!scanPersonRefs(view, from, a.first).some((r) => r.last < a.first)) continue;
      out.push(finding(ctx, 'personal-data/home-address', a.start, a.end));
    }
    return out;
  },
};

export const rules: Rule[] = [nikRule, phoneRule, emailRule, bankRule, healthRule, homeAddressRule];
