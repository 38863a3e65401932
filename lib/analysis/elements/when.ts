/**
 * Kapan / when: dates and times as token grammar. 'Selasa (28/10/2025)', 'Rabu, 27 November 2024', '28–30 Oktober
 * 2025', 'pukul 09.00 WIB', 'besok pagi', 'Senin depan'; in English 'Tuesday, October 28, 2025', '9 a.m.', 'tomorrow'.
 * Periods coarser than a day: 'Juli 2025', 'Januari–Maret 2025', 'Triwulan III 2025', 'sepanjang tahun 2024', 'hingga
 * akhir 2025', a bare year after a time preposition ('pada 2023'); in English 'in 2024', 'by the end of 2025'.
 * Tier 1: a calendar date; tier 2: a day name, a time, a relative day, a month or a quarter; tier 3: a year or vague
 * ('tahun ini'); tier 4: a fiscal year, which often only names a budget ('APBD Tahun Anggaran 2025').
 */
import { Gap, PhraseTable, endWithClose, joined, norm, wordSet, type Candidate, type Scan } from './scan';
import { DAYS_ID, FULL_MONTHS_ID, MONTHS_ID, PEOPLE_NOUNS_ID } from './words-id';

export interface DateWords {
  days: Set<string>;
  /** Month names and abbreviations → month number. */
  months: Map<string, number>;
  /** Months that stand alone before a year ('Oktober 2025'). */
  fullMonths: Set<string>;
  /** Relative expressions with their tier. */
  relative: PhraseTable<number>;
  /** Words after a day name that make it relative ('Senin depan', 'Tuesday morning'). */
  afterDay: Set<string>;
  /** Words before a day name kept in the span ('hari Senin', 'setiap Senin', 'every Monday'). */
  beforeDay: Set<string>;
  /** Words before a date kept in the span ('tanggal 5 Mei'). */
  beforeDate: Set<string>;
  /** Words that introduce a clock time ('pukul 09.00'). */
  timeMarkers: Set<string>;
  /** Time zones after a time ('WIB'). */
  zones: Set<string>;
  /** Parts of the day after a time or a relative day ('pagi'). */
  dayParts: Set<string>;
  /** Words joining the two ends of a range ('sampai', 's.d.', 'to'). */
  range: PhraseTable<true>;
  /** Periods coarser than a day (years, quarters, month ranges), read by periodAt. */
  period: PeriodWords;
  /** English: '9 a.m.', 'October 28, 2025', '28th'. */
  english: boolean;
  /** Every word that can start a date expression: most tokens are rejected with one bit test. */
  triggers: PhraseTable<true>;
}

/**
 * The words of periods coarser than a day. A bare year counts only after a preposition ('pada 2023', 'in 2024'):
 * elsewhere it is a name's ('Pilkada 2024'), a law's ('Nomor 27 Tahun 2022') or an amount. The tables are read only at
 * a word the triggers table matched, so they take no prefilter bit (see PhraseTable).
 */
export interface PeriodWords {
  /** Prepositions before a period; true when the span keeps it ('hingga akhir 2025'), false when not ('pada 2023'). */
  preps: PhraseTable<boolean>;
  /** Words for a year before its number ('tahun 2024'); true for a fiscal or budget year ('tahun anggaran'). */
  yearWords: PhraseTable<boolean>;
  /** Words for a month before a month name ('bulan Juli 2025'). */
  monthWords: Set<string>;
  /** Part of a year: 'akhir 2025', 'awal tahun 2025'; in English 'the end of 2025', 'early 2025'. */
  edges: PhraseTable<true>;
  /** Part-of-year units that take an ordinal: 'Triwulan III 2025', 'semester I 2024'; in English 'third quarter of'. */
  parts: Set<string>;
  /** Ordinals of a part of a year: 'III', 'pertama', 'third'. */
  ordinals: Set<string>;
  /** Single words naming a quarter or a half: 'Q3', 'H1'. */
  namedParts: Set<string>;
  /** Words after a bare year that make it a count ('hingga 2000 peserta', 'by 2000 participants'). */
  countNouns: Set<string>;
}

function triggers(w: Omit<DateWords, 'triggers'>, relativeFirsts: string[]): PhraseTable<true> {
  const t = new PhraseTable<true>();
  const p = w.period;
  for (const set of [w.days, w.fullMonths, w.timeMarkers, w.beforeDate, p.monthWords, p.parts, p.ordinals, p.namedParts])
    t.addAll(set, true);
  t.addAll(w.months.keys(), true);
  t.addAll(relativeFirsts, true);
  t.addFirsts(p.preps, true);
  t.addFirsts(p.yearWords, true);
  t.addFirsts(p.edges, true);
  return t;
}

const NUM_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DAY_NUM = /^\d{1,2}$/;
const YEAR = /^(?:19|20)\d\d$/;
/** A school or budget year written as one token: '2024/2025'. */
const YEAR_SPAN = /^(?:19|20)\d\d\/(?:(?:19|20)\d\d|\d\d)$/;
const TIME = /^(\d{1,2})(?:[.:](\d{2}))?$/;
const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);

function relTable(entries: Record<string, number>): PhraseTable<number> {
  const t = new PhraseTable<number>();
  for (const [k, v] of Object.entries(entries)) t.add(k, v);
  return t;
}

const RANGE_ID = new PhraseTable<true>().addAll(['sampai dengan', 'sampai', 'hingga', 'sd', 's.d.', 's/d', 'dan'], true);

const ID_RELATIVE: Record<string, number> = {
  besok: 2, esok: 2, 'esok hari': 2, lusa: 2, 'besok lusa': 2, kemarin: 2, 'hari ini': 2, 'malam ini': 2, 'pagi ini': 2,
  'siang ini': 2, 'sore ini': 2, 'nanti malam': 2, 'nanti siang': 2, 'nanti sore': 2, 'tadi pagi': 2, 'tadi siang': 2,
  'tadi sore': 2, 'tadi malam': 2, 'pekan depan': 2, 'minggu depan': 2, 'bulan depan': 2, 'tahun depan': 2, 'pekan ini': 2,
  'minggu ini': 2, 'bulan ini': 2, 'akhir pekan': 2, 'akhir pekan ini': 2, 'pekan lalu': 2, 'minggu lalu': 2,
  'bulan lalu': 2, 'akhir bulan ini': 2, 'awal bulan depan': 2, 'tahun ini': 3, 'akhir tahun ini': 3, 'awal tahun ini': 3,
  'pertengahan tahun ini': 3, 'malam nanti': 2, 'sore nanti': 2,
};

const ID_PERIOD: PeriodWords = {
  preps: new PhraseTable<boolean>(false)
    .addAll(['sepanjang', 'selama', 'hingga', 'sampai', 'sampai dengan', 'sejak', 'mulai', 'periode', 'per'], true)
    .addAll(['pada', 'di'], false),
  yearWords: new PhraseTable<boolean>(false)
    .addAll(['tahun', 'tahun ajaran'], false)
    .addAll(['tahun anggaran', 'tahun buku', 'ta'], true),
  monthWords: wordSet(['bulan']),
  edges: new PhraseTable<true>(false).addAll(['akhir', 'awal', 'pertengahan', 'penghujung', 'medio'], true),
  parts: wordSet(['triwulan', 'tw', 'kuartal', 'semester', 'caturwulan', 'cawu']),
  ordinals: wordSet(['i', 'ii', 'iii', 'iv', '1', '2', '3', '4', 'pertama', 'kedua', 'ketiga', 'keempat', 'ganjil', 'genap']),
  namedParts: wordSet(['q1', 'q2', 'q3', 'q4']),
  countNouns: new Set([
    ...PEOPLE_NOUNS_ID,
    ...wordSet([
      'unit', 'buah', 'paket', 'ton', 'kg', 'kilogram', 'gram', 'km', 'kilometer', 'meter', 'hektare', 'hektar', 'ha', 'liter',
      'jam', 'menit', 'detik', 'hari', 'minggu', 'bulan', 'tahun', 'kali', 'rumah', 'ekor', 'lembar', 'dosis', 'titik', 'persen',
      'item', 'porsi', 'pohon', 'bibit', 'sak', 'karung', 'batang', 'set', 'eksemplar', 'kursi', 'suara', 'tps', 'ribu', 'juta',
      'miliar', 'triliun', 'rupiah', 'rp', 'kuota', 'lot', 'bidang', 'bungkus', 'kotak', 'botol', 'sampel', 'pasang',
    ]),
  ]),
};

const ID_WORDS: Omit<DateWords, 'triggers'> = {
  days: DAYS_ID,
  months: MONTHS_ID,
  fullMonths: FULL_MONTHS_ID,
  relative: relTable(ID_RELATIVE),
  afterDay: wordSet(['depan', 'lalu', 'ini', 'mendatang', 'kemarin', 'besok', 'pagi', 'siang', 'sore', 'malam']),
  beforeDay: wordSet(['hari', 'setiap', 'tiap']),
  beforeDate: wordSet(['tanggal', 'tgl']),
  timeMarkers: wordSet(['pukul', 'jam', 'pkl']),
  zones: wordSet(['wib', 'wita', 'wit']),
  dayParts: wordSet(['pagi', 'siang', 'sore', 'malam']),
  range: RANGE_ID,
  period: ID_PERIOD,
  english: false,
};
export const ID_DATES: DateWords = { ...ID_WORDS, triggers: triggers(ID_WORDS, Object.keys(ID_RELATIVE).map((k) => k.split(' ')[0]!)) };

const EN_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const EN_RELATIVE: Record<string, number> = {
  today: 2, tonight: 2, tomorrow: 2, yesterday: 2, 'this morning': 2, 'this afternoon': 2, 'this evening': 2,
  'this week': 2, 'this weekend': 2, 'next week': 2, 'next weekend': 2, 'next month': 2, 'next year': 2, 'last week': 2,
  'last month': 2, 'this month': 2, 'later today': 2, 'this year': 3,
};
for (const d of EN_DAYS) for (const w of ['next', 'this', 'last']) EN_RELATIVE[`${w} ${d}`] = 2;

const EN_PERIOD: PeriodWords = {
  preps: new PhraseTable<boolean>(false)
    .addAll(['during', 'since', 'until', 'till', 'through', 'throughout', 'by', 'before', 'from', 'as of', 'as early as'], true)
    .addAll(['in', 'for'], false),
  yearWords: new PhraseTable<boolean>(false).addAll(['the year', 'year'], false).addAll(['fiscal year', 'financial year', 'fy'], true),
  monthWords: wordSet([]),
  edges: new PhraseTable<true>(false).addAll(
    [
      'the end of', 'end of', 'the beginning of', 'beginning of', 'the start of', 'start of', 'the middle of', 'middle of',
      'early', 'late', 'mid',
    ],
    true,
  ),
  parts: wordSet(['quarter', 'half']),
  ordinals: wordSet(['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th']),
  namedParts: wordSet(['q1', 'q2', 'q3', 'q4', 'h1', 'h2']),
  countNouns: wordSet([
    'people', 'participants', 'residents', 'students', 'volunteers', 'households', 'families', 'units', 'tons', 'tonnes',
    'kg', 'km', 'meters', 'metres', 'hectares', 'liters', 'litres', 'hours', 'minutes', 'days', 'weeks', 'months', 'years',
    'times', 'houses', 'doses', 'percent', 'cases', 'votes', 'seats', 'packages', 'trees', 'copies', 'items', 'workers',
    'children', 'patients', 'visitors', 'applicants', 'members',
  ]),
};

const EN_WORDS: Omit<DateWords, 'triggers'> = {
  days: wordSet(EN_DAYS),
  months: new Map<string, number>([
    ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
    ['september', 9], ['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4],
    ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
  ]),
  fullMonths: wordSet(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']),
  relative: relTable(EN_RELATIVE),
  afterDay: wordSet(['morning', 'afternoon', 'evening', 'night']),
  beforeDay: wordSet(['every', 'each']),
  beforeDate: wordSet([]),
  timeMarkers: wordSet([]),
  zones: wordSet(['wib', 'wita', 'wit', 'utc', 'gmt']),
  dayParts: wordSet([]),
  range: new PhraseTable<true>().addAll(['to', 'until', 'till', 'through', 'and'], true),
  period: EN_PERIOD,
  english: true,
};
export const EN_DATES: DateWords = { ...EN_WORDS, triggers: triggers(EN_WORDS, Object.keys(EN_RELATIVE).map((k) => k.split(' ')[0]!)) };

function dayNum(s: Scan, j: number): boolean {
  if (j >= s.n || s.tokens[j]!.kind !== 'number') return false;
  const v = s.tokens[j]!.norm;
  return DAY_NUM.test(v) && +v >= 1 && +v <= 31;
}

function year(s: Scan, j: number): boolean {
  return j < s.n && s.tokens[j]!.kind === 'number' && YEAR.test(s.tokens[j]!.norm);
}

/** A year or a school/budget year written as one token ('2024/2025'). */
function yearOrSpan(s: Scan, j: number): boolean {
  return year(s, j) || (j < s.n && s.tokens[j]!.kind === 'number' && YEAR_SPAN.test(s.tokens[j]!.norm));
}

function timeNum(s: Scan, j: number): boolean {
  if (j >= s.n || s.tokens[j]!.kind !== 'number') return false;
  const m = TIME.exec(s.tokens[j]!.norm);
  return !!m && +m[1]! <= 24 && (m[2] === undefined || +m[2] < 60);
}

/** Index of the token after a range connector that follows token k ('28-30', '08.00 s.d. 12.00'), or -1. */
function rangeAfter(s: Scan, k: number, W: DateWords): number {
  if (k + 1 >= s.n) return -1;
  if (s.gaps[k] === Gap.Dash) return k + 1;
  if (!joined(s, k)) return -1;
  const m = W.range.match(s, k + 1);
  if (!m) return -1;
  const last = k + m.len;
  // "s.d." ends with a full stop that is not a sentence end.
  return joined(s, last) || s.gaps[last] === Gap.Dot ? last + 1 : -1;
}

function skipOrdinal(s: Scan, k: number, W: DateWords): number {
  return W.english && s.gaps[k] === Gap.Join && ORDINAL.has(norm(s, k + 1)) ? k + 1 : k;
}

function monthAt(s: Scan, k: number, W: DateWords): boolean {
  return k < s.n && s.tokens[k]!.kind === 'word' && W.months.has(s.tokens[k]!.norm);
}

/** Between a month abbreviation and what follows: a space, or its full stop ('Okt. 2025'). */
function afterMonth(s: Scan, k: number): boolean {
  return joined(s, k) || s.gaps[k] === Gap.Dot;
}

interface Core {
  last: number;
  /** 1 for a full calendar date, 2 for a partial one ('28/10'). */
  tier: number;
}

/** A calendar date starting at token j. */
function dateCore(s: Scan, j: number, W: DateWords): Core | null {
  if (j >= s.n) return null;
  const t = s.tokens[j]!;
  if (t.kind === 'number') {
    let m = NUM_DATE.exec(t.norm);
    if (m) {
      const d = +m[1]!;
      const mo = +m[2]!;
      if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
      return { last: j, tier: m[3] ? 1 : 2 };
    }
    m = DOT_DATE.exec(t.norm);
    if (m) return +m[2]! >= 1 && +m[2]! <= 12 && +m[1]! >= 1 && +m[1]! <= 31 ? { last: j, tier: 1 } : null;
    if (!dayNum(s, j)) return null;
    let k = skipOrdinal(s, j, W);
    // 28-10-2025
    if (s.gaps[k] === Gap.Dash && k + 2 < s.n && s.tokens[k + 1]!.kind === 'number' && /^\d{1,2}$/.test(s.tokens[k + 1]!.norm)) {
      if (+s.tokens[k + 1]!.norm <= 12 && s.gaps[k + 1] === Gap.Dash && year(s, k + 2)) return { last: k + 2, tier: 1 };
    }
    // 28-30 Oktober, 28 s.d. 30 Oktober
    const r = rangeAfter(s, k, W);
    if (r > 0 && dayNum(s, r) && monthAt(s, skipOrdinal(s, r, W) + 1, W)) k = skipOrdinal(s, r, W);
    if (!joined(s, k) || !monthAt(s, k + 1, W)) return null;
    k++;
    if (W.english && joined(s, k) && norm(s, k + 1) === 'of') return null; // '5 of March' is rare; keep it simple
    if (afterMonth(s, k) && year(s, k + 1)) k++;
    else if (W.english && s.gaps[k] === Gap.Comma && year(s, k + 1)) k++;
    return { last: k, tier: 1 };
  }
  if (W.english && t.kind === 'word' && W.months.has(t.norm)) {
    // October 28, 2025 · Oct. 28 · October 28-30
    let k = j;
    if (!afterMonth(s, k) || !dayNum(s, k + 1)) return null;
    k = skipOrdinal(s, k + 1, W);
    const r = rangeAfter(s, k, W);
    if (r > 0 && dayNum(s, r)) k = skipOrdinal(s, r, W);
    if ((s.gaps[k] === Gap.Comma || joined(s, k)) && year(s, k + 1)) k++;
    return { last: k, tier: 1 };
  }
  return null;
}

/** The end of a clock time starting at the time number j: range, 'a.m.', zone, part of day. */
/** Index of the last token of 'a.m.' / 'pm' after token `last`, or `last`. */
function ampm(s: Scan, last: number, W: DateWords): number {
  if (!W.english) return last;
  const w = norm(s, last + 1);
  if ((w === 'am' || w === 'pm') && (joined(s, last) || s.gaps[last] === Gap.Join)) return last + 1;
  if ((w === 'a' || w === 'p') && joined(s, last) && s.gaps[last + 1] === Gap.Dot && norm(s, last + 2) === 'm') return last + 2;
  return last;
}

function timeTail(s: Scan, j: number, W: DateWords): number {
  let last = ampm(s, j, W);
  const r = rangeAfter(s, last, W);
  if (r > 0 && (timeNum(s, r) || norm(s, r) === 'selesai' || norm(s, r) === 'finish')) last = ampm(s, r, W);
  if (joined(s, last) && W.zones.has(norm(s, last + 1))) last++;
  if (joined(s, last) && W.dayParts.has(norm(s, last + 1))) last++;
  return last;
}

function hasClockTail(s: Scan, j: number, W: DateWords): boolean {
  const w = norm(s, j + 1);
  if (!(joined(s, j) || s.gaps[j] === Gap.Join)) return false;
  if (W.zones.has(w)) return true;
  return W.english && (w === 'am' || w === 'pm' || ((w === 'a' || w === 'p') && s.gaps[j + 1] === Gap.Dot && norm(s, j + 2) === 'm'));
}

interface Period {
  last: number;
  tier: number;
  /** Only a year number, which needs a preposition before it. */
  bare: boolean;
}

/** Index of the last token of a year at j and its range ('2020-2024', '2020 hingga 2024'). */
function yearTail(s: Scan, j: number, W: DateWords): number {
  const r = rangeAfter(s, j, W);
  return r > 0 && year(s, r) ? r : j;
}

/** 'Juli 2025', 'Januari–Maret 2025', 'Januari sampai Maret 2025' at a full month name j. */
function monthPeriod(s: Scan, j: number, W: DateWords): number {
  if (!W.fullMonths.has(norm(s, j))) return -1;
  let k = j;
  const r = rangeAfter(s, k, W);
  if (r > 0 && W.fullMonths.has(norm(s, r))) k = r;
  return joined(s, k) && year(s, k + 1) ? k + 1 : -1;
}

/** A year at token k: '2025', 'tahun 2024', 'tahun anggaran 2025' (tier 4), 'fiscal year 2025'; null when none. */
function yearAt(s: Scan, k: number, W: DateWords): Period | null {
  if (k >= s.n) return null;
  const P = W.period;
  if (s.tokens[k]!.kind === 'number') {
    if (!yearOrSpan(s, k)) return null;
    // 'hingga 2000 peserta', 'by 2000 participants': a count, not a year.
    if (joined(s, k) && P.countNouns.has(norm(s, k + 1))) return null;
    return { last: yearTail(s, k, W), tier: 3, bare: true };
  }
  // A year word: 'tahun 2024', 'tahun anggaran 2025' (a budget's name more often than a time), 'fiscal year 2025'.
  const yw = P.yearWords.match(s, k);
  if (!yw) return null;
  // 'Nomor 27 Tahun 2022', 'PP 71 Tahun 2019': the year of a law, not a time.
  if (k > 0 && s.tokens[k - 1]!.kind === 'number' && joined(s, k - 1)) return null;
  const j = k + yw.len;
  if (!(joined(s, j - 1) || s.gaps[j - 1] === Gap.Dot) || !yearOrSpan(s, j)) return null;
  return { last: yearTail(s, j, W), tier: yw.value ? 4 : 3, bare: false };
}

/**
 * A period coarser than a day whose first word (after any preposition) is token k: a year, a month ('bulan Juli
 * 2025', 'Januari–Maret 2025'), part of a year ('akhir 2025', 'the end of 2025', 'Triwulan III 2025', 'third quarter of
 * 2025'). Every branch reads a bounded number of tokens.
 */
function periodCore(s: Scan, k: number, W: DateWords): Period | null {
  if (k >= s.n) return null;
  const P = W.period;
  const tok = s.tokens[k]!;
  if (tok.kind !== 'word') return tok.kind === 'number' ? yearAt(s, k, W) : null;
  const w = tok.norm;
  // Months: 'Juli 2025', 'bulan Januari–Maret 2025'.
  const m = monthPeriod(s, P.monthWords.has(w) && joined(s, k) ? k + 1 : k, W);
  if (m > 0) return { last: m, tier: 2, bare: false };
  const y = yearAt(s, k, W);
  if (y) return y;
  // Part of a year: 'akhir 2025', 'awal tahun 2025', 'akhir Desember 2025', 'the end of 2025', 'mid-2025'.
  const edge = P.edges.match(s, k);
  let j = -1;
  if (edge) {
    j = k + edge.len;
    if (!(joined(s, j - 1) || s.gaps[j - 1] === Gap.Dash)) return null;
    const month = monthPeriod(s, j, W);
    if (month > 0) return { last: month, tier: 2, bare: false };
    const inner = yearAt(s, j, W);
    return inner && inner.tier === 3 ? { last: inner.last, tier: 3, bare: false } : null;
  }
  // 'Triwulan III 2025', 'semester I tahun 2024', 'kuartal ke-3 2025'; 'third quarter of 2025', 'first half of 2025'.
  if (P.ordinals.has(w) && joined(s, k) && P.parts.has(norm(s, k + 1))) j = k + 2; // English: ordinal first
  else if (P.parts.has(w) && joined(s, k)) {
    j = k + 1;
    if (norm(s, j) === 'ke' && s.gaps[j] === Gap.Dash) j++;
    if (!P.ordinals.has(norm(s, j))) return null;
    j++;
  } else if (P.namedParts.has(w)) j = k + 1;
  if (j < 0 || !joined(s, j - 1)) return null;
  if (W.english && norm(s, j) === 'of' && joined(s, j)) j++;
  const inner = yearAt(s, j, W);
  return inner && inner.tier === 3 ? { last: inner.last, tier: 2, bare: false } : null;
}

/** A period at token i, with a preposition before it or not; a bare year needs one. */
function periodAt(s: Scan, i: number, W: DateWords): { first: number; last: number; tier: number } | null {
  let k = i;
  let first = i;
  const prep = W.period.preps.match(s, i);
  if (prep) {
    k = i + prep.len;
    if (!joined(s, k - 1)) return null;
    // 'in the third quarter of 2025' ('the end of' is an edge of its own).
    if (W.english && norm(s, k) === 'the' && joined(s, k) && !W.period.edges.match(s, k)) k++;
    if (!prep.value) first = k;
  }
  const core = periodCore(s, k, W);
  if (!core || (core.bare && !prep)) return null;
  // 'Bupati periode 2021-2026' is a term of office more often than the time of what is told.
  const term = core.bare && core.last > k && norm(s, i) === 'periode';
  return { first, last: core.last, tier: term ? 4 : core.tier };
}

function push(out: Candidate[], s: Scan, first: number, last: number, tier: number, end = s.tokens[last]!.end): void {
  out.push({ start: s.tokens[first]!.start, end, tier });
}

/** All date and time expressions of the text, as candidates. */
export function whenCandidates(s: Scan, W: DateWords): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let i = 0; i < s.n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !W.triggers.match(s, i)) continue;
    const w = t.norm;
    if (t.kind === 'number') {
      const core = dateCore(s, i, W);
      if (core) {
        const first = i > 0 && joined(s, i - 1) && W.beforeDate.has(norm(s, i - 1)) ? i - 1 : i;
        // '(28/10)' after a day name is handled there; a bare '28/10' is a weaker date.
        push(out, s, first, core.last, first < i ? 1 : core.tier);
        i = core.last;
      } else if (timeNum(s, i) && hasClockTail(s, i, W)) {
        const last = timeTail(s, i, W);
        push(out, s, i, last, 2);
        i = last;
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    const per = periodAt(s, i, W);
    if (per) {
      push(out, s, per.first, per.last, per.tier);
      i = per.last;
      continue;
    }
    const rel = W.relative.match(s, i);
    if (rel) {
      let last = i + rel.len - 1;
      if (joined(s, last) && W.dayParts.has(norm(s, last + 1))) last++;
      push(out, s, i, last, rel.value);
      i = last;
      continue;
    }
    if (W.days.has(w) && (s.caps[i] || w !== 'minggu')) {
      let first = i;
      while (first > 0 && first > i - 2 && joined(s, first - 1) && W.beforeDay.has(norm(s, first - 1))) first--;
      const g = s.gaps[i];
      if (g === Gap.Open) {
        const core = dateCore(s, i + 1, W);
        if (core) {
          push(out, s, first, core.last, 1, endWithClose(s, core.last));
          i = core.last;
          continue;
        }
      } else if (g === Gap.Comma || joined(s, i)) {
        const core = dateCore(s, i + 1, W);
        if (core) {
          push(out, s, first, core.last, 1);
          i = core.last;
          continue;
        }
      }
      if (joined(s, i)) {
        const relAfter = W.relative.match(s, i + 1);
        if (relAfter) {
          push(out, s, first, i + relAfter.len, 2);
          i += relAfter.len;
          continue;
        }
        if (W.afterDay.has(norm(s, i + 1))) {
          push(out, s, first, i + 1, 2);
          i++;
          continue;
        }
      }
      if (s.caps[i] || first < i) push(out, s, first, i, 2);
      continue;
    }
    if (W.timeMarkers.has(w) && joined(s, i) && timeNum(s, i + 1)) {
      const last = timeTail(s, i + 1, W);
      push(out, s, i, last, 2);
      i = last;
      continue;
    }
    if (W.beforeDate.has(w) && joined(s, i) && dayNum(s, i + 1) && !dateCore(s, i + 1, W)) {
      push(out, s, i, i + 1, 2);
      i++;
      continue;
    }
    if (W.months.has(w)) {
      const core = W.english ? dateCore(s, i, W) : null;
      if (core) {
        push(out, s, i, core.last, 1);
        i = core.last;
      }
    }
  }
  return out;
}
