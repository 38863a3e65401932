/**
 * Data rules (lib/rules/data-rule.ts format) matched over the abuse word scan instead of the engine's tokens, so a
 * listed word is found however it is disguised (b0k3p, k*nt*l, a.n.j.i.n.g). Same semantics as compileDataRule:
 * whole words and phrases, `patterns` on the folded text, `unless`/`requires` in the sentence or the whole text.
 */
import type { Category, Severity } from '../../analysis/types';
import type { DataRule, DataRulePack } from '../data-rule';
import type { Message } from '../types';
import { GAP, type Word, type WordScan } from './words';

let nextRole = 2;

/** A fresh bit for Word.roles (bit 1 marks any vocabulary word): a check skips words without its bit. */
export function newRole(): number {
  const role = nextRole;
  if (role > 1 << 30) throw new Error('abuse: out of word roles');
  nextRole <<= 1;
  return role;
}

/** What a finding needs from its rule. */
export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  ref: string;
  message: Message;
  suggestion: string | null;
}

/** A finding before it is built: its rule and its span in the original text. */
export interface Hit {
  meta: RuleMeta;
  start: number;
  end: number;
}

export function ruleMeta(
  rule: Pick<DataRule, 'id' | 'category' | 'severity' | 'ref' | 'message' | 'suggestion'>,
): RuleMeta {
  const message = typeof rule.message === 'string' ? { id: rule.message, en: rule.message } : rule.message;
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    ref: rule.ref,
    message,
    suggestion: rule.suggestion ?? null,
  };
}

const TERM_RUN = /[\p{L}\p{M}\p{N}@$*]+(?:['’][\p{L}\p{M}\p{N}@$*]+)*/gu;

/** The words of a listed term as the scan reads them (a hyphenated reduplication is one word). */
export function termKeys(term: string): string[] {
  const parts = term.toLowerCase().normalize('NFKC').match(TERM_RUN) ?? [];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i + 1] === parts[i] && term.toLowerCase().includes(`${parts[i]}-${parts[i]}`)) i++;
    out.push(parts[i]!);
  }
  return out;
}

/** Only spaces or a hyphen may stand between the words of a phrase. */
const JOINS = GAP.DASH;
function adjacent(a: Word, b: Word): boolean {
  return a.sentence === b.sentence && (b.before & ~JOINS) === 0;
}

export interface PhraseMatch<T> {
  value: T;
  first: number;
  last: number;
}

/** Words and phrases keyed by their first word; matched longest first, without overlaps, in one pass. */
export class PhraseIndex<T> {
  private byFirst = new Map<string, { keys: string[]; value: T }[]>();
  readonly words = new Set<string>();

  add(term: string, value: T): void {
    const keys = termKeys(term);
    if (!keys.length) return;
    for (const k of keys) this.words.add(k);
    const list = this.byFirst.get(keys[0]!) ?? [];
    if (list.some((c) => c.keys.join(' ') === keys.join(' '))) return;
    list.push({ keys, value });
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0]!, list);
  }

  get size(): number {
    return this.byFirst.size;
  }

  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The match starting at word i, if any. */
  at(words: Word[], i: number): PhraseMatch<T> | undefined {
    const list = this.byFirst.get(words[i]!.key);
    if (!list) return undefined;
    for (const cand of list) {
      const n = cand.keys.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++)
        ok = words[i + k]!.key === cand.keys[k] && adjacent(words[i + k - 1]!, words[i + k]!);
      if (ok) return { value: cand.value, first: i, last: i + n - 1 };
    }
    return undefined;
  }

  find(words: Word[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!words[i]!.roles) continue;
      const m = this.at(words, i);
      if (m) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }
}

interface CompiledRule {
  meta: RuleMeta;
  patterns: RegExp[];
  unless: PhraseIndex<true> | null;
  requires: PhraseIndex<true> | null;
  scope: 'sentence' | 'text';
}

export interface PackHit {
  meta: RuleMeta;
  start: number;
  end: number;
  /** First and last word of a term hit (-1 for a pattern hit). */
  first: number;
  last: number;
  /** Sentence index of the hit. */
  sentence: number;
}

/**
 * Flags for a pattern run on the folded (lower-case) text: "i" only when the pattern spells an upper-case letter
 * (it doubles the cost and lower-case text does not need it).
 */
function foldedFlags(source: string, flags: string): string {
  const literal = source.replace(/\\[pPu]\{[^}]*\}|\\./g, '');
  return /[A-Z]/.test(literal) ? `${flags}i` : flags;
}

/** Suffixes (and the colloquial di-…-in circumfix) under which an unambiguous listed word is still found. */
const SUFFIXES = ['nya', 'lah', 'mu', 'in', 'kah'];

export class AbusePack {
  readonly rules: CompiledRule[];
  /** All patterns in one expression: one pass tells whether any of them needs running. */
  private gate: RegExp | null = null;
  /** The role bit of the words that start a listed term (Word.roles). */
  readonly role = newRole();
  private terms = new PhraseIndex<CompiledRule>();
  private singles = new Map<string, CompiledRule>();
  /** Affixed forms of single listed words (bangsatnya, ngentotin, dibegoin), spelled out at load. */
  private affixed = new Map<string, CompiledRule>();

  /** `affixes`: also find single listed words with a suffix (bangsatnya, ngentotin). */
  constructor(pack: DataRulePack, affixes = false) {
    this.rules = pack.rules.map((r) => {
      const unless = r.unless?.length ? new PhraseIndex<true>() : null;
      r.unless?.forEach((t) => unless!.add(t, true));
      const requires = r.requires?.length ? new PhraseIndex<true>() : null;
      r.requires?.forEach((t) => requires!.add(t, true));
      const compiled: CompiledRule = {
        meta: ruleMeta(r),
        patterns: (r.patterns ?? []).map((p) => new RegExp(p, foldedFlags(p, 'gu'))),
        unless,
        requires,
        scope: r.scope ?? 'sentence',
      };
      for (const t of [...(r.terms ?? []), ...Object.keys(r.replacements ?? {})]) {
        this.terms.add(t, compiled);
        const keys = termKeys(t);
        if (keys.length === 1 && !this.singles.has(keys[0]!)) this.singles.set(keys[0]!, compiled);
      }
      return compiled;
    });
    const all = this.rules.flatMap((r) => r.patterns.map((re) => `(?:${re.source})`));
    if (all.length > 1) this.gate = new RegExp(all.join('|'), foldedFlags(all.join(''), 'u'));
    if (affixes) {
      for (const [word, rule] of this.singles) {
        for (const suffix of SUFFIXES) {
          const form = word + suffix;
          if (!this.singles.has(form) && !this.affixed.has(form)) this.affixed.set(form, rule);
        }
        if (!this.affixed.has(`di${word}in`)) this.affixed.set(`di${word}in`, rule);
      }
    }
  }

  /** Every word the pack looks up (for the scan's vocabulary). */
  vocabulary(): string[] {
    const out = new Set([...this.terms.words, ...this.affixed.keys()]);
    for (const r of this.rules) {
      r.unless?.words.forEach((w) => out.add(w));
      r.requires?.words.forEach((w) => out.add(w));
    }
    return [...out];
  }

  /** [word, role] for every word that can start a hit (first words of terms, affixed forms). */
  starters(): [string, number][] {
    return [...this.terms.firstWords(), ...this.affixed.keys()].map((w) => [w, this.role]);
  }

  /** Single listed words (for spaced letters to spell). */
  singleWords(): string[] {
    return [...this.singles.keys()];
  }

  /** All hits in the scan, their conditions applied. */
  find(scan: WordScan): PackHit[] {
    const { words, view } = scan;
    const hits: PackHit[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!(words[i]!.roles & this.role)) continue;
      const m = this.terms.at(words, i);
      if (m) {
        hits.push({
          meta: m.value.meta,
          start: words[i]!.start,
          end: words[m.last]!.end,
          first: i,
          last: m.last,
          sentence: words[i]!.sentence,
        });
        i = m.last;
        continue;
      }
      const r = this.affixed.get(words[i]!.key);
      if (r)
        hits.push({
          meta: r.meta,
          start: words[i]!.start,
          end: words[i]!.end,
          first: i,
          last: i,
          sentence: words[i]!.sentence,
        });
    }
    for (const r of this.gate && !this.gate.test(view.folded) ? [] : this.rules) {
      for (const re of r.patterns) {
        re.lastIndex = 0;
        for (let m = re.exec(view.folded); m; m = re.exec(view.folded)) {
          if (!m[0].length) {
            re.lastIndex++;
            continue;
          }
          const span = view.toOriginal(m.index, m.index + m[0].length);
          hits.push({ meta: r.meta, ...span, first: -1, last: -1, sentence: sentenceOf(scan, span.start) });
        }
      }
    }
    if (!hits.length) return hits;
    const byRule = new Map(this.rules.map((r) => [r.meta, r]));
    const cond = new Map<CompiledRule, { unless: Set<number> | boolean; requires: Set<number> | boolean }>();
    const sentencesOf = (idx: PhraseIndex<true>, scope: 'sentence' | 'text') => {
      const found = idx.find(words);
      return scope === 'text' ? found.length > 0 : new Set(found.map((f) => words[f.first]!.sentence));
    };
    const holds = (set: Set<number> | boolean, sentence: number) =>
      typeof set === 'boolean' ? set : set.has(sentence);
    return hits.filter((h) => {
      const r = byRule.get(h.meta)!;
      if (!r.unless && !r.requires) return true;
      let c = cond.get(r);
      if (!c) {
        c = {
          unless: r.unless ? sentencesOf(r.unless, r.scope) : false,
          requires: r.requires ? sentencesOf(r.requires, r.scope) : true,
        };
        cond.set(r, c);
      }
      return !holds(c.unless, h.sentence) && holds(c.requires, h.sentence);
    });
  }
}

/** Sentence index of an original offset (binary search over view.sentences). */
export function sentenceOf(scan: WordScan, pos: number): number {
  const s = scan.view.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
