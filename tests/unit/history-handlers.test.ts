// First: installs fake-indexeddb before Dexie loads.
import { day, freshDb, makeReport } from './history-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, MessageType, Response, Sender } from '../../lib/messaging';
import { chainHandlers, historyHandlers, setHistoryRepository } from '../../lib/history/handlers';
import { HistoryRepository } from '../../lib/history/repository';

const db = freshDb();
const sender: Sender = { tabId: 1, frameId: 0, url: 'https://www.facebook.com/' };

/** Calls a handler as the background's router would. */
function call<K extends MessageType>(handlers: typeof historyHandlers, message: Message<K>): Promise<Response<K>> {
  const handler = handlers[message.type] as unknown as (m: Message<K>, s: Sender) => Response<K> | Promise<Response<K>>;
  return Promise.resolve(handler(message, sender));
}

beforeAll(() => setHistoryRepository(new HistoryRepository(db)));
afterAll(async () => {
  setHistoryRepository(null);
  db.close();
  await db.delete();
});

describe('historyHandlers', () => {
  it('stores a submitted post, finds it, reports on it, deletes and restores it', async () => {
    const stored = await call(historyHandlers, {
      type: 'post-submitted',
      platform: 'facebook',
      adapter: 'facebook',
      url: 'https://www.facebook.com/',
      text: 'Pelayanan KTP elektronik keliling di Desa Sawahan',
      report: makeReport({ score: 88 }),
      at: day(2025, 7, 14),
    });
    expect(stored).toMatchObject({ ok: true, pending: false });
    expect(stored.stored).toBeGreaterThan(0);

    const found = await call(historyHandlers, { type: 'history-search', filters: { query: 'ktp kel' } });
    expect(found.items).toHaveLength(1);
    expect(found.hasMore).toBe(false);
    expect(await call(historyHandlers, { type: 'history-count', filters: { query: 'ktp kel' } })).toMatchObject({ count: 1, exact: true });
    expect(found.items[0]).toMatchObject({ id: stored.stored, score: 88, platform: 'facebook' });

    const draft = await call(historyHandlers, {
      type: 'history-save-draft',
      draft: { platform: 'x', url: 'https://x.com/home', text: 'Draf pengumuman banjir', report: null, at: day(2025, 7, 15) },
    });
    expect(draft.ok).toBe(true);
    expect((await call(historyHandlers, { type: 'history-recent', limit: 5 })).map((p) => p.status)).toEqual(['draft', 'posted']);
    expect((await call(historyHandlers, { type: 'history-recent', status: 'draft' })).map((p) => p.uid)).toEqual([draft.uid]);
    expect(await call(historyHandlers, { type: 'history-get', uid: draft.uid })).toMatchObject({ text: 'Draf pengumuman banjir' });
    const marked = await call(historyHandlers, { type: 'history-mark-posted', uid: draft.uid, at: day(2025, 7, 16) });
    expect(marked).toMatchObject({ ok: true, uid: draft.uid });
    // Posted a day after it was saved: its id follows its new date.
    expect(marked!.id).not.toBe(draft.id);
    expect(await call(historyHandlers, { type: 'history-get', uid: draft.uid })).toMatchObject({ status: 'posted', postedAt: day(2025, 7, 16) });

    const report = await call(historyHandlers, { type: 'history-monthly-report', from: '2025-07', to: '2025-07' });
    expect(report.totals).toMatchObject({ posts: 2, drafts: 0 });

    const del = await call(historyHandlers, { type: 'history-delete', ids: [stored.stored] });
    expect(del.deleted).toBe(1);
    expect(await call(historyHandlers, { type: 'history-undo-delete', batch: del.batch! })).toEqual({ restored: 1 });
    expect(await call(historyHandlers, { type: 'history-status' })).toMatchObject({ pending: 0, failing: false });
    expect(await call(historyHandlers, { type: 'history-apply-retention', days: 0 })).toEqual({ deleted: 0 });
  });
});

describe('chainHandlers', () => {
  it('runs every handler of a message in order and answers with the last one', async () => {
    const seen: string[] = [];
    const first = { 'post-submitted': () => (seen.push('debug'), { ok: true, stored: 1 }), 'sync-sites': () => ({ sites: ['a'] }) };
    const second = { 'post-submitted': () => (seen.push('history'), { ok: true, stored: 42 }) };
    const chained = chainHandlers(first, second);
    const message = { type: 'post-submitted', platform: 'x', adapter: 'x', url: 'u', text: 't', report: null, at: 1 } as const;
    expect(await call(chained, message)).toEqual({ ok: true, stored: 42 });
    expect(seen).toEqual(['debug', 'history']);
    expect(await call(chained, { type: 'sync-sites' })).toEqual({ sites: ['a'] });
  });

  it('still runs the history when an earlier handler throws', async () => {
    const chained = chainHandlers(
      { 'post-submitted': () => { throw new Error('debug list broken'); } },
      { 'post-submitted': () => ({ ok: true, stored: 7 }) },
    );
    expect(await call(chained, { type: 'post-submitted', platform: 'x', adapter: 'x', url: 'u', text: 't', report: null, at: 1 })).toEqual({ ok: true, stored: 7 });
  });
});
