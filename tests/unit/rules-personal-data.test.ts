import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../../lib/analysis/text';
import type { Finding } from '../../lib/analysis/types';
import { rules as childProtection } from '../../lib/rules/child-protection';
import { isNikStructure, rules } from '../../lib/rules/personal-data';
import { isGuideRef } from '../../lib/rules/refs';
import { runRules } from './rule-helpers';

/** [rule, severity, evidence, suggestion] for each finding, in order. */
function check(text: string): [string, string, string, string | null][] {
  return runRules(rules, text).map((f: Finding) => {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.category).toBe('personal-data');
    return [f.rule, f.severity, f.text, f.suggestion];
  });
}

describe('personal-data/nik and personal-data/kk', () => {
  it('validates the NIK structure', () => {
    expect(isNikStructure('3503114506780002')).toBe(true); // Jawa Timur, woman born 05-06-78
    expect(isNikStructure('3503110506780002')).toBe(true); // man born 05-06-78
    expect(isNikStructure('9503010101990001')).toBe(true); // Papua Pegunungan
    expect(isNikStructure('2024061012345678')).toBe(false); // province 20 does not exist
    expect(isNikStructure('1250000000000000')).toBe(false); // district 00
    expect(isNikStructure('3503000506780002')).toBe(false); // district 00
    expect(isNikStructure('3500110506780002')).toBe(false); // regency 00
    expect(isNikStructure('3503113506780002')).toBe(false); // day 35 is neither a man's nor a woman's
    expect(isNikStructure('3503117206780002')).toBe(false); // day 72 (32 + 40)
    expect(isNikStructure('3503110513780002')).toBe(false); // month 13
    expect(isNikStructure('3503110500780002')).toBe(false); // month 00
    expect(isNikStructure('3503113102780002')).toBe(false); // 31 February
    expect(isNikStructure('3503114506780000')).toBe(false); // serial 0000
    expect(isNikStructure('350311450678000')).toBe(false); // 15 digits
  });

  it('flags a NIK in any common grouping and masks its middle digits', () => {
    expect(check('Penerima bantuan atas nama Siti Aminah, NIK 3503114506780002.')).toEqual([
      ['personal-data/nik', 'error', '3503114506780002', '3503********0002'],
    ]);
    expect(check('NIK: 3503 1145 0678 0002')).toEqual([
      ['personal-data/nik', 'error', '3503 1145 0678 0002', '3503 **** **** 0002'],
    ]);
    expect(check('NIK 3503.1145.0678.0002 dan 35.03.11.450678.0002')).toEqual([
      ['personal-data/nik', 'error', '3503.1145.0678.0002', '3503.****.****.0002'],
      ['personal-data/nik', 'error', '35.03.11.450678.0002', '35.03.**.******.0002'],
    ]);
    // No label at all: the structure alone is enough for a number this sensitive.
    expect(check('Data: 7371024912950003')).toEqual([['personal-data/nik', 'error', '7371024912950003', '7371********0003']]);
  });

  it('tells a KK number from a NIK by the label before it', () => {
    expect(check('No. KK 3503 1101 0108 0003, NIK 3503114506780002')).toEqual([
      ['personal-data/kk', 'error', '3503 1101 0108 0003', '3503 **** **** 0003'],
      ['personal-data/nik', 'error', '3503114506780002', '3503********0002'],
    ]);
    expect(check('Nomor Kartu Keluarga: 6202010101200007')).toEqual([
      ['personal-data/kk', 'error', '6202010101200007', '6202********0007'],
    ]);
  });

  it('leaves budget figures, letter numbers and other 16-digit identifiers alone', () => {
    expect(check('Pagu anggaran Rp1.250.000.000.000.000 sesuai Nomor: 800/1234/2024.')).toEqual([]);
    expect(check('Nomor registrasi 2024061012345678 dan 1250000000000000 unit.')).toEqual([]);
    expect(check('Kode billing 3201202406100001 berlaku 7 hari.')).toEqual([]);
    expect(check('NIP. 19780512 200501 1 002')).toEqual([]);
    expect(check('Angka 135031145067800021 terlalu panjang untuk NIK.')).toEqual([]);
  });
});

describe('personal-data/phone', () => {
  it('flags private mobile numbers in every common form, masked', () => {
    expect(check('Bagi yang menemukan dompet, hubungi Bapak Andi di 0812-3456-7890.')).toEqual([
      ['personal-data/phone', 'warning', '0812-3456-7890', '0812-****-7890'],
    ]);
    expect(check('Hubungi +62 812 3456 7890 atau 6281234567890 atau 0813.4567.8901 sekarang.')).toEqual([
      ['personal-data/phone', 'warning', '+62 812 3456 7890', '+62 812 **** 7890'],
      ['personal-data/phone', 'warning', '6281234567890', '62812****7890'],
      ['personal-data/phone', 'warning', '0813.4567.8901', '0813.****.8901'],
    ]);
    expect(check('Klik https://wa.me/6281234567890 sekarang.')).toEqual([
      ['personal-data/phone', 'warning', '6281234567890', '62812****7890'],
    ]);
  });

  it('does not flag official service lines', () => {
    expect(check('Call Center 112 gratis. WA Center 0811-5234-5678 layanan pengaduan.')).toEqual([]);
    expect(check('Pengaduan PPDB: 0811-5233-0800')).toEqual([]);
    expect(check('Hotline Covid-19\n0812-5000-1190')).toEqual([]);
    expect(check('0811-5299-100 (WA Center)')).toEqual([]);
    expect(check('Hubungi 0852-4901-3344 / pengaduan@kotimkab.go.id')).toEqual([]);
    expect(check('Informasi lebih lanjut hubungi 0812-5100-2024.')).toEqual([]);
  });

  it('notes a contact person’s mobile as info only', () => {
    expect(check('Narahubung: Budi 0813 4567 8901')).toEqual([
      ['personal-data/phone-contact', 'info', '0813 4567 8901', '0813 **** 8901'],
    ]);
    expect(check('CP: Sari (0857-1234-5678)')).toEqual([
      ['personal-data/phone-contact', 'info', '0857-1234-5678', '0857-****-5678'],
    ]);
  });

  it('needs an official word in the same paragraph', () => {
    expect(check('Layanan pengaduan dibuka setiap hari.\n\nWarga bernama Andi, 0812-3456-7890, kehilangan motor.')).toEqual([
      ['personal-data/phone', 'warning', '0812-3456-7890', '0812-****-7890'],
    ]);
  });

  it('leaves landlines, amounts and dates alone', () => {
    expect(check('Telepon (0531) 21234 atau 0531-21234.')).toEqual([]);
    expect(check('Dana Rp62.812.345.678 dan 62.812.345.678 rupiah pada 08.12.2024.')).toEqual([]);
  });
});

describe('personal-data/email', () => {
  it('flags a private address', () => {
    expect(check('Kirim berkas ke andi.pratama87@gmail.com paling lambat Jumat.')).toEqual([
      ['personal-data/email', 'warning', 'andi.pratama87@gmail.com', null],
    ]);
    expect(check('Surel: SitiAminah@Yahoo.co.id')).toEqual([['personal-data/email', 'warning', 'SitiAminah@Yahoo.co.id', null]]);
  });

  it('leaves official and agency mailboxes alone', () => {
    expect(check('Kirim berkas ke pengaduan@kotimkab.go.id atau sekolah@sdn1.sch.id')).toEqual([]);
    expect(check('Formulir dikirim ke pemdes.sukamaju@gmail.com atau dinkeskotim@yahoo.co.id')).toEqual([]);
    expect(check('Email layanan: kotimsehat@gmail.com')).toEqual([]);
    expect(check('Kontak media: redaksi@kompas.com')).toEqual([]); // not a free mail provider
  });
});

describe('personal-data/bank-account', () => {
  it('flags an account number after "rekening" and keeps only its last digits', () => {
    expect(check('Bantuan dapat ditransfer ke rekening BRI 0123-01-012345-50-1 a.n. Siti Aminah.')).toEqual([
      ['personal-data/bank-account', 'warning', '0123-01-012345-50-1', '****-**-*****5-50-1'],
    ]);
    expect(check('No. Rek: 1234567890 a.n. Budi Santoso. Norek BCA 0987654321.')).toEqual([
      ['personal-data/bank-account', 'warning', '1234567890', '******7890'],
      ['personal-data/bank-account', 'warning', '0987654321', '******4321'],
    ]);
  });

  it('leaves an agency’s official account and amounts alone', () => {
    expect(check('Setor ke rekening Kas Daerah Pemkab Kotim nomor 1001234567 di Bank Kalteng.')).toEqual([]);
    expect(check('Zakat disalurkan ke rekening BAZNAS Kotim 7123456789.')).toEqual([]);
    expect(check('Rekening resmi:\nBSI 7123456789 a.n. BAZNAS Kotawaringin Timur')).toEqual([]);
    expect(check('Saldo rekening desa Rp 125.000.000 dan Rp125000000.')).toEqual([]);
    expect(check('Nomor surat 1234567890 tanpa kata rekening di dekatnya.')).toEqual([]);
  });
});

describe('personal-data/health', () => {
  it('flags an illness tied to a named person', () => {
    expect(check('Bapak Sutrisno (45) positif HIV dan kini dirawat.')).toEqual([
      ['personal-data/health', 'warning', 'Bapak Sutrisno (45) positif HIV', null],
    ]);
    expect(check('Petugas menjenguk pasien atas nama Siti menderita TBC.')).toEqual([
      ['personal-data/health', 'warning', 'Siti menderita TBC', null],
    ]);
    expect(check('Penderita TBC bernama Siti (50) kini sudah sembuh.')).toEqual([
      ['personal-data/health', 'warning', 'Penderita TBC bernama Siti (50)', null],
    ]);
    expect(check('Pasien Covid-19 atas nama Siti (45) meninggal dunia pagi ini.')).toEqual([
      ['personal-data/health', 'warning', 'Pasien Covid-19 atas nama Siti (45)', null],
    ]);
    expect(check('Ibu Siti, warga Desa Sukamaju, penderita stroke, menerima kursi roda.')).toEqual([
      ['personal-data/health', 'warning', 'Ibu Siti, warga Desa Sukamaju, penderita stroke', null],
    ]);
  });

  it('leaves officials, campaigns and anonymised cases alone', () => {
    expect(check('Wakil Bupati Ibu Siti menjenguk pasien stroke di RSUD.')).toEqual([]);
    expect(check('Bupati Sutrisno meninjau penanganan pasien DBD di RSUD dr. Murjani.')).toEqual([]);
    expect(check('Bapak Sutrisno selaku Kepala Puskesmas menjelaskan bahwa pasien TBC wajib minum obat.')).toEqual([]);
    expect(check('Seorang warga berinisial AS (45) dinyatakan positif HIV.')).toEqual([]);
    expect(check('Ayo cegah DBD! Penderita diabetes wajib kontrol gula darah rutin.')).toEqual([]);
    expect(check('Pasien positif Covid-19 bertambah 12 orang hari ini.')).toEqual([]);
  });
});

describe('personal-data/home-address', () => {
  it('flags the home address of a named private person', () => {
    expect(check('Warga bernama Joko yang tinggal di Jl. Melati No. 12 RT 03 kehilangan motor.')).toEqual([
      ['personal-data/home-address', 'warning', 'Jl. Melati No. 12 RT 03', null],
    ]);
    expect(check('Bupati meninjau rumah Bapak Sutrisno di Jl. Kenanga Gg. Mawar No. 7 yang direhab.')).toEqual([
      ['personal-data/home-address', 'warning', 'Jl. Kenanga Gg. Mawar No. 7', null],
    ]);
    expect(check('Ibu Siti (60) beralamat di RT 05/RW 02 Kelurahan Baamang.')).toEqual([
      ['personal-data/home-address', 'warning', 'RT 05/RW 02', null],
    ]);
  });

  it('leaves offices, venues, streets and roles alone', () => {
    expect(check('Kantor Dinas Kesehatan beralamat di Jl. Jenderal Sudirman No. 5 Sampit.')).toEqual([]);
    expect(check('Kegiatan bertempat di rumah Ketua RT 03, Bapak Sutrisno, Jl. Melati No 5.')).toEqual([]);
    expect(check('Rumah makan milik Bapak Sutrisno di Jl. Melati No. 5 ramai pengunjung.')).toEqual([]);
    expect(check('Bapak Sutrisno tinggal di Jalan Melati, Sampit.')).toEqual([]); // no house number or RT
    expect(check('Rumah warga di Jl. Melati No. 5 RT 03 terendam banjir.')).toEqual([]); // nobody named
  });
});

describe('personal-data rule metadata', () => {
  it('uses known guide refs, Indonesian by default and English on request', () => {
    const text = 'NIK 3503114506780002, HP 0812-3456-7890, andi87@gmail.com, rekening BRI 1234567890. Bapak Sutrisno (45) positif HIV.';
    const found = runRules(rules, text);
    expect(found.map((f) => f.rule)).toEqual([
      'personal-data/nik',
      'personal-data/phone',
      'personal-data/email',
      'personal-data/bank-account',
      'personal-data/health',
    ]);
    for (const f of found) expect(isGuideRef(f.ref)).toBe(true);
    expect(found[0]!.ref).toBe('uu-pdp-pasal-4');
    expect(found[1]!.ref).toBe('uu-ite-pasal-26');
    expect(found[0]!.message).toMatch(/data pribadi/);
    const view = createTextView(text);
    const en = rules.flatMap((r) => r.check({ view, language: 'id', postType: 'other', platform: undefined, locale: 'en' }));
    expect(en[0]!.message).toMatch(/personal data/);
  });
});

describe('clean government posts', () => {
  const dir = join(__dirname, '../fixtures/clean');
  const files = readdirSync(dir).filter((f) => f.startsWith('pd-') && f.endsWith('.txt'));

  it('has at least 25 clean posts', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(files)('%s raises nothing', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(runRules([...rules, ...childProtection], text)).toEqual([]);
  });
});
