/** Length, hashtag and mention limits of the target platform, and Instagram's "more" fold. */
import twitterText from 'twitter-text';
import type { Finding, Platform } from '../analysis/types';
import type { TextView, Token } from '../analysis/text';
import limitsData from './data/platform-limit/limits.json';
import { makeFinding } from './finding';
import type { Rule, RuleContext } from './types';

export interface PlatformLimits {
  name: string;
  maxLength?: number;
  /** Length counted the way X counts it (twitter-text). */
  weighted?: boolean;
  maxHashtags?: number;
  maxMentions?: number;
  /** Characters shown before the platform folds the text behind "more". */
  foldAt?: number;
}

export const PLATFORM_LIMITS = limitsData as unknown as Record<Platform, PlatformLimits>;

/** UTF-16 offset just after the first `n` code points (the text's length when it is shorter). */
function offsetAfterCodePoints(text: string, n: number): number {
  let i = 0;
  for (let count = 0; i < text.length && count < n; count++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

function lengthFinding(ctx: RuleContext, limits: PlatformLimits): Finding | null {
  const { text } = ctx.view;
  if (!limits.maxLength) return null;
  let cut: number;
  let length: number;
  if (limits.weighted) {
    const parsed = twitterText.parseTweet(text);
    if (parsed.weightedLength <= limits.maxLength) return null;
    cut = parsed.validRangeEnd + 1;
    length = parsed.weightedLength;
  } else {
    cut = offsetAfterCodePoints(text, limits.maxLength);
    if (cut >= text.length) return null;
    length = [...text].length;
  }
  const over = length - limits.maxLength;
  return makeFinding(ctx, {
    rule: 'platform-limit/length',
    category: 'platform-limit',
    severity: 'error',
    start: cut,
    end: text.length,
    message: {
      id: `Terlalu panjang untuk ${limits.name}: ${length} dari ${limits.maxLength} karakter (lebih ${over}). Bagian yang disorot tidak akan muat.`,
      en: `Too long for ${limits.name}: ${length} of ${limits.maxLength} characters (${over} over). The highlighted part will not fit.`,
    },
    ref: 'platform-limits',
  });
}

function tagFinding(
  ctx: RuleContext,
  tokens: Token[],
  max: number | undefined,
  limits: PlatformLimits,
  kind: 'hashtag' | 'mention',
): Finding | null {
  if (max === undefined || tokens.length <= max) return null;
  const first = tokens[max]!;
  const last = tokens[tokens.length - 1]!;
  const label = kind === 'hashtag' ? { id: 'tagar', en: 'hashtags' } : { id: 'sebutan akun', en: 'mentions' };
  return makeFinding(ctx, {
    rule: `platform-limit/${kind}s`,
    category: 'platform-limit',
    severity: 'warning',
    start: first.start,
    end: last.end,
    message: {
      id: `${limits.name} membatasi ${max} ${label.id}; draf ini memuat ${tokens.length}. Kurangi ${label.id} yang disorot.`,
      en: `${limits.name} allows ${max} ${label.en}; this draft has ${tokens.length}. Remove the highlighted ones.`,
    },
    ref: 'platform-limits',
  });
}

/** The word that straddles the fold, so the highlight shows where "more" cuts in. */
function foldFinding(ctx: RuleContext, view: TextView, limits: PlatformLimits): Finding | null {
  if (!limits.foldAt) return null;
  const cut = offsetAfterCodePoints(view.text, limits.foldAt);
  if (cut >= view.text.trimEnd().length) return null;
  const token = view.tokens.find((t) => t.end > cut);
  const start = token && token.start < cut ? token.start : cut;
  const end = token ? Math.max(token.end, start + 1) : Math.min(view.text.length, cut + 1);
  return makeFinding(ctx, {
    rule: 'platform-limit/fold',
    category: 'platform-limit',
    severity: 'info',
    start,
    end,
    message: {
      id: `${limits.name} hanya menampilkan sekitar ${limits.foldAt} karakter pertama sebelum "selengkapnya". Taruh pesan utama di awal.`,
      en: `${limits.name} shows only about the first ${limits.foldAt} characters before "more". Put the key message first.`,
    },
    ref: 'platform-limits',
  });
}

export const rules: Rule[] = [
  {
    id: 'platform-limit',
    categories: ['platform-limit'],
    check(ctx) {
      if (!ctx.platform) return [];
      const limits = PLATFORM_LIMITS[ctx.platform];
      const { view } = ctx;
      const hashtags = view.tokens.filter((t) => t.kind === 'hashtag');
      const mentions = view.tokens.filter((t) => t.kind === 'mention');
      return [
        lengthFinding(ctx, limits),
        tagFinding(ctx, hashtags, limits.maxHashtags, limits, 'hashtag'),
        tagFinding(ctx, mentions, limits.maxMentions, limits, 'mention'),
        foldFinding(ctx, view, limits),
      ].filter((f): f is Finding => f !== null);
    },
  },
];
