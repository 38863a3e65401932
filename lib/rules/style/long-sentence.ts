/** Very long sentences (more than 40 words) are hard to read on a phone: suggest splitting them. */
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import type { Rule, RuleContext } from '../types';

export const LONG_SENTENCE_RULE = 'style/long-sentence';
export const MAX_SENTENCE_WORDS = 40;

export function checkLongSentences(ctx: RuleContext): Finding[] {
  const { tokens, sentences } = ctx.view;
  const out: Finding[] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    let words = 0;
    for (let k = t; k < tokens.length && tokens[k]!.start < s.end; k++) {
      const kind = tokens[k]!.kind;
      if (kind === 'word' || kind === 'number') words++;
    }
    if (words <= MAX_SENTENCE_WORDS) continue;
    out.push(
      makeFinding(ctx, {
        rule: LONG_SENTENCE_RULE,
        category: 'style',
        severity: 'info',
        start: s.start,
        end: s.end,
        message: {
          id: `Kalimat ini panjang (${words} kata). Pecah menjadi dua kalimat atau lebih agar mudah dibaca.`,
          en: `This sentence is long (${words} words). Split it into two or more sentences so it reads easily.`,
        },
        suggestion: null,
        ref: 'eyd-v-kalimat',
      }),
    );
  }
  return out;
}

export const longSentenceRule: Rule = { id: LONG_SENTENCE_RULE, categories: ['style'], check: checkLongSentences };
