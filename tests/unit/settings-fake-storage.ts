/**
 * A small in-memory browser.storage for the settings tests: sync, local and managed areas, onChanged fired after
 * each write (asynchronously, as browsers do), values copied in and out like structured clone, and writes that can be
 * made to fail (quota, disk) to test that nothing typed is lost.
 */
import type { ChangeListener, StorageAreaLike, StorageChange, StorageLike } from '../../lib/settings/storage';

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export class FakeArea implements StorageAreaLike {
  readonly data = new Map<string, unknown>();
  /** Writes (set/remove) to refuse from now on, each with this error; Infinity: all of them. */
  failWrites = 0;
  failWith = 'QUOTA_BYTES_PER_ITEM quota exceeded';
  /** Reads to refuse. */
  failReads = 0;
  writes = 0;

  constructor(
    readonly name: string,
    private readonly emit: (changes: Record<string, StorageChange>, area: string) => void,
  ) {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    if (this.failReads > 0) {
      this.failReads--;
      throw new Error(`${this.name} read failed`);
    }
    const list = keys === undefined || keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const k of list) if (this.data.has(k)) out[k] = clone(this.data.get(k));
    return out;
  }

  private refuse() {
    if (this.failWrites > 0) {
      this.failWrites--;
      throw new Error(this.failWith);
    }
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.refuse();
    this.writes++;
    const changes: Record<string, StorageChange> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: clone(this.data.get(k)), newValue: clone(v) };
      this.data.set(k, clone(v));
    }
    this.emit(changes, this.name);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.refuse();
    const changes: Record<string, StorageChange> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      if (!this.data.has(k)) continue;
      changes[k] = { oldValue: clone(this.data.get(k)) };
      this.data.delete(k);
    }
    if (Object.keys(changes).length) this.emit(changes, this.name);
  }
}

export interface FakeStorage extends StorageLike {
  sync: FakeArea;
  local: FakeArea;
  managed: FakeArea;
  /** Sets policy values the way an administrator's policy update arrives. */
  setPolicy(values: Record<string, unknown>): Promise<void>;
  listeners: Set<ChangeListener>;
}

export function createFakeStorage(): FakeStorage {
  const listeners = new Set<ChangeListener>();
  const emit = (changes: Record<string, StorageChange>, area: string) => {
    // Browsers notify after the write resolves.
    setTimeout(() => {
      for (const l of listeners) l(changes, area);
    }, 0);
  };
  const managed = new FakeArea('managed', emit);
  return {
    sync: new FakeArea('sync', emit),
    local: new FakeArea('local', emit),
    managed,
    listeners,
    onChanged: {
      addListener: (l) => listeners.add(l),
      removeListener: (l) => listeners.delete(l),
    },
    async setPolicy(values) {
      managed.data.clear();
      await managed.set(values);
    },
  };
}

export const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));
