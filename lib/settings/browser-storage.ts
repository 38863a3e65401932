/** The real browser.storage as the settings' StorageLike (kept apart so unit tests never touch the browser API). */
import { browser } from 'wxt/browser';
import type { StorageLike } from './storage';

export function browserStorage(): StorageLike {
  const storage = browser.storage;
  return {
    sync: storage.sync,
    local: storage.local,
    managed: storage.managed,
    onChanged: storage.onChanged,
  } as unknown as StorageLike;
}
