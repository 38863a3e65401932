/**
 * `npm run bench:history [-- --json] [-- --check]`: the history in real Chromium's IndexedDB (not fake-indexeddb):
 * the built extension's benchmark page (history-bench.html, its own `cermat-bench` database) inserts 100,000 posts
 * through the history's batching writer, searches single words, and builds the monthly report over all of them.
 * Bars: search under 100 ms median, the monthly report under 1 s.
 *
 * Options: --json (machine output: insert_100k_ms, search_ms_median, report_ms and details), --check (exit 1 when a
 * bar fails), --n N (records, default 100000), --batch N (records per transaction, default 1000), --repeats N,
 * --no-build (use the existing .output/chrome-mv3 or CERMAT_EXTENSION_DIR instead of running `wxt build` first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { extensionArgs, findChromium, missingChromiumMessage } from '../../scripts/chromium-path.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BARS = { search_ms_median: 100, report_ms: 1000 } as const;

interface Args {
  json: boolean;
  check: boolean;
  build: boolean;
  n: number;
  batch: number;
  repeats: number;
}

function parse(argv: string[]): Args {
  const args: Args = { json: false, check: false, build: true, n: 100_000, batch: 1000, repeats: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v <= 0) {
        process.stderr.write(`bench:history: ${a} needs a positive whole number\n`);
        process.exit(2);
      }
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--check') args.check = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--n') args.n = num();
    else if (a === '--batch') args.batch = num();
    else if (a === '--repeats') args.repeats = num();
    else {
      process.stderr.write(`bench:history: unknown argument "${a}"\n`);
      process.exit(2);
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const log = (s: string) => process.stderr.write(s);
  const extensionDir = process.env.CERMAT_EXTENSION_DIR ? resolve(process.env.CERMAT_EXTENSION_DIR) : join(ROOT, '.output', 'chrome-mv3');
  if (args.build && !process.env.CERMAT_EXTENSION_DIR) {
    log('bench:history: building the extension (wxt build)…\n');
    // Build output goes to stderr so that --json stays the only thing on stdout.
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    if (built.status !== 0) {
      log('bench:history: wxt build failed\n');
      process.exit(2);
    }
  }
  if (!existsSync(join(extensionDir, 'history-bench.html'))) {
    log(`bench:history: no history-bench.html in ${extensionDir}; build the extension first (npx wxt build).\n`);
    process.exit(2);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    log(`${missingChromiumMessage()}\n`);
    process.exit(2);
  }

  const profile = mkdtempSync(join(tmpdir(), 'cermat-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: extensionArgs(extensionDir) });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    page.on('console', (m) => {
      if (!args.json) log(`  [page] ${m.text()}\n`);
    });
    await page.goto(`chrome-extension://${id}/history-bench.html`);
    await page.waitForFunction(() => (window as { __cermatBench?: unknown }).__cermatBench !== undefined);
    log(`bench:history: ${args.n} records in batches of ${args.batch}, Chromium ${context.browser()?.version() ?? ''}…\n`);
    // Progress lines while it runs (the page writes them into #out).
    let shown = 0;
    const progress = setInterval(() => {
      page
        .locator('#out')
        .textContent()
        .then((text) => {
          const lines = (text ?? '').split('\n').filter(Boolean);
          for (const line of lines.slice(shown)) log(`  ${line}\n`);
          shown = lines.length;
        })
        .catch(() => undefined);
    }, 2000);
    const result = await page.evaluate(
      (opts) => (window as unknown as { __cermatBench: { run(o: unknown): Promise<Record<string, unknown>> } }).__cermatBench.run(opts),
      { n: args.n, batch: args.batch, repeats: args.repeats },
    );
    clearInterval(progress);
    const output = {
      ...result,
      ...(args.n !== 100_000 ? { insert_100k_scaled_from: args.n } : {}),
      bars: { search_ms_median_under: BARS.search_ms_median, report_ms_under: BARS.report_ms },
      pass: {
        search: (result.search_ms_median as number) < BARS.search_ms_median,
        report: (result.report_ms as number) < BARS.report_ms,
      },
    };
    if (args.json) process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    else {
      const fmt = (k: string) => `${k.padEnd(30)} ${JSON.stringify(output[k as keyof typeof output])}`;
      log(
        [
          '',
          fmt('records'),
          fmt('avg_chars'),
          fmt('insert_100k_ms'),
          fmt('insert_per_record_ms'),
          fmt('search_ms_median'),
          fmt('search_ms_p95'),
          fmt('count_ms_median'),
          fmt('search_two_words_ms_median'),
          fmt('search_prefix_ms_median'),
          fmt('search_filtered_ms_median'),
          fmt('list_first_page_ms_median'),
          fmt('list_middle_page_ms_median'),
          fmt('search_page_51_ms_median'),
          fmt('report_ms'),
          fmt('report_rebuild_ms'),
          fmt('storage_bytes'),
          fmt('pass'),
          '',
        ].join('\n'),
      );
      log(`per word: ${JSON.stringify(result.search_words)}\n`);
    }
    if (args.check && !(output.pass.search && output.pass.report)) process.exitCode = 1;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:history: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(2);
});
