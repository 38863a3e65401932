/**
 * Where each settings section lives. Small sections go to storage.sync (they follow the admin to another computer
 * when Chrome sync is on, and behave as local storage when it is off). The rule pack and the custom words go to
 * storage.local: sync allows 8 KB per item and 100 KB in all, and an agency pack or a long word list passes that.
 *
 * A section whose write failed is also kept in storage.local under `settings.unsaved.<section>` (see store.ts), so
 * what the admin typed survives a closed page or a restart; reading prefers it over the area's older value.
 */
import type { Settings, SettingsKey } from './schema';

export type AreaName = 'sync' | 'local';

export const SECTION_AREA: Record<SettingsKey, AreaName> = {
  profile: 'sync',
  categories: 'sync',
  severity: 'sync',
  checklist: 'sync',
  retentionDays: 'sync',
  locale: 'sync',
  customWords: 'local',
  rulePack: 'local',
};

export const sectionKey = (key: SettingsKey): string => `settings.${key}`;
export const unsavedKey = (key: SettingsKey): string => `settings.unsaved.${key}`;

/** The part of browser.storage the settings use, so tests can give an in-memory one. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface StorageLike {
  sync: StorageAreaLike;
  local: StorageAreaLike;
  /** Absent or failing (no policy, Firefox without a managed manifest): nothing is managed. */
  managed?: Pick<StorageAreaLike, 'get'>;
  onChanged?: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

/** A section value as stored: the whole section, replaced on each write. */
export type StoredSection<K extends SettingsKey> = Settings[K];
