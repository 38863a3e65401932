import type { GuideSectionSource } from '../types';

const EYD_V =
  'Keputusan Kepala Badan Pengembangan dan Pembinaan Bahasa Nomor 0424/I/BS.00.01/2022 tentang Ejaan Bahasa Indonesia yang Disempurnakan Edisi Kelima (EYD V), 16 Agustus 2022';

export const SPELLING: GuideSectionSource[] = [
  {
    id: 'eyd-v',
    chapter: 'spelling',
    title: { id: 'EYD V: dasar dan cakupan pemeriksaan ejaan', en: 'EYD V: the spelling standard and what Cermat checks' },
    summaryEn:
      'EYD V (2022) replaced PUEBI and applies to government, private bodies and the public; Cermat checks standard words, di/ke, times, numbers, sentences and unknown words.',
    source: `${EYD_V}; kamus ejaan Hunspell bahasa Indonesia (LibreOffice) untuk pemeriksaan salah ketik.`,
    keywords: ['ejaan', 'eyd', 'puebi', 'badan bahasa', 'kbbi', 'bahasa baku', 'salah ketik', 'typo', 'kata berulang', 'bahasa indonesia'],
    body: `
EYD V ditetapkan Kepala Badan Pengembangan dan Pembinaan Bahasa pada 16 Agustus 2022 dan menggantikan PUEBI. Ejaan ini ditujukan bagi instansi pemerintah, lembaga swasta, dan masyarakat. Unggahan instansi adalah tulisan resmi, jadi ejaannya mengikuti EYD V.

## Yang diperiksa Cermat
- [Kata baku](#eyd-v-kata-baku): "himbau" menjadi "imbau", "silahkan" menjadi "silakan", dan sebagainya.
- [Penulisan di dan ke](#eyd-v-di-ke): kata depan dipisah, awalan disambung.
- [Penulisan waktu](#eyd-v-waktu): "pukul 08.00", bukan "jam 8 pagi".
- [Angka dan mata uang](#eyd-v-angka): "Rp10.000", kalimat tidak diawali angka.
- [Kalimat](#eyd-v-kalimat): kalimat yang terlalu panjang.
- [Huruf kapital](#eyd-v-huruf-kapital): jabatan yang diikuti nama atau nama instansi.
- Kata yang tidak ada di kamus (kemungkinan salah ketik) dan kata yang tertulis dua kali berturut-turut ("yang yang"), atau kata ulang yang kehilangan tanda hubungnya ("warga warga" menjadi "warga-warga").

Pemeriksaan salah ketik memakai kamus Hunspell bahasa Indonesia ditambah kosakata pemerintahan. Nama orang, nama tempat, dan istilah daerah mungkin belum dikenal: bila kata Anda benar, abaikan temuannya.

> Buku Kominfo tentang media sosial pun menulis "desiminasi" (seharusnya "diseminasi") dalam kata pengantarnya. Pemeriksaan ejaan berguna bagi siapa saja.
`,
  },
  {
    id: 'eyd-v-kata-baku',
    chapter: 'spelling',
    title: { id: 'Kata baku', en: 'Standard word forms' },
    summaryEn: 'Common non-standard spellings in government posts and their standard forms (himbau → imbau, silahkan → silakan …).',
    source: `${EYD_V}; Kamus Besar Bahasa Indonesia; daftar pasangan kata baku Cermat (sumber terbuka rendra dan indo-collex, lisensi MIT, disaring manual).`,
    keywords: ['kata baku', 'tidak baku', 'himbau', 'imbau', 'silahkan', 'silakan', 'ijin', 'izin', 'resiko', 'risiko', 'praktek', 'praktik', 'sekedar', 'sekadar', 'aktifitas', 'aktivitas', 'merubah', 'mengubah', 'mempengaruhi', 'memengaruhi', 'analisa', 'analisis', 'antri', 'antre', 'nomer', 'propinsi', 'jadual', 'karir', 'kadaluarsa', 'kedaluwarsa', 'diseminasi', 'standarisasi'],
    body: `
Kata tidak baku membuat unggahan resmi terlihat kurang cermat. Berikut pasangan yang paling sering ditemui dalam unggahan instansi:

- sekedar → **sekadar**; kreatifitas → **kreativitas**; aktifitas → **aktivitas**
- deseminasi, desiminasi → **diseminasi**
- himbau → **imbau** (mengimbau, imbauan)
- merubah → **mengubah**; mempengaruhi → **memengaruhi**
- ijin → **izin**; resiko → **risiko**; praktek → **praktik**
- silahkan → **silakan**; antri → **antre**
- analisa → **analisis**; standarisasi → **standardisasi**
- nomer → **nomor**; propinsi → **provinsi**; jadual → **jadwal**
- karir → **karier**; kadaluarsa → **kedaluwarsa**
- dimana → **di mana** (tempat atau kata penghubung); dimanapun → **di mana pun**

Cermat memuat lebih dari seribu pasangan seperti ini, termasuk bentuk percakapan yang tidak cocok untuk unggahan resmi ("gak" menjadi "tidak", "udah" menjadi "sudah"). Sebagian besar temuan dapat diperbaiki dengan satu klik.

x Warga dihimbau untuk antri dengan tertib. Silahkan membawa ijin keramaian.
+ Warga diimbau untuk antre dengan tertib. Silakan membawa izin keramaian.
`,
  },
  {
    id: 'eyd-v-di-ke',
    chapter: 'spelling',
    title: { id: 'Penulisan di dan ke', en: 'Writing "di" and "ke"' },
    summaryEn: '"di"/"ke" as prepositions are written apart (di mana, ke depan); as prefixes they are joined (dilaksanakan).',
    source: `${EYD_V}, bagian penulisan kata depan dan imbuhan.`,
    keywords: ['di', 'ke', 'kata depan', 'preposisi', 'awalan', 'imbuhan', 'dipisah', 'disambung', 'di mana', 'dimana', 'kedepan', 'ke depan', 'dilaksanakan'],
    body: `
**Di** dan **ke** punya dua peran:

- Sebagai **kata depan** (menunjukkan tempat, arah, atau waktu) ditulis **terpisah**: di aula, di mana, di sini, ke depan, ke kantor.
- Sebagai **awalan** pembentuk kata kerja ditulis **serangkai**: dilaksanakan, diresmikan, diimbau, ketua, kedua.

Cara mudah mengujinya: bila kata sesudahnya adalah tempat atau arah dan dapat ditanyakan dengan "di mana?" atau "ke mana?", pisahkan. Bila kata itu kata kerja bentuk pasif, sambungkan.

x Kegiatan di laksanakan dikantor kecamatan. Kedepan, layanan akan dibuka setiap hari.
+ Kegiatan dilaksanakan di kantor kecamatan. Ke depan, layanan akan dibuka setiap hari.
`,
  },
  {
    id: 'eyd-v-waktu',
    chapter: 'spelling',
    title: { id: 'Penulisan waktu', en: 'Writing the time of day' },
    summaryEn: 'Use "pukul" and the 24-hour clock with a dot (pukul 07.30); "jam 8 pagi" becomes "pukul 08.00". A colon is accepted.',
    source: `${EYD_V}, bagian pemakaian tanda titik pada penunjuk waktu.`,
    keywords: ['waktu', 'jam', 'pukul', 'wib', 'wita', 'wit', 'pagi', 'siang', 'sore', 'malam', 'titik dua', '24 jam'],
    body: `
- Penunjuk waktu ditulis dengan **pukul**, bukan "jam": "jam" adalah lama waktu (2 jam), "pukul" adalah saat (pukul 14.00).
- Jam dan menit dipisah **titik**: pukul 07.30. EYD V juga menerima titik dua (07:30), jadi Cermat tidak menganggapnya salah, hanya menyarankan penulisan yang seragam dalam satu unggahan.
- Dengan sistem 24 jam, keterangan pagi, siang, sore, atau malam tidak diperlukan: "jam 7 malam" menjadi "pukul 19.00".
- Sertakan zona waktu bila pembaca dapat berada di luar daerah Anda (WIB, WITA, WIT).

x Acara dimulai jam 8 pagi sampai jam 2 siang.
+ Acara berlangsung pukul 08.00–14.00 WIB.
`,
  },
  {
    id: 'eyd-v-angka',
    chapter: 'spelling',
    title: { id: 'Penulisan angka dan mata uang', en: 'Writing numbers and amounts' },
    summaryEn:
      'Dots group thousands in amounts (24.200) but not in years; "Rp10.000,00" with no space; one- or two-word numbers in words; no sentence starts with digits.',
    source: `${EYD_V}, bagian penulisan angka dan lambang bilangan.`,
    keywords: ['angka', 'bilangan', 'rupiah', 'rp', 'uang', 'ribuan', 'titik', 'tahun', 'awal kalimat', 'sebanyak', 'persen', 'lambang bilangan'],
    body: `
- **Ribuan** dalam jumlah dipisah titik: 24.200 peserta, Rp1.500.000. **Tahun** tidak diberi titik: 2025.
- **Rupiah**: "Rp" langsung diikuti angka, tanpa spasi dan tanpa titik: Rp10.000 atau Rp10.000,00 (bukan "Rp 10.000", "Rp. 10.000", atau "Rp10.000,-").
- Bilangan yang dapat ditulis dengan satu atau dua kata ditulis dengan huruf: tiga peserta, dua puluh lima desa. Angka dipakai untuk satuan ukuran, waktu, dan uang (5 kilogram, pukul 08.00, Rp50.000).
- **Kalimat tidak diawali angka**. Tulis bilangannya dengan huruf atau susun ulang kalimatnya, misalnya dengan "Sebanyak".

x 50 admin mengikuti pelatihan dengan biaya Rp. 150000,-
+ Sebanyak 50 admin mengikuti pelatihan dengan biaya Rp150.000.
`,
  },
  {
    id: 'eyd-v-kalimat',
    chapter: 'spelling',
    title: { id: 'Kalimat yang mudah dibaca', en: 'Sentences that read easily' },
    summaryEn: 'Sentences over about 40 words are hard to read on a phone: split them; put one idea in each sentence.',
    source: `${EYD_V} (kaidah kalimat dan tanda baca); anjuran keterbacaan Cermat: kalimat lebih dari 40 kata disarankan dipecah.`,
    keywords: ['kalimat panjang', 'keterbacaan', 'kalimat efektif', 'pecah kalimat', 'tanda baca', 'koma', 'titik'],
    body: `
Unggahan dibaca di layar ponsel sambil lalu. Kalimat yang sangat panjang membuat pembaca kehilangan pokoknya.

- Satu kalimat, satu gagasan. Pisahkan rincian waktu, tempat, dan tujuan bila kalimat sudah terlalu panjang.
- Cermat menyarankan memecah kalimat yang lebih dari 40 kata. Angka ini anjuran keterbacaan, bukan aturan ejaan.
- Akhiri kalimat dengan titik, bukan dengan deretan tanda seru, lihat [ciri kabar bohong](#hoax-labels).
- Awal kalimat ditulis dengan huruf kapital dan tidak diawali angka, lihat [angka](#eyd-v-angka).

x Dalam rangka memperingati Hari Jadi Kabupaten yang ke-831 Pemerintah Kabupaten bersama seluruh perangkat daerah dan masyarakat menggelar berbagai kegiatan mulai dari jalan sehat, bazar UMKM, lomba kebersihan antardesa, pentas seni, hingga doa bersama yang dipusatkan di alun-alun dan diikuti ribuan warga dari seluruh kecamatan.
+ Pemerintah Kabupaten menggelar rangkaian kegiatan Hari Jadi ke-831 di alun-alun. Kegiatannya meliputi jalan sehat, bazar UMKM, lomba kebersihan antardesa, pentas seni, dan doa bersama. Ribuan warga dari seluruh kecamatan ikut serta.
`,
  },
  {
    id: 'eyd-v-huruf-kapital',
    chapter: 'spelling',
    title: { id: 'Huruf kapital pada jabatan dan nama instansi', en: 'Capitals for titles and agency names' },
    summaryEn:
      'A job title takes capitals when followed by a name, an institution or a place, or when it stands for a specific person; otherwise it is lower case.',
    source: `${EYD_V}, bagian pemakaian huruf kapital.`,
    keywords: ['huruf kapital', 'kapital', 'jabatan', 'gubernur', 'bupati', 'wali kota', 'camat', 'kepala dinas', 'nama instansi', 'huruf besar'],
    body: `
- Nama jabatan ditulis dengan huruf kapital bila diikuti nama orang, nama instansi, atau nama tempat, atau bila dipakai sebagai pengganti nama orang tertentu: Gubernur Jawa Barat, Bupati Trenggalek, Kepala Dinas Kesehatan.
- Bila dipakai secara umum, jabatan ditulis dengan huruf kecil: setiap bupati wajib hadir; seorang camat.
- Nama instansi ditulis dengan huruf kapital pada setiap kata, kecuali kata tugas seperti "dan" atau "dari": Dinas Komunikasi dan Informatika.

x bupati trenggalek meresmikan pasar; para Camat hadir.
+ Bupati Trenggalek meresmikan pasar; para camat hadir.
`,
  },
];
