import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../../lib/analysis/text';
import { parseRulePack } from '../../lib/rules/data-rule';
import pack from '../../lib/rules/data/political-neutrality/rules.json';
import { rules } from '../../lib/rules/neutrality';
import { isGuideRef } from '../../lib/rules/refs';
import { runRules } from './rule-helpers';

const check = (text: string) => runRules(rules, text);
const summary = (text: string) =>
  check(text).map((f) => ({ rule: f.rule, severity: f.severity, span: text.slice(f.start, f.end), suggestion: f.suggestion }));

describe('political-neutrality: calls to vote for a side are errors', () => {
  it.each([
    ['Ayo coblos nomor urut 2 pada 27 November!', 'coblos nomor urut 2', 'gunakan hak pilih Anda'],
    ['Coblos no 1, pasti menang.', 'Coblos no 1', 'Gunakan hak pilih Anda'],
    ['Yuk nyoblos no.2 tanggal 14!', 'nyoblos no.2', 'gunakan hak pilih Anda'],
    ['Jangan lupa pilih paslon 03 di TPS.', 'pilih paslon 03', 'gunakan hak pilih Anda'],
    ['Dukung terus Pak Budi Santoso periode kedua!', 'Dukung terus Pak Budi Santoso periode kedua', 'Gunakan hak pilih Anda'],
    ['Lanjutkan 2 periode!', 'Lanjutkan 2 periode', 'Gunakan hak pilih Anda'],
    ['Lanjutkan 2 periode lagi!', 'Lanjutkan 2 periode lagi', 'Gunakan hak pilih Anda'],
    ['Menangkan Pak Haji Darmawan di Pilkada 2024.', 'Menangkan Pak Haji Darmawan', 'Gunakan hak pilih Anda'],
    ['Mari menangkan paslon nomor urut 1 satu putaran!', 'menangkan paslon nomor urut 1', 'gunakan hak pilih Anda'],
    ['Pilih partai Golkar pada 14 Februari.', 'Pilih partai Golkar', 'Gunakan hak pilih Anda'],
    ['Warga Desa Sukamaju all in paslon 02!', 'all in paslon 02', 'gunakan hak pilih Anda'],
    ['Coblos kotak kosong!', 'Coblos kotak kosong', 'Gunakan hak pilih Anda'],
    ['Pilih Pak Budi di Pilkada nanti.', 'Pilih Pak Budi', 'Gunakan hak pilih Anda'],
    ['Pilih nomor 2 di Pilkada nanti!', 'Pilih nomor 2', 'Gunakan hak pilih Anda'],
    ['Pilih PKS pada Pemilu 2024.', 'Pilih PKS', 'Gunakan hak pilih Anda'],
    ['Dukung Budi-Ani periode kedua!', 'Dukung Budi-Ani periode kedua', 'Gunakan hak pilih Anda'],
  ])('%s', (text, span, suggestion) => {
    expect(summary(text)).toEqual([{ rule: 'political-neutrality/call-to-vote', severity: 'error', span, suggestion }]);
  });

  it('flags a declarative statement of support without offering a rewrite', () => {
    expect(summary('Kami mendukung paslon nomor urut 2.')).toEqual([
      { rule: 'political-neutrality/call-to-vote', severity: 'error', span: 'mendukung paslon nomor urut 2', suggestion: null },
    ]);
  });

  it('keeps the case of a shouted call in its suggestion', () => {
    expect(check('COBLOS NOMOR 2!')[0]).toMatchObject({ text: 'COBLOS NOMOR 2', suggestion: 'GUNAKAN HAK PILIH ANDA' });
  });

  it.each([
    ['#2PeriodeLagi', '#2PeriodeLagi'],
    ['Bersama kita bisa #Coblos02', '#Coblos02'],
    ['#2024GantiPresiden sekarang', '#2024GantiPresiden'],
    ['Semangat! #MenangkanBudiAni', '#MenangkanBudiAni'],
    ['#SalamDuaJari', '#SalamDuaJari'],
    ['#Paslon03', '#Paslon03'],
  ])('campaign hashtag %s', (text, span) => {
    expect(summary(text)).toEqual([{ rule: 'political-neutrality/campaign-hashtag', severity: 'error', span, suggestion: null }]);
  });

  it('treats a finger salute as an error in a campaign context and a warning otherwise', () => {
    expect(summary('Salam dua jari untuk paslon nomor urut 2!')).toEqual([
      { rule: 'political-neutrality/finger-salute', severity: 'error', span: 'Salam dua jari', suggestion: null },
    ]);
    expect(summary('Salam 3 jari, Sobat!')).toEqual([
      { rule: 'political-neutrality/finger-salute-mention', severity: 'warning', span: 'Salam 3 jari', suggestion: null },
    ]);
  });

  it('warns on weaker signals: term slogans and party names without a call', () => {
    expect(summary('Pak Bupati dua periode lagi!')).toEqual([
      { rule: 'political-neutrality/term-slogan', severity: 'warning', span: 'dua periode lagi', suggestion: null },
    ]);
    expect(summary('Bupati menghadiri syukuran HUT Partai Golkar di Sampit.')).toEqual([
      { rule: 'political-neutrality/party-mention', severity: 'warning', span: 'Partai Golkar', suggestion: null },
    ]);
  });

  it('reports one finding where an explicit call contains a weaker signal', () => {
    const text = 'Lanjutkan dua periode lagi, dukung Partai Golkar!';
    expect(summary(text).map((f) => [f.rule, f.span])).toEqual([
      ['political-neutrality/call-to-vote', 'Lanjutkan dua periode lagi'],
      ['political-neutrality/call-to-vote', 'dukung Partai Golkar'],
    ]);
  });

  it('finds several calls in one post, each with its own span', () => {
    const text = 'Coblos nomor 2! Menangkan Pak Budi! #2PeriodeLagi';
    expect(summary(text).map((f) => f.span)).toEqual(['Coblos nomor 2', 'Menangkan Pak Budi', '#2PeriodeLagi']);
  });
});

describe('political-neutrality: neutral election information stays silent', () => {
  it.each([
    'KPU Kabupaten Kotim menetapkan jadwal pemungutan suara pada 27 November 2024.',
    'TPS dibuka pukul 07.00 WIB dan ditutup pukul 13.00 WIB.',
    'Gunakan hak pilih Anda dan jangan golput!',
    'Laporkan pelanggaran pemilu ke Bawaslu melalui aplikasi Gowaslu.',
    'ASN wajib netral dalam Pilkada 2024.',
    'Debat paslon nomor urut 01 dan 02 disiarkan langsung pukul 19.00 WIB.',
    'KPU menggelar pengundian nomor urut paslon di Gedung Serbaguna.',
    'Pasangan Budi–Ani mendapat nomor urut 2 dalam pengundian KPU.',
    'Jangan lupa coblos tanggal 14 Februari!',
    'Ayo datang ke TPS dan coblos sesuai pilihan hati nurani.',
    'Pemilih akan menerima dan mencoblos 5 surat suara.',
    'Coblos satu kali pada foto, nama, atau nomor pasangan calon.',
    'Pemilih yang mencoblos nomor urut 1 dan 2 sekaligus, suaranya tidak sah.',
    'Sebanyak 55 persen pemilih memilih paslon nomor urut 1 menurut hasil rekapitulasi.',
    'ASN dilarang mendukung paslon nomor urut 1 maupun 2.',
    'Jangan dukung paslon 2 atau paslon mana pun jika Anda ASN.',
    'Bawaslu memeriksa kepala desa yang diduga mengajak warga coblos nomor 2.',
    'ASN dilarang berfoto dengan salam dua jari bersama paslon.',
    'Contoh pelanggaran: mengunggah tagar #2PeriodeLagi atau mengajak coblos nomor tertentu.',
    'Fraksi Partai Golkar DPRD menyampaikan pandangan umum.',
    'Pilih nomor 1 untuk layanan KTP dan nomor 2 untuk KK.',
    'Ikuti lombanya dan menangkan hadiah jutaan rupiah!',
    'Dukung UMKM lokal jadi nomor 1 di Indonesia.',
    'Ayo Pilih Ibu Sehat Untuk Keluarga',
    'Dukung Pak Bupati wujudkan kota sehat.',
    'Memasuki periode kedua kepemimpinannya, Bupati meresmikan RSUD.',
    'Pilkada berlangsung satu putaran.',
    'Penyaluran BLT tahap kedua dilanjutkan pada periode berikutnya.',
    '#PemiluDamai #AyoMemilih #TolakGolput #Dukung1JutaUMKM #Pilih2024',
    'Pajak Kendaraan Bermotor (PKB) dan PBB-P2 dapat dibayar di Samsat.',
    'Kami memilih nomor 1 sebagai prioritas pembangunan.',
    'Pilih no 1 jika setuju, no 2 jika tidak.',
    'Dukung PKS antara Pemkab dan Universitas Palangka Raya.',
    'Dukung terus Timnas Indonesia!',
    'Lanjutkan program pembangunan desa.',
  ])('%s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('political-neutrality: data and contract', () => {
  it('ships a valid data pack whose refs exist', () => {
    const parsed = parseRulePack(pack, 'political-neutrality');
    expect(parsed.rules.length).toBeGreaterThan(0);
    for (const r of parsed.rules) expect(isGuideRef(r.ref), r.id).toBe(true);
  });

  it('fills category, ref and the message in the requested locale', () => {
    const text = 'Coblos nomor 2!';
    const [id] = check(text);
    expect(id).toMatchObject({ category: 'political-neutrality', ref: 'pp-94-2021', start: 0, end: 14 });
    expect(id!.message).toContain('ASN');
    const ctx = { view: createTextView(text), language: 'id' as const, postType: 'other' as const, platform: undefined, locale: 'en' as const };
    const [en] = rules[0]!.check(ctx);
    expect(en!.message).toContain('Civil servants');
    const [tag] = check('#2PeriodeLagi');
    expect(tag!.ref).toBe('skb-2-2022');
    for (const f of [id!, tag!]) expect(isGuideRef(f.ref)).toBe(true);
  });
});

describe('political-neutrality: the clean nh-* fixtures raise no warning or error', () => {
  const dir = join(__dirname, '../fixtures/clean');
  const files = readdirSync(dir).filter((f) => f.startsWith('nh-') && f.endsWith('.txt'));
  it('has at least 30 of them', () => expect(files.length).toBeGreaterThanOrEqual(30));
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(runRules(rules, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});
