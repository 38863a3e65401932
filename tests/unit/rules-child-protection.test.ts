import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../../lib/analysis/text';
import type { Finding } from '../../lib/analysis/types';
import { rules } from '../../lib/rules/child-protection';
import { isGuideRef } from '../../lib/rules/refs';
import { runRules } from './rule-helpers';

/** [rule, severity, evidence, suggestion] for each finding, in order. */
function check(text: string): [string, string, string, string | null][] {
  return runRules(rules, text).map((f: Finding) => {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.category).toBe('child-protection');
    expect(f.ref).toBe('uu-sppa-pasal-19');
    return [f.rule, f.severity, f.text, f.suggestion];
  });
}

describe('child-protection: identity of a child in a case report', () => {
  it('flags the name with age, the school and the parent in a police report', () => {
    const text =
      'Sat Reskrim Polres Kotim mengamankan JK (35), terduga pelaku pencabulan. Korban, Bunga (12), siswi kelas 6 ' +
      'SDN 3 Baamang, dicabuli di rumahnya. Orang tua korban, Sutrisno, melapor ke polisi pada Senin (3/6).';
    expect(check(text)).toEqual([
      ['child-protection/name', 'error', 'Bunga (12)', null],
      ['child-protection/school', 'warning', 'SDN 3 Baamang', 'salah satu sekolah dasar'],
      ['child-protection/parent', 'error', 'Sutrisno', null],
    ]);
  });

  it('flags a name after a child word, and the school before it', () => {
    expect(check('Seorang siswi SMPN 2 Sampit bernama Sari menjadi korban perundungan oleh teman sekelasnya.')).toEqual([
      ['child-protection/school', 'warning', 'SMPN 2 Sampit', 'salah satu SMP'],
      ['child-protection/name', 'error', 'Sari', null],
    ]);
    expect(check('Bocah Rudi tewas tenggelam di Sungai Mentaya.')).toEqual([['child-protection/name', 'error', 'Rudi', null]]);
  });

  it('flags a victim’s name shown to be a child later in the sentence, the address and a parent', () => {
    const text = 'Korban bernama Andi masih duduk di kelas 5 SD. Ia tinggal di Jl. Melati No. 5 RT 03 bersama ibunya, Siti.';
    expect(check(text)).toEqual([
      ['child-protection/name', 'error', 'Andi', null],
      ['child-protection/address', 'warning', 'Jl. Melati No. 5 RT 03', null],
      ['child-protection/parent', 'error', 'Siti', null],
    ]);
  });

  it('flags both parents and an accident victim', () => {
    expect(check('Bocah Rudi (8) tewas tenggelam di Sungai Mentaya, anak pasangan Sutrisno dan Siti.')).toEqual([
      ['child-protection/name', 'error', 'Rudi (8)', null],
      ['child-protection/parent', 'error', 'Sutrisno dan Siti', null],
    ]);
    const text =
      'Andi (16), siswa SMKN 1 Sampit, tewas tertabrak truk di Jl. Ahmad Yani. Ayah korban, Bapak Slamet, meminta sopir bertanggung jawab.';
    expect(check(text)).toEqual([
      ['child-protection/name', 'error', 'Andi (16)', null],
      ['child-protection/school', 'warning', 'SMKN 1 Sampit', 'salah satu SMK'],
      ['child-protection/parent', 'error', 'Slamet', null],
    ]);
  });

  it('flags a school tied to the case in its own sentence', () => {
    expect(check('Tersangka AS (17), pelajar SMKN 2 Sampit, ditahan di LPKA.')).toEqual([
      ['child-protection/school', 'warning', 'SMKN 2 Sampit', 'salah satu SMK'],
    ]);
    expect(check('Korban bernama Andi (10) dianiaya temannya. Ia bersekolah di SD Negeri 4 Baamang.')).toEqual([
      ['child-protection/name', 'error', 'Andi (10)', null],
      ['child-protection/school', 'warning', 'SD Negeri 4 Baamang', 'salah satu sekolah dasar'],
    ]);
    // Without an age or a child word next to it, the name is not known to be a child's; the school still is.
    expect(check('Korban bernama Andi dianiaya temannya. Ia bersekolah di SD Negeri 4 Baamang.')).toEqual([
      ['child-protection/school', 'warning', 'SD Negeri 4 Baamang', 'salah satu sekolah dasar'],
    ]);
    // The school belongs to another item of the same post.
    const mixed =
      'Polsek Baamang mengamankan dua pelaku pencurian kotak amal masjid. Sebelumnya, Polsek memberikan penyuluhan kepada siswa SMPN 5 Sampit.';
    expect(check(mixed)).toEqual([]);
  });

  it('flags parents named in a "clarification" about a child victim', () => {
    const text =
      'Klarifikasi: korban yang masih di bawah umur tidak mengalami penganiayaan seperti yang beredar. Orang tua korban, Bapak Sutrisno dan Ibu Siti, sudah dimintai keterangan.';
    expect(check(text)).toEqual([['child-protection/parent', 'error', 'Sutrisno dan Ibu Siti', null]]);
  });

  it('covers children in conflict with the law and written ages', () => {
    expect(check('Dua pelajar, Rizki (15) dan Dimas (16), diamankan usai tawuran.')).toEqual([
      ['child-protection/name', 'error', 'Rizki (15)', null],
      ['child-protection/name', 'error', 'Dimas (16)', null],
    ]);
    expect(check('Korban, Putri, 9 tahun, dianiaya ibu tirinya.')).toEqual([['child-protection/name', 'error', 'Putri, 9 tahun', null]]);
  });
});

describe('child-protection: precision', () => {
  it.each([
    ['an achievement', 'Siswa SDN 1 Toapaya, Andi (11), juara lomba poster anti perundungan tingkat kabupaten.'],
    ['a vaccination', 'Balita bernama Andi (3) mendapat imunisasi campak di Posyandu Melati.'],
    ['a prevention talk', 'Dinas PPPA menggelar sosialisasi pencegahan kekerasan terhadap anak di SDN 2 Sampit.'],
    ['a drug test at a school', 'BNNK menggelar tes urine narkoba bagi siswa SMAN 1 Sampit.'],
    ['a school head charged with corruption', 'Kepala SMPN 2 Sampit ditetapkan tersangka korupsi dana BOS.'],
    ['an adult offender', 'Pelaku bernama Joko (45) mencabuli anak tetangganya yang berusia 9 tahun.'],
    ['a pseudonym', 'Mawar (bukan nama sebenarnya), 14 tahun, menjadi korban kekerasan.'],
    ['a pseudonym with "sebut saja"', 'Korban, sebut saja Melati (13), dianiaya temannya.'],
    ['initials', 'Seorang pelajar berinisial AR (15) diamankan karena terlibat tawuran.'],
    ['a disaster victim', 'Bantuan untuk korban banjir, Andi (8), diserahkan Bupati.'],
    ['a school sports match', 'Tim futsal SDN 2 Sampit dengan kapten Andi (11) menang 3-1 atas SDN 5.'],
    ['a conditional', 'Bila menjadi korban perundungan, siswa dapat melapor ke guru BK di SMPN 1 Sampit.'],
    ['an adult victim', 'Korban, Bapak Sutrisno (52), warga Jl. Melati No. 5, dianiaya orang tak dikenal.'],
  ])('raises nothing on %s', (_label, text) => {
    expect(check(text)).toEqual([]);
  });

  it('answers in English on request', () => {
    const view = createTextView('Korban, Bunga (12), dicabuli tetangganya.');
    const [f] = rules.flatMap((r) => r.check({ view, language: 'id', postType: 'other', platform: undefined, locale: 'en' }));
    expect(f?.rule).toBe('child-protection/name');
    expect(f?.message).toMatch(/child's name/);
    expect(isGuideRef(f!.ref)).toBe(true);
  });
});

describe('clean government posts', () => {
  const dir = join(__dirname, '../fixtures/clean');
  const files = readdirSync(dir).filter((f) => f.startsWith('pd-') && f.endsWith('.txt'));

  it.each(files)('%s raises nothing', (file) => {
    expect(runRules(rules, readFileSync(join(dir, file), 'utf8'))).toEqual([]);
  });
});
