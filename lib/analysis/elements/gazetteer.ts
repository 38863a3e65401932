/**
 * The gazetteer as lookup tables, built once at module load from the rule data: Indonesian provinces, regencies and
 * cities (with short forms such as Kotim, Jaksel), districts, agency words and acronyms, officials' titles and the
 * words that head a place phrase.
 */
import agencies from '../../rules/data/gazetteer/agencies.json';
import districtData from '../../rules/data/gazetteer/districts.json';
import placeWords from '../../rules/data/gazetteer/place-words.json';
import regionData from '../../rules/data/gazetteer/regions.json';
import { NameSet, PhraseTable, wordSet, type Scan } from './scan';

export type RegionKind = 'province' | 'regency' | 'district';

/** Provinces, regencies and cities, by name and by short form. */
export const REGIONS = new PhraseTable<RegionKind>();
for (const p of regionData.provinces) {
  REGIONS.add(p.name, 'province');
  REGIONS.addAll(p.aliases, 'province');
}
for (const r of regionData.regencies) {
  REGIONS.add(r.name, 'regency');
  REGIONS.addAll(r.aliases, 'regency');
}

/** Districts (kecamatan), minus names that are ordinary words: 6,000 names, kept in plain Sets (fast to build). */
export const DISTRICTS = new NameSet(districtData.districts);

export const AGENCY_HEADS = new PhraseTable<true>().addAll(agencies.heads, true);
export const AGENCY_ACRONYMS = new PhraseTable<true>().addAll(agencies.acronyms, true);
export const AGENCY_NAME_WORDS = wordSet(agencies.nameWords);
export const TITLES = new PhraseTable<true>().addAll(agencies.titles, true);
export const TITLE_PREFIXES = new PhraseTable<true>().addAll(agencies.titlePrefixes, true);
export const HONORIFICS = wordSet(agencies.honorifics);

export const PLACE_HEADS = new PhraseTable<true>().addAll(placeWords.heads, true);
export const ADMIN_UNITS = new PhraseTable<true>().addAll(placeWords.admin, true);
export const NUMBERED_PLACES = wordSet(placeWords.numbered.concat(['no', 'nomor', 'blok', 'kav']));
export const RELATIONAL = wordSet(placeWords.relational);
export const PLACE_QUANTIFIERS = wordSet(placeWords.quantifiers);
export const NOT_PLACES = wordSet(placeWords.notPlaces);
export const ONLINE_PLACES = new PhraseTable<true>().addAll(placeWords.online, true);

/** Length in tokens of a capitalised region or district name at token i (0 when none). */
export function regionAt(s: Scan, i: number, withDistricts = true): number {
  if (i >= s.n || !s.caps[i]) return 0;
  const len = REGIONS.match(s, i)?.len ?? (withDistricts ? DISTRICTS.match(s, i) : 0);
  // Every word of a multi-word name is capitalised ("Kotawaringin Timur", not "Kotawaringin timur").
  for (let k = 1; k < len; k++) if (!s.caps[i + k] && s.tokens[i + k]!.kind === 'word') return 0;
  return len;
}

/** Length of an agency head or acronym at token i, written with a capital (0 when none). */
export function agencyAt(s: Scan, i: number): number {
  if (i >= s.n || !s.caps[i]) return 0;
  return (AGENCY_ACRONYMS.match(s, i) ?? AGENCY_HEADS.match(s, i))?.len ?? 0;
}

/** Length of an official's title at token i, written with a capital (0 when none). */
export function titleAt(s: Scan, i: number): number {
  if (i >= s.n || !s.caps[i]) return 0;
  return TITLES.match(s, i)?.len ?? 0;
}
