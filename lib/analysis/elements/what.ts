/**
 * Apa / what, for Indonesian: the activity. An event verb with its object ('menggelar sosialisasi', 'Gelar Bimtek
 * Pengelolaan Media Sosial' in a headline), an activity noun with its modifiers ('pelayanan perekaman KTP-el',
 * 'Bimbingan Teknis (Bimtek) Pengelolaan Media Sosial'), a hoax label's claim, or a greeting's occasion.
 * Tier 1: an event verb or a hoax label; tier 2: an activity noun or a general verb ('melakukan', 'mengimbau');
 * tier 3: 'kegiatan …', 'acara …', a greeting.
 */
import { titleAt } from './gazetteer';
import { Gap, PhraseTable, joined, norm, wordSet, type Candidate, type Scan } from './scan';
import { DAYS_ID, HEADLINE_VERBS, MONTHS_ID, STOP_ID, isVerbLikeId } from './words-id';

/** Active event verbs → tier. */
const EVENT_VERBS = new PhraseTable<number>();
for (const v of [
  'menggelar', 'melaksanakan', 'mengadakan', 'menyelenggarakan', 'meresmikan', 'membuka', 'meluncurkan', 'melantik',
  'menyerahkan', 'menyalurkan', 'membagikan', 'mengikuti', 'menghadiri', 'memimpin', 'meninjau', 'mengunjungi',
  'menandatangani', 'mensosialisasikan', 'menyosialisasikan', 'memperingati', 'merayakan', 'membahas', 'menanam', 'memantau',
  'melepas', 'mencanangkan', 'mengukuhkan', 'menggencarkan', 'melaunching', 'me-launching', 'menyediakan', 'memfasilitasi',
  'menerjunkan', 'mengerahkan', 'menggelontorkan', 'mengevakuasi', 'menertibkan', 'merazia', 'memberangkatkan', 'menjemput',
  'melayani', 'mendistribusikan', 'meluncurkan', 'melatih', 'membekali', 'memeriksa', 'melaunching', 'menerbitkan',
  'memberlakukan', 'menutup', 'mengumumkan',
])
  EVENT_VERBS.add(v, 1);
for (const v of ['melakukan', 'memberikan', 'mengimbau', 'menghimbau', 'mengajak', 'mengingatkan', 'menerima', 'menyampaikan'])
  EVENT_VERBS.add(v, 2);

/** Activity nouns → tier. */
const ACTIVITIES = new PhraseTable<number>();
ACTIVITIES.addAll(
  [
    'bimtek', 'bimbingan teknis', 'sosialisasi', 'pelatihan', 'rapat', 'rapat koordinasi', 'rakor', 'seminar', 'webinar',
    'lokakarya', 'workshop', 'festival', 'lomba', 'upacara', 'apel', 'peresmian', 'pelantikan', 'penyaluran', 'pembagian',
    'penyerahan', 'pemeriksaan', 'pengobatan', 'operasi pasar', 'pasar murah', 'donor darah', 'kerja bakti', 'gotong royong',
    'musyawarah', 'musrenbang', 'sidak', 'kunjungan', 'peringatan', 'perayaan', 'pameran', 'bazar', 'pawai', 'karnaval',
    'jalan sehat', 'senam', 'doa bersama', 'pengajian', 'halal bihalal', 'halalbihalal', 'pemadaman', 'perbaikan',
    'pembangunan', 'penanaman', 'pemantauan', 'razia', 'patroli', 'simulasi', 'pendampingan', 'penyuluhan', 'edukasi',
    'kampanye', 'gerakan', 'pemungutan suara', 'pemilihan', 'seleksi', 'rekrutmen', 'penerimaan', 'peluncuran', 'pengukuhan',
    'pembinaan', 'evaluasi', 'monitoring', 'monev', 'fgd', 'diskusi', 'dialog', 'talkshow', 'talk show', 'bakti sosial',
    'baksos', 'khitanan massal', 'sunatan massal', 'nikah massal', 'isbat nikah', 'posyandu', 'fogging', 'penyemprotan',
    'vaksinasi', 'imunisasi', 'pelayanan', 'layanan', 'pendaftaran', 'perekaman', 'pencetakan', 'peringatan dini',
    'penutupan', 'pengalihan arus', 'penertiban', 'evakuasi', 'pelepasan', 'penandatanganan', 'pencanangan', 'pembukaan',
    'penilaian', 'verifikasi', 'pendataan', 'sensus', 'survei', 'cek kesehatan', 'skrining', 'sunat massal', 'turnamen',
    'kompetisi', 'konser', 'pentas', 'gelar karya', 'expo', 'ekspo', 'bursa kerja', 'job fair', 'pasar rakyat', 'ramah tamah',
    'silaturahmi', 'audiensi', 'rapat paripurna', 'reses', 'hearing', 'orientasi', 'diklat', 'magang', 'bimbingan',
    'penyerahan bantuan', 'distribusi', 'pembersihan', 'pemusnahan', 'inspeksi', 'uji coba', 'ujian', 'tes',
  ],
  2,
);
ACTIVITIES.addAll(['kegiatan', 'acara', 'program'], 3);

const HOAX_LABELS = wordSet([
  'hoaks', 'hoax', 'disinformasi', 'misinformasi', 'malinformasi', 'klarifikasi', 'salah', 'keliru', 'penipuan', 'fitnah',
  'manipulasi', 'satire', 'satir', 'false', 'misleading', 'fake', 'clarification', 'scam',
]);

const GREETING_AFTER = wordSet([
  'hari', 'idulfitri', 'idul', 'iduladha', 'natal', 'tahun', 'menunaikan', 'menjalankan', 'berpuasa', 'ulang', 'memperingati',
  'merayakan', 'imlek', 'nyepi', 'waisak', 'paskah', 'datang', 'jalan', 'bertugas', 'hut', 'milad', 'isra', 'maulid',
]);
const WEAK_HEADLINE_VERBS = wordSet(['imbau', 'himbau', 'ajak', 'berikan', 'ingatkan']);
const PURPOSE_BEFORE = wordSet(['rangka', 'untuk', 'guna', 'agar', 'supaya', 'bertujuan', 'demi', 'upaya', 'ingin', 'akan']);
const DEMONSTRATIVES = wordSet(['ini', 'itu', 'tersebut', 'tadi', 'kali', 'rutin', 'serupa', 'lainnya']);
const MAX_OBJECT = 6;
const YEAR = /^(?:19|20)\d\d$/;

function calendarWord(w: string): boolean {
  return DAYS_ID.has(w) || MONTHS_ID.has(w);
}

/**
 * The object or modifiers after token `from` (exclusive): up to `max` words in the same run, stopping at a
 * preposition, a time word, a verb or a number; a parenthesised acronym ('(Bimtek)') and 'ke-80' are kept.
 * Returns the index of the last token taken, or `from` when none.
 */
function phraseAfter(s: Scan, from: number, max: number): { last: number; end: number } {
  let last = from;
  let end = s.tokens[from]!.end;
  let taken = 0;
  let afterParen = false;
  // 'ke-80' and '(Bimtek)' do not count as words, but every step counts towards this bound.
  for (let steps = 0; last + 1 < s.n && taken < max && steps < 3 * max; steps++) {
    const t = last + 1;
    const tok = s.tokens[t]!;
    const g = s.gaps[last]!;
    const paren = afterParen;
    afterParen = false;
    if (g === Gap.Open && tok.kind === 'word' && s.gaps[t] === Gap.Close && t + 1 < s.n && s.tokens[t + 1]!.kind === 'word' &&
      (s.caps[t + 1] || (!STOP_ID.has(norm(s, t + 1)) && !isVerbLikeId(norm(s, t + 1))))) {
      // 'Bimbingan Teknis (Bimtek) Pengelolaan …'
      last = t;
      end = s.text.indexOf(')', tok.end) + 1;
      taken++;
      afterParen = true;
      continue;
    }
    if (g === Gap.Dash && norm(s, last) === 'ke' && tok.kind === 'number') {
      last = t; // 'HUT ke-80'
      end = tok.end;
      continue;
    }
    if (!joined(s, last) && !(paren && g === Gap.Close) && !(g === Gap.Dash && tok.kind === 'word' && s.caps[last] && s.caps[t])) break;
    if (tok.kind === 'number') {
      // A year inside a capitalised name ('Pilkada 2024', 'HUT RI 80') or a numbered level, not a count or a time.
      if (s.caps[last] && YEAR.test(tok.norm)) {
        last = t;
        end = tok.end;
        taken++;
        continue;
      }
      break;
    }
    if (tok.kind !== 'word') break;
    const w = tok.norm;
    if (w === 'ke' && s.gaps[t] === Gap.Dash && s.tokens[t + 1]?.kind === 'number') {
      last = t;
      end = tok.end;
      continue;
    }
    if (calendarWord(w) || EVENT_VERBS.match(s, t) || DEMONSTRATIVES.has(w)) break;
    if (s.caps[t]) {
      if (titleAt(s, t) && !s.caps[last]) break; // 'rapat bersama Bupati' stops at 'bersama' already
    } else {
      if (STOP_ID.has(w) && !((w === 'dan' || w === '&') && s.caps[last] && s.caps[t + 1] && joined(s, t))) break;
      if (isVerbLikeId(w)) break;
    }
    last = t;
    end = tok.end;
    taken++;
  }
  return { last, end };
}

/** Every word that can start an activity phrase: most tokens are rejected with one bit test. */
const TRIGGERS = new PhraseTable<true>()
  .addAll(HEADLINE_VERBS, true)
  .addAll(HOAX_LABELS, true)
  .addAll(['selamat', 'dirgahayu'], true);
TRIGGERS.addFirsts(EVENT_VERBS, true);
TRIGGERS.addFirsts(ACTIVITIES, true);

/** All activity phrases of an Indonesian text, as candidates. */
export function whatCandidates(s: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.n; i++) {
    const tok = s.tokens[i]!;
    if (tok.kind !== 'word' || !TRIGGERS.match(s, i)) continue;
    const w = tok.norm;
    // '[HOAKS] Pesan berantai …'
    if (HOAX_LABELS.has(w) && tok.start > 0 && s.text.charCodeAt(tok.start - 1) === 91 /* [ */) {
      if (s.text.charCodeAt(tok.end) === 93 /* ] */ && i + 1 < s.n) {
        const p = phraseAfter(s, i + 1, MAX_OBJECT);
        out.push({ start: tok.start - 1, end: p.end, tier: 1 });
        i = p.last;
        continue;
      }
    }
    // 'dalam rangka memperingati …', 'untuk menyalurkan …' state a purpose, not the activity.
    const verb = i > 0 && PURPOSE_BEFORE.has(norm(s, i - 1)) ? null : EVENT_VERBS.match(s, i);
    if (verb || (s.caps[i] && HEADLINE_VERBS.has(w) && (i === 0 || (joined(s, i - 1) && s.caps[i - 1])))) {
      const last = i + (verb?.len ?? 1) - 1;
      if (joined(s, last)) {
        const p = phraseAfter(s, last, MAX_OBJECT);
        if (p.last > last) {
          out.push({ start: tok.start, end: p.end, tier: verb?.value ?? (WEAK_HEADLINE_VERBS.has(w) ? 2 : 1) });
          i = p.last;
          continue;
        }
      }
    }
    const act = ACTIVITIES.match(s, i);
    if (act) {
      const last = i + act.len - 1;
      // 'Kegiatan Posyandu Balita': the specific activity after a generic one names it.
      if (act.value === 3 && joined(s, last) && ACTIVITIES.match(s, last + 1)?.value === 2) continue;
      const p = phraseAfter(s, last, act.value === 3 ? 4 : 5);
      // 'kegiatan ini' says nothing; 'kegiatan Bimtek …' does.
      if (act.value === 3 && p.last === last) continue;
      out.push({ start: tok.start, end: p.end, tier: act.value });
      i = p.last;
      continue;
    }
    if ((w === 'selamat' && GREETING_AFTER.has(norm(s, i + 1)) && joined(s, i)) || w === 'dirgahayu') {
      // The occasion, verbs included: 'Selamat menunaikan ibadah puasa Ramadan'.
      let last = i;
      while (last + 1 < s.n && last - i < 5 && joined(s, last) && s.tokens[last + 1]!.kind === 'word') last++;
      if (last < s.n - 1 && s.gaps[last] === Gap.Dash && norm(s, last) === 'ke' && s.tokens[last + 1]!.kind === 'number') last++;
      if (last > i) {
        out.push({ start: tok.start, end: s.tokens[last]!.end, tier: 3 });
        i = last;
      }
    }
  }
  return out;
}
