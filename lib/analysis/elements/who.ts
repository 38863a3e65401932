/**
 * Siapa / who, for Indonesian: an official with title, body and name ('Plt Kepala Diskominfo Kotim, Jumberi',
 * 'Bupati Kotim Halikinnor'), a body ('Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfo) Kabupaten
 * Kotawaringin Timur', 'Pemkab Bintan', 'BPBD'), or a counted group ('Sebanyak 50 admin', 'ratusan warga').
 * A body named inside a place phrase ('di Aula Diskominfo Kotim') is a place, not an actor.
 * Tier 1: an official or a body; tier 2: a counted group or a bare title ('Bupati'); tier 3: a hashtag that names an
 * agency ('#DisdukcapilBintan'); tier 4: a title inside an election's name ('Pemilihan Bupati dan Wakil Bupati
 * Trenggalek 2024' names the election, not an actor).
 */
import {
  AGENCY_ACRONYMS,
  AGENCY_HEADS,
  AGENCY_NAME_WORDS,
  HONORIFICS,
  PLACE_HEADS,
  TITLE_PREFIXES,
  agencyAt,
  regionAt,
  titleAt,
} from './gazetteer';
import agencies from '../../rules/data/gazetteer/agencies.json';
import type { Span } from '../text';
import { Gap, abbrDot, joined, norm, wordSet, type Candidate, type Scan } from './scan';
import { DAYS_ID, HEADLINE_VERBS, MONTHS_ID, PEOPLE_NOUNS_ID, QUANTITY_WORDS_ID, STOP_ID } from './words-id';

/** Titles that say little without a body or a name after them ('Kepala', 'Ketua'). */
const GENERIC_TITLES = wordSet([
  'kepala', 'ketua', 'anggota', 'direktur', 'sekretaris', 'asisten', 'koordinator', 'pimpinan', 'manajer', 'deputi',
  'penyuluh', 'analis', 'pejabat', 'komandan', 'inspektur', 'panglima', 'wakil',
]);
/** Bodies named after their place, whose name may be a word the gazetteer lacks ('Puskesmas Sei Lala'). */
const PLACE_NAMED = wordSet([
  'puskesmas', 'polsek', 'polres', 'polresta', 'kodim', 'koramil', 'kecamatan', 'kelurahan', 'rsud', 'uptd', 'upt',
  'kejari', 'kantor', 'sekolah', 'pemdes', 'pemerintah desa',
]);
/** Heads that need a name after them ('Dinas Kesehatan', not 'Dinas' alone). */
const GENERIC_HEADS = wordSet([
  'dinas', 'badan', 'kantor', 'bagian', 'bidang', 'unit', 'satuan', 'tim', 'forum', 'dewan', 'pusat', 'universitas',
  'sekolah', 'lembaga', 'komisi', 'majelis', 'biro', 'kementerian', 'direktorat', 'pemerintah', 'sekretariat', 'kecamatan',
  'kelurahan', 'pengadilan', 'kejaksaan', 'inspektorat', 'upt', 'uptd', 'satgas', 'perumda',
]);
/** Capitalised words that open a sentence but never a person's name. */
const NOT_NAMES = wordSet([
  'dalam', 'pada', 'untuk', 'kegiatan', 'acara', 'hal', 'hari', 'sebanyak', 'selain', 'menurut', 'adapun', 'sementara',
  'sedangkan', 'selanjutnya', 'kemudian', 'namun', 'oleh', 'karena', 'dengan', 'melalui', 'bimtek', 'pelatihan', 'sosialisasi',
  'bersama', 'selamat', 'terima', 'kasih', 'ia', 'dia', 'kami', 'beliau', 'mereka', 'saat', 'ketika', 'usai', 'setelah',
  'sebelum', 'selama', 'turut', 'tampak', 'hadir', 'juga', 'dan', 'atau', 'yang', 'ini', 'itu', 'tersebut', 'para', 'ayo',
  'mari', 'yuk', 'informasi', 'pengumuman', 'bagi', 'kepada', 'sejak', 'mulai', 'sampai', 'hingga', 'di', 'ke', 'dari',
]);
const MAX_TOKENS = 18;
const COUNT = /^\d[\d.]*$/;
const GROUP_STARTS = wordSet(['sebanyak', 'sejumlah', 'total', 'lebih', 'kurang', 'puluhan', 'ratusan', 'ribuan', 'belasan', 'jutaan']);
/** Agency names that open a hashtag ('#DisdukcapilBintan'), the caption's last resort for who posted it. */
const HASHTAG_AGENCIES = wordSet(
  (agencies.acronyms as string[]).filter((a) => /^[\p{L}\p{N}]+$/u.test(a) && (a.length >= 4 || a === a.toUpperCase())),
);
const AUDIENCE = wordSet(['sobat', 'sahabat', 'kawan', 'teman', 'warga', 'keluarga', 'halo', 'hai']);
const BENEFICIARY_BEFORE = wordSet(['untuk', 'bagi', 'kepada', 'dengan', 'hingga', 'sampai', 'dari', 'kuota', 'maksimal', 'minimal']);
const APPROXIMATE = wordSet(['puluhan', 'ratusan', 'ribuan', 'belasan', 'jutaan']);

function calendarWord(w: string): boolean {
  return DAYS_ID.has(w) || MONTHS_ID.has(w);
}

/** Words that open an election's name: 'Pemilihan Bupati …', 'Pilkada Kotim 2024'. */
const ELECTIONS = wordSet([
  'pemilihan', 'pilkada', 'pemilu', 'pemilukada', 'pilbup', 'pilwali', 'pilwalkot', 'pilgub', 'pilkades', 'pileg', 'pilpres',
]);
/** Words inside an election's name besides titles and regions: 'Pemilihan Umum Kepala Daerah Serentak Tahun 2024'. */
const ELECTION_WORDS = wordSet([
  'umum', 'kepala', 'daerah', 'serentak', 'legislatif', 'raya', 'lanjutan', 'ulang', 'susulan', 'tahun', 'anggota', 'calon',
  'dprd', 'dpr', 'dpd', 'kabupaten', 'kota', 'provinsi', 'desa', 'ri',
]);
const YEAR_NUMBER = /^(?:19|20)\d\d$/;

/** Index of the last token of an election's name opened at token i, or i when none follows. */
function electionEnd(s: Scan, i: number): number {
  let last = i;
  let afterTitle = false;
  let unlistedRun = 0;
  for (let count = 0; count < MAX_TOKENS && last + 1 < s.n && joined(s, last); count++) {
    const t = last + 1;
    const tok = s.tokens[t]!;
    const w = tok.norm;
    if (tok.kind === 'number') {
      if (!YEAR_NUMBER.test(w)) break;
      last = t;
      continue;
    }
    if (tok.kind !== 'word') break;
    const title = titleAt(s, t);
    const region = title ? 0 : regionAt(s, t);
    // A region the gazetteer lacks may follow a title: 'Pemilihan Bupati Tanah Merah'.
    const unlisted: boolean =
      !title && !region && afterTitle && unlistedRun < 2 && s.caps[t] === 1 && !STOP_ID.has(w) && !agencyAt(s, t) && !calendarWord(w);
    if (title || region || unlisted) {
      last = t + (title || region || 1) - 1;
      afterTitle = title > 0 || unlisted;
      unlistedRun = unlisted ? unlistedRun + 1 : 0;
      continue;
    }
    afterTitle = false;
    if (ELECTION_WORDS.has(w) || ((w === 'dan' || w === 'serta' || w === '&') && titleAt(s, t + 1) && joined(s, t))) {
      last = t;
      continue;
    }
    break;
  }
  return last;
}

/** Length of an agency word at t that may continue a body's name: acronym, head, name word or region. */
function orgWordAt(s: Scan, t: number): number {
  if (t >= s.n || !s.caps[t]) return 0;
  const w = s.tokens[t]!.norm;
  if (calendarWord(w)) return 0;
  return agencyAt(s, t) || regionAt(s, t) || (AGENCY_NAME_WORDS.has(w) ? 1 : 0);
}

/**
 * Extends a body's name after token `last`: name words, regions, 'dan' between them, a parenthesised acronym,
 * and a comma only before another name word ('Komunikasi, Informatika, Statistik dan Persandian').
 * unknownCaps: how many unlisted capitalised words may follow ('Puskesmas Baamang').
 */
function extendOrg(s: Scan, last: number, unknownCaps: number): number {
  let count = 0;
  while (last + 1 < s.n && count < MAX_TOKENS) {
    const t = last + 1;
    const g = s.gaps[last]!;
    if (joined(s, last)) {
      const w = norm(s, t);
      if ((w === 'dan' || w === '&') && joined(s, t) && orgWordAt(s, t + 1)) {
        last = t + orgWordAt(s, t + 1);
        count += 2;
        continue;
      }
      let add = orgWordAt(s, t);
      if (!add && unknownCaps > 0 && s.caps[t] && s.tokens[t]!.kind === 'word' && !titleAt(s, t) && !STOP_ID.has(w) &&
        !NOT_NAMES.has(w) && !HEADLINE_VERBS.has(w) && !calendarWord(w) && !PLACE_HEADS.match(s, t)) {
        add = 1;
        unknownCaps--;
      }
      if (!add) break;
      last = t + add - 1;
      count += add;
      continue;
    }
    if (g === Gap.Comma && s.caps[t] && AGENCY_NAME_WORDS.has(norm(s, t)) && !regionAt(s, t)) {
      last = t;
      count++;
      continue;
    }
    if (g === Gap.Open && s.caps[t] && (s.gaps[t] === Gap.Close || s.gaps[t] === Gap.CloseComma)) {
      // '(Diskominfo)': keep it and go on after the parenthesis only with more of the name.
      const after = s.gaps[t] === Gap.Close ? orgWordAt(s, t + 1) : 0;
      if (after) {
        last = t + after;
        count += 1 + after;
        continue;
      }
      return -(t + 1); // ends with the closing parenthesis (encoded as a negative index)
    }
    break;
  }
  return last;
}

/** A person's name at t: capitalised words and honorifics ('H. Halikinnor', 'Jumberi'), or -1. */
function nameAt(s: Scan, t: number): number {
  let last = -1;
  let k = t;
  for (let count = 0; k < s.n && count < 5; count++, k++) {
    const tok = s.tokens[k]!;
    if (tok.kind !== 'word') break;
    const w = tok.norm;
    const honorific = HONORIFICS.has(w) && (s.caps[k] === 1 || abbrDot(s, k)); // 'dr. Retno' is written in lower case
    if (!s.caps[k] && !honorific) break;
    if (!honorific && (NOT_NAMES.has(w) || STOP_ID.has(w) || HEADLINE_VERBS.has(w) || calendarWord(w) || titleAt(s, k) || agencyAt(s, k) ||
      AGENCY_NAME_WORDS.has(w) || PLACE_HEADS.match(s, k) || regionAt(s, k, false)))
      break;
    if (!honorific) last = k;
    if (!(joined(s, k) || abbrDot(s, k))) break;
  }
  return last;
}

interface Phrase {
  last: number;
  end: number;
  /** 1, or 2 for a bare title ('Bupati' with no body or name). */
  tier?: number;
}

function finish(s: Scan, last: number): Phrase {
  if (last < 0) {
    const t = -last - 1;
    const close = s.text.indexOf(')', s.tokens[t]!.end);
    return { last: t, end: close + 1 };
  }
  return { last, end: s.tokens[last]!.end };
}

/** 'Plt Kepala Diskominfo Kotim, Jumberi' starting at token i. */
function officialAt(s: Scan, i: number): Phrase | null {
  let k = i;
  const prefix = s.caps[i] ? TITLE_PREFIXES.match(s, i) : null;
  if (prefix) {
    k = i + prefix.len;
    if (!(joined(s, k - 1) || abbrDot(s, k - 1))) return null;
  }
  const title = titleAt(s, k);
  if (!title) return null;
  let last = k + title - 1;
  const generic = title === 1 && GENERIC_TITLES.has(norm(s, k));
  const org = extendOrg(s, last, 0);
  if (org < 0) return finish(s, org);
  const hasOrg = org > last;
  last = org;
  let named = false;
  if (last + 1 < s.n && (joined(s, last) || s.gaps[last] === Gap.Comma)) {
    const name = nameAt(s, last + 1);
    // After a comma, a name must close the phrase: 'Kotim, Jumberi mengatakan' / 'Kotim, Jumberi, S.Sos'.
    if (name >= 0) {
      last = name;
      named = true;
    }
  }
  if (generic && !hasOrg && !named) return null;
  const p = finish(s, last);
  if (!hasOrg && !named) p.tier = 2;
  return p;
}

/** 'Dinas Kesehatan Kotim', 'Pemkab Bintan', 'BPBD' starting at token i. */
function bodyAt(s: Scan, i: number): Phrase | null {
  if (!s.caps[i]) return null;
  const acr = AGENCY_ACRONYMS.match(s, i);
  const head = acr ? null : AGENCY_HEADS.match(s, i);
  if (!acr && !head) return null;
  const len = (acr ?? head)!.len;
  const last = i + len - 1;
  const org = extendOrg(s, last, PLACE_NAMED.has(norm(s, i)) ? 2 : 0);
  if (head && len === 1 && GENERIC_HEADS.has(norm(s, i)) && org === last) return null;
  return finish(s, org);
}

/** 'Sebanyak 50 admin', '50 peserta', 'ratusan warga' starting at token i. */
function groupAt(s: Scan, i: number): Phrase | null {
  let k = i;
  const w = norm(s, i);
  if (s.tokens[i]!.kind !== 'number' && !GROUP_STARTS.has(w)) return null;
  if ((w === 'sebanyak' || w === 'sejumlah' || w === 'total') && joined(s, i)) k++;
  else if ((w === 'lebih' || w === 'kurang') && norm(s, i + 1) === 'dari' && joined(s, i) && joined(s, i + 1)) k += 2;
  const tok = s.tokens[k];
  if (!tok || !joined(s, k)) return null;
  // 'untuk 50 orang', 'bagi 30 peserta': the people served, not the actor.
  if (k === i && i > 0 && BENEFICIARY_BEFORE.has(norm(s, i - 1))) return null;
  const counted =
    tok.kind === 'number'
      ? COUNT.test(tok.norm)
      : k > i
        ? QUANTITY_WORDS_ID.has(tok.norm)
        : APPROXIMATE.has(tok.norm); // alone, only 'puluhan', 'ratusan' …: 'dua peserta' needs 'sebanyak'
  if (!counted) return null;
  const noun = s.tokens[k + 1];
  if (!noun || noun.kind !== 'word' || !PEOPLE_NOUNS_ID.has(noun.norm)) return null;
  return { last: k + 1, end: noun.end };
}

/** '#DisdukcapilBintan': an agency name at the start of a hashtag, followed by a capital or nothing. */
function hashtagAgency(s: Scan, i: number): boolean {
  const tok = s.tokens[i]!;
  const body = tok.norm.slice(1);
  for (let len = Math.min(body.length, 16); len >= 3; len--) {
    if (!HASHTAG_AGENCIES.has(body.slice(0, len))) continue;
    if (len === body.length) return true;
    const next = tok.text.charCodeAt(len + 1);
    if (len >= 4 && next >= 65 && next <= 90) return true; // a capital starts the next word: 'DisdukcapilBintan'
  }
  return false;
}

/** All actors of an Indonesian text, as candidates; tokens inside `placeSpans` are skipped. */
export function whoCandidates(s: Scan, placeSpans: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  let p = 0; // place spans are in text order, so one pointer walks them alongside the tokens
  let electionLast = -1; // the last token of the election's name being walked, if any
  for (let i = 0; i < s.n; i++) {
    const tok = s.tokens[i]!;
    if (i > electionLast && tok.kind === 'word' && ELECTIONS.has(tok.norm)) electionLast = electionEnd(s, i);
    if (tok.kind === 'hashtag') {
      if (hashtagAgency(s, i)) out.push({ start: tok.start, end: tok.end, tier: 3 });
      continue;
    }
    if (tok.kind !== 'word' && tok.kind !== 'number') continue;
    while (p < placeSpans.length && placeSpans[p]!.end <= tok.start) p++;
    if (p < placeSpans.length && placeSpans[p]!.start <= tok.start) continue;
    // A body right after 'di'/'ke' is a place even when the place parser did not take it.
    const prev = i > 0 ? norm(s, i - 1) : '';
    // … and one after 'Sobat'/'Sahabat' is the audience being greeted ('Halo Sobat Kominfo!').
    const afterPlaceWord = i > 0 && joined(s, i - 1) && (prev === 'di' || prev === 'ke' || AUDIENCE.has(prev));
    const actor = afterPlaceWord ? null : (officialAt(s, i) ?? bodyAt(s, i));
    if (actor) {
      out.push({ start: tok.start, end: actor.end, tier: i <= electionLast ? 4 : (actor.tier ?? 1) });
      i = actor.last;
      continue;
    }
    const g = groupAt(s, i);
    if (g) {
      out.push({ start: tok.start, end: g.end, tier: 2 });
      i = g.last;
    }
  }
  return out;
}
