import type { Category, ElementKey, Language, Platform, PostType, Severity } from '@/lib/analysis';
import { reportLabels } from '@/lib/i18n/labels';

// The playground's interface is Indonesian; the labels are the ones every page shares (lib/i18n/labels).
const LABELS = reportLabels('id');

export const PLATFORM_LABELS: Record<Platform, string> = LABELS.platforms;
export const POST_TYPE_LABELS: Record<PostType, string> = LABELS.postTypes;
export const LANGUAGE_LABELS: Record<Language, string> = LABELS.languages;
export const ELEMENT_LABELS: Record<ElementKey, string> = LABELS.elements;
export const SEVERITY_LABELS: Record<Severity, string> = LABELS.severities;
export const CATEGORY_LABELS: Record<Category, string> = LABELS.categories;
