/**
 * The monthly report an admin sends on (e.g. to Diskominfo): posts per platform per month, drafts, average score,
 * the most frequent findings, missing 5W1H elements. Built from the monthly totals (lib/history/aggregate.ts), so
 * it reads a few hundred rows whatever the number of posts; rebuildMonthly recomputes those totals from the posts.
 */
import type { CermatDatabase, MonthlyRow, PostRecord } from '../db/database';
import { aggregateRecords } from './aggregate';
import { monthRange } from './month';

export interface ReportOptions {
  /** First and last month, `YYYY-MM`, both included. */
  from: string;
  to: string;
  /** Only these platforms (all when empty). */
  platforms?: readonly string[];
  /** Count drafts in the quality figures too (default: only posts that were sent). */
  includeDrafts?: boolean;
  /** Rules listed in the most frequent findings. */
  topRules?: number;
}

export interface ReportCell {
  month: string;
  platform: string;
  posts: number;
  drafts: number;
  /** Average score of the scored posts, one decimal; null without any. */
  avgScore: number | null;
}

export interface ReportMonth {
  month: string;
  posts: number;
  drafts: number;
  avgScore: number | null;
  withErrors: number;
}

export interface ReportRule {
  rule: string;
  category: string;
  severity: string;
  /** The findings' message when they all share one; '' when it varies (name the rule by its category and id). */
  message: string;
  /** Posts with this finding. */
  posts: number;
  /** Times it was found. */
  hits: number;
}

export interface MonthlyReport {
  from: string;
  to: string;
  months: string[];
  /** Platforms with any post or draft in the period, most posts first. */
  platforms: string[];
  /** One per month × platform that has posts or drafts. */
  cells: ReportCell[];
  perMonth: ReportMonth[];
  perPlatform: { platform: string; posts: number; drafts: number; avgScore: number | null }[];
  totals: {
    posts: number;
    drafts: number;
    avgScore: number | null;
    /** Posts without a score (recorded before the engine had loaded). */
    unscored: number;
    withErrors: number;
    withWarnings: number;
    /** Posts scoring < 60, 60–79, ≥ 80. */
    scoreBands: [number, number, number];
  };
  topRules: ReportRule[];
  /** Posts with at least one finding per category, most first. */
  topCategories: { category: string; posts: number }[];
  /** Posts missing each required element, most first. */
  missingElements: { element: string; posts: number }[];
  postTypes: { postType: string; posts: number }[];
  /** Which posts the quality figures count. */
  includeDrafts: boolean;
}

const avg = (sum: number, n: number) => (n > 0 ? Math.round((sum / n) * 10) / 10 : null);

function ranked<K extends string>(map: Map<string, number>, key: K): ({ [P in K]: string } & { posts: number })[] {
  return [...map]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([name, posts]) => ({ [key]: name, posts }) as { [P in K]: string } & { posts: number });
}

/** The report from monthly rows (pure; buildMonthlyReport reads the rows). */
export function reportFromRows(rows: readonly MonthlyRow[], options: ReportOptions): MonthlyReport {
  const includeDrafts = options.includeDrafts ?? false;
  const only = options.platforms?.length ? new Set(options.platforms) : null;
  const months = monthRange(options.from, options.to);
  const cells = new Map<string, ReportCell & { sum: number; scored: number }>();
  const perMonth = new Map<string, ReportMonth & { sum: number; scored: number }>(
    months.map((m) => [m, { month: m, posts: 0, drafts: 0, avgScore: null, withErrors: 0, sum: 0, scored: 0 }]),
  );
  const perPlatform = new Map<string, { platform: string; posts: number; drafts: number; sum: number; scored: number }>();
  const rules = new Map<string, ReportRule>();
  const categories = new Map<string, number>();
  const missing = new Map<string, number>();
  const postTypes = new Map<string, number>();
  const totals = { posts: 0, drafts: 0, sum: 0, scored: 0, counted: 0, withErrors: 0, withWarnings: 0, scoreBands: [0, 0, 0] as [number, number, number] };

  for (const row of rows) {
    if (row.month < options.from || row.month > options.to) continue;
    if (only && !only.has(row.platform)) continue;
    const draft = row.status === 'draft';
    const cellKey = `${row.month}|${row.platform}`;
    let cell = cells.get(cellKey);
    if (!cell) cells.set(cellKey, (cell = { month: row.month, platform: row.platform, posts: 0, drafts: 0, avgScore: null, sum: 0, scored: 0 }));
    let platform = perPlatform.get(row.platform);
    if (!platform) perPlatform.set(row.platform, (platform = { platform: row.platform, posts: 0, drafts: 0, sum: 0, scored: 0 }));
    const month = perMonth.get(row.month)!;
    if (draft) {
      cell.drafts += row.posts;
      platform.drafts += row.posts;
      month.drafts += row.posts;
      totals.drafts += row.posts;
    } else {
      cell.posts += row.posts;
      platform.posts += row.posts;
      month.posts += row.posts;
      totals.posts += row.posts;
      for (const [type, n] of Object.entries(row.postTypes)) postTypes.set(type, (postTypes.get(type) ?? 0) + n);
    }
    if (draft && !includeDrafts) continue;
    // Quality figures: scores, findings, missing elements.
    for (const target of [cell, platform, month, totals]) {
      target.sum += row.scoreSum;
      target.scored += row.scored;
    }
    totals.counted += row.posts;
    month.withErrors += row.withErrors;
    totals.withErrors += row.withErrors;
    totals.withWarnings += row.withWarnings;
    for (const i of [0, 1, 2] as const) totals.scoreBands[i] += row.scoreBands[i];
    for (const [c, n] of Object.entries(row.categories)) categories.set(c, (categories.get(c) ?? 0) + n);
    for (const [e, n] of Object.entries(row.missing)) missing.set(e, (missing.get(e) ?? 0) + n);
    for (const [rule, t] of Object.entries(row.rules)) {
      const r = rules.get(rule);
      if (r) {
        r.posts += t.posts;
        r.hits += t.hits;
        if (r.message !== t.message) r.message = '';
      } else {
        rules.set(rule, { rule, category: t.category, severity: t.severity, message: t.message, posts: t.posts, hits: t.hits });
      }
    }
  }

  const platformList = [...perPlatform.values()].sort((a, b) => b.posts + b.drafts - (a.posts + a.drafts) || (a.platform < b.platform ? -1 : 1));
  return {
    from: options.from,
    to: options.to,
    months,
    platforms: platformList.map((p) => p.platform),
    cells: [...cells.values()]
      .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.platform < b.platform ? -1 : 1))
      .map(({ sum, scored, ...c }) => ({ ...c, avgScore: avg(sum, scored) })),
    perMonth: [...perMonth.values()].map(({ sum, scored, ...m }) => ({ ...m, avgScore: avg(sum, scored) })),
    perPlatform: platformList.map(({ sum, scored, ...p }) => ({ ...p, avgScore: avg(sum, scored) })),
    totals: {
      posts: totals.posts,
      drafts: totals.drafts,
      avgScore: avg(totals.sum, totals.scored),
      unscored: totals.counted - totals.scored,
      withErrors: totals.withErrors,
      withWarnings: totals.withWarnings,
      scoreBands: totals.scoreBands,
    },
    topRules: [...rules.values()]
      .filter((r) => r.posts > 0)
      .sort((a, b) => b.posts - a.posts || b.hits - a.hits || (a.rule < b.rule ? -1 : 1))
      .slice(0, options.topRules ?? 10),
    topCategories: ranked(categories, 'category'),
    missingElements: ranked(missing, 'element'),
    postTypes: ranked(postTypes, 'postType'),
    includeDrafts,
  };
}

/** The report for a period, from the monthly totals. */
export async function buildMonthlyReport(db: CermatDatabase, options: ReportOptions): Promise<MonthlyReport> {
  const rows = await db.monthly.where('month').between(options.from, options.to, true, true).toArray();
  return reportFromRows(rows, options);
}

/** Months that have posts or drafts, oldest first (for the month pickers). */
export async function reportMonths(db: CermatDatabase): Promise<string[]> {
  return (await db.monthly.orderBy('month').uniqueKeys()) as string[];
}

/**
 * Recomputes the monthly totals from every post (after a restore, or to check them). Reads the posts in chunks
 * inside one transaction, so the totals match one consistent state of the posts.
 */
export async function rebuildMonthly(db: CermatDatabase): Promise<number> {
  return db.transaction('rw', db.posts, db.monthly, async () => {
    const rows = aggregateRecords([]);
    const CHUNK = 5000;
    let lastId = -Infinity;
    for (;;) {
      const chunk: PostRecord[] = await db.posts.where(':id').above(lastId).limit(CHUNK).toArray();
      if (!chunk.length) break;
      aggregateRecords(chunk, rows);
      lastId = chunk[chunk.length - 1]!.id!;
      if (chunk.length < CHUNK) break;
    }
    await db.monthly.clear();
    await db.monthly.bulkPut([...rows.values()]);
    return rows.size;
  });
}
