import type { Language } from './types';
import type { TextView } from './text';

/** Placeholder until the detector lands. */
export function detectLanguage(_view: TextView): Language {
  return 'id';
}
