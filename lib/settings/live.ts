/**
 * The settings in force, kept current, without the store: for the content script (engine options on every
 * keystroke, read synchronously) and the background (history retention). Defaults until storage has answered.
 */
import { readSettings, watchSettings } from './load';
import { defaultSettings, type Settings } from './schema';
import type { StorageLike } from './storage';

export interface LiveSettings {
  /** The latest settings (defaults until the first read finishes). */
  current(): Settings;
  /** Resolves with the first read (defaults if storage fails). */
  ready: Promise<Settings>;
  /** Called after every change made anywhere (options page, popup, another device, policy). */
  onChange(listener: (settings: Settings) => void): () => void;
  stop(): void;
}

export function liveSettings(storage: StorageLike): LiveSettings {
  let settings = defaultSettings();
  const listeners = new Set<(s: Settings) => void>();
  const set = (next: Settings) => {
    settings = next;
    for (const l of listeners) l(next);
  };
  const stopWatching = watchSettings(storage, (loaded) => set(loaded.settings));
  const ready = readSettings(storage).then(
    (loaded) => {
      set(loaded.settings);
      return loaded.settings;
    },
    () => settings,
  );
  return {
    current: () => settings,
    ready,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopWatching();
      listeners.clear();
    },
  };
}
