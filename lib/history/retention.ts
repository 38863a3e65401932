/**
 * Keeps the history to the last N days (the period comes from the options page). Deletes in chunks, each chunk
 * one transaction with its monthly totals, so a long clean-up never holds the database or leaves totals stale.
 */
import type { CermatDatabase } from '../db/database';
import { applyMonthlyDelta } from './aggregate';
import { notifyHistoryChanged } from './events';

const DAY_MS = 86_400_000;
const CHUNK = 1000;

/** Deletes posts and drafts dated more than `days` days before `now`; returns how many. days ≤ 0 keeps everything. */
export async function applyRetention(db: CermatDatabase, days: number, now = Date.now()): Promise<number> {
  if (!Number.isFinite(days) || days <= 0) return 0;
  const cutoff = now - days * DAY_MS;
  let total = 0;
  for (;;) {
    const deleted = await db.transaction('rw', db.posts, db.monthly, async () => {
      const old = await db.posts.where('createdAt').below(cutoff).limit(CHUNK).toArray();
      if (!old.length) return 0;
      await db.posts.bulkDelete(old.map((r) => r.id));
      await applyMonthlyDelta(db.monthly, old, []);
      return old.length;
    });
    total += deleted;
    if (deleted < CHUNK) break;
  }
  if (total) notifyHistoryChanged();
  return total;
}
