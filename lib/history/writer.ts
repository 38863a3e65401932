/**
 * The history's write queue. Records arrive one by one (a post submitted, a draft saved) or by the thousand (the
 * benchmark, a merge); they are written in batches, one transaction per batch, together with the monthly totals.
 * A batch that fails stays queued: it is kept in extension storage (so a restarted worker still has it), retried
 * with a growing delay, and the failure is visible in state() until a retry succeeds. Nothing is dropped.
 */
import type { CermatDatabase, PostRecord } from '../db/database';
import { applyMonthlyDelta } from './aggregate';
import { notifyHistoryChanged } from './events';
import { addRecords, idTime, keyed, unkeyed } from './keys';
import { newUid, type NewPostRecord } from './record';

/** A record to store under its uid: added when new, merged into the stored one otherwise (a draft saved again, posted). */
export interface WriteOp {
  uid: string;
  record: NewPostRecord;
  /** The uid was just made for this record, so nothing stored can have it: the lookup is skipped. */
  fresh?: boolean;
}

export interface WriteResult {
  /** True once the record is in the database. */
  ok: boolean;
  /** The record's uid (a draft saved over a post that was already sent gets a new one). */
  uid: string;
  id: number | null;
  /** Not written yet: kept and retried. */
  pending: boolean;
  error?: string;
}

export interface WriteState {
  /** Records waiting to be written. */
  pending: number;
  /** The last attempt failed; retries continue. */
  failing: boolean;
  lastError: string | null;
  lastErrorAt: number | null;
  nextRetryAt: number | null;
  /** Failed attempts in a row. */
  attempts: number;
  /** Records written since this context started. */
  written: number;
}

/** Where queued records survive a restart of the context (chrome.storage.local in the extension). */
export interface PendingStore {
  load(): Promise<WriteOp[]>;
  save(ops: WriteOp[]): Promise<void>;
}

export interface WriterOptions {
  /** Wait this long for more records before writing a batch (ms). */
  batchDelayMs?: number;
  /** Records per transaction. */
  maxBatch?: number;
  /** First retry delay; doubles up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  store?: PendingStore | null;
  now?: () => number;
  /** Told after each state change (failing, recovered, pending count). */
  onState?: (state: WriteState) => void;
}

interface Entry {
  op: WriteOp;
  /** Bumped when a newer version of the record replaces a queued one. */
  version: number;
  /** The last error writing it, until it is written. */
  error?: string;
  waiters: ((result: WriteResult) => void)[];
}

const DEFAULTS = { batchDelayMs: 20, maxBatch: 500, retryBaseMs: 500, retryMaxMs: 60_000 };

function describe(error: unknown): string {
  if (error instanceof Error) {
    const inner = (error as Error & { inner?: unknown }).inner;
    const name = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
    return `${name}${error.message}${inner instanceof Error && inner.message !== error.message ? ` (${inner.message})` : ''}`;
  }
  return String(error);
}

/**
 * The stored version after `next` is written over `previous` (same uid). A draft keeps its first date; a post
 * is dated when it was sent. Ticked checklist items and the template carry over.
 */
export function mergeInto(previous: NewPostRecord, next: NewPostRecord): NewPostRecord {
  const becomesPost = previous.status === 'draft' && next.status === 'posted';
  const createdAt = becomesPost ? next.createdAt : Math.min(previous.createdAt, next.createdAt);
  return {
    ...previous,
    ...next,
    uid: previous.uid,
    createdAt,
    month: becomesPost ? next.month : createdAt === previous.createdAt ? previous.month : next.month,
    postedAt: next.postedAt ?? previous.postedAt,
    templateId: next.templateId ?? previous.templateId,
    checklist: { ...previous.checklist, ...next.checklist },
  };
}

export class HistoryWriter {
  private readonly queue = new Map<string, Entry>();
  private readonly options: Required<Omit<WriterOptions, 'store' | 'onState'>> & Pick<WriterOptions, 'store' | 'onState'>;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private persisted = false;
  private batchLimit: number;
  private current: WriteState = {
    pending: 0,
    failing: false,
    lastError: null,
    lastErrorAt: null,
    nextRetryAt: null,
    attempts: 0,
    written: 0,
  };

  constructor(
    private readonly db: CermatDatabase,
    options: WriterOptions = {},
  ) {
    this.options = { ...DEFAULTS, now: Date.now, ...options };
    this.batchLimit = this.options.maxBatch;
  }

  state(): WriteState {
    let failing = false;
    for (const entry of this.queue.values()) if (entry.error) failing = true;
    return { ...this.current, pending: this.queue.size, failing };
  }

  /** Records queued and not yet written (newest versions), e.g. to find a draft saved a moment ago. */
  pendingRecords(): WriteOp[] {
    return [...this.queue.values()].map((e) => e.op);
  }

  /** Queues one record; resolves when it is written, or (pending: true) after the first failed attempt. */
  write(op: WriteOp): Promise<WriteResult> {
    return new Promise((resolve) => {
      const entry = this.queue.get(op.uid);
      if (entry) {
        // A newer version of a record still queued (same uid): one write of the combined record.
        entry.op = { uid: op.uid, record: mergeInto(entry.op.record, op.record), fresh: entry.op.fresh && op.fresh };
        entry.version++;
        entry.waiters.push(resolve);
      } else {
        this.queue.set(op.uid, { op, version: 0, waiters: [resolve] });
      }
      this.schedule(this.queue.size >= this.options.maxBatch ? 0 : this.options.batchDelayMs);
    });
  }

  /** Queues many records (a bulk insert): the same path, without waiting between batches. */
  writeMany(ops: readonly WriteOp[]): Promise<WriteResult[]> {
    const results = ops.map((op) => this.write(op));
    this.schedule(0);
    return Promise.all(results);
  }

  /** Writes everything queued now (skipping the batch delay). Resolves when the queue is empty or a batch failed. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Loads records a previous context could not write (from the pending store) and queues them again. */
  async recover(): Promise<number> {
    const store = this.options.store;
    if (!store) return 0;
    let ops: WriteOp[];
    try {
      ops = await store.load();
    } catch (error) {
      this.setState({ lastError: `pending store: ${describe(error)}`, lastErrorAt: this.options.now() });
      return 0;
    }
    if (!ops.length) return 0;
    this.persisted = true;
    // Written by uid: a record the previous context wrote just before it stopped is updated, not duplicated.
    for (const op of ops) void this.write({ uid: op.uid, record: op.record });
    this.schedule(0);
    return ops.length;
  }

  private schedule(delay: number): void {
    if (this.running) return; // drain() picks up what arrives meanwhile
    if (this.timer) {
      if (delay > 0) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private async drain(): Promise<void> {
    while (this.queue.size) {
      const batch = [...this.queue.values()].slice(0, this.batchLimit).map((entry) => ({
        entry,
        op: entry.op,
        version: entry.version,
        waiters: entry.waiters.splice(0),
      }));
      let ids: number[];
      let uids: string[];
      try {
        ({ ids, uids } = await this.commit(batch.map((b) => b.op)));
      } catch (error) {
        await this.failed(batch, error);
        return;
      }
      batch.forEach((b, i) => {
        const result: WriteResult = { ok: true, uid: uids[i]!, id: ids[i] ?? null, pending: false };
        // A newer version that arrived while this one was written stays queued, as an update of it.
        if (b.entry.version === b.version) this.queue.delete(b.op.uid);
        else b.entry.op = { ...b.entry.op, fresh: false };
        for (const w of b.waiters) w(result);
      });
      this.current.written += batch.length;
      this.batchLimit = this.options.maxBatch;
      if (this.current.attempts) this.setState({ attempts: 0, nextRetryAt: null });
      notifyHistoryChanged();
    }
    if (this.persisted) await this.persist();
    this.emit();
  }

  private async commit(ops: WriteOp[]): Promise<{ ids: number[]; uids: string[] }> {
    const { db } = this;
    return db.transaction('rw', db.posts, db.monthly, async () => {
      // One index lookup per batch for records that may exist (fresh ones were just created here).
      const lookup = ops.filter((op) => !op.fresh).map((op) => op.uid);
      const existing = lookup.length ? await db.posts.where('uid').anyOf(lookup).toArray() : [];
      const byUid = new Map(existing.map((r) => [r.uid, r]));
      const replaced: PostRecord[] = [];
      const updates: PostRecord[] = [];
      const removeIds: number[] = [];
      const inserts: NewPostRecord[] = [];
      // Where each op's stored record ends up: an update (index into updates) or an insert (into inserts).
      const slots: ['update' | 'insert', number][] = [];
      for (const op of ops) {
        const old = byUid.get(op.uid);
        if (!old) {
          slots.push(['insert', inserts.push({ ...op.record, uid: op.uid }) - 1]);
        } else if (old.status === 'posted' && op.record.status === 'draft') {
          // A draft saved again after it was sent is a new draft; the sent post stays as it was.
          slots.push(['insert', inserts.push({ ...op.record, uid: newUid() }) - 1]);
        } else {
          const merged = mergeInto(unkeyed(old), op.record);
          replaced.push(old);
          if (idTime(old.id) === Math.floor(merged.createdAt)) {
            slots.push(['update', updates.push(keyed(merged, old.id)) - 1]);
          } else {
            // Re-dated (a draft sent later): its id follows the date.
            removeIds.push(old.id);
            slots.push(['insert', inserts.push(merged) - 1]);
          }
        }
      }
      if (removeIds.length) await db.posts.bulkDelete(removeIds);
      if (updates.length) await db.posts.bulkPut(updates);
      const added = await addRecords(db.posts, inserts);
      await applyMonthlyDelta(db.monthly, replaced, [...updates, ...added]);
      const stored = slots.map(([kind, i]) => (kind === 'update' ? updates[i]! : added[i]!));
      return { ids: stored.map((r) => r.id), uids: stored.map((r) => r.uid) };
    });
  }

  private async failed(batch: { entry: Entry; op: WriteOp; waiters: Entry['waiters'] }[], error: unknown): Promise<void> {
    const message = describe(error);
    const attempts = this.current.attempts + 1;
    const delay = Math.min(this.options.retryMaxMs, this.options.retryBaseMs * 2 ** (attempts - 1));
    const now = this.options.now();
    for (const b of batch) b.entry.error = message;
    this.setState({ lastError: message, lastErrorAt: now, attempts, nextRetryAt: now + delay }, false);
    // Retry one record at a time until one succeeds, so a record the database refuses cannot hold back the others:
    // it goes to the back of the queue and keeps being retried (and reported) on its own.
    if (batch.length === 1 && attempts > 1) {
      const entry = this.queue.get(batch[0]!.op.uid);
      if (entry && this.queue.size > 1) {
        this.queue.delete(batch[0]!.op.uid);
        this.queue.set(batch[0]!.op.uid, entry);
      }
    }
    this.batchLimit = 1;
    // Keep every queued record where a restart finds it before telling anyone it is pending.
    await this.persist();
    for (const b of batch) for (const w of b.waiters) w({ ok: false, uid: b.op.uid, id: null, pending: true, error: message });
    this.emit();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private async persist(): Promise<void> {
    const store = this.options.store;
    if (!store) return;
    try {
      const ops = [...this.queue.values()].map((e) => e.op);
      await store.save(ops);
      this.persisted = ops.length > 0;
    } catch (error) {
      // Still in memory and retried; the state says the copy in storage is missing.
      this.current.lastError = `${this.current.lastError ?? ''}${this.current.lastError ? '; ' : ''}pending store: ${describe(error)}`;
    }
  }

  private setState(patch: Partial<WriteState>, emit = true): void {
    Object.assign(this.current, patch);
    if (emit) this.emit();
  }

  private emit(): void {
    this.options.onState?.(this.state());
  }
}

/** Keeps queued records in chrome.storage.local (survives the service worker stopping and the browser restarting). */
export function extensionPendingStore(
  area: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> },
  key = 'cermat.history.pending',
): PendingStore {
  return {
    async load() {
      const value = (await area.get(key))[key];
      return Array.isArray(value) ? (value.filter((op) => op && typeof op.uid === 'string' && op.record) as WriteOp[]) : [];
    },
    async save(ops) {
      if (ops.length) await area.set({ [key]: ops });
      else await area.remove(key);
    },
  };
}

/** For tests and contexts without extension storage. */
export function memoryPendingStore(initial: WriteOp[] = []): PendingStore & { ops: WriteOp[] } {
  const store = {
    ops: initial,
    async load() {
      return store.ops.slice();
    },
    async save(ops: WriteOp[]) {
      store.ops = ops.slice();
    },
  };
  return store;
}
