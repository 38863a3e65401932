/**
 * What kind of post a draft is (event, announcement, greeting, hoax clarification, other), which decides the 5W1H
 * elements it must tell: a greeting is never asked for a place.
 */
import { Gap, PhraseTable, getScan, type Scan } from './elements/scan';
import type { ElementKey, Language, PostType } from './types';
import type { TextView } from './text';

/** Which of the six elements each kind of post must tell. A greeting needs none of them. */
export const REQUIRED_ELEMENTS: Record<PostType, readonly ElementKey[]> = {
  event: ['what', 'who', 'when', 'where', 'why'],
  announcement: ['what', 'who', 'when', 'where'],
  greeting: [],
  'hoax-clarification': ['what', 'who'],
  other: ['what', 'who'],
};

/*
 * The post type is a vote of cue words and phrases, in one pass over the tokens. Each cue has a weight for its type,
 * and a larger one in the opening sentence, where a post says what it is ('[HOAKS] …', 'Selamat Hari …',
 * 'PENGUMUMAN'). A cue counts at most twice, so a long report that says 'informasi' ten times stays an event.
 */

type Scored = Exclude<PostType, 'other'>;

interface Cue {
  type: Scored;
  weight: number;
  /** Weight in the first sentence (defaults to weight). */
  early?: number;
  /** Counts only inside square brackets: '[HOAKS]'. */
  bracketed?: boolean;
  /** Counts only before a colon: 'Penjelasan:'. */
  colon?: boolean;
  /** Counts only when written with a capital ('Gelar' in a headline, not 'gelar sarjana'). */
  capital?: boolean;
}

// A phrase may carry several cues ('hoaks' in brackets and 'hoaks' anywhere): collect them, then build the table.
const pending: [string, Cue][] = [];
function cue(type: Scored, weight: number, phrases: string[], extra: Omit<Cue, 'type' | 'weight'> = {}): void {
  // One object per phrase: the at-most-twice count is kept per phrase.
  for (const p of phrases) pending.push([p, { type, weight, ...extra }]);
}

// Hoax clarification: Komdigi/Kominfo, ANTARA, Mafindo labels and the parts of a clarification.
cue('hoax-clarification', 6, [
  'hoaks', 'hoax', 'disinformasi', 'misinformasi', 'malinformasi', 'klarifikasi', 'salah', 'keliru', 'penipuan', 'fitnah',
  'manipulasi', 'satire', 'satir', 'false', 'misleading', 'fake', 'clarification', 'scam', 'disinformation',
  'misinformation', 'cek fakta', 'fact check',
], { bracketed: true });
cue('hoax-clarification', 2, ['hoaks', 'hoax', 'disinformasi', 'misinformasi', 'berita bohong', 'kabar bohong'], { early: 4 });
cue('hoax-clarification', 3, ['penjelasan', 'faktanya', 'fakta', 'kesimpulan', 'explanation', 'the facts', 'verdict'], { colon: true });
cue('hoax-clarification', 4, ['link counter', 'counter link', 'cek fakta', 'fact check', 'fact-check', 'turnbackhoax']);
cue('hoax-clarification', 3, ['faktanya', 'dipastikan hoaks', 'dipastikan tidak benar', 'bukan berasal dari', 'in fact']);
cue('hoax-clarification', 1.5, [
  'klarifikasi', 'tidak benar', 'pesan berantai', 'mengatasnamakan', 'waspada penipuan', 'beredar', 'tidak pernah',
  'bukan dari', 'clarify', 'clarifies', 'not true', 'debunked', 'circulating',
]);

// Greetings and condolences.
cue('greeting', 2, [
  'selamat hari', 'selamat idulfitri', 'selamat idul fitri', 'selamat iduladha', 'selamat idul adha', 'selamat hari raya',
  'selamat natal', 'selamat tahun baru', 'selamat menunaikan', 'selamat menjalankan', 'selamat berpuasa',
  'selamat ulang tahun', 'selamat memperingati', 'selamat merayakan', 'selamat imlek', 'selamat nyepi', 'selamat waisak',
  'selamat paskah', 'selamat hut', 'selamat milad', 'dirgahayu', 'turut berduka cita', 'turut berduka', 'berduka cita',
  'innalillahi', "inna lillahi", 'mohon maaf lahir dan batin', 'minal aidin', 'marhaban ya ramadan', 'marhaban ya ramadhan',
  'merry christmas', "season's greetings", 'eid mubarak', 'condolences', 'rest in peace', 'happy new year',
  'selamat tahun baru islam', 'gong xi fa cai', 'gong xi fat choy', 'rahajeng', 'sugeng',
], { early: 5 });
cue('greeting', 2, ['happy'], { early: 5, capital: true });
cue('greeting', 1, [
  'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'good morning', 'good evening', 'salam sehat', 'halo sobat',
]);
cue('greeting', 1.5, ['semoga', 'terima kasih atas', 'ucapan', 'taqabbalallahu']);

// Announcements and service notices.
cue('announcement', 2, ['pengumuman', 'announcement', 'notice', 'pemberitahuan', 'maklumat', 'surat edaran', 'edaran'], { early: 5 });
cue('announcement', 3, ['diberitahukan', 'tutup sementara', 'ditutup sementara', 'tidak beroperasi', 'will be closed', 'please note']);
cue('announcement', 2.5, [
  'imbauan', 'himbauan', 'pemadaman', 'pengalihan arus', 'penutupan jalan', 'peringatan dini', 'cuti bersama', 'lowongan',
  'batas waktu', 'segera daftarkan', 'catat tanggalnya', 'mohon perhatian', 'outage', 'advisory', 'deadline',
]);
cue('announcement', 2, [
  'pendaftaran', 'mengimbau', 'menghimbau', 'diimbau', 'dihimbau', 'persyaratan', 'jadwal pelayanan', 'jam pelayanan',
  'jam operasional', 'waspada', 'siaga', 'registration', 'reminder', 'schedule', 'requirements', 'warning', 'alert',
]);
cue('announcement', 1.5, [
  'pelayanan', 'layanan', 'jadwal', 'syarat', 'libur', 'perekaman', 'dibuka', 'ditutup', 'berlaku', 'kuota', 'seleksi',
  'daftar', 'daftarkan', 'info', 'informasi', 'ketentuan', 'gratis', 'closed', 'apply',
]);
cue('announcement', 1, ['service', 'services', 'open', 'ktp-el', 'e-ktp', 'kia', 'kk', 'bansos', 'formulir', 'loket']);

// Events: a reported or upcoming activity.
cue('event', 3, ['opened', 
  'menggelar', 'mengadakan', 'menyelenggarakan', 'digelar', 'diselenggarakan', 'meresmikan', 'melantik', 'held', 'hosted',
  'inaugurated', 'will hold', 'will host', 'will be held', 'is holding', 'are holding', 'holds', 'hosts',
]);
cue('event', 2.5, ['gelar', 'resmikan', 'lantik'], { capital: true });
cue('event', 2, [
  'melaksanakan', 'dilaksanakan', 'diadakan', 'bimtek', 'bimbingan teknis', 'upacara', 'peresmian', 'pelantikan',
  'menghadiri', 'dihadiri', 'narasumber', 'seminar', 'webinar', 'workshop', 'lokakarya', 'donor darah', 'kerja bakti',
  'jalan sehat', 'menyalurkan', 'meninjau', 'mengunjungi', 'kunjungan kerja', 'rapat koordinasi', 'rakor', 'organized',
  'organised', 'conducted', 'launched', 'attended', 'ceremony', 'conference', 'training', 'kegiatan tersebut',
  'workshop', 'health check', 'drive', 'blood donation',
]);
cue('event', 1.5, [
  'kegiatan', 'acara', 'sosialisasi', 'rapat', 'pelatihan', 'lomba', 'festival', 'diikuti', 'vaksinasi', 'imunisasi',
  'apel', 'berlangsung', 'ayo ikut', 'ayo ikuti', 'jangan lewatkan', 'gotong royong', 'pameran', 'penyaluran', 'memimpin',
  'peserta', 'meeting', 'festival', 'participants', 'event', 'join us', 'vaccination', 'exhibition', 'competition',
]);
cue('event', 1, ['senam', 'mengikuti', 'membuka', 'menyerahkan', 'membagikan', 'pembagian', 'peringatan', 'memperingati']);

const CUES = new PhraseTable<Cue[]>();
const byPhrase = new Map<string, Cue[]>();
for (const [p, c] of pending) {
  const list = byPhrase.get(p) ?? [];
  list.push(c);
  byPhrase.set(p, list);
}
for (const [p, list] of byPhrase) CUES.add(p, list);

const SHORT = 8;

function insideBrackets(s: Scan, first: number, last: number): boolean {
  const a = s.tokens[first]!.start;
  const b = s.tokens[last]!.end;
  return a > 0 && s.text.charCodeAt(a - 1) === 91 && s.text.charCodeAt(b) === 93;
}

/**
 * Infers what kind of post a draft is. Indonesian and English cues are both read whatever the language: they do not
 * collide, and government posts mix the two ('Selamat Hari Guru! Happy Teachers' Day').
 */
export function classifyPostType(view: TextView, _language: Language): PostType {
  const s = getScan(view);
  if (s.n === 0) return 'other';
  const firstEnd = view.sentences[0]?.end ?? view.text.length;
  const scores: Record<Scored, number> = { event: 0, announcement: 0, greeting: 0, 'hoax-clarification': 0 };
  const seen = new Map<Cue, number>();
  let words = 0;
  let greetingOnly = true;
  for (let i = 0; i < s.n; i++) {
    const tok = s.tokens[i]!;
    if (tok.kind !== 'word') continue;
    words++;
    const m = CUES.match(s, i);
    if (!m) continue;
    const last = i + m.len - 1;
    const early = tok.start < firstEnd;
    for (const c of m.value) {
      if (c.bracketed && !insideBrackets(s, i, last)) continue;
      if (c.colon && s.gaps[last] !== Gap.Colon) continue;
      if (c.capital && !s.caps[i]) continue;
      const times = seen.get(c) ?? 0;
      if (times >= 2) continue;
      seen.set(c, times + 1);
      scores[c.type] += early && c.early !== undefined ? c.early : c.weight;
      if (c.type !== 'greeting') greetingOnly = false;
    }
    i = last;
  }
  let best: PostType = 'other';
  let top = 0;
  // Ties go to the more specific kind: a clarification, then a greeting, an announcement, an event.
  for (const type of ['hoax-clarification', 'greeting', 'announcement', 'event'] as const) {
    if (scores[type] > top) {
      top = scores[type];
      best = type;
    }
  }
  // 'Selamat pagi!' alone is a greeting; in a longer post it is only an opening.
  if (scores.greeting > 0 && greetingOnly && words <= SHORT) return 'greeting';
  return top >= 1.5 ? best : 'other';
}
