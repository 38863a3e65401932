/**
 * Benchmark texts: Indonesian government drafts and English texts of the same lengths, built from varied,
 * realistic paragraphs (events, service announcements, greetings, hoax clarifications, data releases) with
 * numbers, dates, times, money, hashtags, mentions, a URL, a phone number and some non-standard spellings.
 * Each text is cut at a word boundary and topped up with short words to exactly the target length, so every run
 * measures the same input. Only BMP characters are used, so UTF-16 length and code points agree.
 */

export const SIZES = [280, 2200, 63206] as const;
export type Size = (typeof SIZES)[number];

const DISTRICTS = ['Baamang', 'Mentawa Baru Ketapang', 'Kota Besi', 'Cempaga', 'Parenggean', 'Antang Kalang', 'Seranau'];
const DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober'];

/** Indonesian paragraphs; `v` varies names, dates and figures so the long text is not one block repeated. */
const INDONESIAN: ((v: number) => string)[] = [
  (v) =>
    `Dinas Komunikasi dan Informatika Kabupaten Kotawaringin Timur menggelar sosialisasi keterbukaan informasi publik ` +
    `pada hari ${DAYS[v % 6]}, ${10 + (v % 18)} ${MONTHS[v % 10]} 2025, pukul 08.30 WIB di Aula Kecamatan ${DISTRICTS[v % 7]}. ` +
    `Kegiatan ini bertujuan meningkatkan pemahaman perangkat desa tentang hak masyarakat memperoleh informasi. #KotimMaju #InfoPublik`,
  (v) =>
    `Pemberitahuan: pelayanan air bersih PDAM Dharma Tirta di wilayah ${DISTRICTS[(v + 2) % 7]} akan terhenti sementara ` +
    `pada ${DAYS[(v + 1) % 6]} ${5 + (v % 20)}/${1 + (v % 12)}/2025 mulai pukul 09.00 hingga 15.00 WIB dikarenakan ada perbaikan pipa transmisi ` +
    `berdiameter 300 mm. Warga dihimbau menampung air secukupnya. Informasi lebih lanjut hubungi layanan pengaduan di 0812-5123-4${400 + (v % 500)}.`,
  (v) =>
    `Segenap jajaran Pemerintah Kabupaten mengucapkan Selamat Hari Kemerdekaan ke-80 Republik Indonesia. ` +
    `Mari kita isi kemerdekaan dengan kerja nyata, menjaga persatuan, dan terus bersemangat membangun daerah ${DISTRICTS[(v + 4) % 7]}. ` +
    `Merdeka! #HUTRI80 #BersatuBerdaulat`,
  (v) =>
    `[KLARIFIKASI] Beredar pesan berantai di WhatsApp yang menyebut adanya pembagian bantuan sosial tunai sebesar Rp${1 + (v % 4)}.500.000 ` +
    `melalui tautan pendaftaran tertentu. Informasi tersebut TIDAK BENAR. Dinas Sosial tidak pernah memungut biaya ataupun meminta data ` +
    `pribadi melalui tautan. Pastikan informasi hanya dari kanal resmi https://kotimkab.go.id dan akun @diskominfokotim.`,
  (v) =>
    `Badan Pusat Statistik mencatat angka kemiskinan turun menjadi ${5 + (v % 3)},${(v * 7) % 10}${(v * 3) % 10} persen pada Maret 2025, ` +
    `lebih rendah 0,4 poin dibanding tahun sebelumnya. Anggaran perlindungan sosial tahun ini mencapai Rp2,5 miliar ` +
    `yang disalurkan kepada ${1200 + v * 13} keluarga penerima manfaat di 17 kecamatan.`,
  (v) =>
    `Bupati meninjau langsung pelaksanaan imunisasi campak dan rubela di Puskesmas ${DISTRICTS[(v + 1) % 7]}. Sebanyak ${300 + v * 11} balita ` +
    `telah mendapatkan vaksin. Orang tua yang belum sempat hadir dapat datang sampai tanggal ${20 + (v % 8)} ${MONTHS[(v + 3) % 10]} 2025 ` +
    `dengan membawa buku KIA. Imunisasi gratis dan aman, jangan takut akan resiko efek samping ringan seperti demam.`,
  (v) =>
    `Dalam rangka meningkatkan kwalitas layanan administrasi kependudukan, Disdukcapil membuka layanan jemput bola ` +
    `di Kantor Desa ${DISTRICTS[(v + 5) % 7]} setiap hari Sabtu pukul 08.00 s.d. 12.00 WIB. Warga cukup membawa fotokopi kartu keluarga. ` +
    `Tidak sekedar membuat KTP-el, petugas juga melayani perubahan data dan akta kelahiran. #DukcapilMelayani`,
  (v) =>
    `Pemerintah daerah menghimbau seluruh masyarakat untuk tidak melakukan praktek pembakaran lahan selama musim kemarau. ` +
    `Titik panas yang terpantau satelit pada pekan ini berjumlah ${12 + (v % 30)} titik. Kebakaran lahan merugikan kesehatan, ` +
    `membuat anak-anak susah bernafas, dan mengganggu aktifitas sekolah. Laporkan kejadian kebakaran ke 112 (layanan darurat, gratis).`,
  (v) =>
    `Rapat koordinasi persiapan Musrenbang tingkat kabupaten tahun ${2025 + (v % 2)} di laksanakan di Ruang Rapat Bappeda, ` +
    `dihadiri oleh ${40 + (v % 25)} perwakilan perangkat daerah. Sekretaris Daerah meminta setiap usulan program disertai data ` +
    `pendukung yang jelas agar pembangunan tepat sasaran dan anggaran tidak terbuang percuma.`,
  (v) =>
    `Lowongan! Pemerintah Kabupaten membuka seleksi Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) untuk ${150 + v * 3} formasi guru ` +
    `dan tenaga kesehatan. Pendaftaran dibuka 1 sampai 15 ${MONTHS[(v + 6) % 10]} 2025 melalui portal resmi. ` +
    `Seleksi tidak dipungut biaya apapun; waspadai penipuan yang menjanjikan kelulusan dengan imbalan uang.`,
  (v) =>
    `Dinas Pertanian menyalurkan ${8 + (v % 9)} ton benih padi unggul dan 2.500 liter pupuk cair kepada kelompok tani di Kecamatan ` +
    `${DISTRICTS[(v + 3) % 7]}. Kepala Dinas berharap hasil panen meningkat sehingga ketahanan pangan daerah semakin kuat. ` +
    `Petani yang ingin merubah pola tanam dapat berkonsultasi dengan penyuluh lapangan setempat.`,
  (v) =>
    `Selamat pagi, Sobat Kotim! Hari ini ${DAYS[(v + 2) % 6]} ada car free day di Jalan Jenderal Sudirman mulai pukul 06.00 ` +
    `sampai 09.00 WIB. Yuk ajak keluarga berolahraga, jaga kebersihan, dan buang sampah pada tempatnya. ` +
    `Jangan lupa ijin dulu ke orang tua ya. #CFDKotim #HidupSehat`,
];

const ENGLISH: ((v: number) => string)[] = [
  (v) =>
    `The city council will hold a public consultation on the new bus network on ${['Monday', 'Tuesday', 'Thursday'][v % 3]}, ` +
    `${3 + (v % 25)} ${['March', 'April', 'May', 'June'][v % 4]} 2025, from 6.30 pm at the Riverside Community Hall. ` +
    `Residents are invited to share their views on routes, timetables and accessibility. #HaveYourSay`,
  (v) =>
    `Water supply in the northern district will be interrupted between 9 am and 3 pm next week while engineers replace ` +
    `a 300 mm main. We recomend that households store enough water for drinking and cooking. For updates, call 0161 496 ${1000 + v}.`,
  (v) =>
    `[FACT CHECK] A message circulating on social media claims that residents can claim a one-off payment of ${200 + v * 5} pounds ` +
    `by entering their bank details on a website. This is not true. The council will never ask for your personal information ` +
    `through a link. Please rely only on official channels such as https://example.gov.uk and @citycouncil.`,
  (v) =>
    `Figures published today show that unemployment fell to ${3 + (v % 2)}.${(v * 7) % 10} percent in the first quarter, ` +
    `its lowest level in a decade. The council has invested 2.5 million in training schemes which have helped ${1200 + v * 13} ` +
    `people back into work across 17 neighbourhoods.`,
  (v) =>
    `Childhood vaccination clinics are running at all health centres this month. So far ${300 + v * 11} children have been vaccinated. ` +
    `Parents who missed their appointment can drop in until the ${20 + (v % 8)}th without booking; its free, safe and quick, ` +
    `and mild side effects such as a slight fever are normal.`,
  (v) =>
    `Good morning everyone! The main street will be closed to traffic this ${['Sunday', 'Saturday'][v % 2]} from 6 am until 9 am ` +
    `for the monthly car-free morning. Bring your family, enjoy the fresh air, and please leave the area as clean as you found it. ` +
    `#CarFreeDay #HealthyCity`,
  (v) =>
    `Applications are now open for ${150 + v * 3} teaching and nursing posts in the public service. The recruitment process is free ` +
    `of charge; be wary of anyone who promises a guaranteed place in exchange for money, and report them to the police straight away.`,
  (v) =>
    `Farmers in the valley recieved ${8 + (v % 9)} tonnes of improved rice seed and 2,500 litres of liquid fertiliser this week. ` +
    `The agriculture department hopes that harvests will increase, which would strengthen the region's food security for years to come.`,
];

/** Words of every length from 2 to 12, used to top a cut text up to its exact length. */
const FILLERS: Record<'id' | 'en', string[]> = {
  id: ['di', 'dan', 'yang', 'warga', 'daerah', 'layanan', 'kegiatan', 'informasi', 'masyarakat', 'pelaksanaan', 'pemerintahan'],
  en: ['to', 'the', 'city', 'local', 'public', 'service', 'district', 'residents', 'government', 'information', 'construction'],
};

const isSpace = (c: string | undefined) => c === ' ' || c === '\n';

/** Exactly `length` characters of the paragraphs, ending on a whole word. */
function build(paragraphs: ((v: number) => string)[], length: number, lang: 'id' | 'en'): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < length + 200; i++) {
    const p = paragraphs[i % paragraphs.length]!(Math.floor(i / paragraphs.length) * 3 + i);
    parts.push(p);
    total += p.length + 2;
  }
  const source = parts.join('\n\n');
  // Last word end at or before the target, leaving a gap of 0 or at least 3 (one space and a two-letter word).
  let end = length;
  while (end > 0 && !(isSpace(source[end]) && !isSpace(source[end - 1]))) end--;
  while (length - end > 0 && length - end < 3) {
    end--;
    while (end > 0 && !(isSpace(source[end]) && !isSpace(source[end - 1]))) end--;
  }
  let text = source.slice(0, end);
  const words = FILLERS[lang];
  while (text.length < length) {
    const gap = length - text.length;
    // Leave either nothing or room for another " xx" after this word.
    const wordLength = gap - 1 <= 12 ? gap - 1 : Math.min(12, gap - 1 - 3);
    text += ` ${words[wordLength - 2]!}`;
  }
  if (text.length !== length) throw new Error(`bench text is ${text.length} characters, wanted ${length}`);
  return text;
}

export const INDONESIAN_TEXTS: Record<Size, string> = Object.fromEntries(
  SIZES.map((n) => [n, build(INDONESIAN, n, 'id')]),
) as Record<Size, string>;

export const ENGLISH_TEXTS: Record<Size, string> = Object.fromEntries(
  SIZES.map((n) => [n, build(ENGLISH, n, 'en')]),
) as Record<Size, string>;
