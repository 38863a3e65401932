/**
 * Pornography and online-prostitution spam (UU ITE Pasal 27 ayat 1), as plain data rules
 * (data/pornography/explicit.json) matched over the abuse scan so that disguised spellings (b0k3p, 0pen B0) are
 * read back. The rules' own `unless` lists keep warnings, crime news and health education silent.
 */
import { parseRulePack } from '../data-rule';
import explicit from '../data/pornography/explicit.json';
import { AbusePack, type Hit } from './lexicon';
import type { WordScan } from './words';

const pack = new AbusePack(parseRulePack(explicit, 'data/pornography/explicit.json'));

export const vocabulary: string[] = pack.vocabulary();
export const joinable: string[] = pack.singleWords();
export const roles: [string, number][] = pack.starters();

export function findPornography(scan: WordScan): Hit[] {
  return pack.find(scan).map((h) => ({ meta: h.meta, start: h.start, end: h.end }));
}
