/**
 * The extension's one IndexedDB database (Dexie). Opened by extension pages and the background only: a content
 * script would open the host site's IndexedDB, so it goes through messages instead.
 * Schema changes add a new version() with an upgrade; never edit a shipped version.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Category, ElementKey, Language, Platform, PostType, Severity } from '../analysis/types';
import { upgradeToV2 } from './migrations';

export type PostStatus = 'draft' | 'posted';
export type ElementState = 'found' | 'missing' | 'not-required';
export type HistoryPlatform = Platform | 'generic';

/** One rule's findings in a post, kept so reports can name the most frequent findings. */
export interface FindingSummary {
  rule: string;
  category: Category;
  severity: Severity;
  /** Findings of this rule in the post. */
  count: number;
  /** The first finding's message, in the locale it was checked in. */
  message: string;
}

/**
 * One post or draft. `id` is chronological (lib/history/keys.ts: createdAt × 1024 + a tie-breaker), so every index
 * below lists a post's entries newest last and a date range is a range of ids: a search reads one page of keys
 * per condition, however large the history.
 */
export interface PostRecord {
  id: number;
  /** Stable id across devices and backups (v2): drafts are updated by it, merges skip records already present. */
  uid: string;
  platform: HistoryPlatform;
  /** The adapter that saw the post (facebook … wordpress, generic). */
  adapter: string;
  url: string;
  text: string;
  language: Language;
  postType: PostType;
  /** The engine's score, or null when the post was recorded without a report. */
  score: number | null;
  /** found | missing | not-required per element; empty without a report. */
  elements: Partial<Record<ElementKey, ElementState>>;
  /** Finding counts keyed `category:severity`. */
  findingCounts: Record<string, number>;
  /** Categories with at least one finding. */
  categories: string[];
  /** `[category, id]` per category: multi-entry index, category filter in date order. */
  categoryKeys: [string, number][];
  /** Findings per rule, most severe first. */
  findings: FindingSummary[];
  /** `[word, id]` per search word (lib/history/words.ts): multi-entry index, the full-text search in date order. */
  terms: [string, number][];
  templateId: string | null;
  /** Checklist items ticked by hand, kept with the draft. */
  checklist: Record<string, boolean>;
  status: PostStatus;
  /** `YYYY-MM` in local time of createdAt, fixed when it is dated so the monthly totals always agree with it. */
  month: string;
  /** When it was posted (a post) or first saved (a draft): the date lists and reports go by. */
  createdAt: number;
  updatedAt: number;
  /** When the adapter saw it submitted; null for a draft. */
  postedAt: number | null;
}

/** An admin's own template (built-ins live in code and are never stored). */
export interface TemplateRecord {
  id: string;
  /** The template definition as lib/templates validates it. */
  definition: unknown;
  /** Built-in id it was copied from, if any. */
  copiedFrom: string | null;
  createdAt: number;
  updatedAt: number;
}

/** One rule's tally in a monthly row. */
export interface RuleTally {
  /** Posts with at least one finding of the rule. */
  posts: number;
  /** Findings of the rule. */
  hits: number;
  category: string;
  severity: string;
  /** The message of the first finding; '' once posts with different messages were counted (e.g. one per word). */
  message: string;
}

/**
 * Running totals per month, platform and status, kept in the same transaction as every change to
 * `posts` (lib/history/aggregate.ts), so the monthly report reads a few hundred rows instead of every post.
 * Derived data: never exported, rebuilt on restore and migration.
 */
export interface MonthlyRow {
  /** `month|platform|status`. */
  key: string;
  month: string;
  platform: string;
  status: PostStatus;
  posts: number;
  /** Posts per post type. */
  postTypes: Record<string, number>;
  /** Posts with a score, and their sum (the average skips posts without one). */
  scored: number;
  scoreSum: number;
  /** Posts scoring < 60, 60–79 and ≥ 80. */
  scoreBands: [number, number, number];
  withErrors: number;
  withWarnings: number;
  /** Posts with at least one finding per category. */
  categories: Record<string, number>;
  /** Findings per `category:severity`. */
  findingCounts: Record<string, number>;
  rules: Record<string, RuleTally>;
  /** Posts missing each required element. */
  missing: Record<string, number>;
}

/** Records deleted together, kept briefly so the delete can be undone (even from another page or a restarted worker). */
export interface TrashRow {
  batch: string;
  deletedAt: number;
  records: PostRecord[];
}

export const DATABASE_NAME = 'cermat';
export const DATABASE_VERSION = 2;

export const SCHEMA_V1 = {
  posts: '++id, createdAt, updatedAt, platform, postType, status, *words, *categories, [platform+createdAt]',
  templates: 'id, updatedAt',
} as const;

// Indexes end in the (chronological) id, so each condition's matches come out in date order, bounded by date.
export const SCHEMA_V2 = {
  posts: '++id, &uid, createdAt, [platform+id], [status+id], [postType+id], *terms, *categoryKeys',
  templates: 'id, updatedAt',
  monthly: 'key, month',
  trash: 'batch, deletedAt',
} as const;

export class CermatDatabase extends Dexie {
  posts!: EntityTable<PostRecord, 'id'>;
  templates!: EntityTable<TemplateRecord, 'id'>;
  monthly!: EntityTable<MonthlyRow, 'key'>;
  trash!: EntityTable<TrashRow, 'batch'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // v2: chronological ids and date-ordered indexes; a stable uid, rule summaries and the month on each post;
    // monthly totals; a trash for undo.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx: Transaction) => upgradeToV2(tx));
  }
}

let shared: CermatDatabase | null = null;

/** The database for this context (one connection per page or worker). */
export function getDatabase(): CermatDatabase {
  shared ??= new CermatDatabase();
  return shared;
}
