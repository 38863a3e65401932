/**
 * Too many emoji: more than three in a row, or more than about ten in a short post. Screen readers read every
 * emoji's name aloud, and a wall of them buries the message. Emoji joined into one picture (ZWJ sequences, skin
 * tones) count once; flags count too.
 */
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import type { Rule, RuleContext } from '../types';

export const EMOJI_RULE = 'style/emoji';
export const MAX_EMOJI_RUN = 3;
/** Allowed in a post: ten, or one per 150 characters in a longer one. */
export const emojiLimit = (length: number) => Math.max(10, Math.floor(length / 150));

interface Cluster {
  start: number;
  end: number;
}

// Between two emoji of one picture: a zero-width joiner, with variation selectors and skin tones around it.
const JOINED = /^[\u200d\ufe0e\ufe0f\u{1F3FB}-\u{1F3FF}]*\u200d[\u200d\ufe0e\ufe0f\u{1F3FB}-\u{1F3FF}]*$/u;
// Between two emoji of one run: white space, and the marks that trail an emoji.
const RUN_GAP = /^[\s\u200d\ufe0e\ufe0f\u20e3\u{1F3FB}-\u{1F3FF}]*$/u;
const FLAG = /(?:\ud83c[\udde6-\uddff]){2}/g;

const TRAILING = /[\ufe0e\ufe0f\u20e3\u{1F3FB}-\u{1F3FF}]/uy;

/** Moves an emoji's end over the variation selector or skin tone that belongs to it. */
function trail(text: string, end: number): number {
  for (;;) {
    TRAILING.lastIndex = end;
    const m = TRAILING.exec(text);
    if (!m) return end;
    end += m[0].length;
  }
}

function clusters(ctx: RuleContext): Cluster[] {
  const { tokens, text } = ctx.view;
  const list: Cluster[] = [];
  for (const t of tokens) {
    if (t.kind !== 'emoji') continue;
    const last = list[list.length - 1];
    if (last && JOINED.test(text.slice(last.end, t.start))) last.end = trail(text, t.end);
    else list.push({ start: t.start, end: trail(text, t.end) });
  }
  if (text.includes('\ud83c')) {
    FLAG.lastIndex = 0;
    for (let m = FLAG.exec(text); m; m = FLAG.exec(text)) list.push({ start: m.index, end: m.index + m[0].length });
    list.sort((a, b) => a.start - b.start);
  }
  return list;
}

export function checkEmoji(ctx: RuleContext): Finding[] {
  const { text } = ctx.view;
  const list = clusters(ctx);
  if (list.length <= MAX_EMOJI_RUN) return [];
  const out: Finding[] = [];
  // Runs: emoji separated by nothing or white space only.
  let runStart = 0;
  for (let i = 1; i <= list.length; i++) {
    const joined = i < list.length && RUN_GAP.test(text.slice(list[i - 1]!.end, list[i]!.start));
    if (joined) continue;
    const n = i - runStart;
    if (n > MAX_EMOJI_RUN) {
      const first = list[runStart]!;
      const keep = list[runStart + MAX_EMOJI_RUN - 1]!;
      out.push(
        makeFinding(ctx, {
          rule: EMOJI_RULE,
          category: 'style',
          severity: 'info',
          start: first.start,
          end: list[i - 1]!.end,
          message: {
            id: `${n} emoji berderet. Pembaca layar membacakan nama setiap emoji; cukup satu sampai tiga.`,
            en: `${n} emoji in a row. Screen readers read out each one's name; one to three is enough.`,
          },
          suggestion: text.slice(first.start, keep.end),
          ref: 'accessibility',
        }),
      );
    }
    runStart = i;
  }
  const limit = emojiLimit(text.length);
  if (list.length > limit) {
    const over = list[limit]!;
    out.push(
      makeFinding(ctx, {
        rule: EMOJI_RULE,
        category: 'style',
        severity: 'info',
        start: over.start,
        end: over.end,
        message: {
          id: `Unggahan ini memuat ${list.length} emoji. Terlalu banyak emoji menyulitkan pembaca dan pembaca layar.`,
          en: `This post has ${list.length} emoji. Too many make it hard to read, for people and screen readers.`,
        },
        suggestion: null,
        ref: 'accessibility',
      }),
    );
  }
  return out.sort((a, b) => a.start - b.start);
}

export const emojiRule: Rule = { id: EMOJI_RULE, categories: ['style'], check: checkEmoji };
