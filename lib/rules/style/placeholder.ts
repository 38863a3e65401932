/**
 * A template field left unfilled: templates leave "[Tempat]", "[Hari, tanggal]" in the text for the admin to
 * replace, and this check highlights each one so none is posted by mistake. Bracketed labels of hoax posts
 * ([HOAKS]), references ([1]), credits ("[Foto: Humas]") and media tags ("[Video]") are not placeholders.
 */
import type { Finding } from '../../analysis/types';
import { makeFinding } from '../finding';
import type { Rule, RuleContext } from '../types';

export const PLACEHOLDER_RULE = 'style/placeholder';

// An upper-case letter, then a lower-case one somewhere, no colon or URL inside, at most 60 characters.
const PLACEHOLDER = /\[(\p{Lu}[^\]\n:/]{0,58})\]/gu;
const MEDIA_TAGS = new Set(['foto', 'video', 'infografis', 'live', 'thread', 'utas', 'update', 'ralat', 'iklan', 'advertorial', 'reels']);

export function checkPlaceholders(ctx: RuleContext): Finding[] {
  const { text } = ctx.view;
  if (!text.includes('[')) return [];
  const out: Finding[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const inner = m[1]!;
    if (!/\p{Ll}/u.test(inner) || MEDIA_TAGS.has(inner.trim().toLowerCase())) continue;
    out.push(
      makeFinding(ctx, {
        rule: PLACEHOLDER_RULE,
        category: 'style',
        severity: 'warning',
        start: m.index,
        end: m.index + m[0].length,
        message: {
          id: `Isian templat "${inner}" belum diganti dengan isi sebenarnya.`,
          en: `The template field "${inner}" has not been filled in yet.`,
        },
        ref: 'caption-structure',
      }),
    );
  }
  return out;
}

export const placeholderRule: Rule = { id: PLACEHOLDER_RULE, categories: ['style'], check: checkPlaceholders };
