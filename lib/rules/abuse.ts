/**
 * Abuse: profanity, SARA hate speech, pornography and threats of violence — one rule per category over one shared
 * scan of the text (abuse/words.ts), which reads disguised spellings back (4nj1ng, k*nt*l, a n j i n g, anjiiing).
 * Word lists live in data/<category>/*.json; the context logic (is "anjing" an insult here or a dog?) in abuse/.
 */
import type { TextView } from '../analysis/text';
import type { Category, Finding, Locale } from '../analysis/types';
import {
  findHateSpeech,
  joinable as hateJoinable,
  roles as hateRoles,
  vocabulary as hateVocabulary,
} from './abuse/hate-speech';
import { createVocabulary } from './abuse/normalize';
import {
  findPornography,
  joinable as pornJoinable,
  roles as pornRoles,
  vocabulary as pornVocabulary,
} from './abuse/pornography';
import {
  findProfanity,
  hasAnimalContext,
  joinable as profanityJoinable,
  roles as profanityRoles,
  vocabulary as profanityVocabulary,
} from './abuse/profanity';
import type { Hit } from './abuse/lexicon';
import { findViolence, roles as violenceRoles, vocabulary as violenceVocabulary } from './abuse/violence-threat';
import { scanWords, type WordScan } from './abuse/words';
import { makeFinding } from './finding';
import type { Rule, RuleContext } from './types';

const VOCABULARY = createVocabulary(
  [...profanityVocabulary, ...hateVocabulary, ...pornVocabulary, ...violenceVocabulary],
  [...profanityRoles, ...hateRoles, ...pornRoles, ...violenceRoles],
);
const JOINABLE = new Set([...profanityJoinable, ...hateJoinable, ...pornJoinable]);

type AbuseCategory = 'profanity' | 'hate-speech' | 'pornography' | 'violence-threat';

interface Result {
  locale: Locale;
  findings: Record<AbuseCategory, Finding[]>;
}

// The four rules run on the same view one after another: scan and judge once per view.
const cache = new WeakMap<TextView, Result>();

/** Drops hits inside a longer hit, so one phrase gives one finding. */
function outermost(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end && h.start === last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

/** Hits not contained in any of `spans` (both sorted by start, one sweep). */
function withoutInside(hits: Hit[], spans: Hit[]): Hit[] {
  if (!spans.length) return hits;
  spans.sort((a, b) => a.start - b.start);
  const out: Hit[] = [];
  let j = 0;
  let reach = -1; // furthest end among spans starting at or before the hit
  for (const h of hits) {
    while (j < spans.length && spans[j]!.start <= h.start) reach = Math.max(reach, spans[j++]!.end);
    if (h.end > reach) out.push(h);
  }
  return out;
}

/** The scan of a view (exported for tests and benchmarks). */
export function scanAbuse(view: TextView): WordScan {
  return scanWords(view, VOCABULARY, JOINABLE);
}

function judge(ctx: RuleContext): Result {
  const scan = scanAbuse(ctx.view);
  let animals: boolean | undefined; // computed once, and only if a group name stands next to an animal word
  const hate = outermost(findHateSpeech(scan, () => (animals ??= hasAnimalContext(scan))));
  const violence = findViolence(scan);
  // A swear word inside a hate-speech or threat span is reported once, as the graver category.
  const profanity = withoutInside(outermost(findProfanity(scan)), [...hate, ...violence]);
  const toFindings = (hits: Hit[]) =>
    hits.map((h) =>
      makeFinding(ctx, {
        rule: h.meta.id,
        category: h.meta.category,
        severity: h.meta.severity,
        start: h.start,
        end: h.end,
        message: h.meta.message,
        suggestion: h.meta.suggestion,
        ref: h.meta.ref,
      }),
    );
  return {
    locale: ctx.locale,
    findings: {
      profanity: toFindings(profanity),
      'hate-speech': toFindings(hate),
      pornography: toFindings(outermost(findPornography(scan))),
      'violence-threat': toFindings(violence),
    },
  };
}

function categoryRule(category: AbuseCategory): Rule {
  return {
    id: category,
    categories: [category] as readonly Category[],
    check(ctx) {
      let result = cache.get(ctx.view);
      if (!result || result.locale !== ctx.locale) {
        result = judge(ctx);
        cache.set(ctx.view, result);
      }
      return result.findings[category];
    },
  };
}

export const rules: Rule[] = [
  categoryRule('profanity'),
  categoryRule('hate-speech'),
  categoryRule('pornography'),
  categoryRule('violence-threat'),
];
