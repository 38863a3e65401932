import { describe, expect, it } from 'vitest';
import { scoreReport } from '../../lib/analysis/score';
import type { ElementKey, ElementResult, Finding, Severity } from '../../lib/analysis/types';

const el = (found: boolean, required: boolean): ElementResult => ({
  found,
  required,
  evidence: found ? 'x' : null,
  start: found ? 0 : null,
  end: found ? 1 : null,
});
const elements = (found: ElementKey[], required: ElementKey[]) =>
  Object.fromEntries(
    (['what', 'who', 'when', 'where', 'why', 'how'] as ElementKey[]).map((k) => [k, el(found.includes(k), required.includes(k))]),
  ) as Record<ElementKey, ElementResult>;
const finding = (severity: Severity): Finding => ({
  rule: 'r/x',
  category: 'style',
  severity,
  start: 0,
  end: 1,
  text: 'x',
  message: '',
  suggestion: null,
  ref: 'eyd-v',
});

describe('score', () => {
  const all: ElementKey[] = ['what', 'who', 'when', 'where', 'why'];
  it('is 100 for a complete, clean post and 60 + 40 split by required elements', () => {
    expect(scoreReport(elements(all, all), [])).toBe(100);
    expect(scoreReport(elements(['what', 'who', 'when', 'where'], all), [])).toBe(88);
    expect(scoreReport(elements([], all), [])).toBe(40);
  });
  it('does not count elements that are not required', () => {
    expect(scoreReport(elements([], []), [])).toBe(100);
  });
  it('takes points for findings and caps a post with an error at 40', () => {
    expect(scoreReport(elements(all, all), [finding('warning')])).toBe(92);
    expect(scoreReport(elements(all, all), [finding('info'), finding('info')])).toBe(96);
    expect(scoreReport(elements(all, all), [finding('error')])).toBe(40);
    expect(scoreReport(elements([], all), Array(10).fill(finding('warning')))).toBe(0);
  });
});
