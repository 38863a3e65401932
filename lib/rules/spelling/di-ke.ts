/**
 * "di" and "ke": apart as prepositions (di mana, ke depan, di mana pun), joined as prefixes (dilaksanakan).
 * Joined prepositions are found from a list of place, direction and time nouns; a prefix written apart
 * ("di laksanakan") is found from a list of common verb stems, and, once the dictionary is loaded, from any
 * "di" + verb form ending in -kan or -i that the dictionary accepts.
 */
import type { Token } from '../../analysis/text';
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import type { Rule, RuleContext } from '../types';
import { isAllCaps, keepCase, sentenceStartTokens } from './case';
import { spellingDictionary } from './dictionary';
import { DI_NOT_VERBS, DI_PLACES, DI_VERBS, ENCLITICS, KE_PLACES } from './lexicon';

export const DI_KE_RULE = 'spelling/di-ke';

/** "dimanapun" → "di mana pun", "kesana" → "ke sana", "didalamnya" → "di dalamnya"; null when not a joined preposition. */
export function splitJoinedPreposition(norm: string): string | null {
  const prefix = norm.slice(0, 2);
  const places = prefix === 'di' ? DI_PLACES : prefix === 'ke' ? KE_PLACES : null;
  if (!places) return null;
  const rest = norm.slice(2);
  if (places.has(rest)) return `${prefix} ${rest}`;
  for (const e of ENCLITICS) {
    if (!rest.endsWith(e)) continue;
    const base = rest.slice(0, rest.length - e.length);
    if (places.has(base)) return e === 'pun' ? `${prefix} ${base} pun` : `${prefix} ${base}${e}`;
  }
  return null;
}

/** Only spaces (no line break, no punctuation) between two tokens. */
function spaceBetween(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return true;
}

/** Is "di" + word the prefixed verb (so "di word" should be joined)? */
function isSeparatedPrefix(word: string): boolean {
  if (DI_NOT_VERBS.has(word)) return false;
  if (DI_VERBS.has(word)) return true;
  const dict = spellingDictionary();
  if (!dict || word.length < 4) return false;
  if (word.endsWith('kan')) return dict.check(`di${word}`);
  if (word.endsWith('i')) return dict.stems.has(word.slice(0, -1)) && dict.check(`di${word}`);
  return false;
}

export function checkDiKe(ctx: RuleContext): Finding[] {
  if (ctx.language !== 'id' && ctx.language !== 'und') return [];
  const { view } = ctx;
  const { tokens, text } = view;
  const starts = sentenceStartTokens(view);
  const out: Finding[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'word') continue;
    if (token.norm.length > 3 && (token.norm.startsWith('di') || token.norm.startsWith('ke'))) {
      if (isAllCaps(token.text) && token.text.length <= 4) continue;
      const split = splitJoinedPreposition(token.norm);
      if (!split) continue;
      const suggestion = keepCase(token.text, split, true);
      out.push(
        makeFinding(ctx, {
          rule: DI_KE_RULE,
          category: 'spelling',
          severity: 'warning',
          start: token.start,
          end: token.end,
          message: {
            id: `"${token.text.slice(0, 2)}" di sini kata depan, jadi ditulis terpisah: "${suggestion}".`,
            en: `Here "${token.text.slice(0, 2)}" is a preposition, written apart: "${suggestion}".`,
          },
          suggestion,
          ref: 'eyd-v-di-ke',
        }),
      );
      continue;
    }
    if (token.norm !== 'di') continue;
    const next = tokens[i + 1];
    if (!next || next.kind !== 'word' || !spaceBetween(text, token, next)) continue;
    // A capitalised next word is a name (di Jakarta); an upper-case one an acronym.
    if (next.text !== next.norm) continue;
    if (!isSeparatedPrefix(next.norm)) continue;
    const joined = `${token.text}${next.text}`;
    const suggestion = starts.has(i) ? keepCase(token.text, joined.toLowerCase(), true) : joined;
    out.push(
      makeFinding(ctx, {
        rule: DI_KE_RULE,
        category: 'spelling',
        severity: 'warning',
        start: token.start,
        end: next.end,
        message: {
          id: `"di" di sini awalan kata kerja, jadi ditulis serangkai: "${suggestion}".`,
          en: `Here "di" is a verb prefix, written joined: "${suggestion}".`,
        },
        suggestion,
        ref: 'eyd-v-di-ke',
      }),
    );
    i++;
  }
  return out;
}

export const diKeRule: Rule = { id: DI_KE_RULE, categories: ['spelling'], check: checkDiKe };
