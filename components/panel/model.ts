/** Pure view helpers shared by the panel's parts (no React, so they stay trivially testable). */
import { SEVERITIES, type ElementResult, type Finding, type Severity } from '@/lib/analysis/types';
import type { ElementState } from './strings';

export type ScoreBand = 'good' | 'fair' | 'poor';

/** Same bands as the playground's report: green from 80, amber from 50, red below. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

/** `not-required` only for an element that is neither found nor required (DESIGN.md test hooks). */
export function elementState(e: ElementResult): ElementState {
  if (e.found) return 'found';
  return e.required ? 'missing' : 'not-required';
}

/** Findings by severity, most severe first, each keeping the engine's order (by position). */
export function groupBySeverity(findings: readonly Finding[]): { severity: Severity; items: Finding[] }[] {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return SEVERITIES.filter((s) => groups[s].length > 0).map((severity) => ({ severity, items: groups[severity] }));
}

/** The fix candidates of a finding, best first, without duplicates. */
export function replacements(f: Finding): string[] {
  const list = f.suggestions && f.suggestions.length > 0 ? f.suggestions : f.suggestion === null ? [] : [f.suggestion];
  return [...new Set(list)];
}

/** Shortens long offending text (a whole over-limit tail) for display; the full text stays in `title`. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

export function findingKey(f: Finding): string {
  return `${f.rule}:${f.start}:${f.end}`;
}
