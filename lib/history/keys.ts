/**
 * Chronological ids. A post's id is its date in milliseconds × 1024 plus a tie-breaker, so ids sort by date, a
 * date range is an id range, and index entries ending in the id ([word, id], [platform, id] …) list each
 * condition's matches in date order: lib/history/search.ts reads one page of them per condition.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { PostRecord } from '../db/database';
import type { NewPostRecord } from './record';

export const ID_SLOTS = 1024;

/** The first id for a date (ms). Ids stay below 2^53 until the year 2248. */
export function chronoId(createdAt: number): number {
  return Math.max(1, Math.floor(createdAt)) * ID_SLOTS;
}

/** The date an id stands for (ms). */
export function idTime(id: number): number {
  return Math.floor(id / ID_SLOTS);
}

/** Ids of posts dated in [from, to): inclusive bounds. */
export function idRange(from?: number | null, to?: number | null): [number, number] {
  return [from == null ? 0 : chronoId(from), to == null ? Number.MAX_SAFE_INTEGER : chronoId(to) - 1];
}

/** The stored form of a record under an id: index entries keyed by it. */
export function keyed(record: NewPostRecord, id: number): PostRecord {
  const { words, ...rest } = record;
  return {
    ...rest,
    id,
    terms: words.map((w) => [w, id]),
    categoryKeys: record.categories.map((c) => [c, id]),
  };
}

/** A stored record back to its id-free form (to store it again under another id, or to compare it). */
export function unkeyed(record: PostRecord): NewPostRecord {
  const { id: _id, terms, categoryKeys: _keys, ...rest } = record;
  return { ...rest, words: terms.map((t) => t[0]) };
}

type Posts = EntityTable<PostRecord, 'id'>;

/**
 * Adds records under chronological ids (or the ids they bring, e.g. an undone delete). Ids are tried optimistically;
 * the rare one already taken (two posts in the same millisecond) moves to the next free slot. Must run in a
 * read-write transaction on posts.
 */
export async function addRecords(posts: Posts, records: readonly (NewPostRecord | PostRecord)[]): Promise<PostRecord[]> {
  const used = new Set<number>();
  const rows = records.map((r) => {
    let id = 'terms' in r ? r.id : chronoId(r.createdAt);
    while (used.has(id)) id++;
    used.add(id);
    return 'terms' in r && r.id === id ? r : keyed('terms' in r ? unkeyed(r) : r, id);
  });
  if (!rows.length) return rows;
  try {
    await posts.bulkAdd(rows);
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    for (const [pos, failure] of Object.entries(error.failuresByPos)) {
      if ((failure as Error).name !== 'ConstraintError') throw failure;
      const i = Number(pos);
      let id = rows[i]!.id + 1;
      while (used.has(id) || (await posts.get(id))) id++;
      used.add(id);
      rows[i] = keyed(unkeyed(rows[i]!), id);
      await posts.add(rows[i]!);
    }
  }
  return rows;
}
