import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findElements, type ElementEvidence } from '../../lib/analysis/elements';
import { classifyPostType, REQUIRED_ELEMENTS } from '../../lib/analysis/post-type';
import { createTextView } from '../../lib/analysis/text';
import { ELEMENT_KEYS, type ElementKey, type Language } from '../../lib/analysis/types';

const NEWS = new URL('../fixtures/news/', import.meta.url);

function elements(text: string, language: Language = 'id'): Record<ElementKey, ElementEvidence> {
  const found = findElements(createTextView(text), language);
  // Evidence is always a slice of the original text.
  for (const key of ELEMENT_KEYS) {
    const e = found[key];
    if (e.found) expect(text.slice(e.start!, e.end!)).toBe(e.evidence);
    else expect([e.evidence, e.start, e.end]).toEqual([null, null, null]);
  }
  return found;
}

function evidence(text: string, key: ElementKey, language: Language = 'id'): string | null {
  return elements(text, language)[key].evidence;
}

describe('kapan (when)', () => {
  it.each([
    ['Bimtek digelar Selasa (28/10/2025) di Aula Diskominfo Kotim.', 'Selasa (28/10/2025)'],
    ['Rapat dilaksanakan pada Rabu, 27 November 2024 di Balai Kota Samarinda.', 'Rabu, 27 November 2024'],
    ['Ayo datang besok ke Posyandu Melati!', 'besok'],
    ['Apel pagi dimulai pukul 09.00 WIB di halaman kantor.', 'pukul 09.00 WIB'],
    ['Pameran berlangsung 28-30 Oktober 2025 di GOR Sampit.', '28-30 Oktober 2025'],
    ['Pameran berlangsung 28–30 Oktober 2025 di GOR Sampit.', '28–30 Oktober 2025'],
    ['Pelayanan dibuka pukul 08.00-12.00 WITA setiap hari kerja.', 'pukul 08.00-12.00 WITA'],
    ['Pelayanan dibuka pukul 08.00 s.d. selesai.', 'pukul 08.00 s.d. selesai'],
    ['Sosialisasi lanjutan digelar Senin depan.', 'Senin depan'],
    ['Pendaftaran ditutup tanggal 5 Mei 2025.', 'tanggal 5 Mei 2025'],
    ['Kegiatan digelar pada Minggu (2/11/2025) pagi.', 'Minggu (2/11/2025)'],
    ["Salat Jum'at (31/10) diikuti jajaran Pemkab.", "Jum'at (31/10)"],
    ['Vaksinasi ditutup hari ini.', 'hari ini'],
    ['Kunjungan kerja dilakukan pada Juli 2025.', 'Juli 2025'],
    ['Layanan tersedia setiap hari Senin.', 'setiap hari Senin'],
  ])('%s → %s', (text, expected) => {
    expect(evidence(text, 'when')).toBe(expected);
  });

  it('prefers a calendar date over a time or a relative day', () => {
    expect(evidence('Mulai pukul 08.00 WIB, Kamis (6/11/2025), warga diminta waspada.', 'when')).toBe('Kamis (6/11/2025)');
  });

  it.each([
    'Aturan ini berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.',
    'Posko siaga bencana dibuka 24 jam.',
    'Capaian imunisasi naik 28 persen dibanding tahun lalu.',
    'Pak Jan dan Bu Mei hadir sebagai narasumber.',
    'Selama dua minggu warga bergotong royong.',
  ])('finds no date in "%s"', (text) => {
    expect(evidence(text, 'when')).toBeNull();
  });
});

describe('di mana (where)', () => {
  it.each([
    ['Bimtek digelar di Aula Diskominfo Kotim, Selasa (28/10/2025).', 'di Aula Diskominfo Kotim'],
    ['Pelatihan berlangsung di Ballroom Awandari Resort, Toapaya, Kamis (30/10/2025).', 'di Ballroom Awandari Resort, Toapaya'],
    ['Tempat: Ballroom Awandari Resort, Toapaya', 'Ballroom Awandari Resort, Toapaya'],
    ['📍 Ballroom Awandari Resort, Toapaya', 'Ballroom Awandari Resort, Toapaya'],
    ['Wali Kota meresmikan MPP di Balai Kota Samarinda.', 'di Balai Kota Samarinda'],
    ['Lokasi: Balai Kota Samarinda', 'Balai Kota Samarinda'],
    ['Aksi damai berlangsung di depan Gedung DPRD Kotim.', 'di depan Gedung DPRD Kotim'],
    ['Upacara digelar di Gedung Olahraga (GOR) Sampit pagi ini.', 'di Gedung Olahraga (GOR) Sampit'],
    ['Posko berada di Jl. Jenderal Sudirman No. 12, Kecamatan Baamang.', 'di Jl. Jenderal Sudirman No. 12, Kecamatan Baamang'],
    ['Rapat digelar di ruang rapat utama.', 'di ruang rapat utama'],
    ['Pelayanan KTP-el di Kantor Camat Toapaya.', 'di Kantor Camat Toapaya'],
    ['Warga di Kelurahan Baamang Hilir diminta waspada.', 'di Kelurahan Baamang Hilir'],
  ])('%s → %s', (text, expected) => {
    expect(evidence(text, 'where')).toBe(expected);
  });

  it('never takes a name after a comma into the place', () => {
    expect(evidence('Bimtek dibuka di Aula Diskominfo Kotim, Suryadi mengatakan hal itu.', 'where')).toBe('di Aula Diskominfo Kotim');
  });

  it('prefers a building to a region', () => {
    expect(evidence('Pelatihan di Kotim digelar di Aula Bappeda.', 'where')).toBe('di Aula Bappeda');
  });

  it.each([
    'Kegiatan dilaksanakan dengan lancar dan diikuti warga.',
    'Kita harus beradaptasi di tengah pandemi.',
    'Ia berpengalaman di bidang kesehatan.',
    'Jangan sebarkan data pribadi di media sosial.',
    'Pelayanan publik di era digital harus cepat.',
    'Silakan isi formulir di sini.',
    'Hoaks itu beredar di antaranya lewat grup percakapan.',
    'Kegiatan dipusatkan di Hari Kesehatan Nasional.',
  ])('finds no place in "%s"', (text) => {
    expect(evidence(text, 'where')).toBeNull();
  });
});

describe('siapa (who)', () => {
  it.each([
    ['Plt Kepala Diskominfo Kotim, Jumberi mengatakan bimtek sangat penting.', 'Plt Kepala Diskominfo Kotim, Jumberi'],
    ['Plt. Kepala Diskominfo Kotim, Jumberi, S.Sos mengatakan hal itu.', 'Plt. Kepala Diskominfo Kotim, Jumberi'],
    ['Sebanyak 50 admin media sosial mengikuti pelatihan.', 'Sebanyak 50 admin'],
    ['Bupati Kotim Halikinnor meresmikan gedung baru.', 'Bupati Kotim Halikinnor'],
    ['Pemkab Bintan mengajak warga ikut vaksinasi.', 'Pemkab Bintan'],
    ['Ratusan warga mengikuti jalan sehat.', 'Ratusan warga'],
    [
      'Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfo) Kabupaten Kotawaringin Timur menggelar bimtek.',
      'Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfo) Kabupaten Kotawaringin Timur',
    ],
    ['Kepala Dinas Kesehatan Kabupaten Bintan, dr. Retno Hapsari mengatakan vaksin aman.', 'Kepala Dinas Kesehatan Kabupaten Bintan, dr. Retno Hapsari'],
    ['Puskesmas Baamang menggelar posyandu remaja.', 'Puskesmas Baamang'],
  ])('%s → %s', (text, expected) => {
    expect(evidence(text, 'who')).toBe(expected);
  });

  it('does not take a body named inside a place phrase', () => {
    expect(evidence('Pelayanan KTP-el di Kantor Camat Toapaya.', 'who')).toBeNull();
    expect(evidence('Bimtek digelar di Aula Diskominfo Kotim.', 'who')).toBeNull();
  });

  it('does not take the people served or the audience greeted', () => {
    expect(evidence('Kuota tersedia untuk 50 orang.', 'who')).toBeNull();
    expect(evidence('Halo Sobat Kominfo, jangan lupa istirahat.', 'who')).toBeNull();
  });

  it('prefers a named official to a bare title', () => {
    expect(evidence('Bupati membuka acara. Bupati Kotim Halikinnor berpesan agar warga menjaga kebersihan.', 'who')).toBe(
      'Bupati Kotim Halikinnor',
    );
  });
});

describe('apa (what)', () => {
  it.each([
    ['Diskominfo menggelar sosialisasi di Kecamatan Baamang.', 'menggelar sosialisasi'],
    ['Bimtek Pengelolaan Media Sosial bagi Admin OPD dibuka hari ini.', 'Bimtek Pengelolaan Media Sosial'],
    ['Disdukcapil membuka pelayanan perekaman KTP-el di Kantor Camat Toapaya.', 'membuka pelayanan perekaman KTP-el'],
    ['Pelayanan perekaman KTP-el dibuka setiap Sabtu.', 'Pelayanan perekaman KTP-el'],
    ['Warga dapat mengakses pelayanan perekaman KTP-el di kecamatan.', 'pelayanan perekaman KTP-el'],
    ['Ayo ikut vaksinasi besok pagi!', 'vaksinasi'],
    ['Diskominfo Kotim Gelar Bimtek Pengelolaan Media Sosial bagi Admin OPD', 'Gelar Bimtek Pengelolaan Media Sosial'],
    ['Dinkes menggelar Bimbingan Teknis (Bimtek) Pelaporan Imunisasi di Sampit.', 'menggelar Bimbingan Teknis (Bimtek) Pelaporan Imunisasi'],
    ['Pemkab menggelar upacara HUT ke-80 RI di alun-alun.', 'menggelar upacara HUT ke-80 RI'],
  ])('%s → %s', (text, expected) => {
    expect(evidence(text, 'what')).toBe(expected);
  });

  it('does not take a purpose clause for the activity', () => {
    expect(evidence('Lomba digelar dalam rangka memperingati Hari Jadi Kotim ke-72.', 'what')).toBe('Lomba');
  });

  it('does not take "kegiatan ini" for an activity', () => {
    expect(evidence('Kegiatan ini sangat bermanfaat.', 'what')).toBeNull();
  });
});

describe('mengapa (why)', () => {
  it.each([
    ['Bimtek ini bertujuan memperkuat kapasitas admin media sosial.', 'bertujuan memperkuat kapasitas admin media'],
    ['Warga diimbau mengamankan dokumen agar tidak rusak terendam banjir.', 'agar tidak rusak terendam banjir'],
    ['Pelatihan diikuti admin OPD untuk meningkatkan kualitas unggahan.', 'untuk meningkatkan kualitas unggahan'],
    ['Lomba digelar dalam rangka memperingati Hari Jadi Kotim ke-72.', 'dalam rangka memperingati Hari Jadi'],
    ['Bimtek ini diharapkan dapat meningkatkan kualitas unggahan OPD.', 'diharapkan dapat meningkatkan kualitas unggahan OPD'],
    ['Peringatan dikeluarkan karena curah hujan tinggi di hulu.', 'karena curah hujan tinggi'],
    ['MPP hadir sebagai upaya memangkas birokrasi dan mempercepat layanan.', 'sebagai upaya memangkas birokrasi'],
  ])('%s → %s', (text, expected) => {
    expect(evidence(text, 'why')).toBe(expected);
  });

  it.each([
    'Pendaftaran dibuka untuk tanggal 5 Mei 2025.',
    'Pendaftaran dibuka untuk 2 kategori lomba.',
    'Layanan ini gratis dan terbuka untuk umum.',
    'Untuk itu, warga diminta tetap tenang.',
    'Karena itu, jadwal diundur.',
    'Teknologi tepat guna dipamerkan di balai desa.',
  ])('finds no purpose in "%s"', (text) => {
    expect(evidence(text, 'why')).toBeNull();
  });
});

describe('bagaimana (how)', () => {
  it.each([
    ['Materi disampaikan melalui paparan dan praktik langsung.', 'melalui paparan dan praktik langsung'],
    ['Pendaftaran dilakukan dengan cara mengisi formulir di loket.', 'dengan cara mengisi formulir di loket'],
    ['Pelatihan berlangsung secara daring selama dua hari.', 'secara daring'],
    ['Rapat digelar secara tatap muka di aula.', 'secara tatap muka'],
    ['Petugas mendatangi rumah warga dengan sistem jemput bola.', 'dengan sistem jemput bola'],
  ])('%s → %s', (text, expected) => {
    expect(evidence(text, 'how')).toBe(expected);
  });

  it('prefers how an activity is held to "secara" with any word', () => {
    expect(evidence('Informasi disampaikan secara terbuka. Bimtek digelar secara daring.', 'how')).toBe('secara daring');
  });

  it('does not take a body reached "melalui" for a manner', () => {
    expect(evidence('Pemkab Bintan melalui Bagian Protokol menggelar bimtek.', 'how')).toBeNull();
  });
});

describe('short captions', () => {
  function missingRequired(text: string): ElementKey[] {
    const view = createTextView(text);
    const found = findElements(view, 'id');
    return REQUIRED_ELEMENTS[classifyPostType(view, 'id')].filter((k) => !found[k].found);
  }

  it('reports the missing place of "Ayo ikut vaksinasi besok pagi!"', () => {
    const e = elements('Ayo ikut vaksinasi besok pagi!');
    expect(e.when.evidence).toBe('besok pagi');
    expect(e.what.evidence).toBe('vaksinasi');
    expect(e.where).toEqual({ found: false, evidence: null, start: null, end: null });
    expect(missingRequired('Ayo ikut vaksinasi besok pagi!')).toEqual(expect.arrayContaining(['where', 'who']));
  });

  it('reports the missing time of "Pelayanan KTP-el di Kantor Camat Toapaya."', () => {
    const e = elements('Pelayanan KTP-el di Kantor Camat Toapaya.');
    expect(e.where.evidence).toBe('di Kantor Camat Toapaya');
    expect(e.what.evidence).toBe('Pelayanan KTP-el');
    expect(e.when.found).toBe(false);
    expect(missingRequired('Pelayanan KTP-el di Kantor Camat Toapaya.')).toContain('when');
  });

  it('does not nag a greeting for a place or a time', () => {
    expect(missingRequired('Selamat Hari Guru Nasional! Terima kasih para guru.')).toEqual([]);
  });

  it('finds nothing in an empty draft', () => {
    const e = elements('');
    for (const key of ELEMENT_KEYS) expect(e[key].found).toBe(false);
  });
});

describe('news articles', () => {
  const expected = JSON.parse(readFileSync(new URL('expected.json', NEWS), 'utf8')) as Record<
    string,
    { language: Language; postType: string; elements: Record<ElementKey, string>; withoutHeadline: Record<ElementKey, string> }
  >;
  const files = readdirSync(NEWS).filter((f) => f.endsWith('.txt'));

  it('has at least six Indonesian and two English articles, each with its expectations', () => {
    expect(files.filter((f) => !f.startsWith('en-')).length).toBeGreaterThanOrEqual(6);
    expect(files.filter((f) => f.startsWith('en-')).length).toBeGreaterThanOrEqual(2);
    for (const f of files) expect(expected[f], f).toBeDefined();
  });

  it.each(files)('%s: all six elements with their evidence', (file) => {
    const text = readFileSync(new URL(file, NEWS), 'utf8');
    const exp = expected[file]!;
    const found = elements(text, exp.language);
    for (const key of ELEMENT_KEYS) {
      expect(found[key].evidence, `${file} ${key}`).toBe(exp.elements[key]);
      expect(found[key].evidence!.length, `${file} ${key} is short`).toBeLessThanOrEqual(100);
    }
    expect(classifyPostType(createTextView(text), exp.language)).toBe(exp.postType);
  });

  it.each(files)('%s without its headline: all six elements from the body', (file) => {
    const text = readFileSync(new URL(file, NEWS), 'utf8').split('\n').slice(2).join('\n');
    const exp = expected[file]!;
    const found = elements(text, exp.language);
    for (const key of ELEMENT_KEYS) expect(found[key].evidence, `${file} ${key}`).toBe(exp.withoutHeadline[key]);
  });
});

describe('English drafts', () => {
  it.each([
    ['when', 'The workshop was held on Tuesday, October 28, 2025 in Toapaya.', 'Tuesday, October 28, 2025'],
    ['when', 'Registration opens on 1 December 2025.', '1 December 2025'],
    ['when', 'The clinic is open from 8 a.m. to 2 p.m. on weekdays.', '8 a.m. to 2 p.m'],
    ['when', 'Join us tomorrow at City Hall.', 'tomorrow'],
    ['where', 'Join us tomorrow at City Hall.', 'at City Hall'],
    ['where', 'The drive takes place at the Baamang Community Health Center in Sampit.', 'at the Baamang Community Health Center'],
    ['where', 'Residents in Bintan Regency are asked to stay alert.', 'in Bintan Regency'],
    ['who', 'Mayor Andi Pratama opened the new service mall.', 'Mayor Andi Pratama'],
    ['who', 'The East Kotawaringin Health Office will hold a vaccination drive.', 'East Kotawaringin Health Office'],
    ['who', 'More than 100 volunteers joined the cleanup.', 'More than 100 volunteers'],
    ['who', 'Head of the Bintan Communication Office, John Smith, said the event went well.', 'Head of the Bintan Communication Office, John Smith'],
    ['what', 'The office held a social media management workshop for admins.', 'held a social media management workshop'],
    ['what', 'Free measles vaccination drive this Saturday!', 'Free measles vaccination drive'],
    ['why', 'The workshop aims to improve the quality of public information.', 'aims to improve the quality'],
    ['why', 'Roads were closed to prevent accidents during the parade.', 'to prevent accidents'],
    ['how', 'Participants practised through hands-on sessions led by journalists.', 'through hands-on sessions'],
    ['how', 'The meeting was held online.', 'online'],
  ] as const)('%s: %s → %s', (key, text, expected) => {
    expect(evidence(text, key, 'en')).toBe(expected);
  });

  it.each([
    ['where', 'In order to help, we work in person at 9 a.m. in October.'],
    ['why', 'Welcome to the official account.'],
    ['who', 'Happy Independence Day, Indonesia!'],
  ] as const)('finds no %s in "%s"', (key, text) => {
    expect(evidence(text, key, 'en')).toBeNull();
  });
});

describe('other languages', () => {
  it('reads Malay, Javanese, Sundanese and undetermined drafts with the Indonesian extractor', () => {
    const text = 'Diskominfo Kotim menggelar sosialisasi di Aula Diskominfo Kotim, Selasa (28/10/2025).';
    const id = findElements(createTextView(text), 'id');
    for (const lang of ['ms', 'jv', 'su', 'und'] as const) expect(findElements(createTextView(text), lang)).toEqual(id);
  });
});

describe('years, common places, list labels and election names', () => {
  /** The evidence of `key`, checked to sit at the first occurrence of `expected` in the text. */
  function expectSpan(text: string, key: ElementKey, expected: string, language: Language = 'id'): void {
    const e = elements(text, language)[key];
    expect(e.found, `${key} in "${text}"`).toBe(true);
    expect(text.slice(e.start!, e.end!)).toBe(expected);
    expect(e.start).toBe(text.indexOf(expected));
  }

  describe('kapan: years and parts of a year', () => {
    it.each([
      ['Realisasi PAD pada 2023 mencapai 95 persen.', '2023'],
      ['Capaian imunisasi tahun 2024 naik 12 persen.', 'tahun 2024'],
      ['Sepanjang tahun 2024, BPBD menangani 120 kejadian bencana.', 'Sepanjang tahun 2024'],
      ['Laporan realisasi anggaran Triwulan III 2025 sudah terbit.', 'Triwulan III 2025'],
      ['Realisasi PAD semester I 2024 mencapai 60 persen.', 'semester I 2024'],
      ['Data stunting semester pertama tahun 2024 dirilis.', 'semester pertama tahun 2024'],
      ['Program bedah rumah berlangsung hingga akhir 2025.', 'hingga akhir 2025'],
      ['Jumlah kunjungan wisatawan periode Januari–Maret 2025 naik.', 'periode Januari–Maret 2025'],
      ['Target tercapai pada akhir Desember 2025.', 'akhir Desember 2025'],
      ['Program berjalan sejak 2020 hingga 2024.', 'sejak 2020 hingga 2024'],
      ['Pendaftaran PPDB tahun ajaran 2025/2026 dibuka.', 'tahun ajaran 2025/2026'],
      ['Tahun 2022', 'Tahun 2022'],
    ])('%s → %s', (text, expected) => {
      expectSpan(text, 'when', expected);
    });

    it('prefers a full date, then a year, to a fiscal year', () => {
      expectSpan('Sepanjang tahun 2024, kami menggelar rapat evaluasi pada Rabu, 27 November 2024.', 'when', 'Rabu, 27 November 2024');
      expectSpan('Realisasi APBD Tahun Anggaran 2024 mencapai 45 persen per 30 Juni 2024.', 'when', '30 Juni 2024');
      expectSpan('Realisasi APBD Tahun Anggaran 2024 mencapai 95 persen sepanjang 2024.', 'when', 'sepanjang 2024');
      expectSpan('Realisasi APBD Tahun Anggaran 2024 mencapai 95 persen.', 'when', 'Tahun Anggaran 2024');
    });

    it('does not take the year of a law for the time', () => {
      expectSpan('Sesuai Permendagri Nomor 2 Tahun 2024, laporan disusun tahun 2025.', 'when', 'tahun 2025');
    });

    it.each([
      'Sesuai UU 27/2022 dan Permendagri Nomor 2 Tahun 2024, data pribadi dilindungi.',
      'Pengumuman nomor 88 tahun 2024 tentang tarif retribusi.',
      'Kuota pendaftaran hingga 2000 peserta.',
      'Pilkada 2024 berlangsung damai.',
      'Sebanyak 2024 warga hadir.',
    ])('finds no time in "%s"', (text) => {
      expect(evidence(text, 'when')).toBeNull();
    });

    it.each([
      ['Regional revenue rose in 2024.', '2024'],
      ['The bridge will be finished by the end of 2025.', 'by the end of 2025'],
      ['Visits rose in the third quarter of 2025.', 'third quarter of 2025'],
      ['Visits from January to March 2025 rose.', 'from January to March 2025'],
    ])('English: %s → %s', (text, expected) => {
      expectSpan(text, 'when', expected, 'en');
    });

    it('English: a count is not a year', () => {
      expect(evidence('Up to 2000 participants can register.', 'when', 'en')).toBeNull();
    });
  });

  describe('di mana: common places in lower case', () => {
    it.each([
      ['Pemilih dapat mencoblos di tempat pemungutan suara (TPS) terdekat.', 'di tempat pemungutan suara (TPS)'],
      ['Pembayaran PBB dapat dilakukan di kantor kelurahan.', 'di kantor kelurahan'],
      ['Vaksin tersedia di seluruh puskesmas.', 'di seluruh puskesmas'],
      ['Posko dibuka di masing-masing kecamatan.', 'di masing-masing kecamatan'],
      ['Bantuan disalurkan di setiap desa.', 'di setiap desa'],
      ['Banjir terjadi di wilayah Kabupaten Kotawaringin Timur.', 'di wilayah Kabupaten Kotawaringin Timur'],
      ['Makanan dibagikan di lokasi pengungsian.', 'di lokasi pengungsian'],
      ['Warga bisa melapor di posko.', 'di posko'],
      ['Bawa KTP-el ke TPS tempat Anda terdaftar.', 'ke TPS'],
    ])('%s → %s', (text, expected) => {
      expectSpan(text, 'where', expected);
    });

    it('prefers a named site to a common one', () => {
      expectSpan('Pembayaran dapat dilakukan di kantor kelurahan atau di Kantor Camat Toapaya.', 'where', 'di Kantor Camat Toapaya');
    });

    it.each([
      'Pelanggar langsung ditilang di tempat.',
      'Sampah menumpuk di tempat yang tidak semestinya.',
      'Di setiap kesempatan, Bupati mengingatkan warga.',
      'Kegiatan digelar di setiap Sabtu pagi.',
      'Bantuan diberikan di berbagai bidang.',
    ])('finds no place in "%s"', (text) => {
      expect(evidence(text, 'where')).toBeNull();
    });

    it('English: polling stations, weaker than a named place', () => {
      expectSpan('Residents can vote at polling stations near their homes.', 'where', 'at polling stations', 'en');
      expectSpan('Vote at polling stations or at City Hall.', 'where', 'at City Hall', 'en');
      expect(evidence('Please read the details in the post below.', 'where', 'en')).toBeNull();
    });
  });

  describe('bagaimana: list labels, "dengan …", cost', () => {
    it.each([
      ['Caranya mudah, yaitu dengan mengisi formulir daring.', 'yaitu dengan mengisi formulir daring'],
      ['Caranya: datang langsung ke kantor desa.', 'Caranya: datang langsung ke kantor'],
      ['Alur layanan:\n1. Ambil nomor antrean.', 'Alur layanan'],
      ['Cara mendaftar:\n1. Kunjungi laman resmi.', 'Cara mendaftar'],
      ['Langkah-langkah:\n1. Siapkan KTP.', 'Langkah-langkah'],
      ['Syarat dan alur:\n- KTP asli', 'Syarat dan alur'],
      ['Warga dapat mendaftar dengan membawa KTP asli.', 'dengan membawa KTP asli'],
      ['Pendaftaran cukup dengan menunjukkan KTP.', 'cukup dengan menunjukkan KTP'],
      ['Layanan diberikan secara gratis.', 'secara gratis'],
      ['Layanan ini tanpa dipungut biaya.', 'tanpa dipungut biaya'],
      ['Acara dibuka dengan memukul gong.', 'dengan memukul gong'],
    ])('%s → %s', (text, expected) => {
      expectSpan(text, 'how', expected);
    });

    it('prefers how an activity is held to what it costs', () => {
      expectSpan('Layanan ini tanpa dipungut biaya dan digelar secara daring.', 'how', 'secara daring');
    });

    it.each([
      'Bupati bekerja sama dengan menggandeng swasta.',
      'Kegiatan ditutup dengan dihadiri seluruh camat.',
      'Sejalan dengan meningkatnya kasus DBD, warga diimbau waspada.',
      'Caranya mudah!',
    ])('finds no manner in "%s"', (text) => {
      expect(evidence(text, 'how')).toBeNull();
    });

    it.each([
      ['How to apply:\n1. Visit the website.', 'How to apply'],
      ['Here is how to register: visit the nearest office.', 'how to register: visit the nearest office'],
    ])('English: %s → %s', (text, expected) => {
      expectSpan(text, 'how', expected, 'en');
    });
  });

  describe('siapa: a title inside an election name is not the actor', () => {
    it.each([
      [
        'Pemilihan Bupati dan Wakil Bupati Trenggalek 2024 diikuti tiga pasangan calon. KPU Trenggalek mengimbau warga memilih.',
        'KPU Trenggalek',
      ],
      [
        'Pemilihan Gubernur dan Wakil Gubernur Kalimantan Tengah Tahun 2024 berlangsung damai, kata Ketua KPU Kalteng.',
        'Ketua KPU Kalteng',
      ],
      ['Jelang Pilkada Kotim 2024, Bupati Kotim Halikinnor mengimbau ASN netral.', 'Bupati Kotim Halikinnor'],
    ])('%s → %s', (text, expected) => {
      expectSpan(text, 'who', expected);
    });

    it('English: "Regent Election" is not an official', () => {
      expectSpan(
        'Turnout in the 2024 Trenggalek Regent and Vice Regent Election reached 78 percent, the Trenggalek Election Commission said.',
        'who',
        'Trenggalek Election Commission',
        'en',
      );
    });
  });

  it('reads a data post: a year, a common place, the agency', () => {
    const text =
      'Capaian Imunisasi 2024\nSepanjang tahun 2024, Dinas Kesehatan Kabupaten Bintan memberikan 45.000 dosis vaksin di seluruh puskesmas secara gratis.';
    expectSpan(text, 'when', 'Sepanjang tahun 2024');
    expectSpan(text, 'where', 'di seluruh puskesmas');
    expectSpan(text, 'who', 'Dinas Kesehatan Kabupaten Bintan');
    expectSpan(text, 'how', 'secara gratis');
  });
});
