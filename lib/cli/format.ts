/**
 * Human-readable output: one block per checked text, and the summary table of a CSV column. JSON output needs no
 * formatting beyond JSON.stringify, so it is not here.
 */
import { ELEMENT_KEYS, type Finding, type Locale, type Platform, type Report, type Severity } from '../analysis/types';
import {
  ELEMENT_LABELS,
  LANGUAGE_LABELS,
  POST_TYPE_LABELS,
  SEVERITY_LABELS,
  t,
} from './messages';

export interface FormatOptions {
  locale: Locale;
  color: boolean;
  platform?: Platform;
}

const ANSI = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
type Style = keyof typeof ANSI;

function paint(on: boolean, style: Style, s: string): string {
  return on ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s;
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** Collapses whitespace and shortens to `max` characters, so evidence and snippets stay on one line. */
export function excerpt(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Maps UTF-16 offsets to 1-based line:column; built once per text, each lookup is a binary search. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The block printed for one input: heading, score line, the six elements, findings, counts. */
export function formatReport(name: string, text: string, report: Report, opts: FormatOptions): string {
  const { locale, color } = opts;
  const at = lineIndex(text);
  const pos = (offset: number) => {
    const p = at(offset);
    return `${p.line}:${p.column}`;
  };
  const lines: string[] = [paint(color, 'bold', name)];

  const scoreStyle: Style = report.score >= 80 ? 'green' : report.score >= 50 ? 'yellow' : 'red';
  lines.push(
    `  ${t(locale, 'score')} ${paint(color, scoreStyle, `${report.score}/100`)}` +
      ` · ${t(locale, 'language')}: ${LANGUAGE_LABELS[locale][report.language] ?? report.language} (${report.language})` +
      ` · ${t(locale, 'postType')}: ${POST_TYPE_LABELS[locale][report.postType] ?? report.postType} (${report.postType})`,
  );

  lines.push(`  ${t(locale, 'elementsTitle')}`);
  const labels = ELEMENT_LABELS[locale];
  const width = Math.max(...ELEMENT_KEYS.map((k) => labels[k]!.length));
  for (const key of ELEMENT_KEYS) {
    const e = report.elements[key];
    const label = labels[key]!.padEnd(width);
    if (e.found) {
      const where = e.start !== null ? ` (${pos(e.start)})` : '';
      lines.push(`    ${paint(color, 'green', '✓')} ${label}  "${excerpt(e.evidence ?? '', 70)}"${where}`);
    } else if (e.required) {
      lines.push(`    ${paint(color, 'red', '✗')} ${label}  ${t(locale, 'elementMissing')}`);
    } else {
      lines.push(`    ${paint(color, 'dim', '–')} ${label}  ${paint(color, 'dim', t(locale, 'elementNotRequired'))}`);
    }
  }

  const counts = severityCounts(report.findings);
  if (!report.findings.length) lines.push(`  ${t(locale, 'findingsTitle')}: ${t(locale, 'noFindings')}`);
  else {
    lines.push(`  ${t(locale, 'findingsTitle')} (${t(locale, 'severityCounts', counts)})`);
    const sevWidth = Math.max(...Object.values(SEVERITY_LABELS[locale]).map((s) => s.length));
    for (const f of report.findings) {
      const sev = paint(color, SEVERITY_STYLE[f.severity], SEVERITY_LABELS[locale][f.severity]!.padEnd(sevWidth));
      lines.push(`    ${pos(f.start).padEnd(9)} ${sev}  ${f.message}  ${paint(color, 'dim', f.rule)}`);
      const detail = [`"${excerpt(f.text, 60)}"`];
      if (f.suggestion !== null) detail.push(`${t(locale, 'suggestion')}: "${f.suggestion}"`);
      if (f.suggestions && f.suggestions.length > 1)
        detail.push(`${t(locale, 'alternatives')}: ${f.suggestions.slice(1).map((s) => `"${s}"`).join(', ')}`);
      detail.push(`${t(locale, 'reference')}: ${f.ref}`);
      lines.push(`    ${' '.repeat(9)} ${' '.repeat(sevWidth)}  ${paint(color, 'dim', detail.join(' · '))}`);
    }
  }

  const c = report.counts;
  const weighted =
    opts.platform && c.weighted !== c.characters ? t(locale, 'weighted', { n: c.weighted, platform: opts.platform }) : '';
  lines.push(`  ${t(locale, 'countsLine', { characters: c.characters, weighted, hashtags: c.hashtags, mentions: c.mentions })}`);
  return lines.join('\n') + '\n';
}

/** One CSV row as the summary table needs it (reports themselves are not kept, so big exports stay small). */
export type TableRow =
  | {
      row: number;
      score: number;
      language: string;
      postType: string;
      missing: string[];
      counts: Record<Severity, number>;
      snippet: string;
      error?: undefined;
    }
  | { row: number; error: string };

export function tableRow(row: number, text: string, report: Report, locale: Locale): TableRow {
  return {
    row,
    score: report.score,
    language: report.language,
    postType: POST_TYPE_LABELS[locale][report.postType] ?? report.postType,
    missing: ELEMENT_KEYS.filter((k) => report.elements[k].required && !report.elements[k].found).map(
      (k) => ELEMENT_LABELS[locale][k]!,
    ),
    counts: severityCounts(report.findings),
    snippet: excerpt(text, 48),
  };
}

/** The CSV summary: an aligned table, then totals, findings per category and the most frequent rules. */
export function formatTable(
  rows: readonly TableRow[],
  byCategory: ReadonlyMap<string, number>,
  byRule: ReadonlyMap<string, number>,
  opts: FormatOptions,
): string {
  const { locale } = opts;
  const header = ['colRow', 'colScore', 'colLanguage', 'colPostType', 'colMissing', 'colErrors', 'colWarnings', 'colInfo', 'colText'] as const;
  const numeric = new Set([0, 1, 5, 6, 7]);
  const cells: string[][] = [header.map((h) => t(locale, h))];
  for (const r of rows) {
    if (r.error !== undefined) {
      cells.push([String(r.row), '', '', '', '', '', '', '', `${t(locale, 'rowError')}: ${excerpt(r.error, 60)}`]);
      continue;
    }
    cells.push([
      String(r.row),
      String(r.score),
      r.language,
      r.postType,
      r.missing.join(', ') || '–',
      String(r.counts.error),
      String(r.counts.warning),
      String(r.counts.info),
      r.snippet,
    ]);
  }
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const out = cells.map((row, ri) => {
    const line = row
      .map((cell, i) => (i === row.length - 1 ? cell : numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
    return ri === 0 ? paint(opts.color, 'bold', line) : line;
  });

  const ok = rows.filter((r): r is Extract<TableRow, { score: number }> => r.error === undefined);
  const mean = ok.length ? Math.round((ok.reduce((s, r) => s + r.score, 0) / ok.length) * 10) / 10 : 0;
  out.push('');
  out.push(
    t(locale, 'tableSummary', {
      rows: ok.length,
      mean,
      withErrors: ok.filter((r) => r.counts.error > 0).length,
      withWarnings: ok.filter((r) => r.counts.warning > 0).length,
    }),
  );
  const top = (m: ReadonlyMap<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, n)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  if (byCategory.size) out.push(`${t(locale, 'tableByCategory')}: ${top(byCategory, Infinity)}`);
  if (byRule.size) out.push(`${t(locale, 'tableByRule')}: ${top(byRule, 10)}`);
  return out.join('\n') + '\n';
}
