/**
 * Full-text search and filters over the history, reading one page of keys per condition.
 *
 * Ids are chronological (lib/history/keys.ts) and every index ends in the id ([word, id], [platform, id] …), so
 * each condition (a word, a platform, a category …) is a stream of ids in date order, bounded by the date range.
 * The streams are intersected by leapfrogging: each is asked for its first id at or before the current candidate,
 * in blocks (`getAllKeys` with a count and a direction where the browser has it, a key cursor otherwise), so a
 * page costs a few index reads whatever the size of the history. Only the page's records are read. The exact
 * number of matches (countMatches) reads every matching key once and is asked for separately.
 */
import type { CermatDatabase, PostRecord, PostStatus } from '../db/database';
import { idRange } from './keys';
import { parseQuery, type ParsedQuery } from './words';

export interface SearchFilters {
  /** Words typed in the search box; the last one matches as a prefix while it is being typed. */
  query?: string;
  platforms?: readonly string[];
  postTypes?: readonly string[];
  /** Posts with a finding in any of these categories. */
  categories?: readonly string[];
  status?: PostStatus | null;
  /** Milliseconds, inclusive. */
  from?: number | null;
  /** Milliseconds, exclusive. */
  to?: number | null;
}

export interface SearchOptions {
  limit?: number;
  /** Continue after this id (the `next` of the previous page): cheap at any depth. */
  after?: number | null;
  /** Skip this many matches (costs one step per skipped match; prefer `after`). */
  offset?: number;
  order?: 'newest' | 'oldest';
}

/** A post as lists show it: everything but the index entries. */
export type PostSummary = Omit<PostRecord, 'terms' | 'categoryKeys'>;

export interface SearchResult {
  items: PostSummary[];
  /** Pass as `after` for the next page; null on the last page. */
  next: number | null;
  hasMore: boolean;
  limit: number;
  query: ParsedQuery;
  /** Time spent, for the page's status line and the benchmark. */
  tookMs: number;
}

export interface MatchCount {
  count: number;
  /** False when a very broad prefix made counting stop early: there are at least `count`. */
  exact: boolean;
  tookMs: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;
/** A prefix matching more distinct words than this is checked on the records instead (it matches most posts). */
const MAX_PREFIX_WORDS = 24;
const FIRST_BLOCK = 16;
const MAX_BLOCK = 1024;
/** Records checked by a post-filter when counting, before the count is reported as "at least". */
const COUNT_SCAN_LIMIT = 20_000;

export function toSummary(record: PostRecord): PostSummary {
  const { terms: _terms, categoryKeys: _categoryKeys, ...summary } = record;
  return summary;
}

type Dir = 'prev' | 'next';
type Source = IDBObjectStore | IDBIndex;

/** Set by tests to exercise the cursor path browsers without `getAllKeys({ direction })` take. */
export const searchInternals = { forceCursor: false };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function supportsGetAllOptions(source: Source): boolean {
  return !searchInternals.forceCursor && typeof (source as { getAllRecords?: unknown }).getAllRecords === 'function';
}

/** Up to `count` ids from `range` in direction `dir`. */
async function fetchIds(source: Source, range: IDBKeyRange, dir: Dir, count: number): Promise<number[]> {
  if (supportsGetAllOptions(source)) {
    const getAllKeys = source.getAllKeys as unknown as (options: { query: IDBKeyRange; count: number; direction: Dir }) => IDBRequest<IDBValidKey[]>;
    return (await request(getAllKeys.call(source, { query: range, count, direction: dir }))) as number[];
  }
  const ids: number[] = [];
  const req = source.openKeyCursor(range, dir);
  return new Promise((resolve, reject) => {
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(ids);
      ids.push(cursor.primaryKey as number);
      if (ids.length >= count) return resolve(ids);
      cursor.continue();
    };
  });
}

interface IdStream {
  /** The first id at or beyond `target` in the stream's direction (≤ for newest first), or null. */
  seek(target: number): Promise<number | null>;
}

/** The ids of one condition: an index prefix (`[value, id]` entries) or the whole store, within [lo, hi]. */
class KeyStream implements IdStream {
  private buffer: number[] = [];
  private pos = 0;
  private exhausted = false;
  /** Where the next block starts (inclusive). */
  private bound: number;
  private block = FIRST_BLOCK;

  constructor(
    private readonly source: Source,
    private readonly value: IDBValidKey | null,
    private readonly dir: Dir,
    private readonly lo: number,
    private readonly hi: number,
  ) {
    this.bound = dir === 'prev' ? hi : lo;
  }

  private beyond(id: number, target: number): boolean {
    return this.dir === 'prev' ? id > target : id < target;
  }

  private range(start: number): IDBKeyRange {
    const [a, b] = this.dir === 'prev' ? [this.lo, start] : [start, this.hi];
    return this.value === null ? IDBKeyRange.bound(a, b) : IDBKeyRange.bound([this.value, a], [this.value, b]);
  }

  async seek(target: number): Promise<number | null> {
    while (this.pos < this.buffer.length && this.beyond(this.buffer[this.pos]!, target)) this.pos++;
    if (this.pos < this.buffer.length) return this.buffer[this.pos]!;
    // Past the buffer. Everything from the last read on was in it: nothing further.
    if (this.exhausted) return null;
    // Read the next block from the target (skipping what lies between without reading it).
    const jumped = this.beyond(this.bound, target);
    const start = jumped ? target : this.bound;
    if (this.dir === 'prev' ? start < this.lo : start > this.hi) return null;
    // Reading on in order: bigger blocks; after a jump: start small again.
    this.block = jumped ? FIRST_BLOCK : Math.min(MAX_BLOCK, this.block * 2);
    const ids = await fetchIds(this.source, this.range(start), this.dir, this.block);
    this.exhausted = ids.length < this.block;
    this.buffer = ids;
    this.pos = 0;
    if (!ids.length) return null;
    const last = ids[ids.length - 1]!;
    this.bound = this.dir === 'prev' ? last - 1 : last + 1;
    return ids[0]!;
  }
}

/** Any of several conditions (platforms, categories, the words a prefix stands for). */
class UnionStream implements IdStream {
  constructor(
    private readonly parts: IdStream[],
    private readonly dir: Dir,
  ) {}

  async seek(target: number): Promise<number | null> {
    const heads = await Promise.all(this.parts.map((p) => p.seek(target)));
    let best: number | null = null;
    for (const id of heads) {
      if (id === null) continue;
      if (best === null || (this.dir === 'prev' ? id > best : id < best)) best = id;
    }
    return best;
  }
}

/** Ids in every stream, in order, from `start` on (leapfrog intersection). */
async function* intersect(streams: IdStream[], dir: Dir, start: number): AsyncGenerator<number> {
  let target = start;
  outer: for (;;) {
    for (const stream of streams) {
      const id = await stream.seek(target);
      if (id === null) return;
      if (id !== target) {
        target = id;
        continue outer;
      }
    }
    yield target;
    target = dir === 'prev' ? target - 1 : target + 1;
  }
}

/** Distinct indexed words starting with `prefix`, or null when there are more than `cap`. */
async function expandPrefix(terms: IDBIndex, prefix: string, cap: number): Promise<string[] | null> {
  const words: string[] = [];
  const req = terms.openKeyCursor(IDBKeyRange.bound([prefix], [`${prefix}\uffff`]), 'next');
  return new Promise((resolve, reject) => {
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(words);
      const word = (cursor.key as [string, number])[0];
      words.push(word);
      if (words.length > cap) return resolve(null);
      // Jump past every entry of this word.
      cursor.continue([word, Infinity]);
    };
  });
}

interface Plan {
  streams: IdStream[];
  /** Checked on each candidate record (a prefix too broad for the index). */
  check: ((record: PostRecord) => boolean) | null;
  empty: boolean;
}

/** The streams for a set of filters inside one read transaction. */
async function plan(tx: IDBTransaction, filters: SearchFilters, query: ParsedQuery, dir: Dir, lo: number, hi: number): Promise<Plan> {
  const store = tx.objectStore('posts');
  const terms = store.index('terms');
  const streams: IdStream[] = [];
  const stream = (index: string, value: IDBValidKey) => new KeyStream(store.index(index), value, dir, lo, hi);
  const anyOf = (index: string, values: readonly IDBValidKey[]) =>
    values.length === 1 ? stream(index, values[0]!) : new UnionStream(values.map((v) => stream(index, v)), dir);

  // Words first: usually the most selective.
  for (const word of query.words) streams.push(new KeyStream(terms, word, dir, lo, hi));
  let check: Plan['check'] = null;
  if (query.prefix) {
    const prefix = query.prefix;
    const words = await expandPrefix(terms, prefix, MAX_PREFIX_WORDS);
    if (words === null) check = (r) => r.terms.some(([w]) => w.startsWith(prefix));
    else if (!words.length) return { streams, check, empty: true };
    else streams.push(anyOf('terms', words));
  }
  if (filters.categories?.length) streams.push(anyOf('categoryKeys', [...new Set(filters.categories)]));
  if (filters.platforms?.length) streams.push(anyOf('[platform+id]', [...new Set(filters.platforms)]));
  if (filters.postTypes?.length) streams.push(anyOf('[postType+id]', [...new Set(filters.postTypes)]));
  if (filters.status) streams.push(stream('[status+id]', filters.status));
  // No condition (or only a date range): the store itself, in id (date) order.
  if (!streams.length) streams.push(new KeyStream(store, null, dir, lo, hi));
  return { streams, check, empty: false };
}

async function openIdb(db: CermatDatabase): Promise<IDBDatabase> {
  if (!db.isOpen()) await db.open();
  return db.backendDB();
}

export async function searchPosts(db: CermatDatabase, filters: SearchFilters = {}, options: SearchOptions = {}): Promise<SearchResult> {
  const t0 = performance.now();
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(options.limit ?? DEFAULT_PAGE_SIZE)));
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const dir: Dir = options.order === 'oldest' ? 'next' : 'prev';
  const query = parseQuery(filters.query ?? '');
  const [lo, hi] = idRange(filters.from, filters.to);
  const done = (items: PostRecord[], hasMore: boolean): SearchResult => ({
    items: items.map(toSummary),
    next: hasMore && items.length ? items[items.length - 1]!.id : null,
    hasMore,
    limit,
    query,
    tookMs: performance.now() - t0,
  });
  if (lo > hi) return done([], false);

  const idb = await openIdb(db);
  const tx = idb.transaction('posts', 'readonly');
  const store = tx.objectStore('posts');
  const p = await plan(tx, filters, query, dir, lo, hi);
  if (p.empty) return done([], false);

  let start = dir === 'prev' ? hi : lo;
  if (options.after != null) start = dir === 'prev' ? Math.min(hi, options.after - 1) : Math.max(lo, options.after + 1);

  const page: PostRecord[] = [];
  let skipped = 0;
  let hasMore = false;
  if (!p.check) {
    const ids: number[] = [];
    for await (const id of intersect(p.streams, dir, start)) {
      if (skipped < offset) {
        skipped++;
        continue;
      }
      if (ids.length === limit) {
        hasMore = true;
        break;
      }
      ids.push(id);
    }
    const records = await Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<PostRecord | undefined>)));
    for (const r of records) if (r) page.push(r);
  } else {
    // Candidates from the other conditions, checked on their records a block at a time.
    const check = p.check;
    const candidates = intersect(p.streams, dir, start);
    let block = FIRST_BLOCK;
    let exhausted = false;
    scan: while (!exhausted) {
      const ids: number[] = [];
      while (ids.length < block) {
        const next = await candidates.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        ids.push(next.value);
      }
      block = Math.min(MAX_BLOCK, block * 2);
      const records = await Promise.all(ids.map((id) => request(store.get(id) as IDBRequest<PostRecord | undefined>)));
      for (const r of records) {
        if (!r || !check(r)) continue;
        if (skipped < offset) {
          skipped++;
          continue;
        }
        if (page.length === limit) {
          hasMore = true;
          break scan;
        }
        page.push(r);
      }
    }
    await candidates.return(undefined);
  }
  return done(page, hasMore);
}

/**
 * How many posts match (for "1–20 of 8,441"). Reads every matching key once, one request per condition, so it
 * is asked for after the first page is shown.
 */
export async function countMatches(db: CermatDatabase, filters: SearchFilters = {}): Promise<MatchCount> {
  const t0 = performance.now();
  const query = parseQuery(filters.query ?? '');
  const [lo, hi] = idRange(filters.from, filters.to);
  const result = (count: number, exact = true): MatchCount => ({ count, exact, tookMs: performance.now() - t0 });
  if (lo > hi) return result(0);
  const idb = await openIdb(db);
  const tx = idb.transaction('posts', 'readonly');
  const store = tx.objectStore('posts');
  const terms = store.index('terms');

  // Each condition as the list of its ids (a union for several values).
  const lists: Promise<number[]>[] = [];
  const idsOf = (index: IDBIndex, values: readonly IDBValidKey[]) =>
    Promise.all(values.map((v) => request(index.getAllKeys(IDBKeyRange.bound([v, lo], [v, hi]))) as Promise<number[]>)).then((parts) =>
      parts.length === 1 ? parts[0]! : parts.flat(),
    );
  const countOf = (index: IDBIndex, values: readonly IDBValidKey[]) =>
    Promise.all(values.map((v) => request(index.count(IDBKeyRange.bound([v, lo], [v, hi]))))).then((ns) => ns.reduce((a, b) => a + b, 0));

  const conditions: [IDBIndex, IDBValidKey[]][] = [];
  for (const word of query.words) conditions.push([terms, [word]]);
  let check: ((r: PostRecord) => boolean) | null = null;
  if (query.prefix) {
    const prefix = query.prefix;
    const words = await expandPrefix(terms, prefix, MAX_PREFIX_WORDS);
    if (words === null) check = (r) => r.terms.some(([w]) => w.startsWith(prefix));
    else if (!words.length) return result(0);
    else conditions.push([terms, words]);
  }
  if (filters.categories?.length) conditions.push([store.index('categoryKeys'), [...new Set(filters.categories)]]);
  if (filters.platforms?.length) conditions.push([store.index('[platform+id]'), [...new Set(filters.platforms)]]);
  if (filters.postTypes?.length) conditions.push([store.index('[postType+id]'), [...new Set(filters.postTypes)]]);
  if (filters.status) conditions.push([store.index('[status+id]'), [filters.status]]);

  if (!check) {
    // One condition whose values cannot overlap (not several words of a prefix, not several categories): count().
    if (!conditions.length) return result(await request(store.count(IDBKeyRange.bound(lo, hi))));
    if (conditions.length === 1) {
      const [index, values] = conditions[0]!;
      const overlapping = values.length > 1 && (index.name === 'terms' || index.name === 'categoryKeys');
      if (!overlapping) return result(await countOf(index, values));
    }
  }
  for (const [index, values] of conditions) lists.push(idsOf(index, values));
  if (!lists.length) lists.push(request(store.getAllKeys(IDBKeyRange.bound(lo, hi))) as Promise<number[]>);
  const sets = (await Promise.all(lists)).sort((a, b) => a.length - b.length);
  let ids = new Set(sets[0]);
  for (let i = 1; i < sets.length && ids.size; i++) {
    const next = new Set<number>();
    for (const id of sets[i]!) if (ids.has(id)) next.add(id);
    ids = next;
  }
  if (!check) return result(ids.size);
  // A broad prefix: check the records, up to a limit.
  let count = 0;
  let scanned = 0;
  const all = [...ids].sort((a, b) => b - a);
  for (let i = 0; i < all.length && scanned < COUNT_SCAN_LIMIT; i += 500) {
    const slice = all.slice(i, i + 500);
    scanned += slice.length;
    const records = await Promise.all(slice.map((id) => request(store.get(id) as IDBRequest<PostRecord | undefined>)));
    for (const r of records) if (r && check(r)) count++;
  }
  return result(count, scanned >= all.length);
}

/** The newest posts (for the popup): drafts, posts, or both. */
export async function recentPosts(db: CermatDatabase, limit = 10, status?: PostStatus): Promise<PostSummary[]> {
  const { items } = await searchPosts(db, { status: status ?? null }, { limit });
  return items;
}
