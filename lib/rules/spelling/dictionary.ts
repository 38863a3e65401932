/**
 * The Indonesian Hunspell dictionary as engine state. The engine never reads files: the environment hands the
 * data over (Node: lib/node/spelling-dictionary.ts reads assets/dictionaries/; the extension fetches or imports
 * the same files), once, and checks run synchronously against it. Until then the typo check is skipped and the
 * other spelling rules work from their own word lists.
 */
import { parseHunspell, type Hunspell, type HunspellData } from './hunspell';
import { COMMON_WORDS, VOCABULARY } from './lexicon';
import { suggestWords, type Suggestion } from './suggest';

/** The files the dictionary is made of, as shipped in assets/dictionaries/. */
export const SPELLING_DICTIONARY_FILES = ['id_ID.aff', 'id_ID.dic'] as const;
export type SpellingDictionaryFile = (typeof SPELLING_DICTIONARY_FILES)[number];

let dictionary: Hunspell | null = null;
let loading: Promise<void> | null = null;
const knownCache = new Map<string, boolean>();
const suggestCache = new Map<string, Suggestion[]>();
const CACHE_LIMIT = 50_000;

/** Installs the dictionary from the contents of id_ID.aff and id_ID.dic (null removes it). Synchronous. */
export function setSpellingDictionary(data: HunspellData | null): void {
  dictionary = data ? parseHunspell(data) : null;
  knownCache.clear();
  suggestCache.clear();
  if (!data) loading = null;
}

/**
 * Loads the dictionary once through `read`, which returns the text of a file of SPELLING_DICTIONARY_FILES.
 * Later calls share the first load; a failed load can be retried.
 */
export function loadSpellingDictionary(read: (file: SpellingDictionaryFile) => Promise<string>): Promise<void> {
  if (dictionary) return Promise.resolve();
  loading ??= Promise.all([read('id_ID.aff'), read('id_ID.dic')]).then(
    ([aff, dic]) => setSpellingDictionary({ aff, dic }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function isSpellingDictionaryReady(): boolean {
  return dictionary !== null;
}

/** The parsed dictionary, or null before it is loaded. */
export function spellingDictionary(): Hunspell | null {
  return dictionary;
}

// Productive pieces the dictionary does not list word by word.
const ENCLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const BOUND_PREFIXES = [
  'antar', 'pasca', 'pra', 'non', 'multi', 'sub', 'swa', 'anti', 'eks', 'pro', 'kontra', 'semi', 'super', 'ultra',
  'mega', 'mini', 'purna', 'nir', 'lintas', 'tuna',
];
// Prefixes for words of the vocabulary list, with the first letter of the stem that a nasal prefix replaces.
const VOCAB_PREFIXES: Array<[string, string]> = [
  ['di', ''], ['ter', ''], ['ber', ''], ['ke', ''], ['se', ''], ['per', ''], ['me', ''], ['mem', ''], ['mem', 'p'],
  ['men', ''], ['men', 't'], ['meng', ''], ['meng', 'k'], ['meny', 's'], ['menge', ''], ['pe', ''], ['pem', ''],
  ['pem', 'p'], ['pen', ''], ['pen', 't'], ['peng', ''], ['peng', 'k'], ['peny', 's'], ['penge', ''],
];
const VOCAB_SUFFIXES = ['annya', 'kannya', 'inya', 'an', 'kan', 'i', 'nya', ''];
const PREFIXES_BY_LETTER = new Map<string, Array<[string, string]>>();
for (const entry of VOCAB_PREFIXES) {
  const key = entry[0][0] ?? '';
  PREFIXES_BY_LETTER.set(key, [...(PREFIXES_BY_LETTER.get(key) ?? []), entry]);
}

function inVocabulary(word: string): boolean {
  if (VOCABULARY.has(word)) return true;
  const prefixes = PREFIXES_BY_LETTER.get(word[0] ?? '') ?? [];
  for (const suffix of VOCAB_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const body = word.slice(0, word.length - suffix.length);
    if (suffix && body.length >= 3 && VOCABULARY.has(body)) return true;
    for (const [prefix, restore] of prefixes) {
      if (!body.startsWith(prefix)) continue;
      const stem = restore + body.slice(prefix.length);
      if (stem.length >= 3 && VOCABULARY.has(stem)) return true;
    }
  }
  return false;
}

function knownUncached(word: string, dict: Hunspell | null, depth: number): boolean {
  if (inVocabulary(word)) return true;
  if (dict && dict.check(word)) return true;
  if (depth > 1) return false;
  if (word.includes('-')) {
    const parts = word.split('-');
    if (parts.every((p) => p.length > 0 && knownUncached(p, dict, depth + 1))) return true;
  }
  for (const e of ENCLITICS) {
    if (word.length - e.length >= 3 && word.endsWith(e) && knownUncached(word.slice(0, -e.length), dict, depth + 1))
      return true;
  }
  for (const p of BOUND_PREFIXES) {
    if (word.length - p.length >= 3 && word.startsWith(p) && knownUncached(word.slice(p.length), dict, depth + 1))
      return true;
  }
  return false;
}

// The dictionary lists affixes per stem and misses many forms in everyday use (digelar, hubungi, sebarkan,
// dugaan, kependudukan). Before calling a word a typo, read it more loosely: a usual prefix (nasal forms restore
// the stem's first letter) and suffix around a stem whose flags show it takes that kind of affix (a verb stem for
// di-/me-/ter-, a stem with pe-/ke- derivations for pe-…-an and ke-…-an). Typos rarely parse this way.
type Needs = 'verb' | 'pe' | 'ke' | 'any';
const LOOSE_PREFIXES: Array<[string, string, Needs]> = [
  ['di', '', 'verb'], ['diper', '', 'verb'], ['dipe', '', 'verb'], ['ter', '', 'verb'], ['te', '', 'verb'],
  ['me', '', 'verb'], ['mem', '', 'verb'], ['mem', 'p', 'verb'], ['men', '', 'verb'], ['men', 't', 'verb'],
  ['meng', '', 'verb'], ['meng', 'k', 'verb'], ['meny', 's', 'verb'], ['menge', '', 'verb'], ['memper', '', 'verb'],
  ['mempe', '', 'verb'], ['ber', '', 'any'], ['be', '', 'any'], ['se', '', 'any'], ['per', '', 'any'],
  ['ke', '', 'ke'], ['pe', '', 'pe'], ['pem', '', 'pe'], ['pem', 'p', 'pe'], ['pen', '', 'pe'],
  ['pen', 't', 'pe'], ['peng', '', 'pe'], ['peng', 'k', 'pe'], ['peny', 's', 'pe'], ['penge', '', 'pe'],
  ['pember', '', 'pe'], ['pembe', '', 'pe'], ['keber', '', 'ke'], ['kebe', '', 'ke'], ['keter', '', 'ke'],
  ['kete', '', 'ke'], ['kese', '', 'ke'], ['kepe', '', 'ke'], ['kepem', '', 'ke'], ['kepem', 'p', 'ke'],
  ['kepen', '', 'ke'], ['kepen', 't', 'ke'], ['kepeng', '', 'ke'], ['kepeng', 'k', 'ke'],
  ['kepeny', 's', 'ke'], ['ketidak', '', 'ke'], ['seper', '', 'any'],
];
const LOOSE_SUFFIXES = [
  '', 'an', 'kan', 'i', 'nya', 'lah', 'kah', 'pun', 'ku', 'mu', 'annya', 'kannya', 'inya', 'anlah', 'kanlah', 'ilah',
  'annyalah', 'nyalah', 'ankah', 'kankah',
];
const LOOSE_BY_LETTER = new Map<string, Array<[string, string, Needs]>>();
for (const entry of LOOSE_PREFIXES) {
  const key = entry[0][0]!;
  LOOSE_BY_LETTER.set(key, [...(LOOSE_BY_LETTER.get(key) ?? []), entry]);
}

/** Does a stem with these flags (two characters each) take affixes of this kind? */
const FAMILIES: Record<Needs, string> = { verb: 'MDTO', pe: 'PR', ke: 'KBPRS', any: 'BDKMOPRSTW' };
function takes(flags: string, needs: Needs): boolean {
  const families = FAMILIES[needs];
  for (let i = 0; i < flags.length; i += 2) if (families.includes(flags[i]!)) return true;
  return false;
}

function looselyKnown(word: string, dict: Hunspell): boolean {
  // A vocabulary word or an unflagged loanword takes any affix; a dictionary stem only the kinds its flags show.
  const fits = (stem: string, needs: Needs, suffix: string): boolean => {
    if (stem.length < 3) return false;
    if (VOCABULARY.has(stem)) return true;
    const flags = dict.flagsOf(stem);
    if (flags === undefined) return false;
    if (flags === '') return stem.length >= 4 && ((needs !== 'pe' && needs !== 'ke') || suffix === ''); // pendonor, not pelaksaan
    return takes(flags, suffix === 'kan' || suffix === 'i' ? 'verb' : needs);
  };
  const prefixes = LOOSE_BY_LETTER.get(word[0] ?? '') ?? [];
  for (const suffix of LOOSE_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const body = word.slice(0, word.length - suffix.length);
    if (suffix && fits(body, suffix === 'an' ? 'any' : 'verb', suffix)) return true;
    for (const [prefix, restore, needs] of prefixes) {
      if (body.length - prefix.length < 3 || !body.startsWith(prefix)) continue;
      if (fits(restore + body.slice(prefix.length), needs, suffix)) return true;
    }
  }
  return false;
}

/** Is the lower-case word known (dictionary, vocabulary list, or a productive form of them)? Cached. */
export function isKnownWord(word: string): boolean {
  const cached = knownCache.get(word);
  if (cached !== undefined) return cached;
  const dict = dictionary;
  let known = knownUncached(word, dict, 0);
  if (!known && dict) {
    known = looselyKnown(word, dict);
    if (!known && word.includes('-')) {
      known = word.split('-').every((p) => p.length > 0 && (knownUncached(p, dict, 1) || looselyKnown(p, dict)));
    }
  }
  if (knownCache.size >= CACHE_LIMIT) knownCache.clear();
  knownCache.set(word, known);
  return known;
}

/** Corrections for an unknown lower-case word, best first, with their cost (empty without the dictionary). Cached. */
export function spellingSuggestions(word: string): Suggestion[] {
  const dict = dictionary;
  if (!dict) return [];
  const cached = suggestCache.get(word);
  if (cached) return cached;
  const list = suggestWords(word, {
    // Candidates must be words as they stand: no enclitic or prefix reading, which would let odd forms in.
    known: (w) => knownUncached(w, dict, 2),
    stems: dict.stems,
    rep: dict.rep,
    common: COMMON_WORDS,
  });
  if (suggestCache.size >= CACHE_LIMIT / 10) suggestCache.clear();
  suggestCache.set(word, list);
  return list;
}
