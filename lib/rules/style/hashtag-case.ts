/**
 * Hashtags of several words in lower case ("#dirgahayuri79") are read by screen readers as one unknown word.
 * Capitalise each word ("#DirgahayuRI79"): offered as a fix when the words can be told apart, otherwise only
 * advised for long hashtags.
 */
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import type { Rule, RuleContext } from '../types';
import { capitaliseWord, segmentWords } from './segment';

export const HASHTAG_CASE_RULE = 'style/hashtag-case';
/** Below this many letters a lower-case hashtag is left alone unless it splits into words. */
const MIN_LETTERS = 6;
/** From this many letters a lower-case hashtag is advised even when it cannot be split. */
const LONG_LETTERS = 16;

const RUNS = /\p{L}+|\p{N}+|_+/gu;

/** "#dirgahayuri79" → "#DirgahayuRI79"; null when a letter run cannot be split into known words. */
export function camelCaseHashtag(tag: string): { suggestion: string | null; words: number } {
  const body = tag.slice(1);
  let out = '#';
  let words = 0;
  let ok = true;
  for (const m of body.matchAll(RUNS)) {
    const run = m[0];
    if (!/\p{L}/u.test(run[0]!)) {
      out += run;
      continue;
    }
    const split = segmentWords(run);
    if (!split) {
      ok = false;
      words += 1;
      continue;
    }
    words += split.length;
    out += split.map(capitaliseWord).join('');
  }
  return { suggestion: ok ? out : null, words };
}

export function checkHashtagCase(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const t of ctx.view.tokens) {
    if (t.kind !== 'hashtag') continue;
    const body = t.text.slice(1);
    if (body !== body.toLowerCase()) continue; // already has capitals
    const letters = body.replace(/[^\p{L}]/gu, '').length;
    if (letters < MIN_LETTERS) continue;
    const { suggestion, words } = camelCaseHashtag(t.text);
    if (suggestion ? words < 2 : letters < LONG_LETTERS) continue;
    out.push(
      makeFinding(ctx, {
        rule: HASHTAG_CASE_RULE,
        category: 'style',
        severity: 'info',
        start: t.start,
        end: t.end,
        message: suggestion
          ? {
              id: `Awali setiap kata tagar dengan huruf kapital agar terbaca pembaca layar: "${suggestion}".`,
              en: `Capitalise each word of the hashtag so screen readers can read it: "${suggestion}".`,
            }
          : {
              id: 'Awali setiap kata tagar dengan huruf kapital agar terbaca pembaca layar (misalnya #HariJadiKota).',
              en: 'Capitalise each word of the hashtag so screen readers can read it (e.g. #HariJadiKota).',
            },
        suggestion,
        ref: 'accessibility',
      }),
    );
  }
  return out;
}

export const hashtagCaseRule: Rule = { id: HASHTAG_CASE_RULE, categories: ['style'], check: checkHashtagCase };
