import type { ElementKey, Language } from '../types';
import type { TextView } from '../text';

export interface ElementEvidence {
  found: boolean;
  evidence: string | null;
  start: number | null;
  end: number | null;
}

const MISSING: ElementEvidence = { found: false, evidence: null, start: null, end: null };

/** Placeholder until the 5W1H extractors land. */
export function findElements(_view: TextView, _language: Language): Record<ElementKey, ElementEvidence> {
  return { what: MISSING, who: MISSING, when: MISSING, where: MISSING, why: MISSING, how: MISSING };
}
