import type { Category, Finding, Language, Locale, Platform, PostType, Severity } from '../analysis/types';
import type { TextView } from '../analysis/text';

/** A message in both interface languages; the engine picks one by `locale`. */
export interface Message {
  id: string;
  en: string;
}

export interface RuleContext {
  view: TextView;
  language: Language;
  postType: PostType;
  platform: Platform | undefined;
  locale: Locale;
}

/** A rule module: one category's checks. Findings' `rule` ids are `<module id>/<check>`. */
export interface Rule {
  id: string;
  categories: readonly Category[];
  check(ctx: RuleContext): Finding[];
}

export interface FindingInput {
  rule: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: Message;
  suggestion?: string | null;
  suggestions?: string[];
  ref: string;
}
