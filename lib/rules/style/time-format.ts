/**
 * Time of day (EYD V): "pukul" and the 24-hour clock with a dot, "jam 8 pagi" → "pukul 08.00",
 * "jam 7 malam" → "pukul 19.00". "jam" before a number is a time; a number before "jam" is a duration (2 jam).
 * "pukul 7 malam" is turned to the 24-hour clock the same way.
 */
import type { Token } from '../../analysis/text';
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import { keepCase } from '../spelling/case';
import type { Rule, RuleContext } from '../types';

export const TIME_FORMAT_RULE = 'style/time-format';

const CLOCK = /^(\d{1,2})(?:[.:](\d{2}))?$/;
type Period = 'pagi' | 'siang' | 'sore' | 'petang' | 'malam' | 'subuh' | 'dini';
const PERIODS = new Set<string>(['pagi', 'siang', 'sore', 'petang', 'malam', 'subuh', 'dini']);

/** The hour on the 24-hour clock for an hour said with a part of the day. */
export function to24Hour(hour: number, period: Period | null): number {
  if (hour >= 13 || !period) return hour;
  switch (period) {
    case 'siang':
      return hour >= 1 && hour <= 4 ? hour + 12 : hour;
    case 'sore':
    case 'petang':
      return hour >= 1 && hour <= 7 ? hour + 12 : hour;
    case 'malam':
      if (hour === 12) return 0;
      return hour >= 6 ? hour + 12 : hour;
    default:
      return hour;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function onlySpace(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  for (let i = a.end; i < b.start; i++) if (!/[ \t\u00a0]/.test(text[i]!)) return false;
  return true;
}

export function checkTimeFormat(ctx: RuleContext): Finding[] {
  if (ctx.language === 'en') return [];
  const { tokens, text } = ctx.view;
  const out: Finding[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]!;
    if (word.kind !== 'word' || (word.norm !== 'jam' && word.norm !== 'pukul')) continue;
    const num = tokens[i + 1]!;
    if (num.kind !== 'number' || !onlySpace(text, word, num)) continue;
    const clock = CLOCK.exec(num.norm);
    if (!clock) continue;
    const hour = Number(clock[1]);
    const minute = clock[2] === undefined ? 0 : Number(clock[2]);
    if (hour > 24 || minute > 59) continue;
    let end = num.end;
    let last = i + 1;
    let period: Period | null = null;
    const next = tokens[i + 2];
    if (next && next.kind === 'word' && PERIODS.has(next.norm) && onlySpace(text, num, next)) {
      period = next.norm as Period;
      end = next.end;
      last = i + 2;
      const hari = tokens[i + 3];
      if (period === 'dini' && hari && hari.norm === 'hari' && onlySpace(text, next, hari)) {
        end = hari.end;
        last = i + 3;
      }
    }
    // "pukul 14.00" and "pukul 08.30" are already right; only "jam …" or a bare hour with a part of the day is not.
    if (word.norm === 'pukul' && !period) continue;
    if (period === 'dini' && last === i + 2) continue; // "dini" alone is not a part of the day
    const hh = to24Hour(hour, period);
    const suggestion = `${keepCase(word.text, 'pukul')} ${pad(hh)}.${pad(minute)}`;
    out.push(
      makeFinding(ctx, {
        rule: TIME_FORMAT_RULE,
        category: 'style',
        severity: 'info',
        start: word.start,
        end,
        message: {
          id: `Tulis waktu dengan "pukul" dan sistem 24 jam: "${suggestion}".`,
          en: `Write the time with "pukul" and the 24-hour clock: "${suggestion}".`,
        },
        suggestion,
        ref: 'eyd-v-waktu',
      }),
    );
    i = last;
  }
  return out;
}

export const timeFormatRule: Rule = { id: TIME_FORMAT_RULE, categories: ['style'], check: checkTimeFormat };
