import type { TemplateChoice } from '@/components/panel/types';

/**
 * Example templates for the playground's panel. The real template library (lib/templates) comes with its own
 * issue; these are filled-in examples so that inserting one shows a complete, clean draft.
 */
export interface PlaygroundTemplate extends TemplateChoice {
  text: string;
}

export const PLAYGROUND_TEMPLATES: readonly PlaygroundTemplate[] = [
  {
    id: 'event-report',
    title: 'Laporan kegiatan (5W1H lengkap)',
    postType: 'event',
    text:
      'Wakil Bupati Trenggalek membuka Pelatihan Digital Marketing bagi 50 pelaku UMKM di Pendopo Manggala Praja ' +
      'Nugraha pada Selasa, 15 Juli 2025 pukul 08.30 WIB. Pelatihan ini bertujuan membantu pelaku usaha memasarkan ' +
      'produknya secara daring. Peserta belajar membuat foto produk dan mengelola toko daring bersama narasumber ' +
      'dari Dinas Kominfo. #UMKMNaikKelas',
  },
  {
    id: 'service-announcement',
    title: 'Pengumuman layanan',
    postType: 'announcement',
    text:
      'PENGUMUMAN\nDinas Kependudukan dan Pencatatan Sipil Kabupaten Trenggalek membuka kembali layanan perekaman ' +
      'KTP elektronik di Mal Pelayanan Publik Trenggalek mulai Senin, 21 Juli 2025 pukul 08.00–14.00 WIB. Warga ' +
      'cukup membawa fotokopi Kartu Keluarga. Layanan ini gratis.',
  },
  {
    id: 'greeting',
    title: 'Ucapan hari besar',
    postType: 'greeting',
    text: 'Selamat Hari Anak Nasional, 23 Juli 2025. Anak terlindungi, Indonesia maju. Pemerintah Kabupaten Trenggalek.',
  },
  {
    id: 'hoax-clarification',
    title: 'Klarifikasi hoaks',
    postType: 'hoax-clarification',
    text:
      '[HOAKS] Beredar pesan berantai yang menyebut pendaftaran bantuan sosial dipungut biaya Rp50.000. Faktanya, ' +
      'Dinas Sosial Kabupaten Trenggalek menegaskan pendaftaran bantuan sosial tidak dipungut biaya apa pun. ' +
      'Informasi resmi hanya melalui situs dan akun media sosial resmi Pemerintah Kabupaten Trenggalek.',
  },
];
