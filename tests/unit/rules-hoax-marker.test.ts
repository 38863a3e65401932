import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../../lib/analysis/text';
import { parseRulePack } from '../../lib/rules/data-rule';
import pack from '../../lib/rules/data/hoax-marker/rules.json';
import { looksLikeClarification, rules } from '../../lib/rules/hoax-marker';
import { isGuideRef } from '../../lib/rules/refs';
import { runRules } from './rule-helpers';

const check = (text: string, postType: 'other' | 'hoax-clarification' = 'other') => runRules(rules, text, { postType });
const spans = (text: string) => check(text).map((f) => `${f.severity} ${f.rule}: ${text.slice(f.start, f.end)}`);

describe('hoax-marker: chain-message markers are warnings', () => {
  it.each([
    ['Sebarkan! Vaksin ini berbahaya.', 'hoax-marker/share-order', 'Sebarkan!'],
    ['Tolong viralkan video ini', 'hoax-marker/share-order', 'viralkan'],
    ['Segera sebarkan sebelum dihapus admin', 'hoax-marker/share-order', 'Segera sebarkan sebelum dihapus admin'],
    ['Sebarkan sebelum dihapus', 'hoax-marker/share-order', 'Sebarkan sebelum dihapus'],
    ['Jika tidak disebar, keluargamu akan sial.', 'hoax-marker/share-order', 'Jika tidak disebar'],
    ['Kirim ke 10 grup sekarang juga.', 'hoax-marker/share-order', 'Kirim ke 10 grup'],
    ['Besok razia besar. SEBARKAN', 'hoax-marker/share-order', 'SEBARKAN'],
    ['Ini BUKAN HOAX, kejadiannya kemarin.', 'hoax-marker/not-hoax', 'BUKAN HOAX'],
    ['Beritanya 100% valid dari kantor.', 'hoax-marker/not-hoax', '100% valid'],
    ['Info dari grup sebelah: besok ada pemadaman', 'hoax-marker/forwarded', 'Info dari grup sebelah'],
    ['Copas dari grup RT, katanya penting.', 'hoax-marker/forwarded', 'Copas dari grup'],
    ['Diteruskan\nBesok ada pemadaman total di seluruh kota.', 'hoax-marker/forwarded', 'Diteruskan'],
    ['Forwarded\nAda penculikan di pasar.', 'hoax-marker/forwarded', 'Forwarded'],
    ['[Diteruskan] Bantuan Rp2 juta cair besok.', 'hoax-marker/forwarded', 'Diteruskan'],
    ['Katanya besok sekolah diliburkan.', 'hoax-marker/hearsay', 'Katanya'],
    ['Pak Kades katanya akan membagikan sembako.', 'hoax-marker/hearsay', 'katanya'],
    ['Beredar kabar air PDAM tercemar bakteri.', 'hoax-marker/hearsay', 'Beredar kabar'],
    ['Menurut sumber terpercaya, harga BBM naik besok.', 'hoax-marker/hearsay', 'sumber terpercaya'],
  ])('%s', (text, rule, span) => {
    const found = check(text).filter((f) => f.rule === rule);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', category: 'hoax-marker' });
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(span);
  });

  it('reports the markers of a typical chain message, shouting escalated to warnings', () => {
    const text = 'AWAS PENCULIKAN ANAK DI SEKOLAH DASAR, SEBARKAN SEBELUM DIHAPUS!!! Ini BUKAN HOAX???';
    expect(spans(text)).toEqual([
      'warning hoax-marker/all-caps: AWAS PENCULIKAN ANAK DI SEKOLAH DASAR, SEBARKAN SEBELUM DIHAPUS',
      'warning hoax-marker/share-order: SEBARKAN SEBELUM DIHAPUS',
      'warning hoax-marker/punctuation: !!!',
      'warning hoax-marker/not-hoax: BUKAN HOAX',
      'warning hoax-marker/punctuation: ???',
    ]);
  });

  it('treats "!!!" and capitals alone as style (info) with a one-click fix for the punctuation', () => {
    const found = check('Selamat Hari Kemerdekaan!!! Benarkah??? Masa?!?!');
    expect(found.map((f) => [f.severity, f.text, f.suggestion])).toEqual([
      ['info', '!!!', '!'],
      ['info', '???', '?'],
      ['info', '?!?!', '?!'],
    ]);
    const caps = 'Diberitahukan bahwa KEGIATAN KERJA BAKTI AKAN DILAKSANAKAN SERENTAK pada hari Minggu.';
    expect(check(caps).map((f) => [f.severity, f.rule, f.text])).toEqual([
      ['info', 'hoax-marker/all-caps', 'KEGIATAN KERJA BAKTI AKAN DILAKSANAKAN SERENTAK'],
    ]);
    expect(check('SELAMAT HARI RAYA IDUL FITRI, MOHON MAAF LAHIR DAN BATIN!').map((f) => f.severity)).toEqual(['info']);
    expect(check('DARURAT BANJIR BANDANG SUDAH MASUK KOTA! Sebarkan!').map((f) => [f.severity, f.rule])).toEqual([
      ['warning', 'hoax-marker/all-caps'],
      ['warning', 'hoax-marker/share-order'],
    ]);
  });

  it('suggests how to fix nothing else: the admin must check the source', () => {
    for (const f of check('Sebarkan! BUKAN HOAX. Katanya besok libur.')) {
      expect(f.suggestion).toBeNull();
      expect(isGuideRef(f.ref)).toBe(true);
    }
  });
});

describe('hoax-marker: clarifications, anti-hoax messages and ordinary posts stay silent', () => {
  const quotedHoax =
    'Isi pesannya: AWAS PENCULIKAN ANAK PAKAI MOBIL AMBULANS, JANGAN BIARKAN ANAK MAIN SENDIRI, SEBARKAN!!!\n' +
    'Katanya pelaku sudah beraksi di tiga kecamatan.';

  it('flags the quoted hoax when the post has no clarification structure (so the exemption below is real)', () => {
    expect(check(quotedHoax).map((f) => f.rule)).toContain('hoax-marker/share-order');
  });

  it('stays silent on the same text in Kominfo clarification format, whatever the post type says', () => {
    const clarification = `[HOAKS] Penculikan Anak Pakai Mobil Ambulans\n\n${quotedHoax}\n\nPenjelasan: Polsek Sukajadi memastikan tidak ada laporan penculikan.\n\nLink Counter: https://humas.polri.go.id/`;
    expect(looksLikeClarification(createTextView(clarification))).toBe(true);
    expect(check(clarification)).toEqual([]);
    expect(check(quotedHoax, 'hoax-clarification')).toEqual([]);
  });

  it('recognises Mafindo and ANTARA formats too', () => {
    expect(looksLikeClarification(createTextView('[SALAH] Vaksin berisi chip\nHasil Cek Fakta: tidak benar.\nKesimpulan: ...'))).toBe(true);
    expect(looksLikeClarification(createTextView('Hoaks! Kuota gratis 100 GB\nFaktanya, program itu tidak ada.'))).toBe(true);
    expect(looksLikeClarification(createTextView('Info penting: sebarkan!\nSumber: grup sebelah'))).toBe(false);
  });

  it.each([
    'Waspadai pesan berantai yang meminta "sebarkan sebelum dihapus" dan mengaku "BUKAN HOAX".',
    'Kenali ciri hoaks: huruf kapital berlebihan, tanda seru beruntun, dan ajakan "viralkan!".',
    'Pastikan informasi yang Anda bagikan bukan hoaks. Cek di laman cekfakta.com.',
    'Jangan viralkan video kekerasan, laporkan ke polisi.',
    'Jangan sebarkan informasi yang belum jelas kebenarannya.',
    '“Kami siap melayani warga,” katanya.',
    'Kegiatan ini penting untuk warga, katanya.',
    'Menurut BMKG, beredar kabar gempa susulan tidak benar.',
    'Menanggapi kabar yang beredar, Dinas Kesehatan menegaskan stok vaksin aman.',
    'Beredar kabar pemadaman listrik pada Sabtu.\nSumber: PLN UP3 Madiun',
    'Surat permohonan warga diteruskan ke Dinas PUPR.',
    'PENGUMUMAN PENERIMAAN CALON PEGAWAI 2024\nPendaftaran dibuka 1 Juli.',
    'Rapat koordinasi BPBD, KPU, OPD, dan Dukcapil membahas validasi NIK pemilih.',
    '[HOAKS] Bantuan Kuota Gratis',
    'Bantu sebarkan informasi pendaftaran ini kepada keluarga dan tetangga.',
    'Mohon disebarluaskan kepada seluruh warga.',
    'Dirgahayu Republik Indonesia ke-79!',
  ])('%s', (text) => {
    expect(check(text).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves a heading line alone, and an exclaimed one is only style', () => {
    expect(check('SOSIALISASI PENCEGAHAN STUNTING DI KECAMATAN BAAMANG\nKegiatan digelar Senin.')).toEqual([]);
    expect(check('AWAS VAKSIN MENGANDUNG CHIP!\nKegiatan digelar Senin.').map((f) => [f.severity, f.rule])).toEqual([
      ['info', 'hoax-marker/all-caps'],
    ]);
  });
});

describe('hoax-marker: data and contract', () => {
  it('ships a valid data pack whose refs exist', () => {
    for (const r of parseRulePack(pack, 'hoax-marker').rules) expect(isGuideRef(r.ref), r.id).toBe(true);
  });

  it('gives messages in both locales', () => {
    const text = 'Sebarkan!';
    const ctx = { view: createTextView(text), language: 'id' as const, postType: 'other' as const, platform: undefined, locale: 'en' as const };
    expect(rules[0]!.check(ctx)[0]!.message).toContain('Check the original source');
    expect(check(text)[0]!.message).toContain('Periksa sumber');
  });
});

describe('hoax-marker: the clean nh-* fixtures raise no warning or error', () => {
  const dir = join(__dirname, '../fixtures/clean');
  const files = readdirSync(dir).filter((f) => f.startsWith('nh-') && f.endsWith('.txt'));
  it('has at least 30 of them', () => expect(files.length).toBeGreaterThanOrEqual(30));
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(runRules(rules, text).filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});
