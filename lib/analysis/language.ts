/**
 * Language of a draft: id, en, jv, su, ms, or und.
 *
 * Trigram models (franc) guess badly on a caption of ten words, and Indonesian, Malay, Javanese and Sundanese
 * share most of their trigrams. So the detector counts word evidence first (function words and very frequent
 * words per language, lib/analysis/data/language-words.json) and lets franc, restricted to the five languages,
 * break close calls. franc is skipped whenever the word evidence already decides, which is most drafts.
 */
import { francAll } from 'franc';
import type { Language } from './types';
import type { TextView } from './text';
import wordData from './data/language-words.json';

type Detected = Exclude<Language, 'und'>;

/** Order of the score vectors; also the tie-break order (Indonesian first: the engine serves Indonesian agencies). */
const LANGS: readonly Detected[] = ['id', 'en', 'jv', 'su', 'ms'];
const N = LANGS.length;

/** franc's ISO 639-3 codes for the five languages; franc knows Standard Malay as `zlm` (not zsm or msa). */
const FRANC_CODES: Readonly<Record<string, number>> = { ind: 0, eng: 1, jav: 2, sun: 3, zlm: 4 };
export const FRANC_ONLY: readonly string[] = ['ind', 'eng', 'jav', 'sun', 'zlm'];
const FRANC_OPTIONS = { only: [...FRANC_ONLY], minLength: 1 };

/** Fewer words than this: 'und' unless the word evidence alone is decisive. */
const MIN_WORDS = 3;
/** With no word evidence at all, this many words are needed before franc alone is trusted. */
const MIN_WORDS_FRANC_ONLY = 6;
/** Word evidence is read from at most this many words: enough for any language call, bounded for long texts. */
const MAX_WORDS = 1000;
/** franc sees at most this many characters of words (its cost grows with the sample). */
const FRANC_SAMPLE_CHARS = 400;
/** How much franc's normalised score (1 for its best guess) weighs against word evidence. */
const FRANC_WEIGHT = 1;

type Weights = Partial<Record<Detected, number>>;

interface WordGroup {
  weights: Weights;
  words: string[];
}

interface AffixRule {
  prefix?: string;
  suffix?: string;
  /** Letters that must remain besides the affix. */
  minStem: number;
  weights: Weights;
}

function toVector(weights: Weights): Float64Array {
  const vector = new Float64Array(N);
  for (let i = 0; i < N; i++) vector[i] = weights[LANGS[i]!] ?? 0;
  return vector;
}

/** Affixes that mark a language (Sundanese -keun, Javanese dipun-/-ipun), for words no list has. */
const AFFIXES = (wordData.affixes as AffixRule[]).map((rule) => ({
  prefix: rule.prefix ?? '',
  suffix: rule.suffix ?? '',
  minLength: (rule.prefix ?? '').length + (rule.suffix ?? '').length + rule.minStem,
  vector: toVector(rule.weights),
}));

function affixVector(word: string): Float64Array | undefined {
  for (const affix of AFFIXES) {
    if (word.length >= affix.minLength && word.startsWith(affix.prefix) && word.endsWith(affix.suffix)) {
      return affix.vector;
    }
  }
  return undefined;
}

function stripDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** word → score per language (index as LANGS), built once at module load. */
const EVIDENCE: ReadonlyMap<string, Float64Array> = (() => {
  const map = new Map<string, Float64Array>();
  for (const group of wordData.groups as WordGroup[]) {
    const weights = toVector(group.weights);
    for (const raw of group.words) {
      const word = raw.normalize('NFKC').toLowerCase();
      for (const variant of new Set([word, stripDiacritics(word), word.replace(/'/g, '’')])) {
        let vector = map.get(variant);
        if (!vector) map.set(variant, (vector = new Float64Array(N)));
        for (let i = 0; i < N; i++) vector[i]! += weights[i]!;
      }
    }
  }
  return map;
})();

/** The word evidence of a view; exported for the measurement script and tests. */
export interface LanguageEvidence {
  /** Word tokens read (hashtags, mentions, URLs, numbers and emoji are not words). */
  words: number;
  /** Words found in the word lists. */
  hits: number;
  /** Summed word evidence per language, index as `LANGUAGE_ORDER`. */
  scores: Float64Array;
  /** Words whose first letter is not Latin (Arabic, Chinese …). */
  nonLatin: number;
}

export const LANGUAGE_ORDER = LANGS;

export function wordEvidence(view: TextView): LanguageEvidence {
  const scores = new Float64Array(N);
  let words = 0;
  let hits = 0;
  let nonLatin = 0;
  for (const token of view.tokens) {
    if (token.kind !== 'word') continue;
    if (++words > MAX_WORDS) {
      words--;
      break;
    }
    const norm = token.norm;
    if (norm.charCodeAt(0) >= 0x250) nonLatin++; // beyond Latin Extended-B
    let vector = EVIDENCE.get(norm);
    if (!vector) {
      // Reduplication (kerja-kerja) and clitics (year's): fall back to the first part.
      const cut = firstBreak(norm);
      vector = cut > 0 ? EVIDENCE.get(norm.slice(0, cut)) : affixVector(norm);
    }
    if (vector) {
      hits++;
      for (let i = 0; i < N; i++) scores[i]! += vector[i]!;
    }
  }
  return { words, hits, scores, nonLatin };
}

function firstBreak(word: string): number {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */) return i;
  }
  return -1;
}

/** Best and runner-up index of a score vector; ties go to the earlier language in LANGS. */
function topTwo(scores: Float64Array): [number, number] {
  let best = 0;
  let second = -1;
  for (let i = 1; i < N; i++) {
    if (scores[i]! > scores[best]!) {
      second = best;
      best = i;
    } else if (second < 0 || scores[i]! > scores[second]!) {
      second = i;
    }
  }
  return [best, second];
}

/** Words joined by spaces, up to FRANC_SAMPLE_CHARS: what franc sees (no URLs, hashtags, numbers or emoji). */
function francSample(view: TextView): string {
  const parts: string[] = [];
  let length = 0;
  for (const token of view.tokens) {
    if (token.kind !== 'word') continue;
    parts.push(token.norm);
    length += token.norm.length + 1;
    if (length >= FRANC_SAMPLE_CHARS) break;
  }
  return parts.join(' ');
}

/** franc's normalised score per language (1 for its best guess, lower for the others). */
export function francScores(sample: string): Float64Array {
  const scores = new Float64Array(N);
  for (const [code, score] of francAll(sample, FRANC_OPTIONS)) {
    const index = FRANC_CODES[code];
    if (index !== undefined) scores[index] = score;
  }
  return scores;
}

export function detectLanguage(view: TextView): Language {
  const evidence = wordEvidence(view);
  const { words, hits, scores } = evidence;
  if (words === 0 || evidence.nonLatin * 2 > words) return 'und';

  const [best, second] = topTwo(scores);
  const margin = scores[best]! - scores[second]!;

  if (words < MIN_WORDS) {
    // 'Hatur nuhun' and 'Thank you' are decisive; 'Terima kasih' (Indonesian or Malay) and 'Mantap' are not.
    const decisive = scores[best]! >= 1.5 && scores[second]! * 3 <= scores[best]!;
    return decisive ? LANGS[best]! : 'und';
  }
  if (hits === 0 && words < MIN_WORDS_FRANC_ONLY) return 'und';

  // franc's contribution differs between two languages by at most FRANC_WEIGHT: beyond that margin it cannot
  // change the answer, so it is not run.
  if (margin > FRANC_WEIGHT) return LANGS[best]!;

  const franc = francScores(francSample(view));
  const combined = new Float64Array(N);
  for (let i = 0; i < N; i++) combined[i] = scores[i]! + FRANC_WEIGHT * franc[i]!;
  return LANGS[topTwo(combined)[0]]!;
}
