/** Drafts a newcomer can load with one click; each shows a different side of the engine. */
export interface Sample {
  id: string;
  label: string;
  text: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'event-report',
    label: 'Laporan kegiatan lengkap',
    text:
      'Bupati Trenggalek meresmikan Pasar Rakyat Panggul di Jalan Raya Panggul No. 12, Kecamatan Panggul, ' +
      'pada Senin, 14 Juli 2025 pukul 09.00 WIB. Pasar ini dibangun kembali agar 250 pedagang mendapat tempat ' +
      'berjualan yang bersih, aman, dan tidak tergenang saat hujan. Peresmian ditandai dengan pengguntingan pita, ' +
      'lalu Bupati bersama Dinas Perdagangan meninjau kios dan berdialog dengan pedagang. #PasarRakyat #Trenggalek',
  },
  {
    id: 'caption-no-time-place',
    label: 'Keterangan foto tanpa waktu dan tempat',
    text:
      'Dinas Kesehatan Kabupaten Trenggalek menggelar imunisasi campak gratis untuk anak usia sekolah. ' +
      'Ayo ajak putra-putri Anda agar terlindung dari campak!',
  },
  {
    id: 'personal-data',
    label: 'Draf dengan NIK dan nomor telepon',
    text:
      'Bantuan sosial tahap II diserahkan kepada Ibu Siti Aminah (NIK 3503114506780002) pada Rabu, 9 Juli 2025. ' +
      'Warga yang belum menerima dapat menghubungi petugas di 0812-3456-7890.',
  },
  {
    id: 'greeting',
    label: 'Ucapan hari raya',
    text:
      'Selamat Hari Raya Idulfitri 1446 H. Mohon maaf lahir dan batin. ' +
      'Keluarga besar Pemerintah Kabupaten Trenggalek.',
  },
  {
    id: 'spelling',
    label: 'Draf dengan ejaan tidak baku',
    text:
      'Dinas Kesehatan Kabupaten Trenggalek mengadakan sosialisasi pencegahan demam berdarah di Balai Desa Ngantru ' +
      'pada hari Kamis, 17 Juli 2025. Kegiatan ini bukan sekedar penyuluhan, tetapi juga praktek langsung 3M Plus ' +
      'bersama kader jumantik. Warga di himbau untuk menguras bak mandi secara rutin supaya nyamuk tidak berkembang ' +
      'biak. Ayo kita lakukan bersama-sama !!! #CegahDBD',
  },
];
