import type { Finding } from '../analysis/types';
import type { FindingInput, RuleContext } from './types';

/** Builds a Report finding: fills in the span's text and the message in the context's locale. */
export function makeFinding(ctx: RuleContext, input: FindingInput): Finding {
  const finding: Finding = {
    rule: input.rule,
    category: input.category,
    severity: input.severity,
    start: input.start,
    end: input.end,
    text: ctx.view.text.slice(input.start, input.end),
    message: input.message[ctx.locale],
    suggestion: input.suggestion ?? input.suggestions?.[0] ?? null,
    ref: input.ref,
  };
  if (input.suggestions && input.suggestions.length > 1) finding.suggestions = input.suggestions;
  return finding;
}
