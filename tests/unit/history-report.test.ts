// First: installs fake-indexeddb before Dexie loads.
import { day, freshDb, makeReport, type ReportSpec } from './history-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CermatDatabase } from '../../lib/db/database';
import { findingsToCsv, postsToCsv, reportToCsv, toCsv, type CsvLabels } from '../../lib/history/csv';
import { buildRecord } from '../../lib/history/record';
import { buildMonthlyReport, rebuildMonthly, reportMonths } from '../../lib/history/report';
import { countMatches, searchPosts } from '../../lib/history/search';
import { HistoryWriter } from '../../lib/history/writer';

let db: CermatDatabase;

const NIK = { rule: 'personal-data/nik', category: 'personal-data', severity: 'error', message: 'NIK terlihat' } as const;
const EJAAN = { rule: 'spelling/nonstandard', category: 'spelling', severity: 'warning', message: 'Kata tidak baku' } as const;

const SEED: [platform: string, at: number, status: 'posted' | 'draft', spec: ReportSpec | null][] = [
  ['facebook', day(2025, 3, 3), 'posted', { score: 90, postType: 'event' }],
  ['facebook', day(2025, 3, 10), 'posted', { score: 70, postType: 'event', missing: ['when'], findings: [EJAAN, EJAAN] }],
  ['instagram', day(2025, 3, 20), 'posted', { score: 40, postType: 'announcement', missing: ['when', 'where'], findings: [NIK, EJAAN] }],
  ['instagram', day(2025, 3, 21), 'draft', { score: 10, postType: 'announcement', findings: [NIK] }],
  ['x', day(2025, 4, 2), 'posted', null],
  ['x', day(2025, 4, 5), 'posted', { score: 85, postType: 'greeting' }],
  ['facebook', day(2025, 2, 27), 'posted', { score: 100 }],
];

beforeAll(async () => {
  db = freshDb();
  const writer = new HistoryWriter(db);
  await writer.writeMany(
    SEED.map(([platform, at, status, spec], i) => {
      const record = buildRecord({ platform: platform as never, adapter: platform, url: 'https://example.go.id/', text: `Unggahan ${i} tentang layanan`, report: spec ? makeReport(spec) : null, status, at });
      return { uid: record.uid, record };
    }),
  );
});

afterAll(async () => {
  db.close();
  await db.delete();
});

describe('buildMonthlyReport', () => {
  it('counts posts per platform per month, drafts apart, average score of sent posts, findings and missing elements', async () => {
    const report = await buildMonthlyReport(db, { from: '2025-03', to: '2025-04' });
    expect(report.months).toEqual(['2025-03', '2025-04']);
    expect(report.cells).toEqual([
      { month: '2025-03', platform: 'facebook', posts: 2, drafts: 0, avgScore: 80 },
      { month: '2025-03', platform: 'instagram', posts: 1, drafts: 1, avgScore: 40 },
      { month: '2025-04', platform: 'x', posts: 2, drafts: 0, avgScore: 85 },
    ]);
    expect(report.perMonth).toEqual([
      { month: '2025-03', posts: 3, drafts: 1, avgScore: 66.7, withErrors: 1 },
      { month: '2025-04', posts: 2, drafts: 0, avgScore: 85, withErrors: 0 },
    ]);
    expect(report.platforms).toEqual(['facebook', 'instagram', 'x']);
    expect(report.totals).toEqual({ posts: 5, drafts: 1, avgScore: 71.3, unscored: 1, withErrors: 1, withWarnings: 2, scoreBands: [1, 1, 2] });
    expect(report.topRules).toEqual([
      { rule: 'spelling/nonstandard', category: 'spelling', severity: 'warning', message: 'Kata tidak baku', posts: 2, hits: 3 },
      { rule: 'personal-data/nik', category: 'personal-data', severity: 'error', message: 'NIK terlihat', posts: 1, hits: 1 },
    ]);
    expect(report.topCategories).toEqual([
      { category: 'spelling', posts: 2 },
      { category: 'personal-data', posts: 1 },
    ]);
    expect(report.missingElements).toEqual([
      { element: 'when', posts: 2 },
      { element: 'where', posts: 1 },
    ]);
    expect(report.postTypes).toEqual([
      { postType: 'event', posts: 2 },
      { postType: 'announcement', posts: 1 },
      { postType: 'greeting', posts: 1 },
      { postType: 'other', posts: 1 },
    ]);
  });

  it('counts drafts in the quality figures on request, and filters platforms', async () => {
    const report = await buildMonthlyReport(db, { from: '2025-03', to: '2025-03', includeDrafts: true, platforms: ['instagram'] });
    expect(report.cells).toEqual([{ month: '2025-03', platform: 'instagram', posts: 1, drafts: 1, avgScore: 25 }]);
    expect(report.topRules.map((r) => [r.rule, r.posts])).toEqual([
      ['personal-data/nik', 2],
      ['spelling/nonstandard', 1],
    ]);
  });

  it('agrees with a count of the posts themselves', async () => {
    const report = await buildMonthlyReport(db, { from: '2025-01', to: '2025-12' });
    for (const cell of report.cells) {
      const [y, m] = cell.month.split('-').map(Number) as [number, number];
      const found = await countMatches(db, { platforms: [cell.platform], status: 'posted', from: day(y, m, 1, 0), to: day(y, m + 1, 1, 0) });
      expect(found.count).toBe(cell.posts);
    }
    expect(report.perMonth.map((m) => m.posts)).toEqual([0, 1, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('names a rule by its message only when every finding of it had the same one', async () => {
    const d = freshDb();
    const writer = new HistoryWriter(d);
    const word = (w: string) => ({ rule: 'spelling/nonstandard', category: 'spelling', severity: 'warning', message: `"${w}" tidak baku` }) as const;
    await writer.writeMany(
      [word('sekedar'), word('apotik'), NIK].map((f, i) => {
        const record = buildRecord({ platform: 'x', adapter: 'x', url: 'u', text: `Teks ${i}`, report: makeReport({ findings: [f] }), status: 'posted', at: day(2025, 6, 1 + i) });
        return { uid: record.uid, record, fresh: true };
      }),
    );
    const report = await buildMonthlyReport(d, { from: '2025-06', to: '2025-06' });
    expect(report.topRules.map((r) => [r.rule, r.message, r.posts])).toEqual([
      ['spelling/nonstandard', '', 2],
      ['personal-data/nik', 'NIK terlihat', 1],
    ]);
    d.close();
    await d.delete();
  });

  it('lists the months that have records, and a rebuild keeps the report identical', async () => {
    expect(await reportMonths(db)).toEqual(['2025-02', '2025-03', '2025-04']);
    const before = await buildMonthlyReport(db, { from: '2025-01', to: '2025-12' });
    await rebuildMonthly(db);
    expect(await buildMonthlyReport(db, { from: '2025-01', to: '2025-12' })).toEqual(before);
  });
});

const LABELS: CsvLabels = {
  headers: {
    month: 'Bulan',
    platform: 'Platform',
    posts: 'Unggahan',
    drafts: 'Draf',
    avgScore: 'Rata-rata skor',
    rank: 'Peringkat',
    rule: 'Aturan',
    category: 'Kategori',
    severity: 'Tingkat',
    message: 'Pesan',
    postsWithFinding: 'Unggahan dengan temuan',
    hits: 'Jumlah temuan',
    date: 'Tanggal',
    status: 'Status',
    postType: 'Jenis',
    score: 'Skor',
    missing: 'Unsur belum ada',
    categories: 'Kategori temuan',
    url: 'Alamat',
  },
  allPlatforms: 'Semua platform',
  total: 'Total',
  platform: (id) => ({ facebook: 'Facebook', instagram: 'Instagram', x: 'X' })[id] ?? id,
  category: (id) => ({ spelling: 'Ejaan', 'personal-data': 'Data pribadi' })[id] ?? id,
  severity: (id) => ({ error: 'Galat', warning: 'Peringatan' })[id] ?? id,
  postType: (id) => id,
  status: (id) => (id === 'draft' ? 'Draf' : 'Terkirim'),
  element: (id) => ({ when: 'Kapan', where: 'Di mana' })[id] ?? id,
};

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, neutralises formulas, starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', '=1+1', '+62 812', '- poin', -5, null, 3.5]])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines",\'=1+1,\'+62 812,- poin,-5,,3.5\r\n',
    );
  });

  it('writes the monthly report: a line per month and platform, a line per month, a total', async () => {
    const report = await buildMonthlyReport(db, { from: '2025-03', to: '2025-04' });
    expect(reportToCsv(report, LABELS).slice(1).split('\r\n')).toEqual([
      'Bulan,Platform,Unggahan,Draf,Rata-rata skor',
      '2025-03,Facebook,2,0,80',
      '2025-03,Instagram,1,1,40',
      '2025-03,Semua platform,3,1,66.7',
      '2025-04,X,2,0,85',
      '2025-04,Semua platform,2,0,85',
      'Total,Semua platform,5,1,71.3',
      '',
    ]);
    expect(findingsToCsv(report, LABELS).slice(1).split('\r\n')).toEqual([
      'Peringkat,Aturan,Kategori,Tingkat,Pesan,Unggahan dengan temuan,Jumlah temuan',
      '1,spelling/nonstandard,Ejaan,Peringatan,Kata tidak baku,2,3',
      '2,personal-data/nik,Data pribadi,Galat,NIK terlihat,1,1',
      '',
    ]);
  });

  it('writes posts with a text column the command line can read', async () => {
    const page = await searchPosts(db, { platforms: ['instagram'] }, { order: 'oldest' });
    const lines = postsToCsv(page.items, LABELS).slice(1).split('\r\n');
    expect(lines[0]).toBe('id,Tanggal,Platform,Status,Jenis,Skor,Unsur belum ada,Kategori temuan,Alamat,text');
    expect(lines[1]).toBe(`${page.items[0]!.id},2025-03-20 10:00,Instagram,Terkirim,announcement,40,Kapan; Di mana,Data pribadi; Ejaan,https://example.go.id/,Unggahan 2 tentang layanan`);
  });
});
