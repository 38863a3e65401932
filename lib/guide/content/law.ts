import type { GuideSectionSource } from '../types';

/** The UU ITE citation shared by its articles. */
const UU_ITE =
  'UU Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik (UU ITE), sebagaimana diubah dengan UU Nomor 19 Tahun 2016 dan UU Nomor 1 Tahun 2024 (diundangkan 2 Januari 2024)';

const ITE_NOTE =
  '> Ringkasan ini ditulis ulang dengan bahasa sederhana untuk admin media sosial. Untuk rumusan dan ancaman pidana yang persis, baca naskah undang-undangnya.';

export const LAW: GuideSectionSource[] = [
  {
    id: 'uu-ite-pasal-26',
    chapter: 'law',
    title: { id: 'UU ITE Pasal 26: persetujuan atas data pribadi', en: 'ITE Law Article 26: consent to use personal data' },
    summaryEn: "Using a person's personal data through electronic media needs that person's consent.",
    source: `${UU_ITE}, Pasal 26 ayat (1).`,
    keywords: ['persetujuan', 'izin', 'consent', 'data pribadi', 'privasi', 'nomor telepon', 'alamat', 'nik'],
    body: `
Pasal 26 ayat (1) UU ITE menyatakan bahwa penggunaan setiap informasi melalui media elektronik yang menyangkut data pribadi seseorang harus dilakukan atas persetujuan orang yang bersangkutan, kecuali ditentukan lain oleh peraturan perundang-undangan.

## Artinya bagi admin
- Nomor telepon, alamat rumah, NIK, nomor KK, atau data kesehatan warga tidak diunggah tanpa persetujuan pemiliknya, walaupun tujuannya baik (misalnya mengumumkan penerima bantuan).
- Untuk narahubung, gunakan nomor layanan atau kanal resmi instansi, bukan nomor pribadi petugas.
- Daftar penerima bantuan cukup memuat informasi yang diperlukan; data yang menunjuk orang tertentu sebaiknya disamarkan.

Lihat apa saja yang termasuk data pribadi di [UU PDP Pasal 4](#uu-pdp-pasal-4).

${ITE_NOTE}
`,
  },
  {
    id: 'uu-ite-pasal-27',
    chapter: 'law',
    title: { id: 'UU ITE Pasal 27: kesusilaan dan perjudian', en: 'ITE Law Article 27: indecency and gambling' },
    summaryEn: 'Making indecent content or gambling content accessible to the public is prohibited.',
    source: `${UU_ITE}, Pasal 27 ayat (1) dan ayat (2).`,
    keywords: ['judi', 'judi online', 'judol', 'slot', 'togel', 'kasino', 'taruhan', 'gacor', 'maxwin', 'perjudian', 'pornografi', 'asusila', 'kesusilaan', 'cabul'],
    body: `
- **Ayat (1)**: melarang menyebarkan atau membuat dapat diakses informasi elektronik bermuatan yang melanggar kesusilaan sehingga diketahui umum.
- **Ayat (2)**: melarang hal yang sama untuk muatan **perjudian**. Judi daring (judi online, slot, togel, dan sejenisnya) termasuk di dalamnya.

## Artinya bagi admin
Akun instansi sering menjadi sasaran komentar dan tautan promosi situs judi daring. Jangan pernah menyalin, membagikan ulang, atau menyertakan nama situs, kode promosi, atau tautannya, sekalipun dalam unggahan yang memperingatkan warga.

- Unggahan yang **memperingatkan** bahaya judi daring boleh dan perlu, asalkan tidak menyebut nama situs atau tautan yang dapat diikuti.
- Hapus dan laporkan komentar promosi judi pada unggahan instansi.

x Hati-hati dengan situs SLOT-GACOR88, jangan klik tautannya: …
+ Waspadai ajakan judi daring yang menyusup di kolom komentar. Laporkan akun dan tautannya melalui kanal aduan resmi.

Cermat membedakan unggahan yang memperingatkan dari yang mempromosikan, tetapi tetap menandai nama situs judi yang disebut.

${ITE_NOTE}
`,
  },
  {
    id: 'uu-ite-pasal-27a',
    chapter: 'law',
    title: { id: 'UU ITE Pasal 27A: menyerang kehormatan atau nama baik', en: "ITE Law Article 27A: attacking someone's honour or good name" },
    summaryEn: "Attacking a person's honour or good name by making an accusation meant to become public is an offence (it replaces the old Article 27(3)).",
    source: `${UU_ITE}, Pasal 27A (menggantikan Pasal 27 ayat (3) sebelum perubahan kedua).`,
    keywords: ['pencemaran nama baik', 'fitnah', 'menuduh', 'tuduhan', 'kehormatan', 'defamation', 'nama baik', 'menghina'],
    body: `
Pasal 27A melarang menyerang kehormatan atau nama baik orang lain dengan cara menuduhkan suatu hal, dengan maksud supaya hal itu diketahui umum, melalui informasi elektronik. Pasal ini ditambahkan oleh UU Nomor 1 Tahun 2024 dan menggantikan rumusan lama Pasal 27 ayat (3).

## Artinya bagi admin
- Jangan menuduh orang tertentu (misalnya "penyebar hoaks", "pelaku pungli") dengan nama atau foto sebelum ada putusan atau pernyataan resmi penegak hukum.
- Dalam klarifikasi, bantah isinya, bukan menyerang orang yang menyebarkannya. Lihat [cara menulis klarifikasi](#hoax-clarification).
- Tanggapi kritik warga dengan data dan penjelasan, bukan dengan ejekan atau julukan.

${ITE_NOTE}
`,
  },
  {
    id: 'uu-ite-pasal-27b',
    chapter: 'law',
    title: { id: 'UU ITE Pasal 27B: pemerasan dan pengancaman', en: 'ITE Law Article 27B: extortion and threats' },
    summaryEn: 'Extortion and threats made through electronic media are prohibited.',
    source: `${UU_ITE}, Pasal 27B.`,
    keywords: ['pemerasan', 'ancaman', 'mengancam', 'memeras', 'extortion', 'threat', 'menyebarkan aib'],
    body: `
Pasal 27B, yang juga ditambahkan oleh UU Nomor 1 Tahun 2024, mengatur pemerasan dan pengancaman melalui informasi elektronik, yaitu memaksa orang lain dengan ancaman supaya memberikan sesuatu atau berbuat sesuatu.

## Artinya bagi admin
- Bahasa resmi tidak memuat ancaman. Peringatan tentang sanksi cukup menyebut aturannya, misalnya "sesuai Peraturan Daerah Nomor … dikenai denda", bukan kalimat yang menakut-nakuti orang tertentu.
- Pesan yang meminta uang dengan ancaman dan mengatasnamakan instansi adalah penipuan; klarifikasikan, lihat [klarifikasi hoaks](#hoax-clarification).

Lihat juga [UU ITE Pasal 29](#uu-ite-pasal-29) tentang ancaman kekerasan.

${ITE_NOTE}
`,
  },
  {
    id: 'uu-ite-pasal-28',
    chapter: 'law',
    title: { id: 'UU ITE Pasal 28: berita bohong dan hasutan kebencian SARA', en: 'ITE Law Article 28: false news and incitement to hatred' },
    summaryEn:
      'False information harming consumers, incitement to hatred on grounds of ethnicity, religion, race or group (SARA), and false notices that cause public unrest are prohibited.',
    source: `${UU_ITE}, Pasal 28 ayat (1), (2), dan (3).`,
    keywords: ['sara', 'suku', 'agama', 'ras', 'antargolongan', 'kebencian', 'ujaran kebencian', 'hate speech', 'hasutan', 'berita bohong', 'hoaks', 'keonaran', 'kerusuhan', 'provokasi'],
    body: `
- **Ayat (1)**: menyebarkan informasi bohong atau menyesatkan yang mengakibatkan kerugian materiel bagi konsumen dalam transaksi elektronik.
- **Ayat (2)**: menyebarkan informasi yang menghasut, mengajak, atau memengaruhi orang lain sehingga menimbulkan rasa kebencian atau permusuhan terhadap individu atau kelompok berdasarkan **SARA** (suku, agama, ras, dan antargolongan). Ancaman pidananya paling lama 6 tahun penjara dan/atau denda paling banyak Rp1 miliar.
- **Ayat (3)**: menyebarkan pemberitahuan bohong yang menimbulkan kerusuhan di masyarakat.

## Artinya bagi admin
- Jangan meneruskan kabar yang belum diverifikasi, walaupun datang dari grup internal. Periksa sumbernya, lihat [ciri kabar bohong](#hoax-labels).
- Hindari kata yang merendahkan suku, agama, ras, atau golongan, termasuk dalam balasan komentar dan candaan.
- Ucapan hari besar keagamaan dan informasi kerukunan justru dianjurkan.

Cermat menandai ungkapan kebencian berbasis SARA dan kata makian yang dikenalinya. Daftar kata tidak pernah lengkap: tetap baca ulang draf Anda.

${ITE_NOTE}
`,
  },
  {
    id: 'uu-ite-pasal-29',
    chapter: 'law',
    title: { id: 'UU ITE Pasal 29: ancaman kekerasan dan menakut-nakuti', en: 'ITE Law Article 29: threats of violence and intimidation' },
    summaryEn: 'Sending threats of violence or intimidation aimed at a person is prohibited.',
    source: `${UU_ITE}, Pasal 29.`,
    keywords: ['ancaman kekerasan', 'intimidasi', 'menakut-nakuti', 'kekerasan', 'bunuh', 'hajar', 'threat', 'violence', 'teror'],
    body: `
Pasal 29 melarang mengirimkan informasi elektronik berisi ancaman kekerasan atau upaya menakut-nakuti yang ditujukan kepada seseorang secara pribadi.

## Artinya bagi admin
- Jangan membalas komentar kasar dengan ancaman, sekalipun bernada bercanda ("awas kamu", "kami datangi rumahmu").
- Peringatan keamanan dan penegakan aturan ditulis sebagai informasi: siapa yang menegakkan, dasar aturannya, dan apa yang harus dilakukan warga.

x Yang masih buang sampah di sungai, tunggu saja, kami cari sampai rumahmu!
+ Membuang sampah ke sungai dilarang. Satpol PP Kabupaten Trenggalek akan menegakkan Peraturan Daerah tentang Pengelolaan Sampah mulai 1 Agustus 2025.

Lihat juga [UU ITE Pasal 27B](#uu-ite-pasal-27b).

${ITE_NOTE}
`,
  },
  {
    id: 'uu-pdp-pasal-4',
    chapter: 'law',
    title: { id: 'UU PDP Pasal 4: apa saja data pribadi', en: 'Personal Data Protection Law Article 4: what counts as personal data' },
    summaryEn:
      'Specific personal data (health, biometric, genetic, criminal records, children, finances) and general personal data (name, sex, nationality, religion, marital status, and data that identify a person in combination, such as NIK, KK number, phone and address).',
    source:
      'UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP), Pasal 4; format NIK menurut ketentuan administrasi kependudukan sebagaimana dicatat dalam catatan fakta Cermat.',
    keywords: ['data pribadi', 'data pribadi spesifik', 'data pribadi umum', 'nik', 'nomor induk kependudukan', 'kk', 'kartu keluarga', 'ktp', 'nomor telepon', 'nomor hp', 'whatsapp', 'alamat rumah', 'rekening', 'rekam medis', 'kesehatan', 'biometrik', 'privasi', 'pdp'],
    body: `
Pasal 4 UU PDP membagi data pribadi menjadi dua jenis.

## Data pribadi yang bersifat spesifik
- data dan informasi kesehatan;
- data biometrik;
- data genetika;
- catatan kejahatan;
- data anak;
- data keuangan pribadi.

## Data pribadi yang bersifat umum
- nama lengkap;
- jenis kelamin;
- kewarganegaraan;
- agama;
- status perkawinan;
- data pribadi yang dikombinasikan untuk mengidentifikasi seseorang.

NIK, nomor KK, nomor telepon, dan alamat rumah termasuk data pribadi melalui ketentuan kombinasi itu: masing-masing, bersama data lain, menunjuk satu orang tertentu.

## Mengenali NIK
NIK terdiri atas 16 angka: 2 angka kode provinsi (11–94), 2 angka kabupaten/kota, 2 angka kecamatan, 6 angka tanggal lahir (HHBBTT; untuk perempuan tanggalnya ditambah 40), dan 4 angka nomor urut. Nomor KK juga 16 angka dengan awalan kode wilayah yang sama. Cermat memakai susunan ini untuk mengenali NIK dan nomor KK di dalam draf.

## Artinya bagi admin
- Jangan mengunggah foto KTP, KK, daftar penerima bantuan dengan NIK, atau data kesehatan warga (misalnya nama pasien).
- Bila data perlu diumumkan, samarkan: tampilkan sebagian angka saja atau ganti dengan nomor pendaftaran.
- Pakai kontak layanan instansi, bukan nomor pribadi petugas.

x Penerima bantuan: Siti Aminah, NIK 3503114506780002, Jl. Melati No. 5, HP 0812-3456-7890.
+ Daftar penerima bantuan dapat dilihat di kantor desa masing-masing dengan menunjukkan KTP asli.

Penggunaan data pribadi melalui media elektronik juga memerlukan persetujuan pemiliknya, lihat [UU ITE Pasal 26](#uu-ite-pasal-26). Data anak diatur lebih ketat, lihat [UU SPPA Pasal 19](#uu-sppa-pasal-19).
`,
  },
  {
    id: 'uu-sppa-pasal-19',
    chapter: 'law',
    title: { id: 'UU SPPA Pasal 19: identitas anak wajib dirahasiakan', en: "Juvenile Justice Law Article 19: a child's identity must stay confidential" },
    summaryEn:
      "The identity of a child in conflict with the law, a child victim or a child witness (name, parents' names, address, face, anything identifying) must be kept out of print and electronic reporting.",
    source:
      'UU Nomor 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak (UU SPPA), Pasal 19 (sanksi pidana: Pasal 97); Kode Etik Jurnalistik Pasal 5; analisis kasus Hukumonline tentang unggahan klarifikasi akun humas kepolisian.',
    keywords: ['anak', 'korban anak', 'saksi anak', 'pelaku anak', 'identitas anak', 'perlindungan anak', 'sppa', 'wajah anak', 'nama sekolah', 'kekerasan seksual', 'di bawah umur'],
    body: `
Pasal 19 UU SPPA mewajibkan identitas anak, anak korban, dan anak saksi dirahasiakan dalam pemberitaan di media cetak maupun elektronik. Identitas itu meliputi **nama anak, nama orang tua, alamat, wajah**, dan hal lain yang dapat mengungkap jati diri anak. Anak adalah orang yang belum berusia 18 tahun. Pelanggaran diancam pidana penjara paling lama 5 tahun dan/atau denda paling banyak Rp500 juta (Pasal 97).

Kode Etik Jurnalistik Pasal 5 memuat prinsip yang sejalan: tidak menyebut dan menyiarkan identitas korban kejahatan susila dan anak yang menjadi pelaku kejahatan.

## Artinya bagi admin
- Dalam unggahan tentang kasus yang melibatkan anak, jangan menyebut nama anak, nama orang tua, alamat, sekolah, atau memuat wajahnya, walaupun diburamkan sebagian.
- Hati-hati dengan unggahan klarifikasi: pernah terjadi akun humas kepolisian menyebut nama orang tua terduga anak korban dalam unggahan klarifikasinya.
- Informasi kegiatan anak yang positif (lomba, imunisasi) boleh diunggah, tetapi hindari data yang tidak perlu, seperti alamat dan nama orang tua.

x Korban, Bunga (12), siswi SDN 2 Ngantru, putri Bapak Slamet warga RT 03 …
+ Seorang anak menjadi korban dalam kejadian tersebut. Pemerintah daerah memberikan pendampingan psikologis kepada korban dan keluarganya.

Lihat juga data anak sebagai data pribadi spesifik di [UU PDP Pasal 4](#uu-pdp-pasal-4).
`,
  },
];
