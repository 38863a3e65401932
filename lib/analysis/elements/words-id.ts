/** Indonesian word classes the extractors share: calendar words, clause-ending function words, verb shapes. */
import { wordSet } from './scan';

export const DAYS_ID = wordSet(['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'jumaat', 'sabtu', 'minggu', 'ahad']);

/** Month names and their usual abbreviations, with the month number. */
export const MONTHS_ID = new Map<string, number>([
  ['januari', 1], ['februari', 2], ['pebruari', 2], ['maret', 3], ['april', 4], ['mei', 5], ['juni', 6], ['juli', 7],
  ['agustus', 8], ['september', 9], ['oktober', 10], ['nopember', 11], ['november', 11], ['desember', 12],
  ['jan', 1], ['feb', 2], ['peb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['agu', 8], ['agt', 8], ['ags', 8],
  ['agus', 8], ['sep', 9], ['sept', 9], ['okt', 10], ['nov', 11], ['des', 12],
]);

/** Full month names (an abbreviation alone, without a day number, is not taken as a month). */
export const FULL_MONTHS_ID = wordSet([
  'januari', 'februari', 'pebruari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'nopember',
  'november', 'desember',
]);

/** Words that end a noun phrase: prepositions, conjunctions, time words, auxiliaries, demonstratives. */
export const STOP_ID = wordSet([
  'di', 'ke', 'dari', 'pada', 'bagi', 'untuk', 'kepada', 'yang', 'dengan', 'dalam', 'guna', 'agar', 'supaya', 'serta',
  'sebagai', 'bertempat', 'berlokasi', 'mulai', 'selama', 'oleh', 'terkait', 'sejak', 'hingga', 'sampai', 'pukul', 'jam',
  'bersama', 'kemarin', 'besok', 'lusa', 'hari', 'tadi', 'nanti', 'pekan', 'minggu', 'bulan', 'tahun', 'ini', 'itu',
  'tersebut', 'juga', 'akan', 'telah', 'sudah', 'sedang', 'masih', 'secara', 'melalui', 'karena', 'sehingga', 'namun',
  'tetapi', 'dan', 'atau', 'bahwa', 'adalah', 'merupakan', 'yakni', 'yaitu', 'antara', 'pun', 'setiap', 'tiap', 'rangka',
  'demi', 'sebanyak', 'para', 'kami', 'kita', 'anda', 'ia', 'dia', 'mereka', 'beliau', 'saat', 'ketika', 'sebelum',
  'sesudah', 'setelah', 'usai', 'jika', 'apabila', 'bila', 'maka', 'lalu', 'kemudian', 'via', 'lewat', 'se', 'tak',
  'tidak', 'belum', 'bukan', 'jangan', 'harus', 'wajib', 'dapat', 'bisa', 'mampu', 'perlu', 'ayo', 'yuk', 'mari', 'silakan',
  'segera', 'selalu', 'lebih', 'sangat', 'paling', 'hanya', 'baik', 'bahkan', 'khususnya', 'terutama', 'seperti', 'sekitar',
  'kurang', 'hampir', 'mengenai', 'tentang', 'sebelumnya', 'sekaligus', 'pagi', 'siang', 'sore', 'malam', 'wib', 'wita',
  'wit', 'tanggal', 'tgl', 'hal', 'ia', 'nya', 'sedangkan', 'adapun', 'per', 'selaku', 'atas', 'oleh', 'kata', 'ujar',
  'ungkap', 'jelas', 'tutur', 'tambah', 'sebut', 'imbuh', 'tutup', 'buka', 'libur', 'mohon', 'harap', 'berlaku',
]);

/** Ordinary words that begin like a verb (me-, di-, ber-, ter-) but are nouns or adjectives. */
const NOT_VERBS = wordSet([
  'media', 'medis', 'mediasi', 'meeting', 'melati', 'mental', 'mentari', 'menteri', 'merdeka', 'merah', 'meriah', 'mesin',
  'metode', 'meter', 'memori', 'menu', 'menit', 'mekanisme', 'melayu', 'megah', 'meja', 'mebel', 'medali', 'mereka',
  'dinas', 'digital', 'diskusi', 'dialog', 'direktur', 'direktorat', 'disabilitas', 'distribusi', 'diabetes', 'diare',
  'diploma', 'dinamika', 'dimensi', 'diagnosis', 'diagnosa', 'diklat', 'dirgahayu', 'diet', 'diesel', 'difabel', 'dirut',
  'diskon', 'disiplin', 'dividen', 'diversifikasi', 'distrik', 'dingin', 'dini', 'diri', 'dirinya', 'beras', 'berita',
  'berkas', 'bersih', 'berat', 'berkala', 'berkelanjutan', 'bermutu', 'berbagai', 'bersama', 'berharga', 'bertahap',
  'berkualitas', 'berbasis', 'berdaya', 'berintegritas', 'berjenjang', 'bersejarah', 'terpadu', 'terminal', 'teras',
  'teritorial', 'ternak', 'terapi', 'tertib', 'terbuka', 'terbaik', 'terkini', 'terpencil', 'tertentu', 'terdekat',
  'terakhir', 'terbaru', 'terbatas', 'terampil', 'terjangkau', 'terintegrasi', 'terkait', 'terhadap', 'teroris',
  'terorisme', 'teritori', 'termasuk', 'beragam', 'berupa', 'beserta', 'bergizi', 'berbahaya', 'berkebutuhan',
]);

/** True for a lower-case word shaped like an Indonesian verb (menggelar, dilaksanakan, berlangsung, terlihat). */
export function isVerbLikeId(word: string): boolean {
  if (word.length < 6 || NOT_VERBS.has(word)) return false;
  const c0 = word.charCodeAt(0);
  if (c0 === 109 /* m */) return word.startsWith('me');
  if (c0 === 100 /* d */) return word.startsWith('di');
  if (c0 === 98 /* b */) return word.startsWith('ber') || word.startsWith('bel');
  if (c0 === 116 /* t */) return word.startsWith('ter');
  return false;
}

/** Nouns for people or bodies that a count can stand before: "Sebanyak 50 admin", "ratusan warga". */
export const PEOPLE_NOUNS_ID = wordSet([
  'peserta', 'orang', 'warga', 'masyarakat', 'siswa', 'siswi', 'pelajar', 'mahasiswa', 'guru', 'admin', 'operator',
  'pegawai', 'asn', 'pns', 'pppk', 'petugas', 'relawan', 'anak', 'balita', 'lansia', 'kader', 'perwakilan', 'pelaku',
  'nakes', 'tenaga', 'personel', 'anggota', 'keluarga', 'kk', 'penerima', 'pengunjung', 'pedagang', 'nelayan', 'petani',
  'pemuda', 'pemudi', 'santri', 'atlet', 'camat', 'lurah', 'kades', 'perangkat', 'jurnalis', 'wartawan', 'pengelola',
  'penyandang', 'pemilih', 'calon', 'pendaftar', 'penumpang', 'pengemudi', 'buruh', 'karyawan', 'instansi', 'opd',
  'kepala', 'ibu', 'bapak', 'remaja', 'umkm', 'pemustaka', 'penyuluh', 'bidan', 'dokter', 'perawat', 'penyintas',
  'korban', 'pengungsi', 'jiwa', 'tim', 'regu', 'kelompok', 'komunitas', 'perusahaan', 'sekolah', 'desa', 'kelurahan',
  'kecamatan', 'lembaga', 'organisasi', 'pejabat', 'pimpinan', 'pengurus', 'narasumber', 'pemateri', 'juri', 'finalis',
  'duta', 'agen', 'influencer', 'konten', 'kreator', 'pegiat', 'penggiat', 'difabel', 'veteran', 'purnawirawan', 'prajurit',
  'polisi', 'tni', 'polri', 'satpol', 'linmas', 'babinsa', 'pelanggan', 'nasabah', 'wajib', 'pasien', 'ibu-ibu',
  'bapak-bapak', 'anak-anak',
]);

/** Words for an approximate quantity: "puluhan warga", "ratusan peserta". */
export const QUANTITY_WORDS_ID = wordSet([
  'puluhan', 'ratusan', 'ribuan', 'belasan', 'jutaan', 'sejumlah', 'beberapa', 'seratus', 'seribu', 'dua', 'tiga', 'empat',
  'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'dua puluh', 'puluhan ribu', 'ratusan ribu',
]);

/** Headline forms of event verbs without a prefix ('Diskominfo Kotim Gelar Bimtek …'), counted only when capitalised. */
export const HEADLINE_VERBS = wordSet([
  'gelar', 'laksanakan', 'adakan', 'selenggarakan', 'resmikan', 'buka', 'luncurkan', 'lantik', 'serahkan', 'salurkan',
  'bagikan', 'ikuti', 'hadiri', 'pimpin', 'tinjau', 'kunjungi', 'sosialisasikan', 'peringati', 'rayakan', 'bahas', 'tanam',
  'pantau', 'lepas', 'canangkan', 'kukuhkan', 'imbau', 'himbau', 'ajak', 'berikan', 'sediakan', 'fasilitasi', 'gencarkan',
  'latih', 'bekali', 'periksa', 'terbitkan', 'tertibkan', 'evakuasi', 'distribusikan', 'umumkan', 'ingatkan', 'dorong',
  'minta', 'terima', 'tutup', 'raih', 'genjot', 'percepat', 'perkuat', 'tingkatkan', 'siapkan', 'siagakan', 'kerahkan',
]);
