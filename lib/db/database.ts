/**
 * The extension's one IndexedDB database (Dexie). Opened by extension pages and the background only: a content
 * script would open the host site's IndexedDB, so it goes through messages instead.
 * Schema changes add a new version() with an upgrade; never edit a shipped version.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ElementKey, Language, Platform, PostType } from '../analysis/types';

export type PostStatus = 'draft' | 'posted';

export interface PostRecord {
  id?: number;
  platform: Platform | 'generic';
  url: string;
  text: string;
  language: Language;
  postType: PostType;
  score: number;
  /** found | missing | not-required per element. */
  elements: Record<ElementKey, 'found' | 'missing' | 'not-required'>;
  /** Finding counts keyed `category:severity`. */
  findingCounts: Record<string, number>;
  /** Categories with at least one finding (multi-entry index for filters). */
  categories: string[];
  /** Normalised words of the text (multi-entry index for full-text search). */
  words: string[];
  templateId: string | null;
  /** Checklist items ticked by hand, kept with the draft. */
  checklist: Record<string, boolean>;
  status: PostStatus;
  createdAt: number;
  updatedAt: number;
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

export class CermatDatabase extends Dexie {
  posts!: EntityTable<PostRecord, 'id'>;
  templates!: EntityTable<TemplateRecord, 'id'>;

  constructor(name = 'cermat') {
    super(name);
    this.version(1).stores({
      posts: '++id, createdAt, updatedAt, platform, postType, status, *words, *categories, [platform+createdAt]',
      templates: 'id, updatedAt',
    });
  }
}
