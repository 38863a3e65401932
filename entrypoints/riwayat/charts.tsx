/**
 * Small SVG charts for the monthly report (no chart library, nothing loaded from the network). Each has a text
 * title and the figures as <title> tooltips; the report also shows the same numbers as tables.
 */
import type { ReactNode } from 'react';

/** Platform colours, distinguishable in print and for common colour blindness (Okabe–Ito based). */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#999999', '#7B3294'];

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const pow = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * pow >= max) return step * pow;
  return 10 * pow;
}

function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max / count) * i);
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

interface Frame {
  title: string;
  testId: string;
  children: ReactNode;
  legend?: { name: string; color: string }[];
}

function Figure({ title, testId, children, legend }: Frame) {
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {children}
      {legend && legend.length > 1 && (
        <ul className="legend">
          {legend.map((l) => (
            <li key={l.name}>
              <span className="swatch" style={{ background: l.color }} aria-hidden="true" />
              {l.name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

export interface Series {
  name: string;
  color: string;
  values: number[];
}

/** Columns per category (month), stacked by series (platform). */
export function StackedColumns({
  title,
  testId,
  categories,
  series,
  fixedMax,
  format = fmt,
}: {
  title: string;
  testId: string;
  categories: string[];
  series: Series[];
  fixedMax?: number;
  /** Numbers as the page's language writes them. */
  format?: (n: number) => string;
}) {
  const W = 640;
  const H = 240;
  const pad = { l: 40, r: 8, t: 10, b: 40 };
  const totals = categories.map((_, i) => series.reduce((a, s) => a + (s.values[i] ?? 0), 0));
  const max = fixedMax ?? niceMax(Math.max(0, ...totals));
  const plotW = W - pad.l - pad.r;
  const plotH = H - pad.t - pad.b;
  const band = plotW / Math.max(1, categories.length);
  const barW = Math.min(48, band * 0.7);
  const y = (v: number) => pad.t + plotH - (v / max) * plotH;
  return (
    <Figure title={title} testId={testId} legend={series.map((s) => ({ name: s.name, color: s.color }))}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="chart-svg">
        {ticks(max).map((t) => (
          <g key={t}>
            <line x1={pad.l} x2={W - pad.r} y1={y(t)} y2={y(t)} className="grid" />
            <text x={pad.l - 6} y={y(t) + 4} textAnchor="end" className="axis">
              {format(t)}
            </text>
          </g>
        ))}
        {categories.map((c, i) => {
          let acc = 0;
          const x = pad.l + band * i + (band - barW) / 2;
          return (
            <g key={c} data-category={c}>
              {series.map((s) => {
                const v = s.values[i] ?? 0;
                if (!v) return null;
                const top = y(acc + v);
                const h = y(acc) - top;
                acc += v;
                return (
                  <rect key={s.name} x={x} y={top} width={barW} height={h} fill={s.color} data-series={s.name} data-value={v}>
                    <title>{`${c} · ${s.name}: ${v}`}</title>
                  </rect>
                );
              })}
              {totals[i]! > 0 && (
                <text x={x + barW / 2} y={y(totals[i]!) - 4} textAnchor="middle" className="value">
                  {format(totals[i]!)}
                </text>
              )}
              <text x={x + barW / 2} y={H - pad.b + 16} textAnchor="middle" className="axis">
                {c}
              </text>
            </g>
          );
        })}
      </svg>
    </Figure>
  );
}

/** One column per category with a fixed scale (scores out of 100). */
export function Columns({
  title,
  testId,
  categories,
  values,
  max = 100,
  format,
}: {
  title: string;
  testId: string;
  categories: string[];
  values: (number | null)[];
  max?: number;
  format?: (n: number) => string;
}) {
  return (
    <StackedColumns
      title={title}
      testId={testId}
      categories={categories}
      series={[{ name: title, color: SERIES_COLORS[0]!, values: values.map((v) => v ?? 0) }]}
      fixedMax={max}
      format={format}
    />
  );
}

export interface BarItem {
  label: string;
  value: number;
  /** Extra text after the value (e.g. "12 kali"). */
  note?: string;
  tone?: 'error' | 'warning' | 'info';
}

/** Horizontal bars, longest first as given. */
export function Bars({ title, testId, items }: { title: string; testId: string; items: BarItem[] }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <Figure title={title} testId={testId}>
      <ol className="bars">
        {items.map((item) => (
          <li key={item.label} className={item.tone ? `tone-${item.tone}` : undefined}>
            <span className="bar-label">{item.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${(item.value / max) * 100}%` }} />
            </span>
            <span className="bar-value">
              {item.value}
              {item.note ? <small> {item.note}</small> : null}
            </span>
          </li>
        ))}
      </ol>
    </Figure>
  );
}
