/**
 * Enterprise policy (storage.managed, described by public/managed_schema.json): a Diskominfo IT team pre-sets the
 * agency's profile, rule pack, hashtags … on every computer. Managed values win over the admin's own and are
 * locked; the admin's own values stay stored underneath, so lifting a policy gives them back.
 *
 * Locks are dotted paths: `profile.hashtags`, `profile.accounts.instagram`, `categories.gambling`,
 * `severity.spelling`, `customWords.<id>`, or a whole section (`rulePack`, `checklist`, `retentionDays`, `locale`).
 */
import type { Category } from '../analysis/types';
import {
  normalizeCategories,
  normalizeChecklist,
  normalizeCustomWords,
  normalizeLocale,
  normalizeProfile,
  normalizeRetention,
  normalizeRulePack,
  normalizeSeverity,
  type AgencyProfile,
  type CustomWord,
  type Problems,
  type Settings,
} from './schema';

/** Policy values, normalised; absent keys are not managed. */
export type ManagedSettings = Partial<Omit<Settings, 'profile'>> & { profile?: Partial<AgencyProfile> };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Prefix of managed custom words' ids, so they never collide with the admin's own. */
export const MANAGED_WORD_PREFIX = 'managed-';

/** Reads a raw storage.managed object; bad values are dropped (and reported), never half-applied. */
export function normalizeManaged(raw: unknown): { managed: ManagedSettings; problems: Problems } {
  const problems: Problems = [];
  const managed: ManagedSettings = {};
  if (!isRecord(raw)) return { managed, problems };
  // Each section's own problems, reported as the policy's.
  const collect = (): Problems => {
    const list: Problems = [];
    pending.push(list);
    return list;
  };
  const pending: Problems[] = [];
  const failed = () => pending.at(-1)!.length > 0;
  if (raw.profile !== undefined) {
    const profile = normalizeProfile(raw.profile, collect(), true);
    if (Object.keys(profile).length) managed.profile = profile;
  }
  if (raw.categories !== undefined) managed.categories = normalizeCategories(raw.categories, collect());
  if (raw.severity !== undefined) managed.severity = normalizeSeverity(raw.severity, collect());
  if (raw.customWords !== undefined)
    managed.customWords = normalizeCustomWords(raw.customWords, collect()).map((w) => ({
      ...w,
      id: MANAGED_WORD_PREFIX + w.id,
    }));
  if (raw.rulePack !== undefined) {
    const pack = normalizeRulePack(raw.rulePack, collect());
    if (pack) managed.rulePack = pack;
  }
  if (raw.checklist !== undefined) {
    const list = normalizeChecklist(raw.checklist, collect());
    if (!failed() || list.length) managed.checklist = list;
  }
  if (raw.retentionDays !== undefined) {
    const days = normalizeRetention(raw.retentionDays, collect());
    if (!failed()) managed.retentionDays = days;
  }
  if (raw.locale !== undefined) {
    const locale = normalizeLocale(raw.locale, collect());
    if (!failed()) managed.locale = locale;
  }
  for (const list of pending) problems.push(...list.map((p) => `policy ${p}`));
  return { managed, problems };
}

/** The settings in force: the admin's own with the policy's values on top, and the paths the policy locks. */
export function mergeManaged(user: Settings, managed: ManagedSettings): { settings: Settings; locked: Set<string> } {
  const locked = new Set<string>();
  const settings: Settings = { ...user };

  if (managed.profile) {
    const { accounts, ...rest } = managed.profile;
    const profile: AgencyProfile = { ...user.profile, accounts: { ...user.profile.accounts } };
    for (const [k, v] of Object.entries(rest) as [keyof Omit<AgencyProfile, 'accounts'>, never][]) {
      profile[k] = v;
      locked.add(`profile.${k}`);
    }
    for (const [platform, handle] of Object.entries(accounts ?? {})) {
      profile.accounts[platform as keyof AgencyProfile['accounts']] = handle;
      locked.add(`profile.accounts.${platform}`);
    }
    settings.profile = profile;
  }
  if (managed.categories) {
    settings.categories = { ...user.categories, ...managed.categories };
    for (const c of Object.keys(managed.categories)) locked.add(`categories.${c as Category}`);
  }
  if (managed.severity) {
    settings.severity = { ...user.severity, ...managed.severity };
    for (const k of Object.keys(managed.severity)) locked.add(`severity.${k}`);
  }
  if (managed.customWords) {
    // The agency's words come first and stay; the admin may add their own below them.
    const words: CustomWord[] = [...managed.customWords];
    const taken = new Set(words.map((w) => w.word.toLocaleLowerCase('id')));
    for (const w of user.customWords) if (!taken.has(w.word.toLocaleLowerCase('id'))) words.push(w);
    settings.customWords = words;
    for (const w of managed.customWords) locked.add(`customWords.${w.id}`);
  }
  for (const key of ['rulePack', 'checklist', 'retentionDays', 'locale'] as const) {
    if (managed[key] !== undefined) {
      (settings as unknown as Record<string, unknown>)[key] = managed[key];
      locked.add(key);
    }
  }
  return { settings, locked };
}

/** Whether a path, or a section above it, is set by policy. */
export function isLocked(locked: ReadonlySet<string>, path: string): boolean {
  if (locked.has(path)) return true;
  let i = path.lastIndexOf('.');
  while (i > 0) {
    if (locked.has(path.slice(0, i))) return true;
    i = path.lastIndexOf('.', i - 1);
  }
  return false;
}
