import type { GuideSectionSource } from '../types';

export const WRITING: GuideSectionSource[] = [
  {
    id: '5w1h',
    chapter: 'writing',
    title: { id: 'Unsur 5W1H (ADIKSIMBA)', en: 'The 5W1H elements (ADIKSIMBA)' },
    summaryEn:
      'A complete post answers what, who, when, where, why and how; missing elements make official information look like a hoax.',
    source:
      'Materi pelatihan penulisan berita Diskominfo dan Pusdiklat Kominfo ("Digital Public Relations"); Nimah (2020), Jurnal Bahasa Indonesia, DOI 10.32938/jbi.v5i1.329.',
    keywords: ['adiksimba', 'apa', 'siapa', 'kapan', 'di mana', 'mengapa', 'bagaimana', 'unsur berita', 'kelengkapan', 'what who when where why how'],
    body: `
Unggahan instansi adalah berita kecil. Pembaca harus dapat menjawab enam pertanyaan tanpa bertanya balik. Dalam bahasa Indonesia keenamnya disingkat **ADIKSIMBA**: Apa, Di mana, Kapan, Siapa, Mengapa, Bagaimana.

- **Apa**: kegiatan atau informasi pokoknya ("membuka Bimtek Penulisan Berita").
- **Siapa**: pelaku atau penyelenggara, ditulis lengkap dengan jabatan atau nama instansi ("Wakil Bupati Trenggalek", "Dinas Kesehatan Kabupaten Trenggalek").
- **Kapan**: hari, tanggal, dan jam ("Selasa, 15 Juli 2025 pukul 09.00 WIB").
- **Di mana**: tempat yang dapat ditemukan pembaca ("di Pendopo Kabupaten Trenggalek").
- **Mengapa**: tujuan atau alasannya ("bertujuan meningkatkan …", "karena …", "agar …").
- **Bagaimana**: cara kegiatan berlangsung atau cara warga ikut ("secara daring melalui …", "dengan membawa …").

## Mengapa kelengkapan penting
Penelitian atas 21 pesan hoaks WhatsApp yang dilabeli Kominfo (Nimah, 2020) menemukan banyak pesan yang hanya memuat sebagian unsur, misalnya apa, siapa, dan di mana, lalu ditutup dengan perintah menyebarkan. Karena itu kelengkapan 5W1H bukan sekadar gaya: unggahan resmi yang lengkap lebih mudah dipercaya dan dibedakan dari kabar bohong. Pelatihan Diskominfo juga menekankan hal yang sama: banyaknya unggahan belum tentu berarti mutunya baik, dan foto tanpa cerita tidak memberi informasi.

## Unsur yang diminta Cermat per jenis unggahan
- Liputan kegiatan: Apa, Siapa, Kapan, Di mana, dan Mengapa.
- Pengumuman: Apa, Siapa, Kapan, dan Di mana.
- Klarifikasi hoaks dan unggahan lain: Apa dan Siapa.
- Ucapan (hari besar, duka cita): tidak ada unsur wajib.

Bagaimana tidak diwajibkan, tetapi tetap dilaporkan bila ada. Jenis unggahan dikenali dari isi teks dan dapat dipilih sendiri.

## Contoh
x Sosialisasi hari ini berjalan lancar. Terima kasih atas partisipasinya!
+ Dinas Kesehatan Kabupaten Trenggalek menggelar sosialisasi pencegahan demam berdarah pada Selasa, 15 Juli 2025 pukul 09.00 WIB di Balai Desa Ngantru. Kegiatan ini bertujuan mengajak warga memberantas sarang nyamuk secara serentak.

Contoh pertama tidak menjawab siapa, apa yang disosialisasikan, kapan, di mana, dan mengapa. Contoh kedua menjawab semuanya dalam dua kalimat.

> Templat Cermat menanyakan keenam unsur sebagai isian, sehingga teks yang terisi sudah lengkap. Lihat juga [susunan keterangan](#caption-structure).
`,
  },
  {
    id: 'caption-structure',
    chapter: 'writing',
    title: { id: 'Susunan keterangan unggahan', en: 'How a caption is structured' },
    summaryEn: 'Headline, body, call to action and hashtags; the key message first because platforms fold long text.',
    source: 'Materi pelatihan Pusdiklat Kominfo "Digital Public Relations"; batas tampilan Instagram dari data batas platform Cermat.',
    keywords: ['caption', 'keterangan', 'judul', 'headline', 'ajakan', 'call to action', 'cta', 'tagar', 'hashtag', 'struktur'],
    body: `
Materi pelatihan Kominfo menyusun keterangan unggahan dalam empat bagian:

1. **Judul atau kalimat pembuka** (1–2 kalimat): inti informasi, ditulis paling awal.
2. **Isi** (1–2 paragraf): rincian 5W1H, lihat [unsur 5W1H](#5w1h).
3. **Ajakan** (1–2 kalimat): apa yang perlu dilakukan pembaca, misalnya mendaftar, datang, atau memeriksa tautan resmi.
4. **Tagar**: di bagian akhir.

Tujuan keterangan menurut materi yang sama adalah menginformasikan, menginspirasi, mengedukasi, dan menghibur. Untuk akun instansi, tujuan pertama (menginformasikan) selalu didahulukan.

## Pesan utama di awal
Instagram hanya menampilkan sekitar 125 karakter pertama sebelum tautan "selengkapnya". Kalimat pembuka harus sudah menyebut apa dan kapan. Pada X seluruh unggahan dibatasi 280 karakter, jadi versi X perlu ringkas; lihat [batas platform](#platform-limits).

## Tautan dan tagar
- Instagram tidak membuat tautan di keterangan dapat diklik; tulis "tautan di bio" dan letakkan tagar di akhir setelah baris kosong.
- Tagar instansi dan tagar topik secukupnya; tulis setiap kata tagar dengan huruf kapital awal, lihat [aksesibilitas](#accessibility).
- Tutup dengan salam atau nama instansi yang konsisten di semua unggahan.

## Contoh
+ Pendaftaran Jalan Sehat Hari Jadi Trenggalek dibuka hingga 25 Juli 2025. (pembuka)
+ Jalan sehat digelar Dispora pada Minggu, 27 Juli 2025 pukul 06.00 WIB di Alun-Alun Trenggalek untuk mengajak warga hidup sehat. (isi)
+ Daftar gratis melalui formulir di laman resmi Dispora. (ajakan)
+ #DisporaTrenggalek #HariJadiTrenggalek (tagar)
`,
  },
  {
    id: 'platform-limits',
    chapter: 'writing',
    title: { id: 'Batas karakter dan tagar per platform', en: 'Length and hashtag limits per platform' },
    summaryEn: 'X allows 280 weighted characters, Threads 500, Instagram 2,200 with at most 30 hashtags, and so on.',
    source:
      'Halaman bantuan masing-masing platform, sebagaimana dicatat dalam data batas platform Cermat (dapat berubah sewaktu-waktu); cara hitung X menurut pustaka twitter-text.',
    keywords: ['batas', 'limit', 'karakter', 'panjang', 'x', 'twitter', 'threads', 'instagram', 'tiktok', 'youtube', 'facebook', 'linkedin', 'lipatan', 'fold', 'selengkapnya'],
    body: `
Setiap platform memotong atau menolak teks yang terlalu panjang. Cermat memakai angka berikut. Angka ini adalah data yang dapat diubah, karena platform dapat mengubah batasnya.

- **X**: 280 karakter berbobot. Tautan selalu dihitung 23 karakter; emoji dan aksara Tionghoa, Jepang, atau Korea dihitung 2.
- **Threads**: 500 karakter; Cermat mengingatkan bila tagar lebih dari satu.
- **Instagram**: keterangan 2.200 karakter, paling banyak 30 tagar dan 20 sebutan akun; sekitar 125 karakter pertama tampil sebelum "selengkapnya".
- **TikTok**: sekitar 4.000 karakter di aplikasi (2.200 melalui API unggahan).
- **YouTube**: judul 100 karakter, deskripsi 5.000 karakter.
- **Facebook**: 63.206 karakter.
- **LinkedIn**: 3.000 karakter.

## Yang dilakukan Cermat
- Bagian teks yang melewati batas disorot sebagai kesalahan.
- Tagar atau sebutan akun yang melebihi batas disorot sebagai peringatan.
- Pada Instagram, Cermat memberi tahu letak lipatan "selengkapnya" supaya pesan utama ditulis sebelum lipatan itu, lihat [susunan keterangan](#caption-structure).
- Templat mengurangi tagar dari yang terakhir bila teks terisi melebihi batas, sebelum admin harus memotong kalimatnya sendiri.
`,
  },
  {
    id: 'accessibility',
    chapter: 'writing',
    title: { id: 'Aksesibilitas: tagar, emoji, dan teks alternatif', en: 'Accessibility: hashtags, emoji and alt text' },
    summaryEn: 'Capitalise each word of a hashtag, keep emoji few, and describe images, so screen-reader users can follow.',
    source:
      'Praktik aksesibilitas yang lazim untuk pembaca layar; untuk teks alternatif gambar: W3C Web Content Accessibility Guidelines (WCAG) 2.1, kriteria 1.1.1. Bagian ini anjuran, bukan ketentuan hukum.',
    keywords: ['aksesibilitas', 'disabilitas', 'tunanetra', 'pembaca layar', 'screen reader', 'emoji', 'tagar', 'camelcase', 'alt text', 'teks alternatif'],
    body: `
Informasi pemerintah ditujukan kepada semua warga, termasuk warga dengan disabilitas netra yang memakai pembaca layar. Pembaca layar membacakan teks apa adanya, sehingga beberapa kebiasaan menulis membuat unggahan sulit dipahami.

## Tagar dengan huruf kapital di awal setiap kata
Tagar yang ditulis dengan huruf kecil semua dibaca sebagai satu kata panjang yang sulit dikenali.
x #haribhayangkarake79
+ #HariBhayangkaraKe79

Cermat menyarankan bentuk dengan huruf kapital di awal setiap kata, dan menulis singkatan yang dikenal (RI, HUT, UMKM) dengan huruf kapital.

## Emoji secukupnya
Setiap emoji dibacakan namanya. Deretan emoji ("tangan bertepuk, tangan bertepuk, tangan bertepuk …") memperpanjang unggahan tanpa menambah informasi. Cermat mengingatkan bila emoji berderet atau terlalu banyak; satu sampai tiga emoji umumnya cukup.

## Gambar dan video
Infografis dan poster berisi informasi penting. Tuliskan isi pokoknya di keterangan (apa, kapan, di mana) dan isi teks alternatif gambar bila platform menyediakannya. Jangan hanya mengunggah gambar tanpa cerita.
`,
  },
  {
    id: 'custom-rules',
    chapter: 'writing',
    title: { id: 'Aturan tambahan instansi', en: "The agency's own rules" },
    summaryEn: 'Findings from rules an agency added itself (word lists, patterns); their meaning is set by that agency.',
    source: 'Paket aturan instansi yang dipasang di halaman Opsi Cermat; isinya ditentukan instansi masing-masing.',
    keywords: ['aturan instansi', 'paket aturan', 'custom', 'daftar kata', 'kebijakan internal'],
    body: `
Selain aturan bawaan, instansi dapat menambahkan aturannya sendiri, misalnya nama program yang harus ditulis dengan ejaan tertentu, istilah yang tidak boleh dipakai, atau pola yang perlu diperiksa ulang. Aturan itu dipasang sebagai paket aturan (berkas JSON) di halaman Opsi.

- Pesan temuan berasal dari penyusun paket aturan di instansi Anda.
- Bila temuan terasa keliru, hubungi pengelola paket aturan (biasanya Diskominfo).
- Setiap aturan wajib menunjuk bagian pedoman ini; aturan instansi yang tidak punya bagian khusus menunjuk ke bagian ini.

> Paket aturan dapat diperiksa dari baris perintah: \`npx cermat check --rules paket.json draf.txt\`.
`,
  },
];
