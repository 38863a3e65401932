import { describe, expect, it } from 'vitest';
import { classifyPostType, REQUIRED_ELEMENTS } from '../../lib/analysis/post-type';
import { createTextView } from '../../lib/analysis/text';
import type { Language, PostType } from '../../lib/analysis/types';

function type(text: string, language: Language = 'id'): PostType {
  return classifyPostType(createTextView(text), language);
}

describe('classifyPostType', () => {
  it.each([
    'Selamat Hari Guru Nasional 2025! Terima kasih para guru atas pengabdiannya mencerdaskan anak bangsa. #HGN2025',
    'Keluarga besar Pemerintah Kabupaten Kotawaringin Timur mengucapkan Selamat Hari Raya Idulfitri 1446 H. Mohon maaf lahir dan batin.',
    'Selamat menunaikan ibadah puasa Ramadan 1447 H. Semoga amal ibadah kita diterima.',
    'Selamat Idulfitri 1446 H, mohon maaf lahir dan batin.',
    'Dirgahayu ke-80 Republik Indonesia. Bersatu berdaulat, rakyat sejahtera, Indonesia maju.',
    'Turut berduka cita atas meninggalnya Bapak H. Ahmad Yani. Semoga almarhum husnulkhatimah.',
    'Selamat pagi!',
    'Selamat pagi, Sobat Kominfo!',
    'Selamat Natal dan Tahun Baru 2026 bagi yang merayakan.',
  ])('greeting: %s', (text) => {
    expect(type(text)).toBe('greeting');
  });

  it.each([
    '[HOAKS] Pesan Berantai Pendaftaran Bansos melalui Tautan WhatsApp. Penjelasan: Dinas Sosial Kotim memastikan tidak pernah membuka pendaftaran melalui tautan tersebut. Link Counter: https://kotimkab.go.id',
    '[DISINFORMASI] Pemkab Kotim Buka Pendaftaran CPNS Tanpa Tes. Faktanya, informasi tersebut tidak benar.',
    '[MISINFORMASI] Video banjir di Sampit hari ini ternyata rekaman tahun 2021.',
    '[KLARIFIKASI] Akun WhatsApp yang mengatasnamakan Bupati Bintan adalah akun palsu.',
    'Hoaks! Video banjir bandang di Sampit hari ini. Faktanya, video tersebut merupakan rekaman banjir di daerah lain pada 2021.',
    'Beredar pesan berantai berisi undangan bimtek berbayar yang mengatasnamakan Diskominfo. Penjelasan: Diskominfo tidak pernah memungut biaya.',
    'Penjelasan: foto tersebut hasil suntingan. Link Counter: https://www.komdigi.go.id/berita',
    'Faktanya, video tersebut merupakan rekaman lama dari tahun 2019.',
  ])('hoax clarification: %s', (text) => {
    expect(type(text)).toBe('hoax-clarification');
  });

  it.each([
    'PENGUMUMAN: Pelayanan Disdukcapil Kotim tutup sementara pada 17 Agustus 2025 dan kembali buka pada 18 Agustus 2025.',
    'Diberitahukan kepada seluruh warga bahwa pembayaran PBB dapat dilakukan di kantor kelurahan.',
    'Pemadaman listrik bergilir di Kecamatan Baamang pada Rabu, 12 November 2025 pukul 09.00-15.00 WIB.',
    'Pendaftaran beasiswa Kotim Cerdas dibuka mulai 1 Desember 2025. Syarat dan ketentuan cek di tautan bio.',
    'Imbauan: warga diminta tidak membakar lahan selama musim kemarau.',
    'Jadwal pelayanan Samsat Keliling pekan ini: Senin di Kantor Camat Baamang, Selasa di Pasar Keramat.',
    'Pelayanan KTP-el di Kantor Camat Toapaya.',
    'Informasi: loket pelayanan RSUD dr. Murjani buka pukul 07.30 WIB.',
    'Pendaftaran ditutup 30 November 2025.',
  ])('announcement: %s', (text) => {
    expect(type(text)).toBe('announcement');
  });

  it.each([
    'Diskominfo Kotim menggelar Bimtek Pengelolaan Media Sosial bagi admin OPD di Aula Diskominfo Kotim, Selasa (28/10/2025).',
    'Wakil Bupati Kotim menghadiri upacara peringatan Hari Pahlawan di Lapangan Upacara Kantor Bupati, Senin (10/11/2025).',
    'Ayo ikut vaksinasi besok pagi!',
    'Bupati Bintan meresmikan gedung pelayanan publik di Kecamatan Toapaya.',
    'Sebanyak 300 pelajar mengikuti sosialisasi literasi digital yang digelar Diskominfo Kaltim.',
    // An event post that opens with a greeting is still an event.
    'Selamat pagi! Hari ini Diskominfo menggelar rapat koordinasi admin media sosial di Aula Bappeda.',
    'Kecamatan Baamang melaksanakan kegiatan kerja bakti bersama warga.',
    'Acara puncak Hari Jadi Kotim dimeriahkan pawai budaya.',
  ])('event: %s', (text) => {
    expect(type(text)).toBe('event');
  });

  it.each(['Stunting masih menjadi tantangan besar bagi daerah kita.', '', '#Kotim #Sampit', 'https://kotimkab.go.id'])(
    'other: "%s"',
    (text) => {
      expect(type(text)).toBe('other');
    },
  );

  it.each([
    ['Happy Independence Day, Indonesia! Together we build the nation.', 'greeting'],
    ['Merry Christmas and a happy new year to all who celebrate.', 'greeting'],
    ['[HOAX] Message claiming free internet quota from the ministry. Explanation: the ministry never sent such a message.', 'hoax-clarification'],
    ['Notice: the population registry office will be closed on August 17 for Independence Day.', 'announcement'],
    ['The Bintan Communication Office held a social media workshop for 50 admins on Tuesday.', 'event'],
    ['The Samarinda City Government will hold a free health check at City Hall tomorrow.', 'event'],
    ['We are happy to announce that registration is now open.', 'announcement'],
  ] as const)('English: %s → %s', (text, expected) => {
    expect(type(text, 'en')).toBe(expected);
  });

  it('does not read "gelar" in "gelar sarjana" as a headline verb', () => {
    expect(type('Ia meraih gelar sarjana dari universitas negeri.')).toBe('other');
  });
});

describe('REQUIRED_ELEMENTS', () => {
  it('asks nothing of a greeting and a place and time of events and announcements', () => {
    expect(REQUIRED_ELEMENTS.greeting).toEqual([]);
    expect(REQUIRED_ELEMENTS.event).toEqual(expect.arrayContaining(['what', 'who', 'when', 'where', 'why']));
    expect(REQUIRED_ELEMENTS.announcement).toEqual(expect.arrayContaining(['what', 'who', 'when', 'where']));
    expect(REQUIRED_ELEMENTS['hoax-clarification']).not.toContain('where');
  });
});
