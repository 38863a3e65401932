// First: installs fake-indexeddb before Dexie loads.
import { day, freshDb, makeReport } from './history-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CermatDatabase, PostRecord } from '../../lib/db/database';
import { buildRecord } from '../../lib/history/record';
import { countMatches, searchInternals, searchPosts, type SearchFilters } from '../../lib/history/search';
import { parseQuery } from '../../lib/history/words';
import { HistoryWriter } from '../../lib/history/writer';

const PLATFORMS = ['facebook', 'x', 'instagram', 'tiktok'] as const;
const TOPICS = ['vaksinasi', 'banjir', 'pelayanan', 'pelatihan', 'pemilu', 'jalan'];
const N = 900;

let db: CermatDatabase;
let all: PostRecord[];

beforeAll(async () => {
  db = freshDb();
  const writer = new HistoryWriter(db, { maxBatch: 300 });
  const ops = [];
  for (let i = 0; i < N; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    // "kegiatan" in 2 of 3 posts; "langka" in a few; written in an order unrelated to their dates.
    // "seri…": 60 distinct words sharing a prefix, too many to expand (the records are checked instead).
    const text = `${i % 3 ? 'Kegiatan' : 'Pengumuman'} ${topic} di Kecamatan ${i % 5 ? 'Baamang' : 'Ketapang'} nomor${i} seri${i % 60}${i % 97 === 0 ? ' langka' : ''}`;
    const report = makeReport({
      postType: i % 3 ? 'event' : 'announcement',
      findings: i % 4 === 0 ? [{ rule: 'personal-data/nik', category: 'personal-data', severity: 'error' }] : i % 4 === 1 ? [{ rule: 'spelling/x', category: 'spelling', severity: 'warning' }] : [],
    });
    const at = day(2024, 1 + ((i * 7) % 12), 1 + (i % 28), i % 24);
    const record = buildRecord({ platform: PLATFORMS[i % PLATFORMS.length], adapter: 'a', url: 'u', text, report, status: i % 10 === 0 ? 'draft' : 'posted', at });
    ops.push({ uid: record.uid, record });
  }
  await writer.writeMany(ops);
  all = await db.posts.toArray();
});

afterAll(async () => {
  db.close();
  await db.delete();
});

/** The same search by brute force over every record. */
function reference(filters: SearchFilters): PostRecord[] {
  const q = parseQuery(filters.query ?? '');
  return all
    .filter((r) => q.words.every((w) => r.terms.some(([t]) => t === w)))
    .filter((r) => !q.prefix || r.terms.some(([t]) => t.startsWith(q.prefix!)))
    .filter((r) => !filters.platforms?.length || filters.platforms.includes(r.platform))
    .filter((r) => !filters.postTypes?.length || filters.postTypes.includes(r.postType))
    .filter((r) => !filters.categories?.length || r.categories.some((c) => filters.categories!.includes(c)))
    .filter((r) => !filters.status || r.status === filters.status)
    .filter((r) => filters.from == null || r.createdAt >= filters.from)
    .filter((r) => filters.to == null || r.createdAt < filters.to)
    .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}

const CASES: [string, SearchFilters][] = [
  ['nothing', {}],
  ['one common word', { query: 'kegiatan ' }],
  ['two words', { query: 'kegiatan banjir ' }],
  ['a prefix being typed', { query: 'pel' }],
  ['a word and a prefix', { query: 'pengumuman pela' }],
  ['a prefix of too many words (checked on the records)', { query: 'ser' }],
  ['a broad prefix with filters', { query: 'banjir se', platforms: ['x'], from: day(2024, 4, 1) }],
  ['a rare word (few matches)', { query: 'langka' }],
  ['accents and case folded', { query: 'KETÁPANG ' }],
  ['platform filter', { platforms: ['x'] }],
  ['two platforms and a word', { query: 'banjir', platforms: ['x', 'tiktok'] }],
  ['date range only', { from: day(2024, 3, 1, 0), to: day(2024, 6, 1, 0) }],
  ['date range and word', { query: 'vaksinasi', from: day(2024, 3, 1, 0), to: day(2024, 9, 1, 0) }],
  ['category', { categories: ['personal-data'] }],
  ['post type and category', { postTypes: ['announcement'], categories: ['spelling', 'personal-data'] }],
  ['drafts', { status: 'draft' }],
  ['everything at once', { query: 'kegiatan bAAm', platforms: ['facebook', 'instagram'], postTypes: ['event'], categories: ['spelling'], status: 'posted', from: day(2024, 2, 1), to: day(2024, 12, 1) }],
  ['no match', { query: 'tidakadasamasekali' }],
];

describe.each([
  ['getAllKeys with a direction', false],
  ['key cursors (older browsers)', true],
])('searchPosts (%s)', (_path, cursor) => {
  beforeAll(() => {
    searchInternals.forceCursor = cursor;
  });
  afterAll(() => {
    searchInternals.forceCursor = false;
  });

  it.each(CASES)('%s: the same page as a full scan, newest first, and the same count', async (_name, filters) => {
    const expected = reference(filters);
    const page = await searchPosts(db, filters, { limit: 25 });
    expect(page.items.map((r) => r.id)).toEqual(expected.slice(0, 25).map((r) => r.id));
    expect(page.hasMore).toBe(expected.length > 25);
    expect(page.next).toBe(expected.length > 25 ? expected[24]!.id : null);
    expect(await countMatches(db, filters)).toMatchObject({ count: expected.length, exact: true });
  });

  it('pages with `after` through every result without gaps or repeats', async () => {
    for (const filters of [{ query: 'kegiatan' }, { query: 'kegiatan baa' }, { query: 'ser' }, {}] as SearchFilters[]) {
      const expected = reference(filters).map((r) => r.id);
      const seen: number[] = [];
      let after: number | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const page = await searchPosts(db, filters, { after, limit: 40 });
        seen.push(...page.items.map((r) => r.id));
        if (!page.hasMore) break;
        after = page.next;
      }
      expect(seen).toEqual(expected);
    }
  });

  it('skips with `offset` as well', async () => {
    const expected = reference({ query: 'banjir' }).map((r) => r.id);
    const page = await searchPosts(db, { query: 'banjir' }, { offset: 30, limit: 10 });
    expect(page.items.map((r) => r.id)).toEqual(expected.slice(30, 40));
  });

  it('orders oldest first on request', async () => {
    const expected = reference({ platforms: ['tiktok'] }).reverse();
    const page = await searchPosts(db, { platforms: ['tiktok'] }, { order: 'oldest', limit: 10 });
    expect(page.items.map((r) => r.id)).toEqual(expected.slice(0, 10).map((r) => r.id));
    const next = await searchPosts(db, { platforms: ['tiktok'] }, { order: 'oldest', limit: 10, after: page.next });
    expect(next.items.map((r) => r.id)).toEqual(expected.slice(10, 20).map((r) => r.id));
  });

  it('returns summaries without index entries, and says which query words were ignored', async () => {
    const page = await searchPosts(db, { query: 'yang banjir dan ' }, { limit: 1 });
    expect(page.query).toEqual({ words: ['banjir'], prefix: null, ignored: ['yang', 'dan'] });
    expect(page.items[0]).not.toHaveProperty('terms');
    expect(page.items[0]).not.toHaveProperty('categoryKeys');
    expect(page.items[0]!.text).toContain('banjir');
  });

  it('finds nothing for an empty date range', async () => {
    const page = await searchPosts(db, { from: day(2024, 5, 1), to: day(2024, 5, 1) });
    expect(page.items).toEqual([]);
    expect((await countMatches(db, { from: day(2024, 5, 1), to: day(2024, 5, 1) })).count).toBe(0);
  });
});
