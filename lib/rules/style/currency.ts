/**
 * Rupiah amounts (EYD V): "Rp" directly before the number, no dot or space ("Rp 10.000", "Rp. 10.000" →
 * "Rp10.000"), thousands grouped with dots ("Rp10000" → "Rp10.000"), and ",00" rather than ",-".
 */
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import type { Rule, RuleContext } from '../types';

export const CURRENCY_RULE = 'style/currency';

const GAP = /^\.?[ \t\u00a0]*$/;
const GLUED = /^rp(\d{4,})$/;

/** "1500000" → "1.500.000"; anything already grouped or with decimals stays as it is. */
export function groupThousands(digits: string): string {
  if (!/^\d{4,}$/.test(digits)) return digits;
  return digits.replace(/\B(?=(\d{3})+$)/g, '.');
}

export function checkCurrency(ctx: RuleContext): Finding[] {
  const { tokens, text } = ctx.view;
  const out: Finding[] = [];
  const push = (start: number, end: number, amount: string) => {
    let stop = end;
    let tail = '';
    if (text.startsWith(',-', end)) {
      stop = end + 2;
      tail = ',00';
    }
    const suggestion = `Rp${groupThousands(amount)}${tail}`;
    out.push(
      makeFinding(ctx, {
        rule: CURRENCY_RULE,
        category: 'style',
        severity: 'info',
        start,
        end: stop,
        message: {
          id: `Tulis jumlah rupiah tanpa spasi atau titik setelah "Rp": "${suggestion}".`,
          en: `Write rupiah amounts with no space or dot after "Rp": "${suggestion}".`,
        },
        suggestion,
        ref: 'eyd-v-angka',
      }),
    );
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const glued = GLUED.exec(t.norm);
    if (glued) {
      push(t.start, t.end, glued[1]!);
      continue;
    }
    if (t.norm !== 'rp') continue;
    const num = tokens[i + 1];
    if (!num || num.kind !== 'number') continue;
    const gap = text.slice(t.end, num.start);
    if (!GAP.test(gap)) continue;
    push(t.start, num.end, num.text);
    i++;
  }
  return out;
}

export const currencyRule: Rule = { id: CURRENCY_RULE, categories: ['style'], check: checkCurrency };
