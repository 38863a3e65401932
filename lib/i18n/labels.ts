/** Labels for the engine's and the settings' ids, in the interface language. */
import type { Category, ElementKey, Severity } from '../analysis/types';
import type { JudgementReason } from '../settings/checklist';
import { BUILT_IN_CHECKLIST_IDS, type AccountPlatform, type AutoCheck, type ChecklistItem } from '../settings/schema';
import { keyPart, type MessageKey, type Translator } from './t';

export const categoryLabel = (t: Translator, c: Category) => t(`category.${keyPart(c)}` as MessageKey);
export const severityLabel = (t: Translator, s: Severity) => t(`severity.${s}` as MessageKey);
export const elementLabel = (t: Translator, e: ElementKey) => t(`element.${e}` as MessageKey);
export const platformLabel = (t: Translator, p: AccountPlatform) => t(`platform.${p}` as MessageKey);
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
