/**
 * CSV exports of the history: the monthly report (posts per platform per month), its finding ranking, and a list
 * of posts (with a `text` column the command line reads: `cermat check --csv FILE --column text`). RFC 4180 quoting,
 * CRLF line ends and a byte-order mark so spreadsheet programs read Indonesian text correctly; cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
import type { PostSummary } from './search';
import type { MonthlyReport } from './report';
import { missingElements } from './record';

export type Cell = string | number | null | undefined;

/** Names shown in the CSV (the page passes its strings; ids are used where a name is missing). */
export interface CsvLabels {
  headers: {
    month: string;
    platform: string;
    posts: string;
    drafts: string;
    avgScore: string;
    rank: string;
    rule: string;
    category: string;
    severity: string;
    message: string;
    postsWithFinding: string;
    hits: string;
    date: string;
    status: string;
    postType: string;
    score: string;
    missing: string;
    categories: string;
    url: string;
  };
  allPlatforms: string;
  total: string;
  platform(id: string): string;
  category(id: string): string;
  severity(id: string): string;
  postType(id: string): string;
  status(id: string): string;
  element(id: string): string;
}

const FORMULA_START = /^[=+@\t\r]|^-(?![\d\s]|$)/;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Posts per platform per month, a line per month for all platforms, and a grand total. */
export function reportToCsv(report: MonthlyReport, labels: CsvLabels): string {
  const h = labels.headers;
  const rows: Cell[][] = [[h.month, h.platform, h.posts, h.drafts, h.avgScore]];
  for (const month of report.perMonth) {
    for (const c of report.cells.filter((x) => x.month === month.month)) {
      rows.push([c.month, labels.platform(c.platform), c.posts, c.drafts, c.avgScore]);
    }
    rows.push([month.month, labels.allPlatforms, month.posts, month.drafts, month.avgScore]);
  }
  rows.push([labels.total, labels.allPlatforms, report.totals.posts, report.totals.drafts, report.totals.avgScore]);
  return toCsv(rows);
}

/** The most frequent findings of the period. */
export function findingsToCsv(report: MonthlyReport, labels: CsvLabels): string {
  const h = labels.headers;
  const rows: Cell[][] = [[h.rank, h.rule, h.category, h.severity, h.message, h.postsWithFinding, h.hits]];
  report.topRules.forEach((r, i) =>
    rows.push([i + 1, r.rule, labels.category(r.category), labels.severity(r.severity), r.message, r.posts, r.hits]),
  );
  return toCsv(rows);
}

/** Local date and time as `YYYY-MM-DD HH:mm` (what a spreadsheet reads as a date). */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A list of posts; the last column, `text`, keeps its English name for `cermat check --csv … --column text`. */
export function postsToCsv(posts: readonly PostSummary[], labels: CsvLabels): string {
  const h = labels.headers;
  const rows: Cell[][] = [['id', h.date, h.platform, h.status, h.postType, h.score, h.missing, h.categories, h.url, 'text']];
  for (const p of posts) {
    rows.push([
      p.id,
      formatDateTime(p.createdAt),
      labels.platform(p.platform),
      labels.status(p.status),
      labels.postType(p.postType),
      p.score,
      missingElements(p).map(labels.element).join('; '),
      p.categories.map(labels.category).join('; '),
      p.url,
      p.text,
    ]);
  }
  return toCsv(rows);
}
