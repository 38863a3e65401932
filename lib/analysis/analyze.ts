import { builtInRules, compilePack } from '../rules';
import type { DataRulePack } from '../rules/data-rule';
import type { Rule, RuleContext } from '../rules/types';
import { countText } from './counts';
import { findElements } from './elements';
import { detectLanguage } from './language';
import { classifyPostType, REQUIRED_ELEMENTS } from './post-type';
import { scoreReport } from './score';
import { createTextView } from './text';
import {
  ELEMENT_KEYS,
  type Category,
  type ElementKey,
  type ElementResult,
  type Finding,
  type Language,
  type Locale,
  type Platform,
  type PostType,
  type Report,
  type Severity,
} from './types';

export interface AnalyzeOptions {
  /** Target platform: enables its length and tag limits and X's weighted count. */
  platform?: Platform;
  /** Forces the post type instead of inferring it from the text. */
  postType?: PostType;
  /** Forces the language instead of detecting it. */
  language?: Language;
  /** Language of the findings' messages (default Indonesian). */
  locale?: Locale;
  /** Categories switched off by the agency (`{ spelling: false }`). */
  categories?: Partial<Record<Category, boolean>>;
  /** Severity overrides, keyed by rule id (`spelling/kata-baku`) or by category. */
  severity?: Record<string, Severity>;
  /** An agency rule pack (validated with parseRulePack first). */
  rulePack?: DataRulePack;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function runRules(rules: readonly Rule[], ctx: RuleContext, options: AnalyzeOptions): Finding[] {
  const enabled = (c: Category) => options.categories?.[c] !== false;
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.categories.some(enabled)) continue;
    for (const f of rule.check(ctx)) {
      if (!enabled(f.category)) continue;
      const override = options.severity?.[f.rule] ?? options.severity?.[f.category];
      findings.push(override ? { ...f, severity: override } : f);
    }
  }
  // Stable order: by position, then the most severe first.
  return findings.sort(
    (a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end,
  );
}

/** Turns a draft into a Report. Pure and synchronous: the same text and options give the same Report. */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const view = createTextView(text);
  const language = options.language ?? detectLanguage(view);
  const postType = options.postType ?? classifyPostType(view, language);
  const required = new Set<ElementKey>(REQUIRED_ELEMENTS[postType]);
  const evidence = findElements(view, language);
  const elements = {} as Record<ElementKey, ElementResult>;
  for (const key of ELEMENT_KEYS) elements[key] = { ...evidence[key], required: required.has(key) };

  const ctx: RuleContext = { view, language, postType, platform: options.platform, locale: options.locale ?? 'id' };
  const rules = options.rulePack ? [...builtInRules(), ...compilePack(options.rulePack)] : builtInRules();
  const findings = runRules(rules, ctx, options);

  return {
    language,
    postType,
    score: scoreReport(elements, findings),
    elements,
    findings,
    counts: countText(view, options.platform),
  };
}
