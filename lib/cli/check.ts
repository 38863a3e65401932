/**
 * `cermat check`: the engine over text files or stdin, a JSON-lines batch, or one column of a CSV export.
 * A record that cannot be read or checked is reported in its place and the rest still run; the exit code then
 * says so at the end (2 for bad input, 1 if the engine itself failed).
 */
import { analyze, type AnalyzeOptions } from '../analysis';
import { PLATFORMS, POST_TYPES, type Locale, type Platform, type PostType, type Report } from '../analysis/types';
import { parseRulePack, RulePackError, type DataRulePack } from '../rules';
import { CliError, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, oneOf, parseArgs, peekLocale, type OptionSpec } from './args';
import type { Command } from './command';
import { formatReport, formatTable, tableRow, type TableRow } from './format';
import { parseJsonlRecord, readCsvColumn, readLines, readText, STDIN } from './inputs';
import type { Io } from './io';
import { loadSpellingDictionaryFromDisk } from '../node/spelling-dictionary';
import { t } from './messages';

const LOCALES = ['id', 'en'] as const;

export const CHECK_OPTIONS: readonly OptionSpec[] = [
  { name: 'platform', value: PLATFORMS.join('|') },
  { name: 'post-type', value: POST_TYPES.join('|') },
  { name: 'json' },
  { name: 'jsonl', value: 'FILE|-' },
  { name: 'csv', value: 'FILE|-' },
  { name: 'column', value: 'NAME' },
  { name: 'rules', value: 'FILE' },
  { name: 'lang', value: 'id|en' },
  { name: 'help', short: 'h' },
];

const HELP: Record<Locale, string> = {
  id: `Penggunaan: cermat check [opsi] [BERKAS|-]...

Memeriksa draf unggahan: unsur 5W1H, data pribadi, netralitas, ujaran kebencian, judi, hoaks, ejaan, batas platform.
Tanpa BERKAS, teks dibaca dari masukan standar.

Sumber masukan (pilih satu):
  BERKAS... | -          berkas teks (UTF-8), "-" untuk masukan standar
  --jsonl BERKAS|-       baris JSON {"id", "text", "platform"?, "postType"?}; satu laporan JSON per baris, urut,
                         dengan "id" disertakan; baris yang rusak diganti {"id", "line", "error"}
  --csv BERKAS|- --column NAMA
                         memeriksa satu kolom CSV (ekspor platform atau riwayat) dan mencetak tabel ringkasan

Opsi:
  --platform P           ${PLATFORMS.join(', ')}
  --post-type T          ${POST_TYPES.join(', ')} (bawaan: dikenali dari teks)
  --json                 keluaran JSON per baris (laporan lengkap) alih-alih teks
  --rules BERKAS         paket aturan instansi (JSON {"rules": [...]})
  --lang id|en           bahasa pesan (bawaan: id)
  -h, --help             bantuan ini

Kode keluar: 0 pemeriksaan berjalan; 2 penggunaan salah atau masukan tidak terbaca; 1 kesalahan internal.
`,
  en: `Usage: cermat check [options] [FILE|-]...

Checks post drafts: 5W1H elements, personal data, neutrality, hate speech, gambling, hoaxes, spelling, platform limits.
Without a FILE, the text is read from standard input.

Input (choose one):
  FILE... | -            text files (UTF-8), "-" for standard input
  --jsonl FILE|-         JSON lines {"id", "text", "platform"?, "postType"?}; one JSON report per line, in order,
                         with "id" echoed; a bad line is replaced by {"id", "line", "error"}
  --csv FILE|- --column NAME
                         checks one column of a CSV (a platform or history export) and prints a summary table

Options:
  --platform P           ${PLATFORMS.join(', ')}
  --post-type T          ${POST_TYPES.join(', ')} (default: inferred from the text)
  --json                 JSON output, one full report per line, instead of text
  --rules FILE           an agency rule pack (JSON {"rules": [...]})
  --lang id|en           message language (default: id)
  -h, --help             this help

Exit codes: 0 the check ran; 2 bad usage or unreadable input; 1 internal error.
`,
};

interface CheckPlan {
  locale: Locale;
  json: boolean;
  engine: AnalyzeOptions;
  mode: { kind: 'files'; paths: string[] } | { kind: 'jsonl'; path: string } | { kind: 'csv'; path: string; column: string };
}

/** Turns parsed arguments into a plan, or throws the first usage problem. */
async function plan(argv: readonly string[], io: Io): Promise<CheckPlan | 'help'> {
  const { options, positionals } = parseArgs(argv, CHECK_OPTIONS, 'check');
  if (options.has('help')) return 'help';
  const str = (name: string) => {
    const v = options.get(name);
    return typeof v === 'string' ? v : undefined;
  };

  const locale = str('lang') === undefined ? 'id' : oneOf('--lang', str('lang')!, LOCALES);
  const platform = str('platform') === undefined ? undefined : oneOf<Platform>('--platform', str('platform')!, PLATFORMS);
  const postType = str('post-type') === undefined ? undefined : oneOf<PostType>('--post-type', str('post-type')!, POST_TYPES);

  const jsonl = str('jsonl');
  const csv = str('csv');
  const column = str('column');
  if (jsonl !== undefined && csv !== undefined) throw new CliError('conflictingModes', { a: '--jsonl', b: '--csv' });
  const source = jsonl !== undefined ? '--jsonl' : csv !== undefined ? '--csv' : undefined;
  if (source && positionals.length) throw new CliError('conflictingModes', { a: source, b: `"${positionals[0]}"` });
  if (csv !== undefined && column === undefined) throw new CliError('csvNeedsColumn');
  if (column !== undefined && csv === undefined) throw new CliError('columnNeedsCsv');
  if (positionals.filter((p) => p === STDIN).length > 1) throw new CliError('stdinTwice');

  let mode: CheckPlan['mode'];
  if (jsonl !== undefined) mode = { kind: 'jsonl', path: jsonl };
  else if (csv !== undefined) mode = { kind: 'csv', path: csv, column: column! };
  else if (positionals.length) mode = { kind: 'files', paths: positionals };
  else if (io.stdinIsTTY) throw new CliError('noInput');
  else mode = { kind: 'files', paths: [STDIN] };

  const rulesPath = str('rules');
  const rulePack = rulesPath === undefined ? undefined : await loadRulePack(rulesPath, io, locale);
  return { locale, json: options.has('json'), engine: { platform, postType, locale, rulePack }, mode };
}

async function loadRulePack(path: string, io: Io, locale: Locale): Promise<DataRulePack> {
  const raw = await readText(path, io, locale, 'whatRules');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new CliError('rulesJson', { path, reason: (err as Error).message });
  }
  try {
    return parseRulePack(value, path);
  } catch (err) {
    if (err instanceof RulePackError) throw new CliError('rulesInvalid', { path, count: err.problems.length }, err.problems);
    throw err;
  }
}

/** Tracks the exit code: input problems (2) outrank engine failures (1). */
class Status {
  code = EXIT_OK;
  fail(code: number) {
    this.code = Math.max(this.code, code);
  }
}

type Checked = { report: Report } | { error: string };

function checkText(text: string, options: AnalyzeOptions, locale: Locale, status: Status): Checked {
  try {
    return { report: analyze(text, options) };
  } catch (err) {
    status.fail(EXIT_INTERNAL);
    return { error: t(locale, 'internal', { reason: (err as Error)?.stack ?? String(err) }) };
  }
}

const warn = (io: Io, message: string) => io.err(`cermat: ${message}\n`);

async function runFiles(p: CheckPlan, paths: string[], io: Io, status: Status): Promise<void> {
  let bad = 0;
  let first = true;
  for (const path of paths) {
    let text: string;
    try {
      text = await readText(path, io, p.locale);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      bad++;
      status.fail(err.exitCode);
      warn(io, err.render(p.locale));
      if (p.json) io.out(JSON.stringify({ file: path, error: err.render(p.locale) }) + '\n');
      continue;
    }
    const checked = checkText(text, p.engine, p.locale, status);
    if ('error' in checked) {
      warn(io, `${path}: ${checked.error}`);
      if (p.json) io.out(JSON.stringify({ file: path, error: checked.error }) + '\n');
      continue;
    }
    if (p.json) io.out(JSON.stringify({ file: path, ...checked.report }) + '\n');
    else {
      const name = path === STDIN ? t(p.locale, 'stdinName') : path;
      io.out((first ? '' : '\n') + formatReport(name, text, checked.report, { ...p, color: io.color, platform: p.engine.platform }));
      first = false;
    }
  }
  if (bad && paths.length > 1) warn(io, t(p.locale, 'fileSummaryErrors', { bad, total: paths.length }));
}

async function runJsonl(p: CheckPlan, path: string, io: Io, status: Status): Promise<void> {
  const lines = await readLines(path, io, p.locale);
  let line = 0;
  let total = 0;
  let bad = 0;
  for await (let raw of lines) {
    line++;
    if (line === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (!raw.trim()) continue; // blank lines separate nothing in JSON lines; skipping them is the usual reading
    total++;
    const rec = parseJsonlRecord(raw, p.locale);
    if (!rec.ok) {
      bad++;
      status.fail(EXIT_USAGE);
      warn(io, t(p.locale, 'jsonlLine', { line, reason: rec.reason }));
      io.out(JSON.stringify({ id: rec.id, line, error: rec.reason }) + '\n');
      continue;
    }
    const options = { ...p.engine, platform: rec.platform ?? p.engine.platform, postType: rec.postType ?? p.engine.postType };
    const checked = checkText(rec.text, options, p.locale, status);
    if ('error' in checked) {
      warn(io, t(p.locale, 'jsonlLine', { line, reason: checked.error }));
      io.out(JSON.stringify({ id: rec.id, line, error: checked.error }) + '\n');
      continue;
    }
    io.out(JSON.stringify({ id: rec.id, ...checked.report }) + '\n');
  }
  if (bad) warn(io, t(p.locale, 'jsonlSummary', { bad, total }));
}

async function runCsv(p: CheckPlan, path: string, column: string, io: Io, status: Status): Promise<void> {
  const rows = readCsvColumn(await readText(path, io, p.locale), path, column, p.locale);
  const table: TableRow[] = [];
  const byCategory = new Map<string, number>();
  const byRule = new Map<string, number>();
  let bad = 0;
  for (const r of rows) {
    let error = r.reason;
    if (error !== undefined) {
      bad++;
      status.fail(EXIT_USAGE);
      warn(io, t(p.locale, 'csvRow', { row: r.row, reason: error }));
    } else {
      const checked = checkText(r.text!, p.engine, p.locale, status);
      if ('report' in checked) {
        if (p.json) io.out(JSON.stringify({ row: r.row, ...checked.report }) + '\n');
        else {
          table.push(tableRow(r.row, r.text!, checked.report, p.locale));
          for (const f of checked.report.findings) {
            byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
            byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
          }
        }
        continue;
      }
      error = checked.error;
      warn(io, t(p.locale, 'csvRow', { row: r.row, reason: error }));
    }
    if (p.json) io.out(JSON.stringify({ row: r.row, error }) + '\n');
    else table.push({ row: r.row, error });
  }
  if (!p.json) io.out(formatTable(table, byCategory, byRule, { ...p, color: io.color }));
  if (bad) warn(io, t(p.locale, 'csvSummaryErrors', { bad, total: rows.length }));
}

export const checkCommand: Command = {
  name: 'check',
  summary: {
    id: 'memeriksa draf dari berkas, masukan standar, baris JSON atau kolom CSV',
    en: 'check drafts from files, standard input, JSON lines or a CSV column',
  },
  async run(argv, io) {
    const status = new Status();
    let p: CheckPlan | 'help';
    try {
      p = await plan(argv, io);
      if (p === 'help') {
        io.out(HELP[peekLocale(argv)]);
        return EXIT_OK;
      }
      // The typo check needs the Hunspell dictionary; without it the other rules still run.
      const { locale } = p;
      await loadSpellingDictionaryFromDisk().catch((err: unknown) => warn(io, t(locale, 'noDictionary', { reason: String(err) })));
      const { mode } = p;
      if (mode.kind === 'files') await runFiles(p, mode.paths, io, status);
      else if (mode.kind === 'jsonl') await runJsonl(p, mode.path, io, status);
      else await runCsv(p, mode.path, mode.column, io, status);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      warn(io, err.render(peekLocale(argv)));
      status.fail(err.exitCode);
    }
    return status.code;
  },
};
