/**
 * The short form a picker shows before inserting a template: one input per field, labelled in the interface
 * language, with the 5W1H element it answers and the example as a hint. Pure data, so the panel, the popup and the
 * options page draw the same form their own way.
 */
import type { ElementKey, Locale } from '../analysis/types';
import type { AgencyProfile, TemplateDefinition } from './types';

export interface FormInput {
  name: string;
  label: string;
  /** "Apa", "Siapa" … when the field answers one of the six questions. */
  element: ElementKey | null;
  elementLabel: string | null;
  /** Shown as the placeholder of the input. */
  hint: string;
  required: boolean;
  kind: 'text' | 'textarea' | 'select';
  options: string[];
  /** The value a left-empty field takes from the agency profile, if any. */
  defaultValue: string;
}

const ELEMENT_LABELS: Record<ElementKey, Record<Locale, string>> = {
  what: { id: 'Apa', en: 'What' },
  who: { id: 'Siapa', en: 'Who' },
  when: { id: 'Kapan', en: 'When' },
  where: { id: 'Di mana', en: 'Where' },
  why: { id: 'Mengapa', en: 'Why' },
  how: { id: 'Bagaimana', en: 'How' },
};

export function templateForm(template: TemplateDefinition, locale: Locale, profile: AgencyProfile = {}): FormInput[] {
  return template.fields.map((f) => ({
    name: f.name,
    label: f.label[locale],
    element: f.element ?? null,
    elementLabel: f.element ? ELEMENT_LABELS[f.element][locale] : null,
    hint: f.example,
    required: f.required,
    kind: f.options ? 'select' : f.multiline ? 'textarea' : 'text',
    options: f.options ?? [],
    defaultValue: (f.fallback && profile[f.fallback]?.trim()) || (f.options?.[0] ?? ''),
  }));
}
