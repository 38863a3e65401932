/** Months as `YYYY-MM` in the browser's local time (an admin reports by their own calendar month). */

const pad = (n: number) => String(n).padStart(2, '0');

export function monthOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** Local midnight of the month's first day. */
export function monthStart(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(y, m - 1, 1).getTime();
}

/** Local midnight of the next month's first day (exclusive end of the month). */
export function monthEnd(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(y, m, 1).getTime();
}

export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(y, m - 1 + delta, 1).getTime());
}

/** Every month from `from` to `to`, both included, in order (empty when from > to). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 1200; m = addMonths(m, 1)) out.push(m);
  return out;
}
