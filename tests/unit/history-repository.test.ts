// First: installs fake-indexeddb before Dexie loads.
import { day, freshDb, makeReport } from './history-support';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CermatDatabase, PostRecord } from '../../lib/db/database';
import { aggregateRecords } from '../../lib/history/aggregate';
import { HistoryRepository } from '../../lib/history/repository';
import { rebuildMonthly } from '../../lib/history/report';
import { applyRetention } from '../../lib/history/retention';
import { deletePosts, purgeTrash, undoDelete } from '../../lib/history/trash';
import { chronoId } from '../../lib/history/keys';
import { buildRecord } from '../../lib/history/record';
import { HistoryWriter, extensionPendingStore, memoryPendingStore } from '../../lib/history/writer';

const dbs: CermatDatabase[] = [];
function db(): CermatDatabase {
  const d = freshDb();
  dbs.push(d);
  return d;
}
afterEach(async () => {
  vi.useRealTimers();
  for (const d of dbs.splice(0)) {
    d.close();
    await d.delete();
  }
});

const post = (text: string, at: number, platform = 'facebook', report = makeReport()) => ({
  platform,
  adapter: platform,
  url: `https://www.${platform}.com/`,
  text,
  report,
  at,
});

/** Sorted copy of the monthly table, and the same rows recomputed from the posts. */
async function monthlyMatchesPosts(d: CermatDatabase): Promise<void> {
  const stored = (await d.monthly.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1));
  const fresh = [...aggregateRecords(await d.posts.toArray()).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  expect(stored).toEqual(fresh);
}

describe('HistoryRepository', () => {
  it('records a submitted post with its report, and answers its id and uid', async () => {
    const d = db();
    const repo = new HistoryRepository(d);
    const at = day(2025, 3, 10);
    const result = await repo.recordSubmitted(
      post('Sosialisasi keamanan data di Aula Diskominfo', at, 'instagram', makeReport({ score: 72, missing: ['when'] })),
    );
    expect(result).toMatchObject({ ok: true, pending: false });
    expect(result.id).toBeGreaterThan(0);
    const stored = (await d.posts.get(result.id!))!;
    expect(stored).toMatchObject({ uid: result.uid, platform: 'instagram', status: 'posted', score: 72, month: '2025-03', createdAt: at, postedAt: at });
    expect(stored.elements.when).toBe('missing');
    expect(stored.terms).toContainEqual(['sosialisasi', result.id]);
    expect(stored.id).toBe(chronoId(at));
    await monthlyMatchesPosts(d);
  });

  it('saves a draft, updates it by uid, then turns it into the post when it is submitted', async () => {
    const d = db();
    const repo = new HistoryRepository(d);
    const first = await repo.saveDraft({ platform: 'x', url: 'https://x.com/home', text: 'Jadwal vaksinasi di Puskesmas Baamang', report: makeReport({ score: 50 }), at: day(2025, 3, 28) });
    expect(first.ok).toBe(true);
    const again = await repo.saveDraft({
      uid: first.uid,
      platform: 'x',
      url: 'https://x.com/home',
      text: 'Jadwal vaksinasi di Puskesmas Baamang, Senin 7 April pukul 08.00',
      report: makeReport({ score: 70 }),
      checklist: { sumber: true },
      at: day(2025, 4, 2),
    });
    expect(again).toMatchObject({ ok: true, uid: first.uid, id: first.id });
    expect(await d.posts.count()).toBe(1);
    const draft = (await d.posts.get(first.id!))!;
    expect(draft).toMatchObject({ status: 'draft', score: 70, month: '2025-03', createdAt: day(2025, 3, 28), updatedAt: day(2025, 4, 2), checklist: { sumber: true }, postedAt: null });

    // Submitted with slightly different text, without the draft's uid: matched by words, same platform.
    const sent = await repo.recordSubmitted(post('Jadwal vaksinasi di Puskesmas Baamang, Senin 7 April pukul 08.00 WIB', day(2025, 4, 10), 'x'));
    // Re-dated to when it was sent: its id follows the date.
    expect(sent).toMatchObject({ ok: true, uid: first.uid, id: chronoId(day(2025, 4, 10)) });
    expect(await d.posts.count()).toBe(1);
    const posted = (await d.posts.get(sent.id!))!;
    // A post is dated (and counted in the month) when it was sent; the checklist carries over.
    expect(posted).toMatchObject({ status: 'posted', createdAt: day(2025, 4, 10), postedAt: day(2025, 4, 10), month: '2025-04', checklist: { sumber: true } });
    await monthlyMatchesPosts(d);
  });

  it('does not take a draft of another platform or of a different text for the submitted post', async () => {
    const d = db();
    const repo = new HistoryRepository(d);
    await repo.saveDraft({ platform: 'facebook', url: 'u', text: 'Pengumuman libur pelayanan KTP elektronik', report: null, at: day(2025, 1, 1) });
    await repo.recordSubmitted(post('Pengumuman libur pelayanan KTP elektronik', day(2025, 1, 2), 'instagram'));
    await repo.recordSubmitted(post('Selamat Hari Guru Nasional untuk seluruh guru', day(2025, 1, 3), 'facebook'));
    const all = await d.posts.orderBy('createdAt').toArray();
    expect(all.map((r) => [r.platform, r.status])).toEqual([
      ['facebook', 'draft'],
      ['instagram', 'posted'],
      ['facebook', 'posted'],
    ]);
  });

  it('gives a draft saved again after it was posted a new uid, leaving the post as it was', async () => {
    const d = db();
    const repo = new HistoryRepository(d);
    const draft = await repo.saveDraft({ platform: 'facebook', url: 'u', text: 'Teks satu dua tiga', report: null, at: day(2025, 1, 1) });
    await repo.recordSubmitted({ ...post('Teks satu dua tiga', day(2025, 1, 2)), draftUid: draft.uid });
    const again = await repo.saveDraft({ uid: draft.uid, platform: 'facebook', url: 'u', text: 'Teks satu dua tiga empat', report: null, at: day(2025, 1, 3) });
    expect(again.ok).toBe(true);
    expect(again.uid).not.toBe(draft.uid);
    const rows = await d.posts.orderBy('createdAt').toArray();
    expect(rows.map((r) => [r.status, r.text])).toEqual([
      ['posted', 'Teks satu dua tiga'],
      ['draft', 'Teks satu dua tiga empat'],
    ]);
  });

  it('batches concurrent writes into few transactions', async () => {
    const d = db();
    const repo = new HistoryRepository(d, { batchDelayMs: 10, maxBatch: 100 });
    const spy = vi.spyOn(d, 'transaction');
    const results = await Promise.all(
      Array.from({ length: 250 }, (_, i) => repo.recordSubmitted(post(`Unggahan nomor ${i} tentang layanan publik`, day(2025, 2, 1) + i * 1000, i % 2 ? 'x' : 'facebook'))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.id)).size).toBe(250);
    expect(await d.posts.count()).toBe(250);
    // Each post looks up drafts (a read) and the writer commits in batches of at most 100: 3 write transactions.
    const writes = spy.mock.calls.filter((call) => call[0] === 'rw');
    expect(writes.length).toBe(3);
    await monthlyMatchesPosts(d);
  });

  it('keeps the monthly totals equal to the posts through writes, deletes, undo and retention', async () => {
    const d = db();
    const repo = new HistoryRepository(d);
    const platforms = ['facebook', 'x', 'instagram'];
    const ids: number[] = [];
    for (let i = 0; i < 60; i++) {
      const report = makeReport({
        score: (i * 17) % 100,
        postType: i % 3 ? 'event' : 'announcement',
        missing: i % 4 ? [] : ['when'],
        findings: i % 5 ? [] : [{ rule: 'personal-data/nik', category: 'personal-data', severity: 'error' }],
      });
      const r =
        i % 7 === 0
          ? await repo.saveDraft({ platform: platforms[i % 3], url: 'u', text: `Draf ${i} kegiatan`, report, at: day(2025, 1 + (i % 4), 5) })
          : await repo.recordSubmitted(post(`Unggahan ${i} kegiatan dinas`, day(2025, 1 + (i % 4), 5 + (i % 20)), platforms[i % 3], report));
      ids.push(r.id!);
    }
    await monthlyMatchesPosts(d);
    const del = await deletePosts(d, ids.slice(0, 10));
    expect(del.deleted).toBe(10);
    await monthlyMatchesPosts(d);
    expect(await undoDelete(d, del.batch!)).toEqual({ restored: 10 });
    await monthlyMatchesPosts(d);
    expect(await d.posts.count()).toBe(60);
    const removed = await applyRetention(d, 30, day(2025, 4, 1));
    expect(removed).toBe(await d.posts.count().then((left) => 60 - left));
    expect(removed).toBeGreaterThan(0);
    await monthlyMatchesPosts(d);
    // A rebuild from scratch gives the same rows.
    const before = (await d.monthly.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1));
    await rebuildMonthly(d);
    expect((await d.monthly.toArray()).sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(before);
  });
});

describe('chronological ids', () => {
  it('gives posts of the same millisecond the next free ids, and an undone delete its old ids', async () => {
    const d = db();
    const writer = new HistoryWriter(d);
    const at = day(2025, 8, 17);
    const make = (text: string) => {
      const record = buildRecord({ platform: 'x', adapter: 'x', url: 'u', text, report: null, status: 'posted', at });
      return { uid: record.uid, record, fresh: true };
    };
    const first = await writer.writeMany([make('satu'), make('dua')]);
    expect(first.map((r) => r.id)).toEqual([chronoId(at), chronoId(at) + 1]);
    // Written later, in another transaction: the taken ids are skipped.
    const [third] = await writer.writeMany([make('tiga')]);
    expect(third!.id).toBe(chronoId(at) + 2);
    const rows = await d.posts.toArray();
    for (const r of rows) {
      expect(r.terms.every(([, id]) => id === r.id)).toBe(true);
    }
    const del = await deletePosts(d, [chronoId(at)]);
    await undoDelete(d, del.batch!);
    expect((await d.posts.get(chronoId(at)))!.text).toBe('satu');
  });
});

describe('delete with undo', () => {
  it('restores the same records (ids, uids, texts) and forgets undo after the trash period', async () => {
    const d = db();
    const repo = new HistoryRepository(d);
    const a = await repo.recordSubmitted(post('Satu kegiatan', day(2025, 1, 1)));
    const b = await repo.recordSubmitted(post('Dua kegiatan', day(2025, 1, 2)));
    const before = await d.posts.toArray();
    const del = await repo.delete([a.id!, b.id!, 999]);
    expect(del.deleted).toBe(2);
    expect(await d.posts.count()).toBe(0);
    expect(await repo.undoDelete(del.batch!)).toEqual({ restored: 2 });
    expect(await d.posts.toArray()).toEqual(before);
    // Undo twice does nothing.
    expect(await repo.undoDelete(del.batch!)).toEqual({ restored: 0 });

    const again = await repo.delete([a.id!]);
    expect(await purgeTrash(d, Date.now() + 11 * 60_000)).toBe(1);
    expect(await repo.undoDelete(again.batch!)).toEqual({ restored: 0 });
    expect(await d.posts.count()).toBe(1);
  });
});

describe('HistoryWriter failures', () => {
  function failingCreates(d: CermatDatabase, times: number): { count: () => number } {
    let failures = 0;
    d.posts.hook('creating', () => {
      if (failures < times) {
        failures++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    });
    return { count: () => failures };
  }

  it('keeps a record whose write failed, says it is pending, stores it aside and retries until it is written', async () => {
    const d = db();
    const store = memoryPendingStore();
    const states: boolean[] = [];
    const writer = new HistoryWriter(d, { store, batchDelayMs: 0, retryBaseMs: 20, retryMaxMs: 40, onState: (s) => states.push(s.failing) });
    const repo = new HistoryRepository(d);
    Object.assign(repo, { writer });
    const failures = failingCreates(d, 3);

    const result = await repo.recordSubmitted(post('Teks yang tidak boleh hilang', day(2025, 6, 1)));
    expect(result).toMatchObject({ ok: false, pending: true });
    expect(result.error).toContain('QuotaExceededError');
    expect(writer.state()).toMatchObject({ pending: 1, failing: true, attempts: 1 });
    // Kept where a restarted worker finds it.
    expect(store.ops.map((op) => op.record.text)).toEqual(['Teks yang tidak boleh hilang']);

    await vi.waitFor(async () => expect(await d.posts.count()).toBe(1), { timeout: 3000, interval: 20 });
    expect(failures.count()).toBe(3);
    await vi.waitFor(() => expect(writer.state()).toMatchObject({ pending: 0, failing: false, attempts: 0, written: 1 }));
    expect(store.ops).toEqual([]);
    expect(states).toContain(true);
    expect(states.at(-1)).toBe(false);
    const stored = (await d.posts.toArray())[0]!;
    expect(stored).toMatchObject({ uid: result.uid, text: 'Teks yang tidak boleh hilang' });
    await monthlyMatchesPosts(d);
  });

  it('writes what a previous context left in the pending store, once, even if it had been written already', async () => {
    const d = db();
    const already = buildRecord({ platform: 'x', adapter: 'x', url: 'u', text: 'Sudah tersimpan', report: null, status: 'posted', at: day(2025, 2, 1) });
    const waiting = buildRecord({ platform: 'x', adapter: 'x', url: 'u', text: 'Belum tersimpan', report: null, status: 'posted', at: day(2025, 2, 2) });
    await new HistoryWriter(d).write({ uid: already.uid, record: already });
    const store = memoryPendingStore([
      { uid: already.uid, record: already },
      { uid: waiting.uid, record: waiting },
    ]);
    const writer = new HistoryWriter(d, { store, batchDelayMs: 0 });
    expect(await writer.recover()).toBe(2);
    await writer.flush();
    await vi.waitFor(() => expect(store.ops).toEqual([]));
    expect((await d.posts.orderBy('createdAt').toArray()).map((r) => r.text)).toEqual(['Sudah tersimpan', 'Belum tersimpan']);
    await monthlyMatchesPosts(d);
  });

  it('does not let one record the database refuses hold back the others', async () => {
    const d = db();
    const writer = new HistoryWriter(d, { batchDelayMs: 0, retryBaseMs: 5, retryMaxMs: 10 });
    d.posts.hook('creating', (_key, obj: PostRecord) => {
      if (obj.text === 'rusak') throw new DOMException('bad', 'DataError');
    });
    const make = (text: string, i: number) => {
      const record = buildRecord({ platform: 'x', adapter: 'x', url: 'u', text, report: null, status: 'posted', at: day(2025, 2, 1) + i });
      return { uid: record.uid, record };
    };
    const ops = [make('satu', 1), make('rusak', 2), make('tiga', 3)];
    const results = await writer.writeMany(ops);
    expect(results.every((r) => r.pending)).toBe(true);
    await vi.waitFor(async () => expect((await d.posts.toArray()).map((r) => r.text).sort()).toEqual(['satu', 'tiga']), { timeout: 3000 });
    // The refused one is still queued and reported, not dropped.
    expect(writer.state()).toMatchObject({ pending: 1, failing: true });
    expect(writer.pendingRecords().map((op) => op.record.text)).toEqual(['rusak']);
    expect(writer.state().lastError).toContain('DataError');
  });

  it('keeps pending records in extension storage under one key, and removes the key when none are left', async () => {
    const data: Record<string, unknown> = {};
    const area = {
      get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
      remove: async (key: string) => void delete data[key],
    };
    const store = extensionPendingStore(area);
    const record = buildRecord({ platform: 'x', adapter: 'x', url: 'u', text: 'tersimpan sementara', report: null, status: 'draft', at: 1 });
    await store.save([{ uid: record.uid, record }]);
    expect(Object.keys(data)).toEqual(['cermat.history.pending']);
    expect(await store.load()).toEqual([{ uid: record.uid, record }]);
    await store.save([]);
    expect(data).toEqual({});
    expect(await store.load()).toEqual([]);
    // Anything else under the key is ignored, not thrown on.
    data['cermat.history.pending'] = [{ nonsense: true }, 'x'];
    expect(await store.load()).toEqual([]);
  });

  it('combines versions of one record queued before the first was written', async () => {
    const d = db();
    const writer = new HistoryWriter(d, { batchDelayMs: 30 });
    const first = buildRecord({ platform: 'x', adapter: 'x', url: 'u', text: 'versi satu', report: null, status: 'draft', at: day(2025, 2, 1), checklist: { a: true } });
    const second = { ...buildRecord({ platform: 'x', adapter: 'x', url: 'u', text: 'versi dua', report: null, status: 'draft', at: day(2025, 2, 2), checklist: { b: true } }), uid: first.uid };
    const [r1, r2] = await Promise.all([writer.write({ uid: first.uid, record: first }), writer.write({ uid: first.uid, record: second })]);
    expect(r1).toEqual(r2);
    const rows = await d.posts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ text: 'versi dua', createdAt: day(2025, 2, 1), updatedAt: day(2025, 2, 2), checklist: { a: true, b: true } });
  });
});
