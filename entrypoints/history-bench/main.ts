/**
 * The history benchmark, run by tests/bench/history.bench.ts in real Chromium (this page is an extension page, so
 * this is the same IndexedDB the history uses). Works on its own database, `cermat-bench`, deleted before and after.
 * Times: inserting N posts through the history's batching writer, single-word searches, the monthly report.
 */
import Dexie from 'dexie';
import { CermatDatabase } from '@/lib/db/database';
import { buildRecord } from '@/lib/history/record';
import { buildMonthlyReport, rebuildMonthly, reportMonths } from '@/lib/history/report';
import { countMatches, searchPosts, type SearchFilters, type SearchOptions } from '@/lib/history/search';
import { HistoryWriter, type WriteOp } from '@/lib/history/writer';
import { HEAD_WORDS, syntheticPost, vocabulary } from './synthetic';

export interface BenchOptions {
  n?: number;
  /** Records per transaction. */
  batch?: number;
  /** Timed runs per search. */
  repeats?: number;
  keep?: boolean;
}

const DB_NAME = 'cermat-bench';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}
const r1 = (x: number) => Math.round(x * 10) / 10;

/** Times the first page of a search (what the admin waits for); counts the matches apart, also timed. */
async function timeSearch(
  db: CermatDatabase,
  filters: SearchFilters,
  repeats: number,
  options: SearchOptions = {},
): Promise<{ times: number[]; total: number; countMs: number; shown: number }> {
  await searchPosts(db, filters, options); // warm-up (code paths, caches)
  const times: number[] = [];
  let shown = 0;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const result = await searchPosts(db, filters, options);
    times.push(performance.now() - t0);
    shown = result.items.length;
  }
  const count = await countMatches(db, filters);
  return { times, total: count.count, countMs: count.tookMs, shown };
}

async function run(options: BenchOptions = {}) {
  const n = options.n ?? 100_000;
  const batch = options.batch ?? 1000;
  const repeats = options.repeats ?? 5;
  const log = (s: string) => {
    document.getElementById('out')!.textContent += `${s}\n`;
  };
  await Dexie.delete(DB_NAME);
  const db = new CermatDatabase(DB_NAME);
  await db.open();
  const writer = new HistoryWriter(db, { maxBatch: batch, batchDelayMs: 0 });
  const vocab = vocabulary(20_000);
  const end = new Date(2025, 11, 31).getTime();

  // Insert: records are built untimed (the engine's report and the tokenizer run when a post is made, not here);
  // the timed part is the history's write path: batched transactions with the uid lookup and monthly totals.
  let insertMs = 0;
  let buildMs = 0;
  let chars = 0;
  for (let start = 0; start < n; start += batch) {
    const t0 = performance.now();
    const ops: WriteOp[] = [];
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const p = syntheticPost(i, vocab, end);
      chars += p.text.length;
      const record = buildRecord({ platform: p.platform, adapter: p.platform, url: `https://www.${p.platform}.com/`, text: p.text, report: p.report, status: p.draft ? 'draft' : 'posted', at: p.at });
      ops.push({ uid: record.uid, record, fresh: true });
    }
    const t1 = performance.now();
    const results = await writer.writeMany(ops);
    insertMs += performance.now() - t1;
    buildMs += t1 - t0;
    if (!results.every((r) => r.ok)) throw new Error(`write failed: ${results.find((r) => !r.ok)?.error}`);
    if ((start / batch) % 10 === 0) log(`inserted ${start + ops.length}`);
  }
  const count = await db.posts.count();
  if (count !== n) throw new Error(`expected ${n} posts, found ${count}`);

  // Single words across the frequency range: very common, common, medium, rare (a long-tail word).
  const words = [HEAD_WORDS[0]!, HEAD_WORDS[5]!, HEAD_WORDS[20]!, HEAD_WORDS[39]!, vocab[500]!, vocab[5000]!, vocab[19_000]!];
  const perWord: Record<string, { median_ms: number; results: number; count_ms: number }> = {};
  const single: number[] = [];
  const counts: number[] = [];
  for (const w of words) {
    const { times, total, countMs, shown } = await timeSearch(db, { query: `${w} ` }, repeats);
    if (shown !== Math.min(20, total)) throw new Error(`search "${w}" showed ${shown} of ${total}`);
    single.push(...times);
    counts.push(countMs);
    perWord[w] = { median_ms: r1(median(times)), results: total, count_ms: r1(countMs) };
    log(`search "${w}": ${r1(median(times))} ms, ${total} results (counted in ${r1(countMs)} ms)`);
  }
  const two = await timeSearch(db, { query: `${HEAD_WORDS[0]} ${HEAD_WORDS[20]} ` }, repeats);
  const prefix = await timeSearch(db, { query: HEAD_WORDS[20]!.slice(0, 4) }, repeats);
  const filtered = await timeSearch(db, { query: `${HEAD_WORDS[5]} `, platforms: ['instagram'], from: end - 180 * 86_400_000, to: end, categories: ['spelling'] }, repeats);
  const list = await timeSearch(db, {}, repeats);
  // Page 51 of a common word, reached page by page with `after` as the history page does.
  let after: number | null = null;
  for (let i = 0; i < 50; i++) after = (await searchPosts(db, { query: `${HEAD_WORDS[0]} ` }, { after })).next;
  const deepWord = await timeSearch(db, { query: `${HEAD_WORDS[0]} ` }, repeats, { after });
  // The middle of the unfiltered list: its first id comes from a date, as a "from" filter would give.
  const middle = await timeSearch(db, { to: end - 365 * 86_400_000 }, repeats);

  // Monthly report: over every month of the history.
  const months = await reportMonths(db);
  const reportOptions = { from: months[0]!, to: months[months.length - 1]! };
  const reportTimes: number[] = [];
  let report = await buildMonthlyReport(db, reportOptions);
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    report = await buildMonthlyReport(db, reportOptions);
    reportTimes.push(performance.now() - t0);
  }
  if (report.totals.posts + report.totals.drafts !== n) throw new Error('report does not count every post');
  // The same figures recomputed from every post (what a restore or a migration does).
  const t0 = performance.now();
  await rebuildMonthly(db);
  const rebuildMs = performance.now() - t0;
  const rebuilt = await buildMonthlyReport(db, reportOptions);
  if (JSON.stringify(rebuilt) !== JSON.stringify(report)) throw new Error('running totals differ from a rebuild');

  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!options.keep) {
    db.close();
    await Dexie.delete(DB_NAME);
  }
  return {
    records: n,
    batch,
    avg_chars: Math.round(chars / n),
    insert_100k_ms: Math.round(insertMs * (100_000 / n)),
    insert_ms: Math.round(insertMs),
    insert_per_record_ms: Math.round((insertMs / n) * 1000) / 1000,
    build_records_ms: Math.round(buildMs),
    search_ms_median: r1(median(single)),
    search_ms_p95: r1(p95(single)),
    count_ms_median: r1(median(counts)),
    search_words: perWord,
    search_two_words_ms_median: r1(median(two.times)),
    search_prefix_ms_median: r1(median(prefix.times)),
    search_filtered_ms_median: r1(median(filtered.times)),
    list_first_page_ms_median: r1(median(list.times)),
    list_middle_page_ms_median: r1(median(middle.times)),
    search_page_51_ms_median: r1(median(deepWord.times)),
    report_ms: r1(median(reportTimes)),
    report_months: months.length,
    report_rebuild_ms: Math.round(rebuildMs),
    storage_bytes: estimate?.usage ?? null,
    user_agent: navigator.userAgent,
  };
}

declare global {
  interface Window {
    __cermatBench?: { run: typeof run };
  }
}

window.__cermatBench = { run };

