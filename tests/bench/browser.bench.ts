/**
 * `npm run bench:browser [-- --json] [-- --check]`: the extension in real Chromium on the platform fixtures
 * (served at the platforms' real URLs), measuring what a person feels:
 *
 * - keystroke → panel: from a key's event timestamp to the panel showing the report of the new text (the
 *   `data-cermat-revision` attribute on <cermat-panel>, set right after the panel's synchronous render), on a
 *   2,200-character caption in the Lexical (Facebook) and Draft.js (X) fixtures, one key at a time;
 * - the input delay (typing lag) of the same keys, and of keys typed at 10 per second into a 63,206-character
 *   Facebook post, with the number of analyses those keys caused (no runaway work);
 * - the time the content script adds to a page load: the renderer's main-thread task time (CDP
 *   Performance.getMetrics) loading the Facebook fixture with the extension minus without it, medians;
 * - the first report after focusing a composer (the engine is injected on demand then);
 * - the built content script's size, raw and gzipped (and the lazily loaded engine's, for reference).
 *
 * Needs a build (`wxt build`) and Chromium (CHROMIUM_PATH or /usr/bin/chromium). CERMAT_EXTENSION_DIR measures
 * another build; BENCH_RAW=1 prints every keystroke sample to stderr.
 * Bars: keystroke → panel median ≤ 50 ms and p95 ≤ 100 ms; content script ≤ 200 KB gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { extensionArgs, findChromium, missingChromiumMessage } from '../../scripts/chromium-path.mjs';
import { startPlatformServer, type PlatformServer } from '../e2e/support/platform-server';
import { fixtureUrl, platformFixture, type FixtureName } from '../fixtures/platforms/registry';
import { summarize } from './stats';
import { INDONESIAN_TEXTS } from './texts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIR = process.env.CERMAT_EXTENSION_DIR ? resolve(process.env.CERMAT_EXTENSION_DIR) : join(ROOT, '.output', 'chrome-mv3');
const BARS = { medianMs: 50, p95Ms: 100, scriptKbGzip: 200 } as const;

interface Args {
  json: boolean;
  check: boolean;
  keys: number;
  loads: number;
}

function parse(argv: string[]): Args {
  const args: Args = { json: false, check: false, keys: 60, loads: 8 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--check') args.check = true;
    else if (a === '--keys' && Number(argv[i + 1]) > 0) args.keys = Number(argv[++i]);
    else if (a === '--loads' && Number(argv[i + 1]) > 0) args.loads = Number(argv[++i]);
    else {
      process.stderr.write(`bench:browser: unknown or incomplete argument "${a}"\n`);
      process.exit(2);
    }
  }
  return args;
}

const args = parse(process.argv.slice(2));
const log = (s: string) => {
  if (!args.json) process.stderr.write(s);
};
const round = (x: number, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

async function launch(server: PlatformServer, withExtension: boolean): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage());
  const base = withExtension ? extensionArgs(EXTENSION_DIR) : extensionArgs(EXTENSION_DIR).filter((a) => !a.includes('extension'));
  return chromium.launchPersistentContext('', { executablePath, headless: true, args: [...base, ...server.chromiumArgs] });
}

async function openComposer(context: BrowserContext, name: FixtureName, text?: string): Promise<Page> {
  const fixture = platformFixture(name);
  const page = await context.newPage();
  await page.goto(fixtureUrl(name, text === undefined ? {} : { text }));
  await page.waitForFunction(() => (window as { __fixture?: unknown }).__fixture !== undefined);
  if (fixture.mount === 'click' && fixture.selectors.open) await page.locator(fixture.selectors.open).click();
  await page.waitForFunction(() => (window as { __fixture?: { mounted(): boolean } }).__fixture?.mounted() === true);
  return page;
}

/**
 * Main-world probes: a key's timestamp and input delay, the editor's first DOM change after it (the editor's
 * own work), and the moment the panel shows a new report (Cermat's work follows the editor's change).
 */
async function instrument(page: Page, editorSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const state = { t0: 0, tEdit: 0, results: [] as number[], editor: [] as number[], delays: [] as number[], revisions: 0 };
    (window as unknown as { __bench: typeof state }).__bench = state;
    addEventListener(
      'keydown',
      (e) => {
        state.t0 = e.timeStamp;
        state.tEdit = 0;
        state.delays.push(performance.now() - e.timeStamp);
      },
      true,
    );
    const editor = document.querySelector(selector);
    if (editor) {
      new MutationObserver(() => {
        if (state.t0 && !state.tEdit) state.tEdit = performance.now();
      }).observe(editor, { subtree: true, childList: true, characterData: true });
    }
    const host = document.querySelector('cermat-panel');
    if (!host) throw new Error('no <cermat-panel> on the page');
    new MutationObserver(() => {
      state.revisions++;
      if (state.t0) {
        const now = performance.now();
        state.results.push(now - state.t0);
        state.editor.push((state.tEdit || now) - state.t0);
        state.t0 = 0;
      }
    }).observe(host, { attributes: true, attributeFilter: ['data-cermat-revision'] });
  }, editorSelector);
}

const PHRASE = 'warga diharap hadir tepat waktu ';

/** Types one key at a time, each after the previous key's result is on screen and a short pause. */
async function keystrokeToPanel(page: Page, editorSelector: string, keys: number, warmup: number): Promise<{ panel: number[]; editor: number[]; delays: number[] }> {
  await instrument(page, editorSelector);
  for (let i = 0; i < warmup + keys; i++) {
    if (i === warmup) {
      await page.evaluate(() => {
        const b = (window as unknown as { __bench: { results: number[]; editor: number[]; delays: number[] } }).__bench;
        b.results = [];
        b.editor = [];
        b.delays = [];
      });
    }
    const before = await page.evaluate(() => (window as unknown as { __bench: { results: number[] } }).__bench.results.length);
    await page.keyboard.press(PHRASE[i % PHRASE.length] === ' ' ? 'Space' : PHRASE[i % PHRASE.length]!);
    await page.waitForFunction((n) => (window as unknown as { __bench: { results: number[] } }).__bench.results.length > n, before, { timeout: 10_000 });
    await page.waitForTimeout(40);
  }
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { results: number[]; editor: number[]; delays: number[] } }).__bench;
    return { panel: b.results, editor: b.editor, delays: b.delays };
  });
}

async function focusEnd(page: Page, name: FixtureName): Promise<void> {
  const { selectors } = platformFixture(name);
  await page.locator(selectors.editor).first().click();
  await page.keyboard.press('Control+End');
}

async function waitForPanel(page: Page): Promise<void> {
  await page.waitForFunction(() => Number(document.querySelector('cermat-panel')?.getAttribute('data-cermat-revision') ?? 0) > 0, null, { timeout: 15_000 });
}

async function measureTyping(context: BrowserContext, name: FixtureName): Promise<{ panel: number[]; editor: number[]; delays: number[] }> {
  log(`  keystroke → panel, ${name}, 2,200 characters…\n`);
  const page = await openComposer(context, name, INDONESIAN_TEXTS[2200]);
  await focusEnd(page, name);
  await waitForPanel(page);
  await page.waitForTimeout(300);
  const result = await keystrokeToPanel(page, platformFixture(name).selectors.editor, args.keys, 10);
  await page.close();
  return result;
}

/** Keys at 10 per second into a 63,206-character Facebook post: input delay, and how many analyses ran. */
async function measureLongPost(context: BrowserContext): Promise<{ panel: number[]; delays: number[]; analyses: number; keys: number; length: number }> {
  log('  typing into a 63,206-character Facebook post…\n');
  const page = await openComposer(context, 'facebook');
  await focusEnd(page, 'facebook');
  // Paste the long post, as an admin would.
  await page.locator(platformFixture('facebook').selectors.editor).evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, INDONESIAN_TEXTS[63206]);
  await waitForPanel(page);
  await page.waitForTimeout(1500);
  const length = await page.evaluate(() => (window as unknown as { __fixture: { getText(): string } }).__fixture.getText().length);
  await instrument(page, platformFixture('facebook').selectors.editor);
  const keys = 30;
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(PHRASE[i % PHRASE.length] === ' ' ? 'Space' : PHRASE[i % PHRASE.length]!);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1500);
  const b = await page.evaluate(() => (window as unknown as { __bench: { results: number[]; delays: number[]; revisions: number } }).__bench);
  await page.close();
  return { panel: b.results, delays: b.delays, analyses: b.revisions, keys, length };
}

/**
 * First report on a fresh page: from the focus landing in Facebook's composer (it mounts when the dialog opens)
 * to the panel's first report. Includes injecting the engine and the panel, which happens on demand then.
 */
async function measureFirstReport(context: BrowserContext): Promise<number> {
  log('  first report after focus…\n');
  const page = await context.newPage();
  await page.goto(fixtureUrl('facebook'));
  await page.waitForFunction(() => (window as { __fixture?: unknown }).__fixture !== undefined);
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as unknown as { __focusAt?: number; __firstAt?: number };
    addEventListener('focusin', () => (w.__focusAt ??= performance.now()), true);
    new MutationObserver(() => (w.__firstAt ??= performance.now())).observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-cermat-revision'],
    });
  });
  await page.locator(platformFixture('facebook').selectors.open!).click();
  await page.waitForFunction(() => Number(document.querySelector('cermat-panel')?.getAttribute('data-cermat-revision') ?? 0) > 0, null, { timeout: 15_000 });
  const ms = await page.evaluate(() => {
    const w = window as unknown as { __focusAt: number; __firstAt: number };
    return w.__firstAt - w.__focusAt;
  });
  await page.close();
  return ms;
}

/** Main-thread task time of loading the Facebook fixture (composer closed), in ms. */
async function loadTaskMs(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(fixtureUrl('facebook'));
  await page.waitForLoadState('load');
  // document_idle comes after load; give the content script time to run and settle.
  await page.waitForTimeout(1200);
  const { metrics } = await session.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

async function measureLoad(server: PlatformServer): Promise<{ withMs: number; withoutMs: number; addedMs: number }> {
  log('  page load with and without the extension…\n');
  const samples: Record<'with' | 'without', number[]> = { with: [], without: [] };
  for (const mode of ['without', 'with'] as const) {
    const context = await launch(server, mode === 'with');
    await loadTaskMs(context); // warm-up: caches, first process
    for (let i = 0; i < args.loads; i++) samples[mode].push(await loadTaskMs(context));
    await context.close();
  }
  const withMs = summarize(samples.with).median;
  const withoutMs = summarize(samples.without).median;
  return { withMs, withoutMs, addedMs: Math.max(0, withMs - withoutMs) };
}

function size(file: string): { raw: number; gzip: number } {
  const data = readFileSync(join(EXTENSION_DIR, file));
  return { raw: data.length / 1024, gzip: gzipSync(data, { level: 9 }).length / 1024 };
}

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  process.stderr.write(`bench:browser: no built extension in ${EXTENSION_DIR}; run \`npx wxt build\` first.\n`);
  process.exit(2);
}

const server = await startPlatformServer();
await server.ready();
let result: Record<string, unknown>;
try {
  const context = await launch(server, true);
  const lexical = await measureTyping(context, 'facebook');
  const draft = await measureTyping(context, 'x');
  const first = await measureFirstReport(context);
  const long = await measureLongPost(context);
  await context.close();
  const load = await measureLoad(server);

  const all = summarize([...lexical.panel, ...draft.panel]);
  if (process.env.BENCH_RAW) process.stderr.write(JSON.stringify({ lexical: lexical.panel.map(Math.round), draft: draft.panel.map(Math.round) }) + '\n');
  const lex = summarize(lexical.panel);
  const dra = summarize(draft.panel);
  // Cermat's own share: from the editor's DOM change to the panel (the editor's work comes before it).
  const own = summarize([...lexical.panel, ...draft.panel].map((t, i) => t - [...lexical.editor, ...draft.editor][i]!));
  const editorLex = summarize(lexical.editor);
  const editorDraft = summarize(draft.editor);
  const delays = summarize([...lexical.delays, ...draft.delays]);
  const longDelays = summarize(long.delays);
  const longPanel = summarize(long.panel);
  const script = size('content-scripts/composer.js');
  const engine = size('engine.js');

  result = {
    keystroke_to_panel_ms_median: round(all.median),
    keystroke_to_panel_ms_p95: round(all.p95),
    content_script_load_ms: round(load.addedMs),
    content_script_kb_gzip: round(script.gzip, 1),
    content_script_kb_raw: round(script.raw, 1),
    keystroke_to_panel_ms_median_lexical: round(lex.median),
    keystroke_to_panel_ms_p95_lexical: round(lex.p95),
    keystroke_to_panel_ms_median_draftjs: round(dra.median),
    keystroke_to_panel_ms_p95_draftjs: round(dra.p95),
    editor_change_to_panel_ms_median: round(own.median),
    editor_change_to_panel_ms_p95: round(own.p95),
    keystroke_to_editor_change_ms_median_lexical: round(editorLex.median),
    keystroke_to_editor_change_ms_p95_lexical: round(editorLex.p95),
    keystroke_to_editor_change_ms_median_draftjs: round(editorDraft.median),
    keystroke_to_editor_change_ms_p95_draftjs: round(editorDraft.p95),
    input_delay_ms_p95_2200: round(delays.p95),
    long_post_characters: long.length,
    long_post_input_delay_ms_median: round(longDelays.median),
    long_post_input_delay_ms_p95: round(longDelays.p95),
    long_post_keystroke_to_panel_ms_median: round(longPanel.median),
    long_post_keys: long.keys,
    long_post_analyses: long.analyses,
    first_report_after_focus_ms: round(first),
    page_load_task_ms_with_extension: round(load.withMs),
    page_load_task_ms_without_extension: round(load.withoutMs),
    engine_kb_gzip_lazy: round(engine.gzip, 1),
    engine_kb_raw_lazy: round(engine.raw, 1),
    bars: {
      keystroke_to_panel_ms_median_max: BARS.medianMs,
      keystroke_to_panel_ms_p95_max: BARS.p95Ms,
      content_script_kb_gzip_max: BARS.scriptKbGzip,
      ok: all.median <= BARS.medianMs && all.p95 <= BARS.p95Ms && script.gzip <= BARS.scriptKbGzip,
    },
    samples: { keystrokes_lexical: lexical.panel.length, keystrokes_draftjs: draft.panel.length, page_loads_each: args.loads },
    environment: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, chromium: findChromium() },
  };
} finally {
  await server.close();
}

if (args.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
else {
  for (const [key, value] of Object.entries(result)) {
    if (typeof value !== 'object') process.stdout.write(`${key.padEnd(42)} ${value}\n`);
  }
  process.stdout.write(`bars ok: ${(result.bars as { ok: boolean }).ok}\n`);
}
if (args.check && !(result.bars as { ok: boolean }).ok) process.exit(1);
