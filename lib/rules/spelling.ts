/**
 * Spelling (EYD V): non-standard words with their standard form, "di"/"ke" written joined or apart, and typos
 * against the Indonesian Hunspell dictionary. The dictionary is loaded by the environment (see
 * lib/rules/spelling/dictionary.ts); until then only the typo check is idle.
 */
import type { Rule } from './types';
import { diKeRule } from './spelling/di-ke';
import { nonStandardRule } from './spelling/non-standard';
import { typoRule } from './spelling/typo';

export {
  isSpellingDictionaryReady,
  loadSpellingDictionary,
  setSpellingDictionary,
  SPELLING_DICTIONARY_FILES,
  type SpellingDictionaryFile,
} from './spelling/dictionary';

export const rules: Rule[] = [nonStandardRule, diKeRule, typoRule];
