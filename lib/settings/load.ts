/**
 * Reading settings without the store: for the content script (which needs AnalyzeOptions and must stay small), the
 * background (history retention) and the store's own first load. No React, no zustand.
 */
import { mergeManaged, normalizeManaged, type ManagedSettings } from './managed';
import { normalizeSection, SETTINGS_KEYS, type Problems, type Settings, type SettingsKey } from './schema';
import { SECTION_AREA, sectionKey, unsavedKey, type ChangeListener, type StorageLike } from './storage';

export interface LoadedSettings {
  /** In force: the admin's own with policy values on top. */
  settings: Settings;
  /** The admin's own values (what the options page edits). */
  user: Settings;
  managed: ManagedSettings;
  locked: Set<string>;
  /** What was wrong in storage or policy (each bad value fell back on its own). */
  problems: Problems;
  /** Sections read from the unsaved backup: their last write failed and should be tried again. */
  unsaved: SettingsKey[];
}

async function safeGet(area: { get(keys?: string | string[] | null): Promise<Record<string, unknown>> } | undefined, keys: string[] | null, problems: Problems, label: string) {
  if (!area) return {};
  try {
    return (await area.get(keys)) ?? {};
  } catch (error) {
    // No policy is the normal case for managed storage; say so only for the admin's own areas.
    if (label !== 'managed') problems.push(`storage.${label}: ${error instanceof Error ? error.message : String(error)}`);
    return {};
  }
}

export function userFromRaw(raw: Record<string, unknown>, problems: Problems): { user: Settings; unsaved: SettingsKey[] } {
  const user = {} as Record<SettingsKey, unknown>;
  const unsaved: SettingsKey[] = [];
  for (const key of SETTINGS_KEYS) {
    const pending = raw[unsavedKey(key)];
    if (pending !== undefined) unsaved.push(key);
    user[key] = normalizeSection(key, pending !== undefined ? pending : raw[sectionKey(key)], problems);
  }
  return { user: user as unknown as Settings, unsaved };
}

export async function readSettings(storage: StorageLike): Promise<LoadedSettings> {
  const problems: Problems = [];
  const syncKeys = SETTINGS_KEYS.filter((k) => SECTION_AREA[k] === 'sync').map(sectionKey);
  const localKeys = [
    ...SETTINGS_KEYS.filter((k) => SECTION_AREA[k] === 'local').map(sectionKey),
    ...SETTINGS_KEYS.map(unsavedKey),
  ];
  const [sync, local, policy] = await Promise.all([
    safeGet(storage.sync, syncKeys, problems, 'sync'),
    safeGet(storage.local, localKeys, problems, 'local'),
    safeGet(storage.managed, null, problems, 'managed'),
  ]);
  const { user, unsaved } = userFromRaw({ ...sync, ...local }, problems);
  const { managed, problems: policyProblems } = normalizeManaged(policy);
  const { settings, locked } = mergeManaged(user, managed);
  return { settings, user, managed, locked, problems: [...problems, ...policyProblems], unsaved };
}

/** Whether a storage change concerns the settings (any area, including policy updates). */
export function isSettingsChange(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'managed' || Object.keys(changes).some((k) => k.startsWith('settings.'));
}

/**
 * Calls `onChange` with fresh settings whenever they change anywhere (options page, another device, policy).
 * Returns the function that stops watching.
 */
export function watchSettings(storage: StorageLike, onChange: (loaded: LoadedSettings) => void): () => void {
  let stopped = false;
  const listener: ChangeListener = (changes, areaName) => {
    if (!isSettingsChange(changes, areaName)) return;
    readSettings(storage).then(
      (loaded) => {
        if (!stopped) onChange(loaded);
      },
      () => undefined,
    );
  };
  storage.onChanged?.addListener(listener);
  return () => {
    stopped = true;
    storage.onChanged?.removeListener(listener);
  };
}
