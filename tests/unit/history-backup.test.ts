// First: installs fake-indexeddb before Dexie loads.
import { day, freshDb, makeReport } from './history-support';
import { afterEach, describe, expect, it } from 'vitest';
import type { CermatDatabase } from '../../lib/db/database';
import { aggregateRecords } from '../../lib/history/aggregate';
import { BackupError, backupFileName, exportBackup, parseBackup, restoreBackup } from '../../lib/history/backup';
import { chronoId } from '../../lib/history/keys';
import { HistoryRepository } from '../../lib/history/repository';
import { countMatches, searchPosts } from '../../lib/history/search';

const dbs: CermatDatabase[] = [];
function db(): CermatDatabase {
  const d = freshDb();
  dbs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dbs.splice(0)) {
    d.close();
    await d.delete();
  }
});

const TEMPLATE = {
  id: 'undangan-rapat',
  definition: { title: 'Undangan rapat', body: '{{acara}}', fields: [], 'a.b': { tags: [] }, lines: [['x'], []] },
  copiedFrom: 'builtin/undangan',
  createdAt: 10,
  updatedAt: 20,
};

async function seed(d: CermatDatabase, n = 5): Promise<HistoryRepository> {
  const repo = new HistoryRepository(d);
  for (let i = 0; i < n; i++) {
    const report = makeReport({ score: 50 + i, findings: i % 2 ? [{ rule: 'personal-data/nik', category: 'personal-data', severity: 'error' }] : [] });
    if (i === n - 1) await repo.saveDraft({ platform: 'x', url: 'https://x.com/home', text: `Draf ${i} rapat koordinasi`, report, checklist: { sumber: true }, at: day(2025, 5, 1 + i) });
    else await repo.recordSubmitted({ platform: i % 2 ? 'instagram' : 'facebook', adapter: 'a', url: 'https://www.facebook.com/', text: `Unggahan ${i} sosialisasi “pajak”, daerah\nbaris dua`, report, at: day(2025, 5, 1 + i) });
  }
  await d.templates.add(TEMPLATE);
  return repo;
}

/** Everything restorable, comparable across databases (ids aside). */
async function snapshot(d: CermatDatabase) {
  const posts = (await d.posts.toArray()).map(({ id: _id, ...p }) => p).sort((a, b) => (a.uid < b.uid ? -1 : 1));
  return { posts, templates: await d.templates.toArray() };
}

async function expectMonthlyConsistent(d: CermatDatabase): Promise<void> {
  const stored = (await d.monthly.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1));
  const fresh = [...aggregateRecords(await d.posts.toArray()).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  expect(stored).toEqual(fresh);
}

async function exportText(d: CermatDatabase): Promise<string> {
  return (await exportBackup(d)).text();
}

async function rejects(file: string | Blob): Promise<BackupError> {
  try {
    await parseBackup(file);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    return error as BackupError;
  }
  throw new Error('parseBackup accepted the file');
}

describe('backup and restore', () => {
  it('exports a dexie-export-import file of posts (without index entries) and templates only', async () => {
    const d = db();
    await seed(d);
    const json = JSON.parse(await exportText(d));
    expect(json.formatName).toBe('dexie');
    expect(json.data.databaseVersion).toBe(2);
    expect(json.data.tables.map((t: { name: string }) => t.name).sort()).toEqual(['posts', 'templates']);
    const posts = json.data.data.find((t: { tableName: string }) => t.tableName === 'posts');
    expect(posts.rows).toHaveLength(5);
    expect(posts.rows[0]).not.toHaveProperty('terms');
    expect(posts.rows[0]).not.toHaveProperty('categoryKeys');
    expect(backupFileName(day(2025, 3, 9))).toBe('cermat-cadangan-2025-03-09.json');
  });

  it('round-trips: replace restores exactly what was exported, with working search and totals', async () => {
    const source = db();
    await seed(source);
    const file = new Blob([await exportText(source)], { type: 'application/json' });
    const target = db();
    await new HistoryRepository(target).recordSubmitted({ platform: 'tiktok', adapter: 'tiktok', url: 'u', text: 'Akan diganti', report: null, at: day(2025, 1, 1) });

    const parsed = await parseBackup(file);
    expect(parsed).toMatchObject({ databaseVersion: 2, firstAt: day(2025, 5, 1), lastAt: day(2025, 5, 5) });
    const result = await restoreBackup(target, parsed, 'replace');
    expect(result).toEqual({ mode: 'replace', posts: 5, templates: 1, skipped: 0, replaced: 1 });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect((await countMatches(target, { query: 'sosialisasi pajak' })).count).toBe(4);
    expect((await countMatches(target, { query: 'diganti' })).count).toBe(0);
    await expectMonthlyConsistent(target);
  });

  it('merge adds only posts not already present and newer templates', async () => {
    const source = db();
    await seed(source);
    const text = await exportText(source);
    const target = db();
    const repo = new HistoryRepository(target);
    await repo.recordSubmitted({ platform: 'tiktok', adapter: 'tiktok', url: 'u', text: 'Milik komputer ini', report: null, at: day(2025, 1, 1) });
    const first = await restoreBackup(target, await parseBackup(text), 'merge');
    expect(first).toEqual({ mode: 'merge', posts: 5, templates: 1, skipped: 0, replaced: 0 });
    const again = await restoreBackup(target, await parseBackup(text), 'merge');
    expect(again).toEqual({ mode: 'merge', posts: 0, templates: 0, skipped: 5, replaced: 0 });
    expect(await target.posts.count()).toBe(6);
    await expectMonthlyConsistent(target);
  });

  it('restores a backup made by schema v1 (no uids, months or rule summaries)', async () => {
    const v1 = JSON.stringify({
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'cermat',
        databaseVersion: 1,
        tables: [
          { name: 'posts', schema: '++id,createdAt', rowCount: 1 },
          { name: 'templates', schema: 'id,updatedAt', rowCount: 0 },
        ],
        data: [
          {
            tableName: 'posts',
            inbound: true,
            rows: [
              { id: 7, platform: 'facebook', url: 'u', text: 'Posyandu balita Desa Sawahan', language: 'id', postType: 'event', score: 77, elements: { when: 'missing' }, findingCounts: { 'style:info': 1 }, categories: [], words: [], templateId: null, checklist: {}, status: 'posted', createdAt: day(2024, 8, 17), updatedAt: day(2024, 8, 17) },
            ],
          },
          { tableName: 'templates', inbound: true, rows: [] },
        ],
      },
    });
    const d = db();
    const parsed = await parseBackup(v1);
    await restoreBackup(d, parsed, 'replace');
    const [post] = await d.posts.toArray();
    const id = chronoId(day(2024, 8, 17));
    expect(post).toMatchObject({ id, month: '2024-08', categories: ['style'], categoryKeys: [['style', id]], postedAt: day(2024, 8, 17), findings: [] });
    expect(post!.terms).toEqual(['posyandu', 'balita', 'desa', 'sawahan'].map((w) => [w, id]));
    expect(post!.uid).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('a bad file is rejected with a clear message and the data stays intact', () => {
    let good: string;
    let d: CermatDatabase;
    let before: Awaited<ReturnType<typeof snapshot>>;

    async function setup() {
      d = db();
      await seed(d);
      good = await exportText(d);
      before = await snapshot(d);
    }
    const mutate = (f: (json: any) => void) => {
      const json = JSON.parse(good);
      f(json);
      return JSON.stringify(json);
    };
    const postsRows = (json: any) => json.data.data.find((t: { tableName: string }) => t.tableName === 'posts').rows;

    const CASES: [string, () => string | Blob, string, RegExp][] = [
      ['cut in the middle', () => good.slice(0, Math.floor(good.length * 0.6)), 'not-json', /rusak atau terpotong/],
      ['empty', () => '', 'not-json', /bukan JSON/],
      ['binary garbage', () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2])]), 'not-json', /rusak/],
      ['another JSON file', () => JSON.stringify({ hello: 'world' }), 'not-dexie', /bukan berkas cadangan Cermat/],
      ['another app’s Dexie export', () => mutate((j) => (j.data.databaseName = 'todo-app')), 'not-cermat', /aplikasi lain/],
      ['from a newer Cermat', () => mutate((j) => (j.data.databaseVersion = 99)), 'newer-version', /versi Cermat yang lebih baru/],
      ['no posts table', () => mutate((j) => (j.data.tables = j.data.tables.filter((t: { name: string }) => t.name !== 'posts'))), 'missing-table', /tabel unggahan/],
      ['rows missing (row count disagrees)', () => mutate((j) => postsRows(j).pop()), 'truncated', /seharusnya berisi 5 baris, ditemukan 4/],
      ['a post without text', () => mutate((j) => delete postsRows(j)[2].text), 'bad-record', /unggahan ke-3 tidak valid \(kolom text\)/],
      ['an unknown platform', () => mutate((j) => (postsRows(j)[0].platform = 'myspace')), 'bad-record', /kolom platform/],
      ['a score out of range', () => mutate((j) => (postsRows(j)[1].score = 250)), 'bad-record', /kolom score/],
      ['a bad date', () => mutate((j) => (postsRows(j)[4].createdAt = 'kemarin')), 'bad-record', /kolom createdAt/],
      ['a bad finding count key', () => mutate((j) => (postsRows(j)[1].findingCounts = { 'curang:error': 1 })), 'bad-record', /kolom findingCounts/],
      ['the same uid twice', () => mutate((j) => (postsRows(j)[1].uid = postsRows(j)[0].uid)), 'bad-record', /uid \(dua kali\)/],
      ['typed values from another tool', () => mutate((j) => (postsRows(j)[0].$types = { createdAt: 'date' })), 'bad-record', /\$types/],
    ];

    it.each(CASES)('%s', async (_name, file, code, message) => {
      await setup();
      const error = await rejects(file());
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/Data Anda tidak diubah\.$/);
      expect(error.en).toMatch(/Your data was not changed\.$/);
      expect(await snapshot(d)).toEqual(before);
    });

    it('a failure while writing a valid file rolls everything back', async () => {
      await setup();
      const other = db();
      await seed(other, 8);
      const parsed = await parseBackup(await exportText(other));
      let n = 0;
      d.posts.hook('creating', () => {
        if (++n === 6) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      await expect(restoreBackup(d, parsed, 'replace')).rejects.toThrow();
      expect(await snapshot(d)).toEqual(before);
      await expectMonthlyConsistent(d);
      expect((await countMatches(d, { query: 'sosialisasi' })).count).toBe(4);
    });
  });
});

