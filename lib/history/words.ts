/**
 * The words a post is found by: the engine's tokens (lib/analysis/text.ts), folded (lower case, NFKC, no accents),
 * without function words, deduplicated and capped. Queries go through the same function, so index and query agree.
 */
import { createTextView, type TextView } from '../analysis/text';

/** Distinct words kept per post: enough for a 2,200-character post; keeps the index small at 100,000 posts. */
export const MAX_INDEX_WORDS = 256;
/** Longer words are cut to this length (in the index and in queries alike). */
export const MAX_WORD_LENGTH = 40;

// Function words that match almost every post: indexing them costs space and finds nothing useful.
const STOP_WORDS: ReadonlySet<string> = new Set([
  // Indonesian
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'pada', 'dalam', 'adalah', 'akan', 'juga',
  'atau', 'oleh', 'ada', 'tidak', 'sebagai', 'bahwa', 'agar', 'bagi', 'karena', 'serta', 'para', 'telah', 'sudah',
  'dapat', 'bisa', 'kepada', 'pun', 'lah', 'kah', 'nya', 'si', 'sang', 'tersebut', 'secara', 'hingga', 'yaitu',
  'yakni', 'maupun', 'namun', 'tetapi', 'jika', 'maka', 'bila', 'apabila', 'sehingga', 'terhadap', 'kan',
  'ya', 'pula', 'lagi', 'saja', 'per',
  // English
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'is', 'are', 'was', 'were', 'be', 'by',
  'at', 'as', 'it', 'its', 'this', 'that', 'from',
]);

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}+/gu;

/** A token's search form: accents dropped (ASCII fast path), cut to MAX_WORD_LENGTH. */
function searchForm(norm: string): string {
  const plain = NON_ASCII.test(norm) ? norm.normalize('NFD').replace(MARKS, '').normalize('NFC') : norm;
  return plain.length > MAX_WORD_LENGTH ? plain.slice(0, MAX_WORD_LENGTH) : plain;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * Search forms of a view's tokens in order, stop words included: words, hashtag and mention bodies (`#PemiluDamai`
 * → `pemiludamai`), numbers of two digits or more. A hyphenated word gives itself and its parts (`anak-anak`,
 * `anak`), so either finds it. URLs and e-mail addresses are not words.
 */
function* termsOf(view: TextView): Generator<string> {
  for (const token of view.tokens) {
    let norm: string;
    switch (token.kind) {
      case 'word':
        norm = token.norm;
        break;
      case 'hashtag':
      case 'mention':
        norm = token.norm.slice(1);
        break;
      case 'number':
        if (token.norm.length < 2) continue;
        norm = token.norm;
        break;
      default:
        continue;
    }
    const form = searchForm(norm);
    if (!form) continue;
    yield form;
    if (token.kind === 'word' && /[-'’]/.test(form)) {
      for (const part of form.split(/[-'’]+/)) if (part) yield part;
    }
  }
}

/** The index words of a text: distinct, in order of first use, stop words and single letters dropped, capped. */
export function indexWords(text: string, view: TextView = createTextView(text)): string[] {
  const out = new Set<string>();
  for (const term of termsOf(view)) {
    if (term.length < 2 || STOP_WORDS.has(term)) continue;
    out.add(term);
    if (out.size >= MAX_INDEX_WORDS) break;
  }
  return [...out];
}

export interface ParsedQuery {
  /** Whole words every result contains. */
  words: string[];
  /** The word being typed (no white space after it): results contain a word starting with it. */
  prefix: string | null;
  /** Query words ignored because they are function words or single letters. */
  ignored: string[];
}

/**
 * Splits a search box's text the way posts are indexed. The last word is a prefix while the admin is still typing
 * it; a prefix of one letter would match most of the index, so it waits for a second letter.
 */
export function parseQuery(query: string): ParsedQuery {
  const terms = [...termsOf(createTextView(query))];
  const typing = terms.length > 0 && !/\s$/.test(query);
  const last = typing ? terms.pop()! : null;
  const words: string[] = [];
  const ignored: string[] = [];
  for (const term of terms) {
    if (term.length < 2 || STOP_WORDS.has(term)) ignored.push(term);
    else if (!words.includes(term)) words.push(term);
  }
  let prefix: string | null = null;
  if (last !== null) {
    if (last.length >= 2) prefix = last;
    else ignored.push(last);
  }
  return { words, prefix, ignored };
}
