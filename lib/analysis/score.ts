import type { ElementKey, ElementResult, Finding } from './types';

/**
 * 0–100. Completeness is worth 60 points, shared equally by the required elements (all 60 when none is required).
 * Safety and quality is worth 40: each error costs 25, each warning 8, each info 2 (at least 0).
 * A post with an error must not be published, so any error caps the score at 40.
 */
export const SCORE_WEIGHTS = { completeness: 60, quality: 40, error: 25, warning: 8, info: 2, errorCap: 40 } as const;

export function scoreReport(elements: Record<ElementKey, ElementResult>, findings: readonly Finding[]): number {
  const all = Object.values(elements);
  const required = all.filter((e) => e.required);
  const found = required.filter((e) => e.found).length;
  const completeness = required.length ? (SCORE_WEIGHTS.completeness * found) / required.length : SCORE_WEIGHTS.completeness;
  let penalty = 0;
  let errors = 0;
  for (const f of findings) {
    penalty += SCORE_WEIGHTS[f.severity];
    if (f.severity === 'error') errors++;
  }
  const quality = Math.max(0, SCORE_WEIGHTS.quality - penalty);
  const score = Math.round(completeness + quality);
  return errors ? Math.min(score, SCORE_WEIGHTS.errorCap) : score;
}
