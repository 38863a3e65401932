/**
 * A word written twice in a row ("yang yang", "di di"). A repeated function word is a slip; a repeated content
 * word may be a reduplication missing its hyphen ("hati hati" → "hati-hati"), so both fixes are offered.
 * Hyphenated reduplication ("anak-anak") is one token and never matches; punctuation between the two breaks it.
 */
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import { NON_STANDARD_WORDS } from '../spelling/lexicon';
import type { Rule, RuleContext } from '../types';
import { FUNCTION_WORDS } from './words';

export const REPEATED_WORD_RULE = 'style/repeated-word';

// Reduplications the standard list knows ("anak2" → "anak-anak"): for these the hyphen is the likelier fix.
const REDUPLICATED = new Set<string>();
for (const right of NON_STANDARD_WORDS.values()) {
  const m = /^(\p{L}+)-(\p{L}+)$/u.exec(right);
  if (m && m[1] === m[2]) REDUPLICATED.add(m[1]!);
}

export function checkRepeatedWords(ctx: RuleContext): Finding[] {
  if (ctx.language === 'en') return [];
  const { tokens, text } = ctx.view;
  const out: Finding[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (a.kind !== 'word' || b.kind !== 'word' || a.norm !== b.norm) continue;
    if (!/^[ \t\u00a0]+$/.test(text.slice(a.end, b.start))) continue; // a line break ends a heading or dateline
    if ((a.text === a.text.toUpperCase()) !== (b.text === b.text.toUpperCase())) continue;
    const single = a.text;
    const hyphen = `${a.text}-${b.text.toLowerCase() === b.text ? b.text : b.text.toLowerCase()}`;
    const fn = FUNCTION_WORDS.has(a.norm);
    const suggestions = fn ? [single] : REDUPLICATED.has(a.norm) ? [hyphen, single] : [single, hyphen];
    out.push(
      makeFinding(ctx, {
        rule: REPEATED_WORD_RULE,
        category: 'style',
        severity: 'warning',
        start: a.start,
        end: b.end,
        message: fn
          ? { id: `Kata "${a.text}" tertulis dua kali.`, en: `The word "${a.text}" is written twice.` }
          : {
              id: `Kata "${a.text}" tertulis dua kali. Hapus salah satunya, atau tulis kata ulang dengan tanda hubung (${hyphen}).`,
              en: `The word "${a.text}" is written twice. Delete one, or write the reduplication with a hyphen (${hyphen}).`,
            },
        suggestions,
        ref: 'eyd-v',
      }),
    );
    i++;
  }
  return out;
}

export const repeatedWordRule: Rule = { id: REPEATED_WORD_RULE, categories: ['style'], check: checkRepeatedWords };
