/**
 * The pre-posting checklist: items the engine can judge tick themselves from the current Report (and the draft's
 * text, for the agency's hashtags); the rest are ticked by hand and kept with the draft (checklist-ticks.ts).
 */
import type { Category, ElementKey, Report } from '../analysis/types';
import type { AutoCheck, ChecklistItem, Settings } from './schema';

export { DEFAULT_CHECKLIST } from './schema';

/** Why an automatic item is (not) ticked; the UI words it (checklist.reason.<code> in the locale files). */
export type JudgementReason =
  | { code: 'elementsComplete' }
  | { code: 'elementsNotRequired' }
  | { code: 'elementsMissing'; elements: ElementKey[] }
  | { code: 'noFindings' }
  | { code: 'findings'; count: number }
  | { code: 'hashtagsPresent' }
  | { code: 'hashtagsMissing'; hashtags: string[] };

export interface Judgement {
  ok: boolean;
  reason: JudgementReason;
}

const PERSONAL: readonly Category[] = ['personal-data', 'child-protection'];
const NEUTRAL: readonly Category[] = ['political-neutrality'];
const SAFE: readonly Category[] = ['hate-speech', 'profanity', 'pornography', 'violence-threat', 'gambling'];

function byCategories(report: Report, categories: readonly Category[]): Judgement {
  const count = report.findings.filter((f) => categories.includes(f.category)).length;
  return count ? { ok: false, reason: { code: 'findings', count } } : { ok: true, reason: { code: 'noFindings' } };
}

const HASHTAG = /#([\p{L}\p{N}_]+)/gu;

/** The agency hashtags (profile) the text lacks, compared without case. */
export function missingHashtags(text: string, hashtags: readonly string[]): string[] {
  const present = new Set<string>();
  for (const m of text.matchAll(HASHTAG)) present.add(m[1]!.toLocaleLowerCase('id'));
  return hashtags.filter((h) => !present.has(h.replace(/^#/, '').toLocaleLowerCase('id')));
}

/** One automatic check; undefined when it cannot be judged (no agency hashtags set: ticked by hand). */
export function judge(check: AutoCheck, report: Report, settings: Settings, text: string): Judgement | undefined {
  switch (check) {
    case 'five-w-one-h': {
      const required = Object.entries(report.elements).filter(([, e]) => e.required);
      if (!required.length) return { ok: true, reason: { code: 'elementsNotRequired' } };
      const missing = required.filter(([, e]) => !e.found).map(([k]) => k as ElementKey);
      return missing.length
        ? { ok: false, reason: { code: 'elementsMissing', elements: missing } }
        : { ok: true, reason: { code: 'elementsComplete' } };
    }
    case 'no-personal-data':
      return byCategories(report, PERSONAL);
    case 'neutral':
      return byCategories(report, NEUTRAL);
    case 'safe-language':
      return byCategories(report, SAFE);
    case 'spelling':
      return byCategories(report, ['spelling']);
    case 'platform-limit':
      return byCategories(report, ['platform-limit']);
    case 'no-errors': {
      const count = report.findings.filter((f) => f.severity === 'error').length;
      return count ? { ok: false, reason: { code: 'findings', count } } : { ok: true, reason: { code: 'noFindings' } };
    }
    case 'hashtags': {
      const tags = settings.profile.hashtags;
      if (!tags.length) return undefined;
      const missing = missingHashtags(text, tags);
      return missing.length
        ? { ok: false, reason: { code: 'hashtagsMissing', hashtags: missing } }
        : { ok: true, reason: { code: 'hashtagsPresent' } };
    }
  }
}

/** The enabled items. */
export function activeItems(settings: Settings): ChecklistItem[] {
  return settings.checklist.filter((i) => i.enabled);
}

/** Judgements of the enabled automatic items (undefined: tick by hand). */
export function judgeChecklist(report: Report | null, settings: Settings, text = ''): Record<string, Judgement | undefined> {
  const out: Record<string, Judgement | undefined> = {};
  for (const item of activeItems(settings)) out[item.id] = report && item.auto ? judge(item.auto, report, settings, text) : undefined;
  return out;
}

/**
 * Ticks for the engine-judgeable items: true (judged fine), false (judged not fine), undefined (by hand).
 * `text` is the draft the Report was made from (needed for the agency's hashtags).
 */
export function autoTick(report: Report | null, settings: Settings, text = ''): Record<string, boolean | undefined> {
  const out: Record<string, boolean | undefined> = {};
  for (const [id, j] of Object.entries(judgeChecklist(report, settings, text))) out[id] = j?.ok;
  return out;
}

/** Each enabled item's state: automatic judgement first, else the hand tick. */
export function checklistState(
  report: Report | null,
  settings: Settings,
  text: string,
  manual: Record<string, boolean>,
): { item: ChecklistItem; checked: boolean; judgement: Judgement | undefined }[] {
  const judged = judgeChecklist(report, settings, text);
  return activeItems(settings).map((item) => {
    const judgement = judged[item.id];
    return { item, judgement, checked: judgement ? judgement.ok : manual[item.id] === true };
  });
}
