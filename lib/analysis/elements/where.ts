/**
 * Di mana / where, for Indonesian (and the languages close to it): a place phrase after 'di' or 'ke' ('di Aula
 * Diskominfo Kotim', 'di Balai Kota Samarinda', 'di depan Gedung DPRD'), after a label ('Tempat: …', '📍 …'), with
 * a comma only before a region, a district or an administrative unit ('Ballroom Awandari Resort, Toapaya').
 * 'di' must be a word of its own: the prefix of 'dilaksanakan' is another token.
 * Lower-case common places count when a place word heads them: 'di kantor kelurahan', 'di tempat pemungutan suara
 * (TPS)', 'di seluruh puskesmas', 'di setiap desa'.
 * Tier 1: the phrase names a site (a building, a field, an agency's office); tier 2: an area (a region, a district,
 * 'wilayah …') or a site left unnamed ('di kantor kelurahan'); tier 3: only capitalised words or an online channel;
 * 'ke' one tier weaker.
 */
import {
  ADMIN_UNITS,
  NOT_PLACES,
  NUMBERED_PLACES,
  ONLINE_PLACES,
  PLACE_HEADS,
  PLACE_QUANTIFIERS,
  RELATIONAL,
  agencyAt,
  regionAt,
  titleAt,
} from './gazetteer';
import { Gap, endWithClose, joined, norm, wordSet, type Candidate, type Scan } from './scan';
import { DAYS_ID, MONTHS_ID, STOP_ID, isVerbLikeId } from './words-id';

export interface Place {
  /** Index of the first and last token of the phrase. */
  first: number;
  last: number;
  /** Offset just after the phrase (takes a closing parenthesis: 'Gedung Olahraga (GOR)'). */
  end: number;
  /** The phrase names a place through a place word, a region or an agency, not only capitalised words. */
  strong: boolean;
  /** The phrase names a building or a site ('Aula', 'Puskesmas', 'bantaran'), not only an area ('Kabupaten Bintan'). */
  site: boolean;
  /** The phrase has a capitalised word or a number: a particular place, not any 'kantor kelurahan'. */
  named: boolean;
}

const LABELS = wordSet(['tempat', 'lokasi', 'lokasinya', 'tempatnya', 'bertempat', 'berlokasi', 'venue', 'alamat']);
const PIN = new Set(['📍', '📌', '🏢', '🏛']);
const MAX_TOKENS = 12;
/** Capitalised time words that end a place phrase ('di Aula Bappeda Hari Ini'). */
const TIME_NOUNS = wordSet([
  'hari', 'bulan', 'tahun', 'minggu', 'pekan', 'pagi', 'siang', 'sore', 'malam', 'saat', 'waktu', 'periode', 'masa', 'era',
  'ini', 'itu',
]);
/** Place words that name an area, not a site: 'di Kabupaten Bintan' is less precise than 'di Aula Bupati'. */
const AREA_WORDS = wordSet(['wilayah', 'daerah', 'kawasan', 'area', 'lokasi', 'titik', 'lingkungan']);

function siteAt(s: Scan, k: number): boolean {
  return !!PLACE_HEADS.match(s, k) && !ADMIN_UNITS.match(s, k) && !AREA_WORDS.has(s.tokens[k]!.norm);
}

function calendarWord(w: string): boolean {
  return DAYS_ID.has(w) || MONTHS_ID.has(w);
}

/**
 * How many tokens at t continue a place phrase (0: none). prevHead: the token before is a place word ('Kantor' before
 * 'Camat'); afterHead: only lower-case modifiers stand between the last place word and t ('ruang rapat utama').
 */
function placeWordAfter(s: Scan, t: number, prevHead: boolean, afterHead: boolean, lowerRun: number): number {
  const tok = s.tokens[t]!;
  if (tok.kind === 'number') return NUMBERED_PLACES.has(norm(s, t - 1)) ? 1 : 0;
  if (tok.kind !== 'word') return 0;
  const w = tok.norm;
  if (calendarWord(w)) return 0;
  const region = regionAt(s, t);
  if (region) return region;
  const head = PLACE_HEADS.match(s, t);
  if (head) return head.len;
  if (s.caps[t]) {
    // A title ends the phrase ('di Aula Bupati Halikinnor …') unless it names the building ('Kantor Camat', 'Rumah Dinas Bupati').
    const title = titleAt(s, t);
    if (title) return prevHead ? title : 0;
    // 'Baamang Tengah', 'Kota Dalam' are names; 'Hari', 'Pagi' after a place are not.
    return STOP_ID.has(w) || TIME_NOUNS.has(w) ? 0 : agencyAt(s, t) || 1;
  }
  // Lower-case words only after a place word: 'di lapangan upacara', 'di rumah sakit', 'di daerah rawan banjir';
  // 'ke TPS tempat Anda terdaftar' ends before the relative 'tempat'.
  if (!afterHead || lowerRun >= 2 || STOP_ID.has(w) || isVerbLikeId(w) || w === 'tempat') return 0;
  return 1;
}

function headAt(s: Scan, k: number): number {
  const tok = s.tokens[k];
  if (!tok || tok.kind !== 'word' || calendarWord(tok.norm)) return 0;
  const h = PLACE_HEADS.match(s, k);
  // 'di tempat' alone is 'on the spot'; 'di tempat pemungutan suara' is a place.
  if (h && (s.caps[k] || h.len > 1 || !NOT_PLACES.has(tok.norm))) return h.len;
  return regionAt(s, k) || agencyAt(s, k);
}

/** Parses a place phrase starting at token j (just after 'di', 'ke' or a label). */
export function parsePlace(s: Scan, j: number): Place | null {
  if (j >= s.n) return null;
  let i = j;
  // 'di depan Gedung DPRD', 'di sekitar Bundaran HI'
  if (
    RELATIONAL.has(norm(s, i)) &&
    !s.caps[i] &&
    joined(s, i) &&
    (headAt(s, i + 1) || (s.caps[i + 1] && !NOT_PLACES.has(norm(s, i + 1))))
  )
    i++;
  // 'di seluruh puskesmas', 'di setiap desa', 'di masing-masing TPS': only before a place word ('di setiap Sabtu' is a time).
  if (PLACE_QUANTIFIERS.has(norm(s, i)) && !s.caps[i] && joined(s, i) && headAt(s, i + 1)) i++;
  const tok = s.tokens[i]!;
  if (tok.kind !== 'word') return null;
  let strong = false;
  let site = siteAt(s, i) || (s.caps[i] === 1 && agencyAt(s, i) > 0);
  let len = headAt(s, i);
  if (len) strong = true;
  else {
    const online = s.caps[i] ? ONLINE_PLACES.match(s, i) : null;
    if (online) len = online.len;
    else if (s.caps[i] && !NOT_PLACES.has(tok.norm) && !STOP_ID.has(tok.norm) && !titleAt(s, i) && !calendarWord(tok.norm))
      len = 1;
    else return null;
  }
  let last = i + len - 1;
  let prevHead = !!PLACE_HEADS.match(s, i);
  let afterHead = prevHead;
  let lowerRun = 0;
  let count = last - j + 1;
  let closeParen = false;
  let named = false;
  for (let k = i; k <= last; k++) if (s.caps[k] || s.tokens[k]!.kind === 'number') named = true;
  while (last + 1 < s.n && count < MAX_TOKENS) {
    const g = s.gaps[last]!;
    const t = last + 1;
    if (joined(s, last) || (g === Gap.Slash && ADMIN_UNITS.match(s, t))) {
      const add = placeWordAfter(s, t, prevHead, afterHead, lowerRun);
      if (!add) break;
      const isHead = !!PLACE_HEADS.match(s, t);
      const lower = !s.caps[t] && s.tokens[t]!.kind === 'word';
      if (isHead || regionAt(s, t) || agencyAt(s, t)) strong = true;
      if (siteAt(s, t)) site = true;
      lowerRun = lower && !isHead ? lowerRun + 1 : 0;
      if (!lower) named = true;
      afterHead = isHead || (afterHead && lower);
      prevHead = isHead;
      last = t + add - 1;
      count += add;
      closeParen = false;
      continue;
    }
    if (g === Gap.Comma && s.caps[t]) {
      // ', Toapaya', ', Kecamatan Baamang', ', Jl. Ahmad Yani' — never a person's name after the comma.
      const admin = ADMIN_UNITS.match(s, t);
      const building = admin ? null : PLACE_HEADS.match(s, t); // ', Kompleks Kantor Gubernur'
      const add = regionAt(s, t) || admin?.len || building?.len || 0;
      if (!add) break;
      strong = true;
      named = true;
      if (building) {
        site = true;
        last = t + add - 1;
        count += add;
        prevHead = afterHead = true;
        lowerRun = 0;
        closeParen = false;
        continue;
      }
      last = t + add - 1;
      count += add;
      prevHead = afterHead = !!admin;
      lowerRun = 0;
      closeParen = false;
      continue;
    }
    if (g === Gap.Open && s.caps[t] && (s.gaps[t] === Gap.Close || s.gaps[t] === Gap.CloseComma)) {
      // 'Gedung Olahraga (GOR) Sampit', 'tempat pemungutan suara (TPS)'
      last = t;
      count++;
      closeParen = true;
      named = true;
      if (s.gaps[t] === Gap.Close && s.caps[t + 1]) {
        const add = placeWordAfter(s, t + 1, false, false, 0);
        if (add) {
          last = t + add;
          count += add;
          closeParen = false;
        }
      }
      continue;
    }
    break;
  }
  return { first: j, last, end: closeParen ? endWithClose(s, last) : s.tokens[last]!.end, strong, site, named };
}

/** All place phrases of an Indonesian text, as candidates. */
export function whereCandidates(s: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.n; i++) {
    const tok = s.tokens[i]!;
    const w = tok.norm;
    if (tok.kind === 'word' && (w === 'di' || w === 'ke') && joined(s, i)) {
      const p = parsePlace(s, i + 1);
      if (!p) continue;
      // A site beats an area, an area beats bare capitals ('di wilayah' alone says nothing); 'ke' is one step weaker.
      const bareArea = p.last === i + 1 && AREA_WORDS.has(norm(s, i + 1));
      const tier = (p.site ? (p.named ? 1 : 2) : p.strong && !bareArea ? 2 : 3) + (w === 'ke' ? 1 : 0);
      out.push({ start: tok.start, end: p.end, tier });
      i = p.last;
      continue;
    }
    const labelled = (tok.kind === 'word' && LABELS.has(w) && s.gaps[i] === Gap.Colon) || (tok.kind === 'emoji' && PIN.has(w));
    if (labelled) {
      let j = i + 1;
      if (norm(s, j) === 'di' && joined(s, j)) j++; // 'Tempat: di Aula …'
      const p = parsePlace(s, j);
      if (!p) continue;
      out.push({ start: s.tokens[j]!.start, end: p.end, tier: 1 });
      i = p.last;
    }
  }
  return out;
}
