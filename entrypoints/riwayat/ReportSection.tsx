/**
 * The monthly report: period, summary figures, charts, tables, CSV downloads and a printable page (the print
 * stylesheet shows only this section).
 */
import { useEffect, useMemo, useState } from 'react';
import type { CermatDatabase } from '@/lib/db/database';
import { findingsToCsv, reportToCsv } from '@/lib/history/csv';
import { addMonths, monthOf } from '@/lib/history/month';
import { buildMonthlyReport, reportMonths, type MonthlyReport } from '@/lib/history/report';
import { Bars, Columns, SERIES_COLORS, StackedColumns } from './charts';
import { download } from './download';
import { csvLabels, formatDate, formatNumber, monthName, type HistoryStrings } from './strings';

export interface ReportSectionProps {
  db: CermatDatabase;
  s: HistoryStrings;
  version: number;
}

export function ReportSection({ db, s, version }: ReportSectionProps) {
  const current = monthOf(Date.now());
  const [from, setFrom] = useState(current);
  const [to, setTo] = useState(current);
  const [includeDrafts, setIncludeDrafts] = useState(false);
  const [months, setMonths] = useState<string[]>([]);
  const [report, setReport] = useState<MonthlyReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    reportMonths(db)
      .then(setMonths)
      .catch(() => undefined);
  }, [db, version]);

  useEffect(() => {
    let live = true;
    const [a, b] = from <= to ? [from, to] : [to, from];
    buildMonthlyReport(db, { from: a, to: b, includeDrafts })
      .then((r) => {
        if (live) {
          setReport(r);
          setError(null);
        }
      })
      .catch((e: unknown) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [db, from, to, includeDrafts, version]);

  // Months to choose from: those with posts, this month, and every month between.
  const options = useMemo(() => {
    const all = new Set([...months, current]);
    const sorted = [...all].sort();
    const out: string[] = [];
    for (let m = sorted[0]!; m <= sorted[sorted.length - 1]! && out.length < 240; m = addMonths(m, 1)) out.push(m);
    return out.reverse();
  }, [months, current]);

  const preset = (a: string, b: string) => {
    setFrom(a);
    setTo(b);
  };
  const labels = csvLabels(s);
  const name = (m: string) => monthName(m, s.locale);
  const period = report ? (report.from === report.to ? report.from : `${report.from}_${report.to}`) : current;

  return (
    <section id="laporan" className="card report" aria-labelledby="report-heading">
      <h2 id="report-heading" className="no-print">
        {s.reportHeading}
      </h2>
      <p className="no-print muted">{s.reportIntro}</p>
      <div className="filters no-print">
        <label>
          <span>{s.monthFrom}</span>
          <select data-testid="report-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {options.map((m) => (
              <option key={m} value={m}>
                {name(m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{s.monthTo}</span>
          <select data-testid="report-to" value={to} onChange={(e) => setTo(e.target.value)}>
            {options.map((m) => (
              <option key={m} value={m}>
                {name(m)}
              </option>
            ))}
          </select>
        </label>
        <div className="presets">
          <button type="button" className="secondary" onClick={() => preset(current, current)}>
            {s.thisMonth}
          </button>
          <button type="button" className="secondary" onClick={() => preset(addMonths(current, -1), addMonths(current, -1))}>
            {s.lastMonth}
          </button>
          <button type="button" className="secondary" onClick={() => preset(addMonths(current, -2), current)}>
            {s.last3Months}
          </button>
          <button type="button" className="secondary" onClick={() => preset(`${current.slice(0, 4)}-01`, current)}>
            {s.thisYear}
          </button>
        </div>
        <label className="check">
          <input type="checkbox" checked={includeDrafts} onChange={(e) => setIncludeDrafts(e.target.checked)} />
          <span>{s.includeDrafts}</span>
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div className="report-body" data-testid="report">
          <header className="report-title">
            <h3 data-testid="report-title">{s.reportTitle(name(report.from), name(report.to))}</h3>
            <p className="muted">{s.generatedAt(formatDate(Date.now(), s.locale))}</p>
          </header>
          <dl className="summary">
            <div>
              <dt>{s.posts}</dt>
              <dd data-testid="report-total-posts">{formatNumber(report.totals.posts, s.locale)}</dd>
            </div>
            <div>
              <dt>{s.drafts}</dt>
              <dd data-testid="report-total-drafts">{formatNumber(report.totals.drafts, s.locale)}</dd>
            </div>
            <div>
              <dt>{s.avgScore}</dt>
              <dd data-testid="report-avg-score">{report.totals.avgScore === null ? '–' : formatNumber(report.totals.avgScore, s.locale, 1)}</dd>
            </div>
            <div>
              <dt>{s.withErrors}</dt>
              <dd data-testid="report-with-errors">{formatNumber(report.totals.withErrors, s.locale)}</dd>
            </div>
          </dl>
          {report.totals.unscored > 0 && <p className="muted">{s.unscored(report.totals.unscored)}</p>}
          {report.totals.posts + report.totals.drafts === 0 ? (
            <p data-testid="report-empty">{s.noReportData}</p>
          ) : (
            <ReportCharts report={report} s={s} />
          )}
          <div className="actions no-print">
            <button type="button" data-testid="report-csv" onClick={() => download(reportToCsv(report, labels), `cermat-laporan-${period}.csv`)}>
              {s.downloadCsv}
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="report-findings-csv"
              onClick={() => download(findingsToCsv(report, labels), `cermat-temuan-${period}.csv`)}
            >
              {s.downloadFindingsCsv}
            </button>
            <button type="button" className="secondary" data-testid="report-print" onClick={() => window.print()}>
              {s.print}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** A finding's name in the report: its message when all its findings share one, else its category and rule id. */
function ruleLabel(r: MonthlyReport['topRules'][number], category: (c: string) => string): string {
  return r.message ? `${r.message} (${category(r.category)})` : `${category(r.category)} — ${r.rule}`;
}

function ReportCharts({ report, s }: { report: MonthlyReport; s: HistoryStrings }) {
  const short = (m: string) => {
    const [y, mm] = m.split('-').map(Number) as [number, number];
    return new Date(y, mm - 1, 1).toLocaleDateString(s.locale === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: '2-digit' });
  };
  const label = (p: string) => s.platforms[p as keyof typeof s.platforms] ?? p;
  const series = report.platforms.map((p, i) => ({
    name: label(p),
    color: SERIES_COLORS[i % SERIES_COLORS.length]!,
    values: report.months.map((m) => report.cells.find((c) => c.month === m && c.platform === p)?.posts ?? 0),
  }));
  const category = (c: string) => s.categories[c as keyof typeof s.categories] ?? c;
  const element = (e: string) => s.elements[e as keyof typeof s.elements] ?? e;
  return (
    <>
      <div className="charts">
        <StackedColumns
          title={s.chartPostsPerPlatform}
          testId="report-chart-platform"
          categories={report.months.map(short)}
          series={series}
          format={(n) => formatNumber(n, s.locale, 1)}
        />
        <Columns
          title={s.chartAvgScore}
          testId="report-chart-score"
          categories={report.months.map(short)}
          values={report.perMonth.map((m) => m.avgScore)}
          format={(n) => formatNumber(n, s.locale, 1)}
        />
        {report.topRules.length > 0 && (
          <Bars
            title={s.chartTopFindings}
            testId="report-chart-findings"
            items={report.topRules.map((r) => ({
              label: ruleLabel(r, category),
              value: r.posts,
              tone: r.severity as 'error' | 'warning' | 'info',
            }))}
          />
        )}
        {report.missingElements.length > 0 && (
          <Bars title={s.chartMissing} testId="report-chart-missing" items={report.missingElements.map((e) => ({ label: element(e.element), value: e.posts }))} />
        )}
      </div>
      <h4>{s.tablePerPlatform}</h4>
      <table className="table" data-testid="report-table">
        <thead>
          <tr>
            <th scope="col">{s.csv.month}</th>
            <th scope="col">{s.csv.platform}</th>
            <th scope="col" className="num">
              {s.posts}
            </th>
            <th scope="col" className="num">
              {s.drafts}
            </th>
            <th scope="col" className="num">
              {s.avgScore}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.cells.map((c) => (
            <tr key={`${c.month}|${c.platform}`} data-month={c.month} data-platform={c.platform}>
              <td>{monthName(c.month, s.locale)}</td>
              <td>{label(c.platform)}</td>
              <td className="num">{formatNumber(c.posts, s.locale)}</td>
              <td className="num">{formatNumber(c.drafts, s.locale)}</td>
              <td className="num">{c.avgScore === null ? '–' : formatNumber(c.avgScore, s.locale, 1)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {s.csv.total}
            </th>
            <td className="num">{formatNumber(report.totals.posts, s.locale)}</td>
            <td className="num">{formatNumber(report.totals.drafts, s.locale)}</td>
            <td className="num">{report.totals.avgScore === null ? '–' : formatNumber(report.totals.avgScore, s.locale, 1)}</td>
          </tr>
        </tfoot>
      </table>
      {report.topRules.length > 0 && (
        <>
          <h4>{s.tableTopFindings}</h4>
          <table className="table" data-testid="report-findings">
            <thead>
              <tr>
                <th scope="col">{s.rank}</th>
                <th scope="col">{s.finding}</th>
                <th scope="col">{s.csv.category}</th>
                <th scope="col" className="num">
                  {s.postsWithFinding}
                </th>
                <th scope="col" className="num">
                  {s.hits}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.topRules.map((r, i) => (
                <tr key={r.rule} data-rule={r.rule}>
                  <td>{i + 1}</td>
                  <td>
                    {r.message || category(r.category)} <small className="muted">{r.rule}</small>
                  </td>
                  <td>
                    {category(r.category)} · {s.severities[r.severity as keyof typeof s.severities] ?? r.severity}
                  </td>
                  <td className="num">{formatNumber(r.posts, s.locale)}</td>
                  <td className="num">{formatNumber(r.hits, s.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="muted bands">
        {s.scoreBands.map((b, i) => `${b}: ${formatNumber(report.totals.scoreBands[i]!, s.locale)}`).join(' · ')}
      </p>
    </>
  );
}
