/**
 * The settings store (zustand, vanilla so it runs without React in tests) over extension storage.
 *
 * Edits land in the store at once and are written a moment later (debounced: storage.sync allows 120 writes a
 * minute), section by section. A write that fails is retried with back-off; if it still fails the value stays in
 * the store, the state says `error` with the reason, the section is backed up in storage.local
 * (`settings.unsaved.<section>`, read first on the next load) and is written again with the next edit or retry().
 * Nothing the admin typed is dropped silently.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { readSettings, isSettingsChange } from './load';
import { isLocked, mergeManaged, type ManagedSettings } from './managed';
import { defaultSettings, SETTINGS_KEYS, type Problems, type Settings, type SettingsKey } from './schema';
import { SECTION_AREA, sectionKey, unsavedKey, type ChangeListener, type StorageLike } from './storage';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** The storage's reason for the last failure. */
  error: string | null;
  /** Sections not yet written to their area. */
  failed: SettingsKey[];
  /** Whether the failed sections are at least backed up in storage.local (they survive a restart). */
  backedUp: boolean;
}

export interface SettingsState {
  ready: boolean;
  /** In force: the admin's own values with the policy's on top. */
  settings: Settings;
  /** The admin's own values. */
  user: Settings;
  managed: ManagedSettings;
  locked: ReadonlySet<string>;
  /** Problems found in stored or policy values when loading. */
  problems: Problems;
  save: SaveStatus;
  /**
   * Changes one section of the admin's own settings (the updater gets the admin's current value). A section the
   * policy locks as a whole is not changed: returns false.
   */
  update<K extends SettingsKey>(key: K, value: Settings[K] | ((current: Settings[K]) => Settings[K])): boolean;
}

export interface SettingsStore extends StoreApi<SettingsState> {
  /** Reads storage and policy, and starts following changes made elsewhere. */
  load(): Promise<void>;
  /** Writes pending sections now (also the "try again" action). Resolves true when everything is written. */
  flush(): Promise<boolean>;
  /** Stops following storage changes and timers (pending sections are flushed first). */
  dispose(): Promise<void>;
}

export interface SettingsStoreOptions {
  /** Quiet time after the last edit before writing (ms). */
  debounceMs?: number;
  /** Extra attempts after a failed write. */
  retries?: number;
  /** First back-off delay (ms), doubled on each retry. */
  retryDelayMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createSettingsStore(storage: StorageLike, options: SettingsStoreOptions = {}): SettingsStore {
  const { debounceMs = 400, retries = 2, retryDelayMs = 300 } = options;
  /** Sections edited since their last write began. */
  const dirty = new Set<SettingsKey>();
  /** Sections being written right now. */
  const inflight = new Set<SettingsKey>();
  /** Sections with a backup under settings.unsaved.* to remove once written. */
  const backups = new Set<SettingsKey>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<boolean> | null = null;
  let listener: ChangeListener | null = null;

  const initial = defaultSettings();
  const store = createStore<SettingsState>()((set, get) => ({
    ready: false,
    settings: initial,
    user: initial,
    managed: {},
    locked: new Set(),
    problems: [],
    save: { state: 'idle', error: null, failed: [], backedUp: false },
    update(key, value) {
      const { user, managed, locked } = get();
      if (locked.has(key)) return false;
      const next = typeof value === 'function' ? (value as (c: Settings[typeof key]) => Settings[typeof key])(user[key]) : value;
      const nextUser = { ...user, [key]: next };
      dirty.add(key);
      set({ user: nextUser, settings: mergeManaged(nextUser, managed).settings, save: { ...get().save, state: 'pending' } });
      schedule();
      return true;
    },
  }));

  function schedule() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, debounceMs);
  }

  async function writeWithRetry(area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
    let last: unknown;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt) await sleep(retryDelayMs * 2 ** (attempt - 1));
      try {
        await storage[area].set(items);
        return;
      } catch (error) {
        last = error;
      }
    }
    throw last;
  }

  async function writeOnce(): Promise<boolean> {
    const keys = [...dirty];
    dirty.clear();
    if (!keys.length) return true;
    for (const k of keys) inflight.add(k);
    const { user } = store.getState();
    store.setState({ save: { ...store.getState().save, state: 'saving' } });

    const failed: SettingsKey[] = [];
    let error: string | null = null;
    for (const area of ['sync', 'local'] as const) {
      const mine = keys.filter((k) => SECTION_AREA[k] === area);
      if (!mine.length) continue;
      const items = Object.fromEntries(mine.map((k) => [sectionKey(k), user[k]]));
      try {
        await writeWithRetry(area, items);
        const stale = mine.filter((k) => backups.has(k));
        if (stale.length) {
          await storage.local.remove(stale.map(unsavedKey)).then(
            () => stale.forEach((k) => backups.delete(k)),
            () => undefined,
          );
        }
      } catch (e) {
        failed.push(...mine);
        error = reason(e);
      }
    }

    let backedUp = true;
    if (failed.length) {
      // Keep what the admin typed across a closed page or a restart, even if its own area refuses it.
      try {
        await storage.local.set(Object.fromEntries(failed.map((k) => [unsavedKey(k), user[k]])));
        failed.forEach((k) => backups.add(k));
      } catch {
        backedUp = false;
      }
      // Written again with the next edit or retry; a newer edit made meanwhile is already dirty.
      for (const k of failed) dirty.add(k);
    }
    for (const k of keys) inflight.delete(k);

    const ok = failed.length === 0;
    store.setState({
      save: ok
        ? { state: dirty.size ? 'pending' : 'saved', error: null, failed: [], backedUp: false }
        : { state: 'error', error, failed, backedUp },
    });
    return ok;
  }

  async function flush(): Promise<boolean> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    // One writer at a time; edits made during a write are written right after it.
    while (writing) await writing;
    if (!dirty.size) return store.getState().save.state !== 'error';
    writing = writeOnce().finally(() => {
      writing = null;
    });
    const ok = await writing;
    // Edits that arrived while writing (not failures) go out now.
    if (ok && dirty.size) return flush();
    return ok;
  }

  /** Takes values changed elsewhere, except sections edited here and not yet written. */
  async function refresh() {
    const loaded = await readSettings(storage);
    const current = store.getState();
    const user = { ...loaded.user };
    for (const k of SETTINGS_KEYS) {
      if (dirty.has(k) || inflight.has(k) || backups.has(k)) (user as Record<SettingsKey, unknown>)[k] = current.user[k];
    }
    const { settings, locked } = mergeManaged(user, loaded.managed);
    store.setState({ user, settings, managed: loaded.managed, locked, problems: loaded.problems, ready: true });
  }

  return Object.assign(store, {
    async load() {
      const loaded = await readSettings(storage);
      store.setState({
        ready: true,
        user: loaded.user,
        settings: loaded.settings,
        managed: loaded.managed,
        locked: loaded.locked,
        problems: loaded.problems,
      });
      if (!listener && storage.onChanged) {
        listener = (changes, areaName) => {
          if (isSettingsChange(changes, areaName)) refresh().catch(() => undefined);
        };
        storage.onChanged.addListener(listener);
      }
      // A write that failed last time: try it again now that the page is open.
      if (loaded.unsaved.length) {
        for (const k of loaded.unsaved) {
          dirty.add(k);
          backups.add(k);
        }
        store.setState({ save: { state: 'pending', error: null, failed: [], backedUp: true } });
        schedule();
      }
    },
    flush,
    async dispose() {
      await flush().catch(() => false);
      if (listener) storage.onChanged?.removeListener(listener);
      listener = null;
    },
  });
}

/** Whether a path (`profile.hashtags`, `rulePack` …) is set by policy in this state. */
export const lockedIn = (state: Pick<SettingsState, 'locked'>, path: string) => isLocked(state.locked, path);
