/**
 * Backup and restore of the whole history (posts and the admin's templates) as one file in dexie-export-import's
 * JSON format. A restore reads and checks the entire file first (format, version, tables, row counts, every
 * record's shape) without touching the database; only a file that passes is written, in ONE transaction, so a bad
 * file, or a failure half-way through writing, leaves the current data exactly as it was.
 * Derived data (search words, categories, months, monthly totals) is not trusted from the file: it is recomputed.
 */
import { exportDB } from 'dexie-export-import';
import {
  CATEGORIES,
  ELEMENT_KEYS,
  LANGUAGES,
  PLATFORMS,
  POST_TYPES,
  SEVERITIES,
} from '../analysis/types';
import {
  DATABASE_VERSION,
  type CermatDatabase,
  type FindingSummary,
  type MonthlyRow,
  type PostRecord,
  type TemplateRecord,
} from '../db/database';
import { aggregateRecords, applyMonthlyDelta } from './aggregate';
import { notifyHistoryChanged } from './events';
import { monthOf } from './month';
import { addRecords } from './keys';
import { categoriesOf, newUid, type NewPostRecord } from './record';
import { indexWords } from './words';

/** Files above this size are refused before reading (about ten times 100,000 posts). */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
const MAX_TEXT = 200_000;
const MAX_URL = 8192;

export type BackupErrorCode =
  | 'too-large'
  | 'unreadable'
  | 'not-json'
  | 'not-dexie'
  | 'not-cermat'
  | 'newer-version'
  | 'missing-table'
  | 'truncated'
  | 'bad-record'
  | 'duplicate';

/** A file that cannot be restored; `message` is Indonesian, `en` its English twin; both say the data is untouched. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  readonly en: string;
  constructor(
    readonly code: BackupErrorCode,
    message: string,
    en: string,
  ) {
    super(`${message} Data Anda tidak diubah.`);
    this.en = `${en} Your data was not changed.`;
  }
}

export interface ParsedBackup {
  /** Posts as they will be stored (ids are given on the way in: they follow the dates). */
  posts: NewPostRecord[];
  templates: TemplateRecord[];
  /** The schema version the file was made with (older files are upgraded on the way in). */
  databaseVersion: number;
  /** Oldest and newest post dates, for the confirmation. */
  firstAt: number | null;
  lastAt: number | null;
}

export interface RestoreResult {
  mode: 'replace' | 'merge';
  /** Posts written. */
  posts: number;
  templates: number;
  /** Posts in the file already in the history (merge: same uid). */
  skipped: number;
  /** Posts the history held before a replace. */
  replaced: number;
}

// ---- export --------------------------------------------------------------------------------------------------

/** The whole history as a dexie-export-import JSON Blob (posts without their search words, templates). */
export async function exportBackup(db: CermatDatabase): Promise<Blob> {
  return exportDB(db, {
    skipTables: ['monthly', 'trash'],
    // Index entries are derived from the text and the date; leaving them out makes the file much smaller.
    transform: (table, value: PostRecord, key) => {
      if (table !== 'posts') return { value, key };
      const { terms: _terms, categoryKeys: _categoryKeys, ...rest } = value;
      return { value: rest, key };
    },
  });
}

/** `cermat-cadangan-2025-03-31.json` */
export function backupFileName(now = Date.now()): string {
  const d = new Date(now);
  const p = (n: number) => String(n).padStart(2, '0');
  return `cermat-cadangan-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}.json`;
}

// ---- validation -----------------------------------------------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 8.64e15;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

const PLATFORM_VALUES = [...PLATFORMS, 'generic'] as const;
const ELEMENT_STATES = ['found', 'missing', 'not-required'] as const;
const STATUSES = ['draft', 'posted'] as const;

class RecordProblem extends Error {}

function need(ok: boolean, field: string): void {
  if (!ok) throw new RecordProblem(field);
}

/** typeson key paths: `a.b` with `.` inside a key written `~1` and `~` written `~0`. */
function atKeyPath(value: unknown, path: string): unknown {
  let at = value;
  for (const part of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Json)[part.replace(/~1/g, '.').replace(/~0/g, '~')];
  }
  return at;
}

/**
 * dexie-export-import (typeson) marks arrays in `$types` (`{"categories": "arrayNonindexKeys"}`); with plain JSON
 * arrays that mark changes nothing and is dropped. Any other type (dates, blobs, maps) is not ours: refused.
 */
function withoutTypes(r: Json): Json {
  if (!('$types' in r)) return r;
  const types = r.$types;
  need(isObject(types), '$types');
  for (const [path, type] of Object.entries(types as Json)) {
    need(type === 'arrayNonindexKeys' && Array.isArray(atKeyPath(r, path)), '$types');
  }
  const { $types: _types, ...rest } = r;
  return rest;
}

/** One post row of the file, checked field by field, as it will be stored (derived fields recomputed). */
function validatePost(row: unknown, seenUids: Set<string>, seenIds: Set<number>): NewPostRecord {
  need(isObject(row), 'record');
  const r = withoutTypes(row as Json);
  need(r.id === undefined || (typeof r.id === 'number' && Number.isInteger(r.id) && r.id > 0), 'id');
  need(r.uid === undefined || (typeof r.uid === 'string' && r.uid.length > 0 && r.uid.length <= 100), 'uid');
  need(oneOf(PLATFORM_VALUES, r.platform), 'platform');
  need(r.adapter === undefined || (typeof r.adapter === 'string' && r.adapter.length <= 40), 'adapter');
  need(typeof r.url === 'string' && r.url.length <= MAX_URL, 'url');
  need(typeof r.text === 'string' && r.text.length <= MAX_TEXT, 'text');
  need(oneOf(LANGUAGES, r.language), 'language');
  need(oneOf(POST_TYPES, r.postType), 'postType');
  need(r.score === null || (typeof r.score === 'number' && Number.isFinite(r.score) && r.score >= 0 && r.score <= 100), 'score');
  need(isObject(r.elements), 'elements');
  for (const [k, v] of Object.entries(r.elements as Json)) need(oneOf(ELEMENT_KEYS, k) && oneOf(ELEMENT_STATES, v), 'elements');
  need(isObject(r.findingCounts), 'findingCounts');
  for (const [k, v] of Object.entries(r.findingCounts as Json)) {
    const at = k.lastIndexOf(':');
    need(oneOf(CATEGORIES, k.slice(0, at)) && oneOf(SEVERITIES, k.slice(at + 1)) && isCount(v), 'findingCounts');
  }
  const findings: FindingSummary[] = [];
  if (r.findings !== undefined) {
    need(Array.isArray(r.findings) && r.findings.length <= 500, 'findings');
    for (const f of r.findings as unknown[]) {
      need(isObject(f), 'findings');
      const x = f as Json;
      need(typeof x.rule === 'string' && x.rule.length > 0 && x.rule.length <= 200, 'findings');
      need(oneOf(CATEGORIES, x.category) && oneOf(SEVERITIES, x.severity), 'findings');
      need(isCount(x.count) && (x.count as number) > 0, 'findings');
      need(typeof x.message === 'string' && x.message.length <= 2000, 'findings');
      findings.push({ rule: x.rule as string, category: x.category as FindingSummary['category'], severity: x.severity as FindingSummary['severity'], count: x.count as number, message: x.message as string });
    }
  }
  need(r.templateId === null || r.templateId === undefined || (typeof r.templateId === 'string' && r.templateId.length <= 200), 'templateId');
  need(r.checklist === undefined || isObject(r.checklist), 'checklist');
  const checklist: Record<string, boolean> = {};
  for (const [k, v] of Object.entries((r.checklist as Json | undefined) ?? {})) {
    need(typeof v === 'boolean', 'checklist');
    checklist[k] = v as boolean;
  }
  need(oneOf(STATUSES, r.status), 'status');
  need(isTime(r.createdAt), 'createdAt');
  need(isTime(r.updatedAt), 'updatedAt');
  need(r.postedAt === undefined || r.postedAt === null || isTime(r.postedAt), 'postedAt');

  const uid = (r.uid as string | undefined) ?? newUid();
  need(!seenUids.has(uid), 'uid (dua kali)');
  seenUids.add(uid);
  if (typeof r.id === 'number') {
    need(!seenIds.has(r.id), 'id (dua kali)');
    seenIds.add(r.id);
  }
  const findingCounts = { ...(r.findingCounts as Record<string, number>) };
  const createdAt = r.createdAt as number;
  return {
    uid,
    platform: r.platform as PostRecord['platform'],
    adapter: (r.adapter as string | undefined) ?? (r.platform as string),
    url: r.url as string,
    text: r.text as string,
    language: r.language as PostRecord['language'],
    postType: r.postType as PostRecord['postType'],
    score: r.score === null ? null : Math.round(r.score as number),
    elements: { ...(r.elements as PostRecord['elements']) },
    findingCounts,
    categories: categoriesOf(findingCounts),
    findings,
    words: indexWords(r.text as string),
    templateId: (r.templateId as string | null | undefined) ?? null,
    checklist,
    status: r.status as PostRecord['status'],
    month: monthOf(createdAt),
    createdAt,
    updatedAt: r.updatedAt as number,
    postedAt: r.postedAt === undefined ? (r.status === 'posted' ? createdAt : null) : (r.postedAt as number | null),
  };
}

function validateTemplate(row: unknown, seen: Set<string>): TemplateRecord {
  need(isObject(row), 'record');
  const r = withoutTypes(row as Json);
  need(typeof r.id === 'string' && r.id.length > 0 && r.id.length <= 200, 'id');
  need(!seen.has(r.id as string), 'id (dua kali)');
  seen.add(r.id as string);
  need(r.definition !== undefined, 'definition');
  need(r.copiedFrom === null || r.copiedFrom === undefined || typeof r.copiedFrom === 'string', 'copiedFrom');
  need(isTime(r.createdAt) && isTime(r.updatedAt), 'createdAt');
  return {
    id: r.id as string,
    definition: r.definition,
    copiedFrom: (r.copiedFrom as string | null | undefined) ?? null,
    createdAt: r.createdAt as number,
    updatedAt: r.updatedAt as number,
  };
}

const TABLE_LABEL: Record<string, [string, string]> = { posts: ['unggahan', 'post'], templates: ['templat', 'template'] };

/**
 * Reads and checks a backup file completely; nothing is written. Throws BackupError with a message that says what
 * is wrong (in Indonesian, with an English twin).
 */
export async function parseBackup(file: Blob | string): Promise<ParsedBackup> {
  let text: string;
  if (typeof file === 'string') text = file;
  else {
    if (file.size > MAX_BACKUP_BYTES) {
      throw new BackupError('too-large', 'Berkas terlalu besar untuk cadangan Cermat.', 'The file is too large to be a Cermat backup.');
    }
    try {
      text = await file.text();
    } catch {
      throw new BackupError('unreadable', 'Berkas tidak dapat dibaca.', 'The file could not be read.');
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new BackupError(
      'not-json',
      'Berkas rusak atau terpotong: isinya bukan JSON yang utuh.',
      'The file is damaged or cut short: it is not complete JSON.',
    );
  }
  if (!isObject(json) || json.formatName !== 'dexie' || json.formatVersion !== 1 || !isObject(json.data)) {
    throw new BackupError('not-dexie', 'Berkas ini bukan berkas cadangan Cermat.', 'This file is not a Cermat backup.');
  }
  const data = json.data;
  if (typeof data.databaseName !== 'string' || !data.databaseName.startsWith('cermat')) {
    throw new BackupError('not-cermat', 'Berkas ini cadangan aplikasi lain, bukan Cermat.', 'This file is a backup of another application, not Cermat.');
  }
  if (typeof data.databaseVersion !== 'number' || !(data.databaseVersion >= 1)) {
    throw new BackupError('not-dexie', 'Berkas ini bukan berkas cadangan Cermat.', 'This file is not a Cermat backup.');
  }
  if (data.databaseVersion > DATABASE_VERSION) {
    throw new BackupError(
      'newer-version',
      'Cadangan ini dibuat oleh versi Cermat yang lebih baru. Perbarui Cermat lalu coba lagi.',
      'This backup was made by a newer version of Cermat. Update Cermat and try again.',
    );
  }
  if (!Array.isArray(data.tables) || !Array.isArray(data.data)) {
    throw new BackupError('not-dexie', 'Berkas ini bukan berkas cadangan Cermat.', 'This file is not a Cermat backup.');
  }
  const declared = new Map<string, number>();
  for (const t of data.tables as unknown[]) {
    if (isObject(t) && typeof t.name === 'string' && isCount(t.rowCount)) declared.set(t.name, t.rowCount);
  }
  if (!declared.has('posts')) {
    throw new BackupError('missing-table', 'Berkas cadangan tidak berisi tabel unggahan.', 'The backup has no posts table.');
  }
  const rowsOf = new Map<string, unknown[]>();
  for (const t of data.data as unknown[]) {
    if (!isObject(t) || typeof t.tableName !== 'string' || !Array.isArray(t.rows)) {
      throw new BackupError('not-dexie', 'Berkas ini bukan berkas cadangan Cermat.', 'This file is not a Cermat backup.');
    }
    rowsOf.set(t.tableName, [...(rowsOf.get(t.tableName) ?? []), ...t.rows]);
  }
  // Every table we restore must hold exactly the rows its header announces: fewer means the file was cut.
  for (const name of ['posts', 'templates']) {
    const expected = declared.get(name);
    if (expected === undefined) continue;
    const got = rowsOf.get(name)?.length ?? 0;
    if (got !== expected) {
      throw new BackupError(
        'truncated',
        `Berkas cadangan tidak lengkap: tabel ${TABLE_LABEL[name]![0]} seharusnya berisi ${expected} baris, ditemukan ${got}.`,
        `The backup is incomplete: the ${TABLE_LABEL[name]![1]} table should hold ${expected} rows, found ${got}.`,
      );
    }
  }

  const check = <T>(name: string, rows: unknown[], validate: (row: unknown) => T): T[] =>
    rows.map((row, i) => {
      try {
        return validate(row);
      } catch (error) {
        if (!(error instanceof RecordProblem)) throw error;
        const [id, en] = TABLE_LABEL[name]!;
        throw new BackupError(
          'bad-record',
          `Berkas cadangan rusak: ${id} ke-${i + 1} tidak valid (kolom ${error.message}).`,
          `The backup is damaged: ${en} ${i + 1} is not valid (field ${error.message}).`,
        );
      }
    });
  const uids = new Set<string>();
  const ids = new Set<number>();
  const posts = check('posts', rowsOf.get('posts') ?? [], (row) => validatePost(row, uids, ids));
  const templateIds = new Set<string>();
  const templates = check('templates', rowsOf.get('templates') ?? [], (row) => validateTemplate(row, templateIds));
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  for (const p of posts) {
    if (firstAt === null || p.createdAt < firstAt) firstAt = p.createdAt;
    if (lastAt === null || p.createdAt > lastAt) lastAt = p.createdAt;
  }
  return { posts, templates, databaseVersion: data.databaseVersion, firstAt, lastAt };
}

// ---- restore --------------------------------------------------------------------------------------------------

/**
 * Writes a checked backup. `replace`: the history becomes the file's (posts and templates). `merge`: posts whose
 * uid is not in the history yet are added, templates missing or older here are taken. One transaction either way.
 */
export async function restoreBackup(db: CermatDatabase, backup: ParsedBackup, mode: 'replace' | 'merge'): Promise<RestoreResult> {
  const result = await db.transaction('rw', [db.posts, db.templates, db.monthly, db.trash], async (): Promise<RestoreResult> => {
    if (mode === 'replace') {
      const replaced = await db.posts.count();
      await db.posts.clear();
      await db.templates.clear();
      await db.monthly.clear();
      await db.trash.clear();
      await addRecords(db.posts, backup.posts);
      if (backup.templates.length) await db.templates.bulkAdd(backup.templates);
      const rows: MonthlyRow[] = [...aggregateRecords(backup.posts).values()];
      if (rows.length) await db.monthly.bulkAdd(rows);
      return { mode, posts: backup.posts.length, templates: backup.templates.length, skipped: 0, replaced };
    }
    const known = new Set(
      (await db.posts.where('uid').anyOf(backup.posts.map((p) => p.uid)).toArray()).map((p) => p.uid),
    );
    const fresh = backup.posts.filter((p) => !known.has(p.uid));
    await addRecords(db.posts, fresh);
    await applyMonthlyDelta(db.monthly, [], fresh);
    const existing = await db.templates.bulkGet(backup.templates.map((t) => t.id));
    const newer = backup.templates.filter((t, i) => !existing[i] || existing[i]!.updatedAt < t.updatedAt);
    if (newer.length) await db.templates.bulkPut(newer);
    return { mode, posts: fresh.length, templates: newer.length, skipped: backup.posts.length - fresh.length, replaced: 0 };
  });
  notifyHistoryChanged();
  return result;
}
