/**
 * Hand ticks of the checklist, kept with the draft: per page (origin + path, where a platform keeps one composer)
 * in storage.local, so they survive a closed popup and a browser restart. Old drafts are pruned.
 */
import type { StorageAreaLike } from './storage';

export const TICKS_KEY = 'checklist.ticks';
/** Drafts kept; the oldest go first. */
export const MAX_DRAFTS = 50;
/** A draft untouched this long is forgotten (ms). */
export const TICKS_TTL = 14 * 24 * 60 * 60 * 1000;

export interface DraftTicks {
  ticks: Record<string, boolean>;
  at: number;
}
export type TicksMap = Record<string, DraftTicks>;

/** The draft a tab's URL stands for: origin and path, without query or fragment. */
export function draftKey(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.origin + u.pathname;
  } catch {
    return null;
  }
}

async function readMap(area: StorageAreaLike): Promise<TicksMap> {
  const raw = (await area.get(TICKS_KEY))[TICKS_KEY];
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as TicksMap) : {};
}

export async function loadTicks(area: StorageAreaLike, key: string): Promise<Record<string, boolean>> {
  const entry = (await readMap(area))[key];
  return entry && typeof entry.ticks === 'object' ? { ...entry.ticks } : {};
}

export function pruneTicks(map: TicksMap, now: number): TicksMap {
  const fresh = Object.entries(map)
    .filter(([, v]) => v && typeof v.at === 'number' && now - v.at < TICKS_TTL)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_DRAFTS);
  return Object.fromEntries(fresh);
}

/** Saves one draft's ticks (empty ticks remove the draft). Throws what the storage throws: the caller shows it. */
export async function saveTicks(area: StorageAreaLike, key: string, ticks: Record<string, boolean>, now = Date.now()) {
  const map = await readMap(area);
  const kept = Object.fromEntries(Object.entries(ticks).filter(([, v]) => v));
  if (Object.keys(kept).length) map[key] = { ticks: kept, at: now };
  else delete map[key];
  await area.set({ [TICKS_KEY]: pruneTicks(map, now) });
}
