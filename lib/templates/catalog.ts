/**
 * The templates the picker offers: the built-ins, then the admin's own. Built-ins are code and cannot be changed or
 * deleted; an admin changes one by duplicating it (store.ts).
 */
import type { Locale } from '../analysis/types';
import { BUILTIN_TEMPLATES } from './builtins';
import type { TemplateDefinition } from './types';

/** What the panel's and the popup's pickers list (components/panel/types.ts TemplateChoice). */
export interface TemplateChoice {
  id: string;
  title: string;
  postType: string;
}

const BUILTIN_BY_ID = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

export function isBuiltinTemplate(id: string): boolean {
  return BUILTIN_BY_ID.has(id);
}

export function getBuiltinTemplate(id: string): TemplateDefinition | undefined {
  return BUILTIN_BY_ID.get(id);
}

/** A template by id among the built-ins and the given custom ones (a built-in id always means the built-in). */
export function findTemplate(id: string, custom: readonly TemplateDefinition[] = []): TemplateDefinition | undefined {
  return BUILTIN_BY_ID.get(id) ?? custom.find((t) => t.id === id);
}

/** Built-ins first, in their order, then the custom templates by title. */
export function allTemplates(custom: readonly TemplateDefinition[] = []): TemplateDefinition[] {
  const own = custom.filter((t) => !BUILTIN_BY_ID.has(t.id)).sort((a, b) => a.title.id.localeCompare(b.title.id, 'id'));
  return [...BUILTIN_TEMPLATES, ...own];
}

/** The picker's list in the interface language. */
export function templateChoices(custom: readonly TemplateDefinition[] = [], locale: Locale = 'id'): TemplateChoice[] {
  return allTemplates(custom).map((t) => ({ id: t.id, title: t.title[locale], postType: t.postType }));
}
