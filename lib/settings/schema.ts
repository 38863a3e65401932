/**
 * The settings an agency and its admin choose: who the agency is, which rules run and how loud, its own words and
 * rule pack, the pre-posting checklist, how long history is kept and the interface language. One section per
 * storage key (see areas.ts), each normalised on its own so one bad value never costs the others.
 */
import { CATEGORIES, SEVERITIES, type Category, type Locale, type Severity } from '../analysis/types';
import { parseRulePack, RulePackError, type DataRulePack } from '../rules/data-rule';

/** Where an agency has an official account (the profile's "accounts per platform"). */
export const ACCOUNT_PLATFORMS = ['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'threads', 'linkedin'] as const;
export type AccountPlatform = (typeof ACCOUNT_PLATFORMS)[number];

export interface AgencyProfile {
  /** "Dinas Komunikasi dan Informatika Kabupaten Trenggalek". */
  agencyName: string;
  /** "Kabupaten Trenggalek". */
  region: string;
  /** Official account handle per platform, e.g. `{ instagram: "@diskominfo.trenggalek" }`. */
  accounts: Partial<Record<AccountPlatform, string>>;
  /** The agency's own hashtags, stored without `#`. */
  hashtags: string[];
  /** A closing line ("Salam hangat, Diskominfo Trenggalek"). */
  signOff: string;
}

/** A word or phrase the agency wants flagged, written in the options page (compiled into a rule pack). */
export interface CustomWord {
  /** Stable id (also the end of the compiled rule id). */
  id: string;
  word: string;
  category: Category;
  severity: Severity;
  /** Shown with the finding; empty: a default message naming the word. */
  message: string;
  /** The replacement offered as a one-click fix; empty: none. */
  suggestion: string;
}

/** Checks the engine can judge from a Report (and the draft's text); other items are ticked by hand. */
export const AUTO_CHECKS = [
  'five-w-one-h',
  'no-personal-data',
  'neutral',
  'hashtags',
  'safe-language',
  'no-errors',
  'spelling',
  'platform-limit',
] as const;
export type AutoCheck = (typeof AUTO_CHECKS)[number];

export interface ChecklistItem {
  id: string;
  /** The admin's wording; empty: the built-in item's label in the interface language. */
  label: string;
  /** Ticks itself from the current Report. */
  auto?: AutoCheck;
  /** Off: not shown. The superior's approval is off until an agency that requires it turns it on. */
  enabled: boolean;
}

/**
 * Indonesian by default; `en` for English; `auto` follows the browser's language as browser.i18n does (English in an
 * English browser, else Indonesian).
 */
export type LocaleSetting = 'auto' | Locale;
export const LOCALE_SETTINGS: readonly LocaleSetting[] = ['auto', 'id', 'en'];

export interface Settings {
  profile: AgencyProfile;
  /** Categories switched off (`{ spelling: false }`); missing means on. */
  categories: Partial<Record<Category, boolean>>;
  /** Severity overrides keyed by category or by rule id (`spelling/kata-baku`). */
  severity: Record<string, Severity>;
  customWords: CustomWord[];
  /** The agency's rule pack, validated with parseRulePack before it is kept. */
  rulePack: DataRulePack | null;
  checklist: ChecklistItem[];
  /** Days a post stays in the local history. */
  retentionDays: number;
  locale: LocaleSetting;
}

export type SettingsKey = keyof Settings;
export const SETTINGS_KEYS = [
  'profile',
  'categories',
  'severity',
  'customWords',
  'rulePack',
  'checklist',
  'retentionDays',
  'locale',
] as const satisfies readonly SettingsKey[];

export const RETENTION_MIN = 7;
export const RETENTION_MAX = 3650;
export const RETENTION_DEFAULT = 365;

/** The guidelines' pre-posting list; labels come from the locale files (checklist.item.<id>). */
export const DEFAULT_CHECKLIST: readonly ChecklistItem[] = [
  { id: 'source-verified', label: '', enabled: true },
  { id: 'five-w-one-h', label: '', auto: 'five-w-one-h', enabled: true },
  { id: 'no-personal-data', label: '', auto: 'no-personal-data', enabled: true },
  { id: 'neutral', label: '', auto: 'neutral', enabled: true },
  { id: 'approval', label: '', enabled: false },
  { id: 'photo-caption', label: '', enabled: true },
  { id: 'hashtags', label: '', auto: 'hashtags', enabled: true },
];
export const BUILT_IN_CHECKLIST_IDS: ReadonlySet<string> = new Set(DEFAULT_CHECKLIST.map((i) => i.id));

export function defaultSettings(): Settings {
  return {
    profile: { agencyName: '', region: '', accounts: {}, hashtags: [], signOff: '' },
    categories: {},
    severity: {},
    customWords: [],
    rulePack: null,
    checklist: DEFAULT_CHECKLIST.map((i) => ({ ...i })),
    retentionDays: RETENTION_DEFAULT,
    locale: 'id',
  };
}

// ---- normalisation: stored or managed values → well-formed sections ---------------------------------------------

/** What a stored value had wrong; the section falls back (entry by entry where it can) and keeps working. */
export type Problems = string[];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const MAX_TEXT = 500;
const clip = (s: string, max = MAX_TEXT) => (s.length > max ? s.slice(0, max) : s);

/** `#Trenggalek`, ` trenggalek ` → `Trenggalek`; empty or non-word → null. */
export function normalizeHashtag(raw: string): string | null {
  const tag = raw.trim().replace(/^#+/, '');
  return /^[\p{L}\p{N}_]+$/u.test(tag) ? tag : null;
}

/** Splits what the admin typed ("#A, #B C") into hashtags, dropping duplicates (case-insensitive). */
export function parseHashtags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of input.split(/[\s,;]+/)) {
    const tag = normalizeHashtag(part);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

export function normalizeProfile(raw: unknown, problems: Problems, partial = false): Partial<AgencyProfile> {
  const out: Partial<AgencyProfile> = {};
  if (!isRecord(raw)) {
    if (raw !== undefined) problems.push('profile: must be an object');
    return partial ? out : defaultSettings().profile;
  }
  for (const key of ['agencyName', 'region', 'signOff'] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] === 'string') out[key] = clip(raw[key]);
    else problems.push(`profile.${key}: must be text`);
  }
  if (raw.accounts !== undefined) {
    if (!isRecord(raw.accounts)) problems.push('profile.accounts: must map platforms to handles');
    else {
      const accounts: Partial<Record<AccountPlatform, string>> = {};
      for (const [platform, handle] of Object.entries(raw.accounts)) {
        if (!(ACCOUNT_PLATFORMS as readonly string[]).includes(platform))
          problems.push(`profile.accounts.${platform}: unknown platform (${ACCOUNT_PLATFORMS.join(', ')})`);
        else if (typeof handle !== 'string') problems.push(`profile.accounts.${platform}: must be text`);
        else if (handle.trim()) accounts[platform as AccountPlatform] = clip(handle.trim(), 100);
      }
      out.accounts = accounts;
    }
  }
  if (raw.hashtags !== undefined) {
    if (!Array.isArray(raw.hashtags)) problems.push('profile.hashtags: must be a list');
    else {
      const tags = parseHashtags(raw.hashtags.filter((t): t is string => typeof t === 'string').join(' '));
      if (tags.length !== raw.hashtags.length) problems.push('profile.hashtags: some entries were not hashtags');
      out.hashtags = tags;
    }
  }
  if (!partial) {
    const d = defaultSettings().profile;
    return { ...d, ...out };
  }
  return out;
}

export function normalizeCategories(raw: unknown, problems: Problems): Partial<Record<Category, boolean>> {
  const out: Partial<Record<Category, boolean>> = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    problems.push('categories: must map categories to true/false');
    return out;
  }
  for (const [k, v] of Object.entries(raw)) {
    if (!(CATEGORIES as readonly string[]).includes(k)) problems.push(`categories.${k}: unknown category`);
    else if (typeof v !== 'boolean') problems.push(`categories.${k}: must be true or false`);
    else out[k as Category] = v;
  }
  return out;
}

export function normalizeSeverity(raw: unknown, problems: Problems): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    problems.push('severity: must map categories or rule ids to error, warning or info');
    return out;
  }
  for (const [k, v] of Object.entries(raw)) {
    if (!(SEVERITIES as readonly string[]).includes(v as string))
      problems.push(`severity.${k}: must be one of ${SEVERITIES.join(', ')}`);
    else out[k] = v as Severity;
  }
  return out;
}

/** Letters or digits somewhere: the engine matches whole words, so "!!!" could never match. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Problems with one custom word as the admin wrote it (empty: fine). Messages are keys of the locale files. */
export function customWordProblems(word: Pick<CustomWord, 'word'>, others: readonly CustomWord[] = [], selfId?: string) {
  const w = word.word.trim();
  if (!w) return ['customWords.error.empty'] as const;
  if (!HAS_WORD.test(w)) return ['customWords.error.noLetters'] as const;
  const folded = w.toLocaleLowerCase('id');
  if (others.some((o) => o.id !== selfId && o.word.trim().toLocaleLowerCase('id') === folded))
    return ['customWords.error.duplicate'] as const;
  return [] as const;
}

export function normalizeCustomWords(raw: unknown, problems: Problems, label = 'customWords'): CustomWord[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(`${label}: must be a list`);
    return [];
  }
  const out: CustomWord[] = [];
  const ids = new Set<string>();
  raw.forEach((entry, i) => {
    const where = `${label}[${i}]`;
    if (!isRecord(entry) || typeof entry.word !== 'string' || !HAS_WORD.test(entry.word)) {
      problems.push(`${where}: needs a "word" with letters or digits`);
      return;
    }
    const category = (CATEGORIES as readonly string[]).includes(entry.category as string)
      ? (entry.category as Category)
      : 'custom';
    if (entry.category !== undefined && category !== entry.category) problems.push(`${where}: unknown category, using "custom"`);
    const severity = (SEVERITIES as readonly string[]).includes(entry.severity as string)
      ? (entry.severity as Severity)
      : 'warning';
    if (entry.severity !== undefined && severity !== entry.severity) problems.push(`${where}: unknown severity, using "warning"`);
    let id = typeof entry.id === 'string' && entry.id.trim() ? entry.id.trim() : `w${i + 1}`;
    while (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    out.push({
      id,
      word: clip(entry.word.trim(), 200),
      category,
      severity,
      message: clip(str(entry.message)),
      suggestion: clip(str(entry.suggestion), 200),
    });
  });
  return out;
}

/** A stored or managed pack, validated again (a pack edited by hand in storage must not break the engine). */
export function normalizeRulePack(raw: unknown, problems: Problems, label = 'rulePack'): DataRulePack | null {
  if (raw === undefined || raw === null) return null;
  try {
    return parseRulePack(raw, label);
  } catch (error) {
    if (error instanceof RulePackError) problems.push(...error.problems);
    else problems.push(`${label}: ${String(error)}`);
    return null;
  }
}

export function normalizeChecklist(raw: unknown, problems: Problems): ChecklistItem[] {
  if (raw === undefined) return defaultSettings().checklist;
  if (!Array.isArray(raw)) {
    problems.push('checklist: must be a list');
    return defaultSettings().checklist;
  }
  const out: ChecklistItem[] = [];
  const ids = new Set<string>();
  raw.forEach((entry, i) => {
    const where = `checklist[${i}]`;
    if (!isRecord(entry) || typeof entry.id !== 'string' || !entry.id.trim() || ids.has(entry.id)) {
      problems.push(`${where}: needs a unique "id"`);
      return;
    }
    // Kept as typed (an item whose label is being rewritten may be empty for a moment).
    const label = clip(str(entry.label), 200);
    const item: ChecklistItem = { id: entry.id, label, enabled: entry.enabled !== false };
    if (entry.auto !== undefined) {
      if ((AUTO_CHECKS as readonly string[]).includes(entry.auto as string)) item.auto = entry.auto as AutoCheck;
      else problems.push(`${where} ("${entry.id}"): "auto" must be one of ${AUTO_CHECKS.join(', ')}`);
    }
    ids.add(entry.id);
    out.push(item);
  });
  return out;
}

export function normalizeRetention(raw: unknown, problems: Problems): number {
  if (raw === undefined) return RETENTION_DEFAULT;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    problems.push(`retentionDays: must be a number of days (${RETENTION_MIN}–${RETENTION_MAX})`);
    return RETENTION_DEFAULT;
  }
  const days = Math.round(raw);
  if (days < RETENTION_MIN || days > RETENTION_MAX) {
    problems.push(`retentionDays: must be between ${RETENTION_MIN} and ${RETENTION_MAX}`);
    return Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, days));
  }
  return days;
}

export function normalizeLocale(raw: unknown, problems: Problems): LocaleSetting {
  if (raw === undefined) return 'id';
  if ((LOCALE_SETTINGS as readonly unknown[]).includes(raw)) return raw as LocaleSetting;
  problems.push(`locale: must be one of ${LOCALE_SETTINGS.join(', ')}`);
  return 'id';
}

/** One section from storage (undefined: never saved) → a well-formed value, with what was wrong in `problems`. */
export function normalizeSection<K extends SettingsKey>(key: K, raw: unknown, problems: Problems): Settings[K] {
  const normalizers: { [P in SettingsKey]: (v: unknown, p: Problems) => Settings[P] } = {
    profile: (v, p) => normalizeProfile(v, p) as AgencyProfile,
    categories: normalizeCategories,
    severity: normalizeSeverity,
    customWords: (v, p) => normalizeCustomWords(v, p),
    rulePack: (v, p) => normalizeRulePack(v, p),
    checklist: normalizeChecklist,
    retentionDays: normalizeRetention,
    locale: normalizeLocale,
  };
  return normalizers[key](raw, problems);
}

/** A whole settings object (e.g. a backup) → well-formed settings. */
export function normalizeSettings(raw: unknown): { settings: Settings; problems: Problems } {
  const problems: Problems = [];
  const src = isRecord(raw) ? raw : {};
  if (!isRecord(raw) && raw !== undefined) problems.push('settings: must be an object');
  const settings = {} as Record<SettingsKey, unknown>;
  for (const key of SETTINGS_KEYS) settings[key] = normalizeSection(key, src[key], problems);
  return { settings: settings as unknown as Settings, problems };
}
