/**
 * Labels for the engine's and the settings' ids, in the interface language: the one source for every page (panel,
 * popup, options, history, playground), backed by locales/<locale>.json.
 */
import {
  CATEGORIES,
  ELEMENT_KEYS,
  LANGUAGES,
  PLATFORMS,
  POST_TYPES,
  SEVERITIES,
  type Category,
  type ElementKey,
  type Language,
  type Locale,
  type Platform,
  type PostType,
  type Severity,
} from '../analysis/types';
import type { JudgementReason } from '../settings/checklist';
import { BUILT_IN_CHECKLIST_IDS, type AccountPlatform, type AutoCheck, type ChecklistItem } from '../settings/schema';
import { createTranslator, keyPart, type MessageKey, type Translator } from './t';

export const categoryLabel = (t: Translator, c: Category) => t(`category.${keyPart(c)}` as MessageKey);
export const severityLabel = (t: Translator, s: Severity) => t(`severity.${s}` as MessageKey);
export const elementLabel = (t: Translator, e: ElementKey) => t(`element.${e}` as MessageKey);
/** Account platforms (settings), composer platforms (reports) and `generic` (a site the admin enabled). */
export const platformLabel = (t: Translator, p: AccountPlatform | Platform | 'generic') =>
  t(`platform.${keyPart(p)}` as MessageKey);
export const postTypeLabel = (t: Translator, p: PostType) => t(`postType.${keyPart(p)}` as MessageKey);
export const languageLabel = (t: Translator, l: Language) => t(`language.${l}` as MessageKey);
export const autoCheckLabel = (t: Translator, a: AutoCheck) => t(`checklist.autoCheck.${keyPart(a)}` as MessageKey);

/** The admin's wording, else the built-in item's label. */
export function checklistLabel(t: Translator, item: ChecklistItem): string {
  if (item.label.trim()) return item.label;
  return BUILT_IN_CHECKLIST_IDS.has(item.id) ? t(`checklist.item.${keyPart(item.id)}` as MessageKey) : item.id;
}

export function reasonText(t: Translator, reason: JudgementReason): string {
  switch (reason.code) {
    case 'elementsMissing':
      return t('checklist.reason.elementsMissing', { list: reason.elements.map((e) => elementLabel(t, e)).join(', ') });
    case 'findings':
      return t('checklist.reason.findings', { n: reason.count });
    case 'hashtagsMissing':
      return t('checklist.reason.hashtagsMissing', { list: reason.hashtags.map((h) => `#${h}`).join(', ') });
    default:
      return t(`checklist.reason.${reason.code}`);
  }
}

/** Every label of a Report's ids as lookup tables, for pages that index by id. */
export interface ReportLabels {
  categories: Record<Category, string>;
  severities: Record<Severity, string>;
  elements: Record<ElementKey, string>;
  postTypes: Record<PostType, string>;
  languages: Record<Language, string>;
  platforms: Record<Platform | 'generic', string>;
}

function table<K extends string>(ids: readonly K[], label: (id: K) => string): Record<K, string> {
  return Object.fromEntries(ids.map((id) => [id, label(id)])) as Record<K, string>;
}

const reportCache = new Map<Locale, ReportLabels>();

export function reportLabels(locale: Locale): ReportLabels {
  const ready = reportCache.get(locale);
  if (ready) return ready;
  const t = createTranslator(locale);
  const labels: ReportLabels = {
    categories: table(CATEGORIES, (c) => categoryLabel(t, c)),
    severities: table(SEVERITIES, (s) => severityLabel(t, s)),
    elements: table(ELEMENT_KEYS, (e) => elementLabel(t, e)),
    postTypes: table(POST_TYPES, (p) => postTypeLabel(t, p)),
    languages: table(LANGUAGES, (l) => languageLabel(t, l)),
    platforms: table([...PLATFORMS, 'generic'] as const, (p) => platformLabel(t, p)),
  };
  reportCache.set(locale, labels);
  return labels;
}
