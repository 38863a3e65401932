/**
 * Node only (the CLI, tests, benchmarks): loads the Indonesian Hunspell dictionary that ships in
 * assets/dictionaries/ into the engine. The extension loads the same files its own way (see the report / README).
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  loadSpellingDictionary,
  setSpellingDictionary,
  type SpellingDictionaryFile,
} from '../rules/spelling/dictionary';

/** The project's copy of the dictionary. */
export const DICTIONARY_DIR = fileURLToPath(new URL('../../assets/dictionaries/', import.meta.url));

/** Reads the dictionary from `dir` (default: the project's copy) and installs it. Later calls share the first load. */
export function loadSpellingDictionaryFromDisk(dir: string = DICTIONARY_DIR): Promise<void> {
  return loadSpellingDictionary((file: SpellingDictionaryFile) => readFile(`${dir}/${file}`, 'utf8'));
}

/** The same, synchronously (for a short-lived command that checks right away). */
export function loadSpellingDictionaryFromDiskSync(dir: string = DICTIONARY_DIR): void {
  setSpellingDictionary({
    aff: readFileSync(`${dir}/id_ID.aff`, 'utf8'),
    dic: readFileSync(`${dir}/id_ID.dic`, 'utf8'),
  });
}
