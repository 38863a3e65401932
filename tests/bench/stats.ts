/** Timing helpers for the benchmark: time-boxed sampling and order statistics. */

export interface Sample {
  /** Milliseconds per call, in the order measured. */
  times: number[];
  median: number;
  p95: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(times: number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { times, median, p95: percentile(sorted, 95) };
}

export interface Budget {
  /** Stop once this much time has been spent, if `min` calls have been made. */
  ms: number;
  min: number;
  max: number;
}

/** Times a synchronous call until the budget is spent. */
export function sampleSync(fn: () => unknown, budget: Budget): Sample {
  const times: number[] = [];
  const deadline = performance.now() + budget.ms;
  while (times.length < budget.max && (times.length < budget.min || performance.now() < deadline)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return summarize(times);
}

/** Times an asynchronous call until the budget is spent. */
export async function sampleAsync(fn: () => Promise<unknown>, budget: Budget): Promise<Sample> {
  const times: number[] = [];
  const deadline = performance.now() + budget.ms;
  while (times.length < budget.max && (times.length < budget.min || performance.now() < deadline)) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarize(times);
}
