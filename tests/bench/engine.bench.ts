/**
 * `npm run bench [-- --json] [-- --check]`: the engine's median and p95 time on Indonesian drafts of 280, 2,200
 * and 63,206 characters, and harper.js (a fast local grammar checker) on English texts of the same lengths, in
 * the same run on the same machine. The bars: the engine at 2,200 characters takes at most a tenth of harper.js's
 * median, and the engine at 63,206 characters at most 40 times its 2,200 figure (linear in length).
 *
 * Options: --json (machine output), --check (exit 1 when a bar fails), --no-harper, --platform P (engine option),
 * --budget-ms N (time box per size and tool, default 2000 for the engine and 3000 for harper.js).
 * All rules are on, the typo check included: the Hunspell dictionary is loaded before timing (as the CLI does).
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { analyze, PLATFORMS, type AnalyzeOptions, type Platform } from '../../lib/analysis';
import { builtInRules } from '../../lib/rules';
import { loadSpellingDictionaryFromDiskSync } from '../../lib/node/spelling-dictionary';
import { sampleAsync, sampleSync, type Sample } from './stats';
import { ENGLISH_TEXTS, INDONESIAN_TEXTS, SIZES, type Size } from './texts';

loadSpellingDictionaryFromDiskSync();

const BARS = { engineToHarper2200: 0.1, linearity: 40 } as const;

interface Args {
  json: boolean;
  check: boolean;
  harper: boolean;
  platform?: Platform;
  budgetMs?: number;
}

function parse(argv: string[]): Args {
  const args: Args = { json: false, check: false, harper: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--check') args.check = true;
    else if (a === '--no-harper') args.harper = false;
    else if (a === '--platform' && PLATFORMS.includes(argv[i + 1] as Platform)) args.platform = argv[++i] as Platform;
    else if (a === '--budget-ms' && Number(argv[i + 1]) > 0) args.budgetMs = Number(argv[++i]);
    else {
      process.stderr.write(`bench: unknown or incomplete argument "${a}"\n`);
      process.exit(2);
    }
  }
  return args;
}

const round = (x: number, digits = 4) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);
const log = (args: Args, s: string) => {
  if (!args.json) process.stderr.write(s);
};

function benchEngine(args: Args): Record<Size, Sample> {
  const options: AnalyzeOptions = args.platform ? { platform: args.platform } : {};
  // Warm-up: let the JIT compile the hot paths on every size before anything is recorded.
  for (const n of SIZES) sampleSync(() => analyze(INDONESIAN_TEXTS[n], options), { ms: 300, min: 5, max: 2000 });
  const out = {} as Record<Size, Sample>;
  for (const n of SIZES) {
    log(args, `  engine ${n}…\n`);
    out[n] = sampleSync(() => analyze(INDONESIAN_TEXTS[n], options), {
      ms: args.budgetMs ?? 2000,
      min: 20,
      max: 50_000,
    });
  }
  return out;
}

async function benchHarper(args: Args): Promise<{ samples: Record<Size, Sample>; setupMs: number; version: string }> {
  const { LocalLinter } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const pkgUrl = new URL('../../node_modules/harper.js/package.json', import.meta.url);
  const version = (JSON.parse(readFileSync(pkgUrl, 'utf8')) as { version: string }).version;
  const t0 = performance.now();
  const linter = new LocalLinter({ binary });
  await linter.setup();
  const setupMs = performance.now() - t0;
  for (const n of SIZES) for (let i = 0; i < 2; i++) await linter.lint(ENGLISH_TEXTS[n]);
  const samples = {} as Record<Size, Sample>;
  for (const n of SIZES) {
    log(args, `  harper.js ${n}…\n`);
    samples[n] = await sampleAsync(() => linter.lint(ENGLISH_TEXTS[n]), { ms: args.budgetMs ?? 3000, min: 5, max: 5000 });
  }
  return { samples, setupMs, version };
}

const args = parse(process.argv.slice(2));
log(args, 'Measuring (time-boxed per size)…\n');
const engine = benchEngine(args);
const harper = args.harper ? await benchHarper(args) : null;

const ratio = harper ? engine[2200].median / harper.samples[2200].median : Number.NaN;
const linearity = engine[63206].median / engine[2200].median;
const ratioOk = harper ? ratio <= BARS.engineToHarper2200 : null;
const linearityOk = linearity <= BARS.linearity;

const result = {
  engine_ms_median_280: round(engine[280].median),
  engine_ms_median_2200: round(engine[2200].median),
  engine_ms_median_63206: round(engine[63206].median),
  engine_ms_p95_280: round(engine[280].p95),
  engine_ms_p95_2200: round(engine[2200].p95),
  engine_ms_p95_63206: round(engine[63206].p95),
  harper_ms_median_280: harper ? round(harper.samples[280].median) : null,
  harper_ms_median_2200: harper ? round(harper.samples[2200].median) : null,
  harper_ms_median_63206: harper ? round(harper.samples[63206].median) : null,
  harper_ms_p95_2200: harper ? round(harper.samples[2200].p95) : null,
  ratio_engine_to_harper_2200: round(ratio),
  ratio_engine_63206_to_2200: round(linearity, 2),
  bars: {
    engine_to_harper_2200_max: BARS.engineToHarper2200,
    engine_to_harper_2200_ok: ratioOk,
    engine_63206_to_2200_max: BARS.linearity,
    engine_63206_to_2200_ok: linearityOk,
  },
  iterations: Object.fromEntries([
    ...SIZES.map((n) => [`engine_${n}`, engine[n].times.length]),
    ...(harper ? SIZES.map((n) => [`harper_${n}`, harper.samples[n].times.length]) : []),
  ]),
  environment: {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    engine_rules: builtInRules().length,
    spelling_dictionary: true,
    engine_options: args.platform ? { platform: args.platform } : {},
    harper_version: harper?.version ?? null,
    harper_setup_ms: harper ? round(harper.setupMs, 1) : null,
  },
};

if (args.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
else {
  const ms = (x: number | undefined) => (x === undefined ? '—' : x < 1 ? `${x.toFixed(3)} ms` : `${x.toFixed(2)} ms`);
  const rows = [
    ['characters', 'engine median', 'engine p95', 'runs', 'harper median', 'harper p95', 'runs'],
    ...SIZES.map((n) => [
      n.toLocaleString('en-US'),
      ms(engine[n].median),
      ms(engine[n].p95),
      String(engine[n].times.length),
      ms(harper?.samples[n].median),
      ms(harper?.samples[n].p95),
      harper ? String(harper.samples[n].times.length) : '—',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => c.padStart(widths[i]!)).join('   '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('   '));
  const mark = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'holds' : 'FAILS');
  const env = result.environment;
  process.stdout.write(
    [
      `Cermat engine (${env.engine_rules} built-in rules${args.platform ? `, platform ${args.platform}` : ''}) on Indonesian drafts` +
        (harper ? ` vs harper.js ${harper.version} on English text` : ''),
      `${env.node} · ${env.cpu} × ${env.cpus}` + (harper ? ` · harper.js setup ${env.harper_setup_ms} ms (not timed below)` : ''),
      '',
      ...lines,
      '',
      `engine / harper.js at 2,200 characters: ${harper ? ratio.toFixed(4) : '—'}  (bar ≤ ${BARS.engineToHarper2200}: ${mark(ratioOk)})`,
      `engine 63,206 / 2,200 characters:      ${linearity.toFixed(1)}x  (bar ≤ ${BARS.linearity}x: ${mark(linearityOk)})`,
      '',
    ].join('\n'),
  );
}

if (args.check && (ratioOk === false || !linearityOk)) process.exitCode = 1;
