/**
 * Rules written as data: a list of words, phrases or patterns with the category, severity, message, suggestion and
 * guideline ref beside them. Built-in packs in lib/rules/data/*.json and an agency's own pack share this format.
 */
import { CATEGORIES, SEVERITIES, type Category, type Finding, type Severity } from '../analysis/types';
import { anyStartsWithin, sentenceAt } from '../analysis/text';
import { makeFinding } from './finding';
import { isGuideRef } from './refs';
import { compileTerms, type TermMatcher } from './terms';
import type { Message, Rule, RuleContext } from './types';

export interface DataRule {
  /** `<category-or-pack>/<name>`, e.g. `gambling/slot-spam`. */
  id: string;
  category: Category;
  severity: Severity;
  /** Guideline-reference section id. */
  ref: string;
  /** A string is used for both interface languages. */
  message: Message | string;
  /** Replacement offered as a one-click fix (null: no fix). */
  suggestion?: string | null;
  /** Whole words or phrases, case-insensitive. */
  terms?: string[];
  /** Per-term replacements (`{"sekedar": "sekadar"}`); each key is also a term. */
  replacements?: Record<string, string>;
  /** Regular expressions (JavaScript syntax, case-insensitive), matched against the lower-cased text. */
  patterns?: string[];
  /** A match does not count when one of these words/phrases is in the same scope. */
  unless?: string[];
  /** A match counts only when one of these words/phrases is in the same scope. */
  requires?: string[];
  /** Where `unless` and `requires` look: the sentence of the match (default) or the whole text. */
  scope?: 'sentence' | 'text';
}

export interface DataRulePack {
  name?: string;
  version?: string | number;
  rules: DataRule[];
}

export class RulePackError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'RulePackError';
  }
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Validates one rule; returns the problems found, each naming the entry. */
export function validateDataRule(value: unknown, where: string): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${where}: must be an object`];
  const r = value as Record<string, unknown>;
  const name = typeof r.id === 'string' && r.id ? `${where} ("${r.id}")` : where;
  if (typeof r.id !== 'string' || !r.id.trim()) problems.push(`${where}: "id" must be a non-empty string`);
  if (!CATEGORIES.includes(r.category as Category))
    problems.push(`${name}: "category" must be one of ${CATEGORIES.join(', ')}`);
  if (!SEVERITIES.includes(r.severity as Severity))
    problems.push(`${name}: "severity" must be one of ${SEVERITIES.join(', ')}`);
  if (typeof r.ref !== 'string' || !isGuideRef(r.ref))
    problems.push(`${name}: "ref" must be a guideline section id (for example "custom-rules")`);
  const msg = r.message as Record<string, unknown> | string | undefined;
  if (
    !(typeof msg === 'string' && msg.trim()) &&
    !(typeof msg === 'object' && msg !== null && typeof msg.id === 'string' && typeof msg.en === 'string')
  )
    problems.push(`${name}: "message" must be a string or {"id": …, "en": …}`);
  if (r.suggestion !== undefined && r.suggestion !== null && typeof r.suggestion !== 'string')
    problems.push(`${name}: "suggestion" must be a string or null`);
  for (const key of ['terms', 'patterns', 'unless', 'requires'] as const) {
    if (r[key] !== undefined && !isStringArray(r[key])) problems.push(`${name}: "${key}" must be a list of strings`);
  }
  if (r.replacements !== undefined) {
    const rep = r.replacements;
    if (typeof rep !== 'object' || rep === null || Array.isArray(rep) || !Object.values(rep).every((v) => typeof v === 'string'))
      problems.push(`${name}: "replacements" must map words to their replacement`);
  }
  if (r.scope !== undefined && r.scope !== 'sentence' && r.scope !== 'text')
    problems.push(`${name}: "scope" must be "sentence" or "text"`);
  if (isStringArray(r.patterns)) {
    for (const p of r.patterns) {
      try {
        compilePattern(p);
      } catch (e) {
        problems.push(`${name}: pattern ${JSON.stringify(p)} is not a valid regular expression (${(e as Error).message})`);
      }
    }
  }
  const hasMatchers =
    (isStringArray(r.terms) && r.terms.length > 0) ||
    (isStringArray(r.patterns) && r.patterns.length > 0) ||
    (typeof r.replacements === 'object' && r.replacements !== null && Object.keys(r.replacements).length > 0);
  if (!hasMatchers) problems.push(`${name}: needs at least one of "terms", "patterns" or "replacements"`);
  return problems;
}

/** Validates a pack (`{"rules": […]}` or a bare list); throws RulePackError naming every bad entry. */
export function parseRulePack(value: unknown, label = 'rule pack'): DataRulePack {
  const list = Array.isArray(value) ? value : (value as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(list)) throw new RulePackError(`${label}: expected {"rules": [...]}`, [`${label}: no "rules" list`]);
  const problems = list.flatMap((r, i) => validateDataRule(r, `${label} rules[${i}]`));
  const ids = new Set<string>();
  list.forEach((r: { id?: unknown }, i) => {
    if (typeof r?.id === 'string') {
      if (ids.has(r.id)) problems.push(`${label} rules[${i}]: duplicate id "${r.id}"`);
      ids.add(r.id);
    }
  });
  if (problems.length) throw new RulePackError(`${label} is invalid: ${problems[0]}`, problems);
  const pack: Partial<DataRulePack> = Array.isArray(value) ? {} : (value as DataRulePack);
  return { name: pack.name, version: pack.version, rules: list as DataRule[] };
}

/**
 * The `u` flag makes V8 run patterns like `\b…\s+…` an order of magnitude slower, so it is used only for patterns
 * that need it (Unicode property escapes, code point escapes, characters outside the basic plane).
 */
export function compilePattern(source: string): RegExp {
  const needsUnicode = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/.test(source);
  return new RegExp(source, needsUnicode ? 'giu' : 'gi');
}

/** Compiles one data rule into a Rule. Matching is on the folded text, spans are in the original. */
export function compileDataRule(rule: DataRule): Rule {
  const message: Message = typeof rule.message === 'string' ? { id: rule.message, en: rule.message } : rule.message;
  const replacements = new Map<string, string>();
  for (const [k, v] of Object.entries(rule.replacements ?? {})) replacements.set(k.toLowerCase(), v);
  const terms: TermMatcher = compileTerms([...(rule.terms ?? []), ...replacements.keys()]);
  const patterns = (rule.patterns ?? []).map(compilePattern);
  const unless = rule.unless?.length ? compileTerms(rule.unless) : null;
  const requires = rule.requires?.length ? compileTerms(rule.requires) : null;
  const scope = rule.scope ?? 'sentence';

  return {
    id: rule.id,
    categories: [rule.category],
    check(ctx: RuleContext): Finding[] {
      const { view } = ctx;
      const spans: { start: number; end: number; key: string }[] = [];
      if (terms.size) for (const m of terms.find(view)) spans.push({ start: m.start, end: m.end, key: m.term });
      for (const re of patterns) {
        re.lastIndex = 0;
        for (let m = re.exec(view.folded); m; m = re.exec(view.folded)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const span = view.toOriginal(m.index, m.index + m[0].length);
          spans.push({ ...span, key: m[0] });
        }
      }
      if (!spans.length) return [];

      // Context conditions, evaluated once per scope. Hits come sorted by position.
      const cache = new Map<number, boolean>();
      const unlessHits = unless?.find(view) ?? [];
      const requireHits = requires?.find(view) ?? [];
      const allowed = (pos: number): boolean => {
        const s = scope === 'text' ? { start: 0, end: view.text.length } : sentenceAt(view.sentences, pos);
        if (!s) return !requires;
        const cached = cache.get(s.start);
        if (cached !== undefined) return cached;
        const ok = !anyStartsWithin(unlessHits, s) && (!requires || anyStartsWithin(requireHits, s));
        cache.set(s.start, ok);
        return ok;
      };

      spans.sort((a, b) => a.start - b.start || b.end - a.end);
      const out: Finding[] = [];
      let lastEnd = -1;
      for (const s of spans) {
        if (s.start < lastEnd || !allowed(s.start)) continue;
        lastEnd = s.end;
        const suggestion = replacements.get(s.key) ?? rule.suggestion ?? null;
        out.push(
          makeFinding(ctx, {
            rule: rule.id,
            category: rule.category,
            severity: rule.severity,
            start: s.start,
            end: s.end,
            message,
            suggestion: suggestion === null ? null : matchCase(view.text.slice(s.start, s.end), suggestion),
            ref: rule.ref,
          }),
        );
      }
      return out;
    },
  };
}

/** Keeps the case of the original word in a replacement: "Sekedar" → "Sekadar", "SEKEDAR" → "SEKADAR". */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase())
    return replacement.toUpperCase();
  const first = original[0];
  if (first && first !== first.toLowerCase() && replacement[0] === replacement[0]?.toLowerCase())
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}
