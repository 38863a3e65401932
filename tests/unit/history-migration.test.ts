import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CermatDatabase, DATABASE_VERSION, SCHEMA_V1 } from '../../lib/db/database';
import { aggregateRecords } from '../../lib/history/aggregate';
import { chronoId } from '../../lib/history/keys';
import { buildMonthlyReport } from '../../lib/history/report';
import { countMatches, searchPosts } from '../../lib/history/search';
import { day } from './history-support';

/** A post exactly as schema v1 stored it (no uid, adapter, findings, month, postedAt). */
function v1Post(i: number, overrides: Record<string, unknown> = {}) {
  const at = day(2024, 11 + (i % 2), 5 + i);
  return {
    platform: i % 2 ? 'instagram' : 'facebook',
    url: 'https://www.facebook.com/',
    text: `Sosialisasi Pemilu Damai nomor ${i} di Kecamatan Baamang`,
    language: 'id',
    postType: 'event',
    score: 60 + i,
    elements: { what: 'found', who: 'found', when: i % 2 ? 'missing' : 'found', where: 'found', why: 'found', how: 'not-required' },
    findingCounts: i % 2 ? { 'spelling:warning': 2 } : {},
    categories: ['stale-category'],
    words: ['OLD', 'WORDS'],
    templateId: null,
    checklist: {},
    status: i === 0 ? 'draft' : 'posted',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

async function makeV1(name: string, rows: Record<string, unknown>[], templates: Record<string, unknown>[] = []): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('posts').bulkAdd(rows);
  if (templates.length) await v1.table('templates').bulkAdd(templates);
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('schema migration v1 → v2', () => {
  it('keeps every post and template, adds uid, adapter, month, postedAt and findings, re-derives words and categories', async () => {
    const name = `cermat-migration-${Date.now()}`;
    const template = { id: 'mine-1', definition: { title: 'Undangan' }, copiedFrom: null, createdAt: 1, updatedAt: 2 };
    await makeV1(name, [0, 1, 2, 3].map((i) => v1Post(i)), [template]);

    const db = new CermatDatabase(name);
    await db.open();
    expect(db.verno).toBe(DATABASE_VERSION);
    // In v1 order (the texts differ only by their number).
    const posts = (await db.posts.toArray()).sort((a, b) => (a.text < b.text ? -1 : 1));
    expect(posts).toHaveLength(4);
    posts.forEach((p, i) => {
      const before = v1Post(i);
      expect(p).toMatchObject({
        // Chronological ids now (v1 had 1, 2, 3 …).
        id: chronoId(before.createdAt),
        text: before.text,
        platform: before.platform,
        adapter: before.platform,
        score: before.score,
        status: before.status,
        createdAt: before.createdAt,
        month: i % 2 ? '2024-12' : '2024-11',
        postedAt: i === 0 ? null : before.createdAt,
        findings: [],
        categories: i % 2 ? ['spelling'] : [],
        // One-digit numbers and "di" are not indexed.
        terms: ['sosialisasi', 'pemilu', 'damai', 'nomor', 'kecamatan', 'baamang'].map((w) => [w, chronoId(before.createdAt)]),
      });
      expect(p.uid).toMatch(/^[0-9a-f-]{36}$/);
    });
    expect(new Set(posts.map((p) => p.uid)).size).toBe(4);
    expect(await db.templates.toArray()).toEqual([template]);

    // The monthly totals exist and match the posts; search uses the new words.
    const rows = (await db.monthly.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(rows).toEqual([...aggregateRecords(posts).values()].sort((a, b) => (a.key < b.key ? -1 : 1)));
    const report = await buildMonthlyReport(db, { from: '2024-11', to: '2024-12' });
    expect(report.cells).toEqual([
      { month: '2024-11', platform: 'facebook', posts: 1, drafts: 1, avgScore: 62 },
      { month: '2024-12', platform: 'instagram', posts: 2, drafts: 0, avgScore: 62 },
    ]);
    expect((await countMatches(db, { query: 'pemilu damai' })).count).toBe(4);
    expect((await countMatches(db, { query: 'OLD' })).count).toBe(0);
    expect((await countMatches(db, { categories: ['spelling'] })).count).toBe(2);
    db.close();
    await db.delete();
  });

  it('repairs v1 posts with missing fields instead of failing the upgrade', async () => {
    const name = `cermat-migration-odd-${Date.now()}`;
    await makeV1(name, [v1Post(1, { score: undefined, elements: undefined, findingCounts: undefined, checklist: undefined, templateId: undefined })]);
    const db = new CermatDatabase(name);
    const [post] = await db.posts.toArray();
    expect(post).toMatchObject({ score: null, elements: {}, findingCounts: {}, categories: [], checklist: {}, templateId: null });
    db.close();
    await db.delete();
  });

  it('opens a new database directly at v2, empty', async () => {
    const db = new CermatDatabase(`cermat-fresh-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['monthly', 'posts', 'templates', 'trash']);
    expect(db.templates.schema.primKey.keyPath).toBe('id');
    expect(db.posts.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['[platform+id]', '[postType+id]', '[status+id]', 'categoryKeys', 'createdAt', 'terms', 'uid'].sort(),
    );
    db.close();
    await db.delete();
  });
});
