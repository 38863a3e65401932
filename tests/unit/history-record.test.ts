// First: installs fake-indexeddb before Dexie loads.
import { makeReport } from './history-support';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { buildRecord, categoriesOf, missingElements, summarizeReport } from '../../lib/history/record';
import { MAX_INDEX_WORDS, indexWords, parseQuery } from '../../lib/history/words';

describe('indexWords', () => {
  it('folds case and accents, drops function words and single letters, keeps order of first use', () => {
    expect(indexWords('Diskominfo dan Warga di Kecamatan Baamang, Kafé   DISKOMINFO a')).toEqual([
      'diskominfo',
      'warga',
      'kecamatan',
      'baamang',
      'kafe',
    ]);
  });

  it('indexes hashtag and mention bodies, numbers of two digits or more, and hyphenated words with their parts', () => {
    const words = indexWords('Anak-anak ikut #PemiluDamai bersama @kominfo_kotim pada 17 Agustus 2025, pukul 09.00 ke-3 https://x.co/a warga@mail.id');
    expect(words).toEqual([
      'anak-anak',
      'anak',
      'ikut',
      'pemiludamai',
      'bersama',
      'kominfo_kotim',
      '17',
      'agustus',
      '2025',
      'pukul',
      '09.00',
    ]);
    // "ke-3" is the function word "ke" and the one-digit number "3" for the tokenizer: nothing to index.
    expect(indexWords('ke-3')).toEqual([]);
  });

  it('removes invisible characters used to dodge filters and caps the word count', () => {
    expect(indexWords('sl\u200Bot gacor')).toEqual(['slot', 'gacor']);
    const many = Array.from({ length: 400 }, (_, i) => `kata${i}`).join(' ');
    const words = indexWords(many);
    expect(words).toHaveLength(MAX_INDEX_WORDS);
    expect(words[0]).toBe('kata0');
    expect(words.at(-1)).toBe(`kata${MAX_INDEX_WORDS - 1}`);
  });
});

describe('parseQuery', () => {
  it('treats the word being typed as a prefix and whole words as words', () => {
    expect(parseQuery('Vaksinasi Pusk')).toEqual({ words: ['vaksinasi'], prefix: 'pusk', ignored: [] });
    expect(parseQuery('vaksinasi puskesmas ')).toEqual({ words: ['vaksinasi', 'puskesmas'], prefix: null, ignored: [] });
  });

  it('ignores function words unless they are being typed (a prefix of a longer word)', () => {
    expect(parseQuery('yang dan pada')).toEqual({ words: [], prefix: 'pada', ignored: ['yang', 'dan'] });
    expect(parseQuery('k')).toEqual({ words: [], prefix: null, ignored: ['k'] });
    expect(parseQuery('   ')).toEqual({ words: [], prefix: null, ignored: [] });
  });
});

describe('buildRecord', () => {
  it('records element states, finding counts by category:severity, rule summaries and categories', () => {
    const report = makeReport({
      score: 61.6,
      postType: 'announcement',
      missing: ['when', 'where'],
      notRequired: ['how'],
      findings: [
        { rule: 'spelling/nonstandard', category: 'spelling', severity: 'warning' },
        { rule: 'personal-data/nik', category: 'personal-data', severity: 'error', message: 'NIK tampil' },
        { rule: 'spelling/nonstandard', category: 'spelling', severity: 'warning' },
        { rule: 'style/caps', category: 'style', severity: 'info' },
      ],
    });
    const at = new Date(2025, 2, 15, 9).getTime();
    const r = buildRecord({ platform: 'facebook', adapter: 'facebook', url: 'https://www.facebook.com/', text: 'Pengumuman layanan KTP', report, status: 'posted', at });
    expect(r.platform).toBe('facebook');
    expect(r.score).toBe(62);
    expect(r.postType).toBe('announcement');
    expect(r.elements).toEqual({ what: 'found', who: 'found', when: 'missing', where: 'missing', why: 'found', how: 'not-required' });
    expect(missingElements(r)).toEqual(['when', 'where']);
    expect(r.findingCounts).toEqual({ 'spelling:warning': 2, 'personal-data:error': 1, 'style:info': 1 });
    expect(r.categories).toEqual(['personal-data', 'spelling', 'style']);
    expect(r.findings).toEqual([
      { rule: 'personal-data/nik', category: 'personal-data', severity: 'error', count: 1, message: 'NIK tampil' },
      { rule: 'spelling/nonstandard', category: 'spelling', severity: 'warning', count: 2, message: 'Pesan spelling/nonstandard' },
      { rule: 'style/caps', category: 'style', severity: 'info', count: 1, message: 'Pesan style/caps' },
    ]);
    expect(r.words).toEqual(['pengumuman', 'layanan', 'ktp']);
    expect(r.month).toBe('2025-03');
    expect(r.status).toBe('posted');
    expect(r.postedAt).toBe(at);
    expect(r.createdAt).toBe(at);
    expect(r.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a post without a report (engine not loaded yet) with an unknown score', () => {
    const r = buildRecord({ platform: undefined, adapter: 'generic', url: 'https://intranet.go.id/', text: 'Halo', report: null, status: 'draft', at: 1 });
    expect(r).toMatchObject({ platform: 'generic', adapter: 'generic', score: null, language: 'und', postType: 'other', elements: {}, findingCounts: {}, categories: [], findings: [], postedAt: null });
  });

  it('summarises a real engine report', () => {
    const text = 'Diskominfo Kotim menggelar sosialisasi keamanan data di Aula Diskominfo pada Senin, 3 Maret 2025 pukul 09.00 WIB. Hubungi 081234567890.';
    const report = analyze(text, { platform: 'facebook' });
    const s = summarizeReport(report);
    expect(s.score).toBe(Math.round(report.score));
    expect(Object.values(s.findingCounts).reduce((a, b) => a + b, 0)).toBe(report.findings.length);
    expect(s.categories).toEqual(categoriesOf(s.findingCounts));
    expect(s.findings.reduce((a, f) => a + f.count, 0)).toBe(report.findings.length);
    for (const key of ['what', 'who', 'when', 'where', 'why', 'how'] as const) {
      const e = report.elements[key];
      expect(s.elements[key]).toBe(e.found ? 'found' : e.required ? 'missing' : 'not-required');
    }
  });
});
