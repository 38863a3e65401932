/**
 * The spelling word lists (lib/rules/data/spelling/*.json), compiled once at module load into Maps and Sets.
 */
import nonStandardData from '../data/spelling/non-standard.json';
import diKeData from '../data/spelling/di-ke.json';
import vocabularyData from '../data/spelling/vocabulary.json';
import commonData from '../data/spelling/common-words.json';
import { compileTerms, type TermMatcher } from '../terms';

/** Every non-standard → standard pair, merged over its sources (the first source wins on a clash). */
export function nonStandardPairs(): Map<string, string> {
  const merged = new Map<string, string>();
  for (const group of Object.values(nonStandardData.pairs as Record<string, Record<string, string>>)) {
    for (const [wrong, right] of Object.entries(group)) {
      const key = wrong.toLowerCase();
      if (!merged.has(key)) merged.set(key, right);
    }
  }
  return merged;
}

const ALL_PAIRS = nonStandardPairs();

/**
 * Entries that come only from the informal-language list (slang, chat abbreviations). Their spellings double as
 * personal names more often ("Slamet"), so a capitalised one inside a sentence is left alone.
 */
export const INFORMAL_ONLY: ReadonlySet<string> = (() => {
  const groups = nonStandardData.pairs as Record<string, Record<string, string>>;
  const formal = new Set<string>();
  for (const [name, group] of Object.entries(groups)) {
    if (name !== 'indo-collex') for (const k of Object.keys(group)) formal.add(k.toLowerCase());
  }
  return new Set(Object.keys(groups['indo-collex'] ?? {}).map((k) => k.toLowerCase()).filter((k) => !formal.has(k)));
})();

/** Single-word entries, by lower-case spelling. */
export const NON_STANDARD_WORDS = new Map<string, string>();
/** Multi-word entries ("olah raga" → "olahraga"), matched over tokens. */
export const NON_STANDARD_PHRASES = new Map<string, string>();
for (const [wrong, right] of ALL_PAIRS) {
  if (/\s/.test(wrong)) NON_STANDARD_PHRASES.set(wrong, right);
  else NON_STANDARD_WORDS.set(wrong, right);
}
export const NON_STANDARD_PHRASE_MATCHER: TermMatcher = compileTerms(NON_STANDARD_PHRASES.keys());

export const DI_PLACES: ReadonlySet<string> = new Set(diKeData.di);
export const KE_PLACES: ReadonlySet<string> = new Set(diKeData.ke);
export const ENCLITICS: readonly string[] = diKeData.enclitics;
/** Verb stems after which a separated "di" is the prefix. */
export const DI_VERBS: ReadonlySet<string> = new Set(diKeData.verbs);
/** Words after which "di" stays apart although "di" + word is also a verb. */
export const DI_NOT_VERBS: ReadonlySet<string> = new Set([...diKeData.notVerbs, ...diKeData.di]);

/**
 * Words the typo check accepts beyond the dictionary: the government vocabulary list and every word of the
 * standard side of the non-standard pairs (standard by definition, though the dictionary may predate them).
 */
export const VOCABULARY: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const w of vocabularyData.words) {
    set.add(w.toLowerCase());
    for (const part of w.toLowerCase().split(/[\s-]+/)) if (part) set.add(part);
  }
  for (const right of ALL_PAIRS.values()) {
    for (const part of right.toLowerCase().split(/[\s-]+/)) if (part.length > 1) set.add(part);
  }
  return set;
})();

/** Frequent words of government posts: a correction among them ranks higher. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(commonData.words);
