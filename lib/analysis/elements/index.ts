/**
 * 5W1H (Apa, Siapa, Kapan, Di mana, Mengapa, Bagaimana): each element is found with a short evidence span of the
 * original text, or reported missing. English drafts have their own extractor; every other language uses the
 * Indonesian one, whose words Malay, Javanese and Sundanese drafts of government posts largely share.
 */
import type { TextView } from '../text';
import { ELEMENT_KEYS, type ElementKey, type Language } from '../types';
import { findEnglish } from './english';
import { findIndonesian } from './indonesian';
import { getScan, type Candidate } from './scan';

export interface ElementEvidence {
  found: boolean;
  evidence: string | null;
  start: number | null;
  end: number | null;
}

const MISSING: ElementEvidence = Object.freeze({ found: false, evidence: null, start: null, end: null });

function toEvidence(text: string, c: Candidate | null): ElementEvidence {
  if (!c) return MISSING;
  return { found: true, evidence: text.slice(c.start, c.end), start: c.start, end: c.end };
}

export function findElements(view: TextView, language: Language): Record<ElementKey, ElementEvidence> {
  const s = getScan(view);
  const found = language === 'en' ? findEnglish(s) : findIndonesian(s);
  const out = {} as Record<ElementKey, ElementEvidence>;
  for (const key of ELEMENT_KEYS) out[key] = toEvidence(view.text, found[key]);
  return out;
}
