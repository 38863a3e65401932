import type { GuideSectionSource } from '../types';

export const HOAX: GuideSectionSource[] = [
  {
    id: 'hoax-labels',
    chapter: 'hoax',
    title: { id: 'Label hoaks dan ciri kabar bohong', en: 'Hoax labels and the marks of false news' },
    summaryEn:
      'The labels Komdigi, ANTARA and Mafindo use ([HOAKS], [DISINFORMASI] …) and the writing habits typical of hoaxes that an official post should avoid.',
    source:
      'Laporan Isu Hoaks Kominfo/Komdigi; kanal Anti-Hoaks ANTARA; Mafindo/TurnBackHoax; Cekfakta.com; Tenriawali dkk., "Gaya Bahasa Hoaks di Media Sosial Indonesia"; buku saku Kominfo "Antisipasi Hoaks".',
    keywords: ['hoax', 'hoaks', 'disinformasi', 'misinformasi', 'malinformasi', 'label', 'cek fakta', 'turnbackhoax', 'mafindo', 'antara', 'komdigi', 'kominfo', 'huruf kapital', 'tanda seru', 'viralkan', 'sebarkan', 'berita bohong'],
    body: `
## Label yang dipakai di Indonesia
- **Kominfo (kini Komdigi)**, "Laporan Isu Hoaks": judul diawali label dalam kurung siku, misalnya \`[HOAKS]\` atau \`[DISINFORMASI]\`. Rangkuman hariannya membahas hoaks, disinformasi, dan misinformasi. Isinya memuat \`Penjelasan:\` berisi fakta resmi dan \`Link Counter:\` berisi sumber yang membantah.
- **ANTARA Anti-Hoaks**: judul diawali "Hoaks!", "Disinformasi!", atau "Misinformasi!".
- **Mafindo / TurnBackHoax**: \`[SALAH]\` diikuti klaimnya, lalu Sumber, Berita, Hasil Cek Fakta, Kesimpulan, dan Rujukan. Label lain: \`[PENIPUAN]\`, \`[FITNAH]\`, \`[MANIPULASI]\`, \`[SATIR]\`.
- **Cekfakta.com**: judul berisi putusan, paragraf pembuka, klaim, verifikasi dengan sumber, lalu kesimpulan.
- \`[KLARIFIKASI]\` lazim dipakai instansi untuk meluruskan kabar tentang dirinya, tetapi tidak ditemukan sebagai label resmi Kominfo.

Mafindo membedakan tujuh jenis konten keliru: satire atau parodi, konten menyesatkan, konten tiruan, konten palsu, koneksi yang salah, konteks yang salah, dan konten manipulasi.

## Ciri bahasa kabar bohong
Penelitian tentang gaya bahasa hoaks (Tenriawali dkk.) mencatat judul yang membangkitkan emosi, tanda baca berlebihan, kata perintah, dan bahasa tidak baku. Buku saku "Antisipasi Hoaks" Kominfo menambahkan: kata pembuka yang sensasional, mencatut nama tokoh atau lembaga terkenal, tidak dimuat media arus utama, serta huruf kapital dan tanda seru. Ungkapan yang sering muncul di pesan berantai antara lain "sebarkan", "viralkan", "jika tidak disebar …", "darurat", "awas", "BUKAN HOAX", "info dari grup sebelah", dan "sebelum dihapus" (daftar ini berasal dari pengamatan umum, bukan penelitian).

Cermat menandai ciri-ciri ini pada draf instansi: perintah menyebarkan, pengakuan "bukan hoaks", pesan terusan tanpa sumber, tanda seru atau tanya berderet, dan kalimat yang ditulis dengan huruf kapital semua. Unggahan resmi tidak perlu meniru gaya itu; tulis dengan tenang dan sebutkan sumbernya.

x PENTING!!! SEBARKAN KE SEMUA GRUP SEBELUM DIHAPUS!!!
+ Dinas Kesehatan Kabupaten Trenggalek mengingatkan warga untuk memeriksa informasi kesehatan melalui kanal resmi.

## Gambaran
Kominfo mencatat 3.901 hoaks antara Agustus 2018 dan November 2019; 973 di antaranya bertema politik. Lihat juga [cara menulis klarifikasi](#hoax-clarification) dan [UU ITE Pasal 28](#uu-ite-pasal-28).
`,
  },
  {
    id: 'hoax-clarification',
    chapter: 'hoax',
    title: { id: 'Cara menulis klarifikasi hoaks', en: 'How to write a hoax clarification' },
    summaryEn:
      'Label, the claim in short, then Penjelasan (explanation) → Faktanya (the facts) → Sumber/Link Counter (the source), without spreading the hoax further or exposing anyone.',
    source:
      'Susunan Laporan Isu Hoaks Kominfo/Komdigi (Penjelasan, Link Counter); format Mafindo/TurnBackHoax dan Cekfakta.com; Kode Etik Jurnalistik Pasal 5 dan UU 11/2012 Pasal 19 untuk identitas anak.',
    keywords: ['klarifikasi', 'meluruskan', 'bantahan', 'penjelasan', 'faktanya', 'link counter', 'sumber', 'tanggapan', 'hak jawab'],
    body: `
Klarifikasi yang baik meluruskan kabar tanpa ikut menyebarkannya. Templat "Klarifikasi hoaks" Cermat mengikuti susunan berikut.

1. **Label dan klaim singkat**: \`[HOAKS]\`, \`[DISINFORMASI]\`, \`[MISINFORMASI]\`, atau \`[KLARIFIKASI]\` untuk tanggapan instansi, diikuti klaimnya dalam satu kalimat pendek.
2. **Penjelasan**: di mana dan sejak kapan kabar itu beredar, dan siapa yang menyatakan bahwa kabar itu keliru.
3. **Faktanya**: keadaan yang benar menurut data atau keputusan resmi, dengan angka, tanggal, dan tempat yang dapat dicek.
4. **Sumber/Link Counter**: tautan ke sumber resmi yang membantah (laman instansi, siaran pers, atau laporan cek fakta).

## Memilih label
Pengertian berikut adalah pengertian yang umum dipakai pemeriksa fakta, bukan definisi resmi dalam peraturan.

- **HOAKS**: informasi bohong yang sengaja dibuat.
- **DISINFORMASI**: informasi keliru yang disebarkan dengan sengaja untuk menyesatkan.
- **MISINFORMASI**: informasi keliru yang tersebar tanpa niat menyesatkan, misalnya salah kutip atau kabar lama yang beredar lagi.
- **KLARIFIKASI**: tanggapan instansi atas unggahan atau pemberitaan tentang dirinya yang kurang tepat.

Bila belum yakin, gunakan label yang paling hati-hati dan biarkan faktanya yang berbicara.

## Hal yang perlu dijaga
- Jangan menyalin ulang gambar atau pesan hoaks secara utuh; cukup ringkas klaimnya.
- Jangan menyebut identitas korban, terutama anak: nama, orang tua, alamat, sekolah, dan wajah. Pernah terjadi akun humas menyebut nama orang tua korban anak dalam unggahan klarifikasi. Lihat [UU SPPA Pasal 19](#uu-sppa-pasal-19).
- Jangan menuduh orang tertentu sebagai penyebar tanpa dasar hukum, lihat [UU ITE Pasal 27A](#uu-ite-pasal-27a).
- Tulis dengan tenang: tanpa huruf kapital semua, tanpa tanda seru berderet.

## Contoh
+ [HOAKS] Pendaftaran bansos dipungut biaya Rp50.000
+ Penjelasan: Beredar pesan berantai di WhatsApp sejak Senin, 14 Juli 2025 yang berisi klaim tersebut. Dinas Sosial Kabupaten Trenggalek memastikan informasi itu tidak benar.
+ Faktanya: Pendaftaran bantuan sosial tidak dipungut biaya dan hanya dilakukan melalui kantor desa atau kelurahan.
+ Sumber/Link Counter: tautan laman resmi Dinas Sosial.
`,
  },
];
