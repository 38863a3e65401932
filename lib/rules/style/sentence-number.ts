/**
 * A sentence should not open with digits (EYD V): "50 admin mengikuti …" → "Sebanyak 50 admin …", and a number of
 * one word ("3 peserta") can be written out. Numbered list items (1. / 1)), times, dates, phone numbers and years
 * are left alone (a year gets the message without a ready fix).
 */
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import { sentenceStartTokens } from '../spelling/case';
import type { Rule, RuleContext } from '../types';
import { MONTHS } from './words';

export const SENTENCE_NUMBER_RULE = 'style/sentence-starts-with-number';

const NUMBER_WORDS = ['Nol', 'Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan', 'Sembilan', 'Sepuluh'];
const MESSAGE = {
  id: 'Kalimat sebaiknya tidak diawali angka. Tulis angkanya dengan huruf atau susun ulang kalimatnya (misalnya "Sebanyak 50 …").',
  en: 'A sentence should not open with digits. Write the number in words or reword the sentence (e.g. "Sebanyak 50 …").',
};
const AMOUNT = /^\d{1,3}(?:\.\d{3})*$|^\d+$/;

export function checkSentenceNumber(ctx: RuleContext): Finding[] {
  if (ctx.language === 'en') return [];
  const { view } = ctx;
  const { tokens, text } = view;
  const out: Finding[] = [];
  for (const i of sentenceStartTokens(view)) {
    const num = tokens[i]!;
    if (num.kind !== 'number') continue;
    const next = tokens[i + 1];
    if (!next || next.kind !== 'word' || text.slice(num.end, next.start).includes('\n')) continue;
    // "Rp. 25.000" or "Hlm. 12": the splitter took the abbreviation's dot for a full stop.
    const prev = tokens[i - 1];
    if (prev && prev.kind === 'word' && prev.text.length <= 3 && text[prev.end] === '.') continue;
    const after = text[num.end];
    if (after === '.' || after === ')' || after === ':' || after === '/' || after === '-') continue; // list item, time, date, range
    if (!AMOUNT.test(num.norm)) continue; // 08.30, 1,5 …
    if (num.norm.startsWith('0') && num.norm.length > 1) continue; // phone numbers, 08 …
    if (MONTHS.has(next.norm)) continue; // 17 Agustus 2024 …
    const value = Number(num.norm.replace(/\./g, ''));
    const year = /^\d{4}$/.test(num.norm) && value >= 1900 && value <= 2100;
    const suggestions = year ? [] : value <= 10 ? [NUMBER_WORDS[value]!, `Sebanyak ${num.text}`] : [`Sebanyak ${num.text}`];
    out.push(
      makeFinding(ctx, {
        rule: SENTENCE_NUMBER_RULE,
        category: 'style',
        severity: 'info',
        start: num.start,
        end: num.end,
        message: MESSAGE,
        suggestions,
        ref: 'eyd-v-angka',
      }),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}

export const sentenceNumberRule: Rule = { id: SENTENCE_NUMBER_RULE, categories: ['style'], check: checkSentenceNumber };
