/** Test helper: runs rule modules on a text the way analyze does, without the rest of the engine. */
import { createTextView } from '../../lib/analysis/text';
import type { Finding, Language, Platform, PostType } from '../../lib/analysis/types';
import type { Rule } from '../../lib/rules/types';

export function runRules(
  rules: readonly Rule[],
  text: string,
  opts: { language?: Language; postType?: PostType; platform?: Platform } = {},
): Finding[] {
  const ctx = {
    view: createTextView(text),
    language: opts.language ?? 'id',
    postType: opts.postType ?? 'other',
    platform: opts.platform,
    locale: 'id' as const,
  };
  return rules.flatMap((r) => r.check(ctx));
}
