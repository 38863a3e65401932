/**
 * Typos: Indonesian words the Hunspell dictionary (and the vocabulary list) does not know, with close corrections.
 * Skipped: names (a capital letter inside a sentence), acronyms, hashtags, mentions, URLs, e-mail addresses,
 * numbers, words with digits, parts of domain or file names, words the other spelling checks report, and any
 * text not detected as Indonesian. Runs only once the dictionary is loaded.
 */
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import type { Rule, RuleContext } from '../types';
import { isCapitalised, keepCase, sentenceStartTokens } from './case';
import { isKnownWord, isSpellingDictionaryReady, spellingSuggestions } from './dictionary';
import { splitJoinedPreposition } from './di-ke';
import { inDottedName, inSpans, quotedMentions } from './names';
import { isListedNonStandard } from './non-standard';

export const TYPO_RULE = 'spelling/typo';

/** Past this many unknown words a text is probably not plain Indonesian prose: report no more. */
const MAX_FINDINGS = 30;

/**
 * Longer than any Indonesian word (mempertanggungjawabkannya has 25 letters): a pasted run of letters, not a typo.
 * Also keeps the suggestion search, which grows with word length, bounded.
 */
const MAX_WORD_LENGTH = 32;

/** Cost below which a correction is a typical slip (see suggest.ts). */
const STRONG_SLIP = 0.6;

const HAS_DIGIT = /\p{N}/u;
const APOSTROPHE = /['\u2019]/;

export function checkTypos(ctx: RuleContext): Finding[] {
  if (ctx.language !== 'id' || !isSpellingDictionaryReady()) return [];
  const { view } = ctx;
  const { text } = view;
  const starts = sentenceStartTokens(view);
  let quoted: ReturnType<typeof quotedMentions> | null = null;
  const out: Finding[] = [];
  for (const token of view.tokens) {
    if (token.kind !== 'word' || token.text.length < 3 || token.text.length > MAX_WORD_LENGTH) continue;
    const word = token.text;
    const norm = token.norm;
    const lower = word === norm;
    const atStart = starts.has(token.index);
    // Most words are known: one cached lookup. A capital inside a sentence, upper case or mixed case (eKTP,
    // WhatsApp) marks a name or an acronym, which is not looked up at all.
    if (!lower && !(atStart && isCapitalised(word))) continue;
    if (isKnownWord(norm)) continue;
    if (HAS_DIGIT.test(word) || APOSTROPHE.test(word)) continue;
    if (isListedNonStandard(norm) || splitJoinedPreposition(norm)) continue;
    if (inDottedName(text, token)) continue;
    quoted ??= quotedMentions(text);
    if (quoted.length && inSpans(quoted, token.start)) continue;
    const scored = spellingSuggestions(norm);
    // A capitalised unknown word at a sentence start is as likely a name (Retno, Faisal): report it only when a
    // correction is one typical slip away (a doubled letter, two letters swapped).
    if (!lower && !(scored[0] && scored[0].cost < STRONG_SLIP)) continue;
    const suggestions = scored.map((s) => keepCase(word, s.word, atStart));
    out.push(
      makeFinding(ctx, {
        rule: TYPO_RULE,
        category: 'spelling',
        severity: 'info',
        start: token.start,
        end: token.end,
        message: suggestions.length
          ? {
              id: `"${word}" tidak ada dalam kamus. Maksudnya "${suggestions[0]}"?`,
              en: `"${word}" is not in the dictionary. Did you mean "${suggestions[0]}"?`,
            }
          : {
              id: `"${word}" tidak ada dalam kamus. Periksa ejaannya.`,
              en: `"${word}" is not in the dictionary. Check its spelling.`,
            },
        suggestions,
        ref: 'eyd-v',
      }),
    );
    if (out.length >= MAX_FINDINGS) break;
  }
  return out;
}

export const typoRule: Rule = { id: TYPO_RULE, categories: ['spelling'], check: checkTypos };
