/**
 * Reading what the user pointed at: text files or stdin, JSON lines (streamed, one record at a time) and one
 * column of a CSV export. Problems with the whole input throw CliError (exit 2); problems with one record are
 * returned beside the good ones so the rest of a batch still runs.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import Papa from 'papaparse';
import { PLATFORMS, POST_TYPES, type Locale, type Platform, type PostType } from '../analysis/types';
import { CliError } from './args';
import type { Io } from './io';
import { t, type MessageKey } from './messages';

export const STDIN = '-';

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

function reason(err: unknown, locale: Locale): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return t(locale, 'notFound');
  if (code === 'EISDIR') return t(locale, 'isDirectory');
  if (code === 'EACCES' || code === 'EPERM') return t(locale, 'noPermission');
  return (err as Error)?.message ?? String(err);
}

function readError(path: string, err: unknown, locale: Locale, what: MessageKey = 'whatFile'): CliError {
  return new CliError('readError', { what: t(locale, what), path, reason: reason(err, locale) });
}

async function readStdin(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  // Decoding once, after joining, keeps multi-byte characters that straddle two chunks intact.
  return Buffer.concat(chunks).toString('utf8');
}

/** The whole text of a file, or of stdin for "-", as UTF-8 without a byte-order mark. */
export async function readText(path: string, io: Io, locale: Locale, what: MessageKey = 'whatFile'): Promise<string> {
  try {
    return stripBom(path === STDIN ? await readStdin(io) : await readFile(path, 'utf8'));
  } catch (err) {
    throw readError(path, err, locale, what);
  }
}

/** The lines of a file or stdin, streamed. Opening problems are thrown before the first line. */
export async function readLines(path: string, io: Io, locale: Locale): Promise<AsyncIterable<string>> {
  let input: NodeJS.ReadableStream = io.stdin;
  if (path !== STDIN) {
    try {
      if ((await stat(path)).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      const stream = createReadStream(path);
      // Surface open errors (permissions) now rather than halfway through the output.
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      input = stream;
    } catch (err) {
      throw readError(path, err, locale);
    }
  }
  return createInterface({ input, crlfDelay: Infinity });
}

/** One JSON-lines record to check, or why it cannot be checked. */
export type JsonlRecord =
  | { ok: true; id: unknown; text: string; platform?: Platform; postType?: PostType }
  | { ok: false; id: unknown; reason: string };

/** Parses one line `{"id", "text", "platform"?, "postType"?}`; `id` is echoed as given (null when absent). */
export function parseJsonlRecord(line: string, locale: Locale): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, id: null, reason: t(locale, 'jsonlBadJson', { reason: (err as Error).message }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, id: null, reason: t(locale, 'jsonlNotObject') };
  const rec = value as Record<string, unknown>;
  const id = rec.id ?? null;
  if (typeof rec.text !== 'string') return { ok: false, id, reason: t(locale, 'jsonlNoText') };
  const out: JsonlRecord = { ok: true, id, text: rec.text };
  for (const [field, choices] of [
    ['platform', PLATFORMS],
    ['postType', POST_TYPES],
  ] as const) {
    const v = rec[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string' || !(choices as readonly string[]).includes(v))
      return { ok: false, id, reason: t(locale, 'jsonlBadField', { field, value: String(v), choices: choices.join(', ') }) };
    (out as Record<string, unknown>)[field] = v;
  }
  return out;
}

/** One data row of a CSV column: its 1-based number (header not counted) and text, or why it is unusable. */
export type CsvRow = { row: number; text: string; reason?: undefined } | { row: number; text?: undefined; reason: string };

/**
 * The cells of `column` in a CSV (comma, semicolon or tab separated, as platform exports vary). The column is
 * matched exactly, then ignoring case and surrounding spaces. A missing column ends the run; a malformed row is
 * returned with its reason.
 */
export function readCsvColumn(content: string, path: string, column: string, locale: Locale): CsvRow[] {
  const parsed = Papa.parse<Record<string, string | undefined>>(stripBom(content), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const fields = (parsed.meta.fields ?? []).filter((f) => f !== '');
  if (!fields.length) throw new CliError('csvNoHeader', { path });
  let key = fields.find((f) => f === column);
  if (key === undefined) {
    const folded = column.trim().toLowerCase();
    const candidates = fields.filter((f) => f.trim().toLowerCase() === folded);
    if (candidates.length === 1) key = candidates[0];
  }
  if (key === undefined)
    throw new CliError('csvNoColumn', { path, column, available: fields.map((f) => `"${f}"`).join(', ') });

  const rowErrors = new Map<number, string>();
  for (const e of parsed.errors) if (typeof e.row === 'number' && !rowErrors.has(e.row)) rowErrors.set(e.row, e.message);
  return parsed.data.map((record, i): CsvRow => {
    const row = i + 1;
    const problem = rowErrors.get(i);
    if (problem) return { row, reason: problem };
    const text = record[key];
    if (typeof text !== 'string') return { row, reason: t(locale, 'csvRowMissing', { column: key }) };
    return { row, text };
  });
}
