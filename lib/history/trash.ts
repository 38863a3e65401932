/**
 * Deleting posts with undo. Deleted posts move to the `trash` table in the same transaction that removes them
 * (and their monthly totals), so "Urungkan" works from any page and after the worker restarts; the trash is
 * emptied after a few minutes, when the deletion is meant to be final.
 */
import type { CermatDatabase, PostRecord } from '../db/database';
import { applyMonthlyDelta } from './aggregate';
import { notifyHistoryChanged } from './events';
import { addRecords } from './keys';
import { newUid } from './record';

/** How long deleted posts can be brought back. */
export const TRASH_TTL_MS = 10 * 60_000;

export interface DeleteResult {
  /** Pass to undoDelete; null when nothing was deleted. */
  batch: string | null;
  deleted: number;
}

export async function deletePosts(db: CermatDatabase, ids: readonly number[], now = Date.now()): Promise<DeleteResult> {
  const unique = [...new Set(ids)];
  if (!unique.length) return { batch: null, deleted: 0 };
  const result = await db.transaction('rw', db.posts, db.monthly, db.trash, async () => {
    const records = (await db.posts.bulkGet(unique)).filter((r): r is PostRecord => r !== undefined);
    if (!records.length) return { batch: null, deleted: 0 };
    const batch = newUid();
    await db.trash.add({ batch, deletedAt: now, records });
    await db.posts.bulkDelete(records.map((r) => r.id));
    await applyMonthlyDelta(db.monthly, records, []);
    await purgeTrashIn(db, now);
    return { batch, deleted: records.length };
  });
  if (result.deleted) notifyHistoryChanged();
  return result;
}

/** Puts the posts of a delete back (same ids and uids). Posts re-created meanwhile under the same uid are kept. */
export async function undoDelete(db: CermatDatabase, batch: string): Promise<{ restored: number }> {
  const result = await db.transaction('rw', db.posts, db.monthly, db.trash, async () => {
    const row = await db.trash.get(batch);
    if (!row) return { restored: 0 };
    const present = new Set((await db.posts.where('uid').anyOf(row.records.map((r) => r.uid)).toArray()).map((r) => r.uid));
    // Same ids (an id taken meanwhile moves to the next free one).
    const records = await addRecords(db.posts, row.records.filter((r) => !present.has(r.uid)));
    await applyMonthlyDelta(db.monthly, [], records);
    await db.trash.delete(batch);
    return { restored: records.length };
  });
  if (result.restored) notifyHistoryChanged();
  return result;
}

async function purgeTrashIn(db: CermatDatabase, now: number, maxAgeMs = TRASH_TTL_MS): Promise<number> {
  return db.trash.where('deletedAt').below(now - maxAgeMs).delete();
}

/** Empties deletions older than maxAgeMs (all of them with 0). */
export function purgeTrash(db: CermatDatabase, now = Date.now(), maxAgeMs = TRASH_TTL_MS): Promise<number> {
  return db.transaction('rw', db.trash, () => purgeTrashIn(db, now, maxAgeMs));
}
