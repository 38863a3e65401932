/**
 * Monthly running totals (MonthlyRow) kept beside the posts. Every write that adds, changes or removes posts calls
 * applyMonthlyDelta in the same transaction, so the totals can never disagree with the posts they count; a restore
 * or a migration rebuilds them from scratch with aggregateRecords.
 */
import type { EntityTable } from 'dexie';
import type { MonthlyRow, PostRecord } from '../db/database';

type Counted = Pick<
  PostRecord,
  'month' | 'platform' | 'postType' | 'status' | 'score' | 'findingCounts' | 'categories' | 'findings' | 'elements'
>;

export function rowKey(r: Pick<PostRecord, 'month' | 'platform' | 'status'>): string {
  return `${r.month}|${r.platform}|${r.status}`;
}

function emptyRow(r: Counted): MonthlyRow {
  return {
    key: rowKey(r),
    month: r.month,
    platform: r.platform,
    status: r.status,
    posts: 0,
    postTypes: {},
    scored: 0,
    scoreSum: 0,
    scoreBands: [0, 0, 0],
    withErrors: 0,
    withWarnings: 0,
    categories: {},
    findingCounts: {},
    rules: {},
    missing: {},
  };
}

function bump(map: Record<string, number>, key: string, by: number): void {
  const next = (map[key] ?? 0) + by;
  if (next === 0) delete map[key];
  else map[key] = next;
}

export function scoreBand(score: number): 0 | 1 | 2 {
  return score >= 80 ? 2 : score >= 60 ? 1 : 0;
}

/** Adds (sign 1) or removes (sign -1) one post's contribution to its row. */
export function applyRecord(row: MonthlyRow, r: Counted, sign: 1 | -1): void {
  row.posts += sign;
  bump(row.postTypes, r.postType, sign);
  if (r.score !== null && Number.isFinite(r.score)) {
    row.scored += sign;
    row.scoreSum += sign * r.score;
    row.scoreBands[scoreBand(r.score)] += sign;
  }
  let errors = false;
  let warnings = false;
  for (const [key, n] of Object.entries(r.findingCounts)) {
    bump(row.findingCounts, key, sign * n);
    if (n > 0 && key.endsWith(':error')) errors = true;
    if (n > 0 && key.endsWith(':warning')) warnings = true;
  }
  if (errors) row.withErrors += sign;
  if (warnings) row.withWarnings += sign;
  for (const c of r.categories) bump(row.categories, c, sign);
  for (const f of r.findings) {
    const tally = (row.rules[f.rule] ??= { posts: 0, hits: 0, category: f.category, severity: f.severity, message: f.message });
    // A rule whose message names what it found ("sekedar" tidak baku) has no one message for the month.
    if (sign > 0 && tally.message !== f.message) tally.message = '';
    tally.posts += sign;
    tally.hits += sign * f.count;
    if (tally.posts <= 0) delete row.rules[f.rule];
  }
  for (const [element, state] of Object.entries(r.elements)) if (state === 'missing') bump(row.missing, element, sign);
}

/** Rows for a set of posts, from scratch. */
export function aggregateRecords(records: Iterable<Counted>, into = new Map<string, MonthlyRow>()): Map<string, MonthlyRow> {
  for (const r of records) {
    const key = rowKey(r);
    let row = into.get(key);
    if (!row) into.set(key, (row = emptyRow(r)));
    applyRecord(row, r, 1);
  }
  return into;
}

/**
 * Moves the totals from `removed` to `added` (either may be empty; an update passes the old and the new version).
 * Must run inside a transaction that also writes the posts.
 */
export async function applyMonthlyDelta(
  monthly: EntityTable<MonthlyRow, 'key'>,
  removed: readonly Counted[],
  added: readonly Counted[],
): Promise<void> {
  if (!removed.length && !added.length) return;
  const keys = [...new Set([...removed, ...added].map(rowKey))];
  const current = await monthly.bulkGet(keys);
  const rows = new Map<string, MonthlyRow>();
  keys.forEach((key, i) => {
    const row = current[i];
    if (row) rows.set(key, row);
  });
  const rowFor = (r: Counted) => {
    const key = rowKey(r);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRow(r)));
    return row;
  };
  for (const r of removed) applyRecord(rowFor(r), r, -1);
  for (const r of added) applyRecord(rowFor(r), r, 1);
  const put: MonthlyRow[] = [];
  const drop: string[] = [];
  for (const row of rows.values()) {
    if (row.posts > 0) put.push(row);
    else drop.push(row.key);
  }
  if (put.length) await monthly.bulkPut(put);
  if (drop.length) await monthly.bulkDelete(drop);
}
