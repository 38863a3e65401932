/**
 * Non-standard spellings (EYD V / KBBI): a word or phrase of the merged list becomes its standard form in one
 * click ("sekedar" → "sekadar", "olah raga" → "olahraga"); a number-reduplication ("anak2") becomes "anak-anak".
 */
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import type { Rule, RuleContext } from '../types';
import { isAllCaps, isCapitalised, keepCase, sentenceStartTokens } from './case';
import { INFORMAL_ONLY, NON_STANDARD_PHRASE_MATCHER, NON_STANDARD_PHRASES, NON_STANDARD_WORDS } from './lexicon';
import { inDottedName, inSpans, quotedMentions } from './names';

export const NON_STANDARD_RULE = 'spelling/non-standard';

const REDUPLICATION = /^(\p{L}{2,})2$/u;

function message(wrong: string, right: string) {
  return {
    id: `"${wrong}" tidak baku. Bentuk bakunya: "${right}".`,
    en: `"${wrong}" is not standard Indonesian. The standard form is "${right}".`,
  };
}

/** Lower-case spellings that the non-standard rule reports (the typo check leaves them to it). */
export function isListedNonStandard(norm: string): boolean {
  return NON_STANDARD_WORDS.has(norm) || REDUPLICATION.test(norm);
}

export function checkNonStandard(ctx: RuleContext): Finding[] {
  if (ctx.language !== 'id' && ctx.language !== 'und') return [];
  const { view } = ctx;
  const out: Finding[] = [];
  const starts = sentenceStartTokens(view);
  let quoted: ReturnType<typeof quotedMentions> | null = null;
  const covered = new Set<number>();
  // "Walikota Sampit": a capitalised word before a name is a title, every word of its replacement capitalised.
  const nameFollows = (last: number) => {
    const next = view.tokens[last + 1];
    return next !== undefined && next.kind === 'word' && isCapitalised(next.text);
  };

  if (NON_STANDARD_PHRASE_MATCHER.size) {
    for (const m of NON_STANDARD_PHRASE_MATCHER.find(view)) {
      const right = NON_STANDARD_PHRASES.get(m.term);
      if (!right) continue;
      const text = view.text.slice(m.start, m.end);
      if (isAllCaps(text.replace(/\s+/g, '')) && text.length <= 5) continue;
      for (let i = m.first; i <= m.last; i++) covered.add(i);
      const suggestion = keepCase(text, right, starts.has(m.first) && !nameFollows(m.last));
      out.push(
        makeFinding(ctx, {
          rule: NON_STANDARD_RULE,
          category: 'spelling',
          severity: 'warning',
          start: m.start,
          end: m.end,
          message: message(text, suggestion),
          suggestion,
          ref: 'eyd-v-kata-baku',
        }),
      );
    }
  }

  for (const token of view.tokens) {
    if (token.kind !== 'word' || covered.has(token.index)) continue;
    let right = NON_STANDARD_WORDS.get(token.norm);
    if (right === undefined) {
      if (!token.norm.endsWith('2')) continue;
      const redup = REDUPLICATION.exec(token.norm);
      if (!redup) continue;
      right = `${redup[1]}-${redup[1]}`;
    }
    const atStart = starts.has(token.index);
    // Short capitalised or upper-case tokens are usually acronyms or names ("TP PKK", "Sy").
    if (token.text.length <= 4 && isAllCaps(token.text)) continue;
    if (!atStart && token.text !== token.norm) {
      if (token.text.length <= 3 || INFORMAL_ONLY.has(token.norm)) continue;
      // Inside a name: "Stadion 29 Nopember", "Institut Teknologi Sepuluh Nopember", "Jalan Slamet Riyadi".
      const prev = view.tokens[token.index - 1];
      const nameBefore = prev && (prev.kind === 'number' || (prev.kind === 'word' && prev.text !== prev.norm));
      if (nameBefore && /^[ \t]+$/.test(view.text.slice(prev.end, token.start))) continue;
    }
    if (inDottedName(view.text, token)) continue;
    quoted ??= quotedMentions(view.text);
    if (quoted.length && inSpans(quoted, token.start)) continue;
    const suggestion = keepCase(token.text, right, atStart && !nameFollows(token.index));
    out.push(
      makeFinding(ctx, {
        rule: NON_STANDARD_RULE,
        category: 'spelling',
        severity: 'warning',
        start: token.start,
        end: token.end,
        message: message(token.text, suggestion),
        suggestion,
        ref: 'eyd-v-kata-baku',
      }),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}

export const nonStandardRule: Rule = { id: NON_STANDARD_RULE, categories: ['spelling'], check: checkNonStandard };
