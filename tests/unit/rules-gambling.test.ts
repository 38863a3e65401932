import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../../lib/analysis/text';
import { rules } from '../../lib/rules/gambling';
import { isGuideRef } from '../../lib/rules/refs';
import { runRules } from './rule-helpers';

const check = (text: string) => runRules(rules, text);
const spans = (text: string) => check(text).map((f) => `${f.severity} ${f.rule}: ${text.slice(f.start, f.end)}`);

describe('gambling: judi online spam is an error', () => {
  it('covers every term of a typical spam line with its own span', () => {
    const text = 'SLOT GACOR HARI INI MAXWIN RTP LIVE 98% DEPO 10K TANPA POTONGAN DI SITUS TOTO88';
    expect(spans(text)).toEqual([
      'error gambling/slot-spam: SLOT GACOR',
      'error gambling/slot-spam: MAXWIN',
      'error gambling/slot-spam: RTP LIVE',
      'error gambling/deposit: DEPO 10K',
      'error gambling/slot-spam: TANPA POTONGAN',
      'error gambling/site-name: TOTO88',
    ]);
  });

  it.each([
    ['Cek rtp slot hari ini', 'gambling/slot-spam', 'rtp slot'],
    ['Bocoran slot pasti cuan', 'gambling/slot-spam', 'Bocoran slot'],
    ['Main di pragmatic play sekarang', 'gambling/slot-spam', 'pragmatic play'],
    ['Provider PG Soft terlengkap', 'gambling/slot-spam', 'PG Soft'],
    ['Link gacor hari ini', 'gambling/slot-spam', 'Link gacor'],
    ['Pola gacor hari ini dibagikan', 'gambling/slot-spam', 'Pola gacor'],
    ['Scatter hitam turun terus', 'gambling/slot-spam', 'Scatter hitam'],
    ['RTP 97% malam ini', 'gambling/slot-spam', 'RTP 97%'],
    ['Prediksi togel malam ini', 'gambling/togel', 'Prediksi togel'],
    ['Bandar togel terpercaya', 'gambling/togel', 'Bandar togel'],
    ['Toto macau keluar jam 13.00', 'gambling/togel', 'Toto macau'],
    ['Bisa deposit pulsa tanpa potongan', 'gambling/deposit', 'deposit pulsa'],
    ['Min depo 10k bisa main', 'gambling/deposit', 'Min depo 10k'],
    ['Situs judi online terpercaya 2024', 'gambling/betting', 'Situs judi online'],
    ['Daftar judi online sekarang', 'gambling/betting', 'Daftar judi online'],
    ['Daftar di situs gacor88', 'gambling/site-name', 'gacor88'],
    ['Login naga303 sekarang', 'gambling/site-name', 'naga303'],
    ['Main di hokislot', 'gambling/site-name', 'hokislot'],
    ['Buka dewa4d hari ini', 'gambling/site-name', 'dewa4d'],
    ['Kunjungi https://desa.go.id/wp-content/slot-gacor/ sekarang', 'gambling/site-name', 'https://desa.go.id/wp-content/slot-gacor/'],
    ['#SlotGacor #Maxwin', 'gambling/slot-spam', '#SlotGacor'],
  ])('%s', (text, rule, span) => {
    const [f] = check(text);
    expect(f).toMatchObject({ rule, severity: 'error', category: 'gambling', ref: 'uu-ite-pasal-27', suggestion: null });
    expect(text.slice(f!.start, f!.end)).toBe(span);
  });

  it('counts weak words (wd, scatter, link alternatif, toto) only next to spam', () => {
    expect(spans('Slot gacor maxwin, scatter dan WD lancar, cek link alternatif')).toEqual([
      'error gambling/slot-spam: Slot gacor',
      'error gambling/slot-spam: maxwin',
      'error gambling/slot-spam: scatter',
      'error gambling/deposit: WD',
      'error gambling/slot-spam: link alternatif',
    ]);
    expect(check('Gunakan link alternatif pendaftaran PPDB jika laman utama lambat.')).toEqual([]);
    expect(check('Pak Toto Sugiarto meresmikan depo sampah nomor 3.')).toEqual([]);
  });

  it('sees through Unicode bold, full-width letters and zero-width characters (hacked pages)', () => {
    const bold = 'Baca juga: 𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 𝐌𝐀𝐗𝐖𝐈𝐍';
    expect(spans(bold)).toEqual(['error gambling/slot-spam: 𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑', 'error gambling/slot-spam: 𝐌𝐀𝐗𝐖𝐈𝐍']);
    const wide = 'ｓｌｏｔ ｇａｃｏｒ';
    expect(spans(wide)).toEqual(['error gambling/slot-spam: ｓｌｏｔ ｇａｃｏｒ']);
    const hidden = 'sl\u200Bot ga\u200Ccor ma\u2060xwin';
    const found = check(hidden);
    expect(found.map((f) => f.text)).toEqual(['sl\u200Bot ga\u200Ccor', 'ma\u2060xwin']);
    expect(found[0]!.start).toBe(0);
  });

  it('reads digits used as letters', () => {
    expect(spans('g4c0r m4xw1n sl0t')).toEqual(['error gambling/slot-spam: g4c0r', 'error gambling/slot-spam: m4xw1n']);
  });

  it('flags spam injected into a real news page without touching the news', () => {
    const news =
      'Bupati meresmikan jembatan gantung di Desa Sukamaju, Senin (7/10/2024). Warga diimbau waspada banjir saat musim hujan.';
    const text = `${news}\nSLOT GACOR MAXWIN DAFTAR DI GACOR88`;
    const found = check(text);
    expect(found.map((f) => f.text)).toEqual(['SLOT GACOR', 'MAXWIN', 'GACOR88']);
    expect(found.every((f) => f.start > news.length && f.severity === 'error')).toBe(true);
  });

  it('still flags spam that says "jangan lewatkan"', () => {
    expect(spans('Jangan lewatkan slot gacor hari ini!')).toEqual(['error gambling/slot-spam: slot gacor']);
  });
});

describe('gambling: anti-gambling messages raise no error', () => {
  it.each([
    'Satgas Pemberantasan Judi Online mengimbau masyarakat tidak bermain judi online.',
    'Bahaya judol! Laporkan situs judi ke aduankonten.id.',
    'Stop judi online, selamatkan keluarga.',
    'Laporkan situs judi melalui aduankonten.id.',
    'WASPADA! Iklan slot gacor dan maxwin kini menyusup ke situs pemerintah. Jangan tergiur janji RTP tinggi. Laporkan ke aduankonten.id.',
    'Iming-iming "slot gacor" dan "maxwin" hanyalah jebakan yang membuat pemain kecanduan.',
    'Polres Probolinggo menangkap dua tersangka bandar togel di Kecamatan Kraksaan.',
    'Siswa diajak mengenali modus promosi judol, seperti janji RTP tinggi dan bonus deposit, serta tidak tergiur untuk mencoba.',
    'Diskominfo membersihkan halaman situs desa yang disusupi konten judi online.',
  ])('%s', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('only warns when a warning names a gambling site', () => {
    const text = 'Kominfo memblokir ribuan situs judi. Contoh promosi yang beredar: situs gacor88.';
    const found = check(text);
    expect(found.map((f) => [f.severity, f.rule, f.text])).toEqual([['warning', 'gambling/site-name', 'gacor88']]);
    expect(found[0]!.message).toContain('Samarkan');
  });
});

describe('gambling: ordinary words that look like spam', () => {
  it.each([
    'Lomba burung berkicau: murai paling gacor hari ini memperebutkan piala Bupati.',
    'Jadwal slot vaksinasi tersedia di aplikasi.',
    'Ruang Terbuka Publik (RTP) Taman Kota dibuka kembali.',
    'Gebyar jalan sehat HUT RI berhadiah jackpot sepeda motor.',
    'Bonus demografi harus dimanfaatkan dengan pelatihan kerja.',
    'Dinas Lingkungan Hidup meresmikan depo sampah terpadu.',
    'Belajar alfabet bersama Bunda PAUD.',
    'Wakil Dekan (WD) I membuka seminar nasional.',
    'Pengumuman nomor 88 tahun 2024 tentang tarif retribusi.',
    'Camat Sutoto menghadiri musrenbang.',
  ])('%s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('gambling: contract', () => {
  it('gives messages in both locales and a valid ref', () => {
    const text = 'slot gacor';
    const ctx = { view: createTextView(text), language: 'id' as const, postType: 'other' as const, platform: undefined, locale: 'en' as const };
    const [en] = rules[0]!.check(ctx);
    expect(en!.message).toContain('Article 27(2)');
    const [id] = check(text);
    expect(id!.message).toContain('Pasal 27 ayat (2)');
    expect(isGuideRef(id!.ref)).toBe(true);
  });
});

describe('gambling: the clean nh-* fixtures raise no warning or error', () => {
  const dir = join(__dirname, '../fixtures/clean');
  const files = readdirSync(dir).filter((f) => f.startsWith('nh-') && f.endsWith('.txt'));
  it('has at least 30 of them', () => expect(files.length).toBeGreaterThanOrEqual(30));
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(runRules(rules, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});
