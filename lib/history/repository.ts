/**
 * The history's operations on one database: record a post the adapter saw submitted, save a draft ("Simpan
 * draf"), mark a draft posted, read, delete with undo. Writes go through the batching writer (lib/history/writer.ts)
 * and never get lost silently; reads go straight to the indexes (lib/history/search.ts).
 */
import Dexie from 'dexie';
import type { Report } from '../analysis/types';
import type { CermatDatabase, PostRecord } from '../db/database';
import { unkeyed } from './keys';
import { monthOf } from './month';
import { buildRecord, toPlatform, type NewPostRecord } from './record';
import { recentPosts, searchPosts, toSummary, type PostSummary, type SearchFilters, type SearchOptions, type SearchResult } from './search';
import { deletePosts, purgeTrash, undoDelete, type DeleteResult } from './trash';
import { HistoryWriter, type WriteResult, type WriteState, type WriterOptions } from './writer';

/** A post as the content script reports it (SubmittedPost in lib/messaging), plus the draft it came from, if known. */
export interface SubmittedInput {
  platform: string | undefined;
  adapter: string;
  url: string;
  text: string;
  report: Report | null;
  at: number;
  /** uid returned when the draft was saved; lets the draft become this post. */
  draftUid?: string;
  templateId?: string | null;
}

export interface DraftInput {
  /** uid of the draft being saved again; omitted for a new draft. */
  uid?: string;
  platform: string | undefined;
  adapter?: string;
  url: string;
  text: string;
  report: Report | null;
  templateId?: string | null;
  checklist?: Record<string, boolean>;
  /** Defaults to now. */
  at?: number;
}

/** A sent post this similar (Jaccard over search words) to a recent draft on the same platform is that draft, sent. */
const DRAFT_SIMILARITY = 0.6;
const DRAFT_WINDOW_MS = 14 * 86_400_000;

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 1;
  const set = new Set(a);
  let both = 0;
  for (const w of b) if (set.has(w)) both++;
  return both / (set.size + b.length - both);
}

export class HistoryRepository {
  readonly writer: HistoryWriter;

  constructor(
    readonly db: CermatDatabase,
    writerOptions: WriterOptions = {},
  ) {
    this.writer = new HistoryWriter(db, writerOptions);
  }

  state(): WriteState {
    return this.writer.state();
  }

  /** Stores a post the adapter saw submitted. A matching recent draft becomes that post instead of a duplicate. */
  async recordSubmitted(input: SubmittedInput): Promise<WriteResult> {
    const record = buildRecord({
      platform: toPlatform(input.platform),
      adapter: input.adapter,
      url: input.url,
      text: input.text,
      report: input.report,
      status: 'posted',
      at: input.at,
      templateId: input.templateId ?? null,
    });
    const draft = input.draftUid ?? (await this.findDraft(record));
    return this.writer.write(draft ? { uid: draft, record: { ...record, uid: draft } } : { uid: record.uid, record, fresh: true });
  }

  /** Saves a draft (again). Resolves with its uid, to pass back on the next save and when it is posted. */
  async saveDraft(input: DraftInput): Promise<WriteResult> {
    const record = buildRecord({
      platform: toPlatform(input.platform),
      adapter: input.adapter,
      url: input.url,
      text: input.text,
      report: input.report,
      status: 'draft',
      at: input.at ?? Date.now(),
      templateId: input.templateId ?? null,
      checklist: input.checklist,
      uid: input.uid,
    });
    return this.writer.write({ uid: record.uid, record, fresh: !input.uid });
  }

  /** Marks a stored draft as posted, as it is (when the admin says they posted it by hand). */
  async markPosted(uid: string, at = Date.now()): Promise<WriteResult | null> {
    await this.writer.flush();
    const queued = this.writer.pendingRecords().find((op) => op.uid === uid)?.record;
    const found = await this.db.posts.where('uid').equals(uid).first();
    const stored = queued ?? (found ? unkeyed(found) : undefined);
    if (!stored) return null;
    const record: NewPostRecord = { ...stored, status: 'posted', createdAt: at, updatedAt: at, postedAt: at, month: monthOf(at) };
    return this.writer.write({ uid, record });
  }

  /** The draft a just-submitted post most likely came from: same platform, recent, same or nearly the same words. */
  private async findDraft(post: NewPostRecord): Promise<string | null> {
    const since = post.createdAt - DRAFT_WINDOW_MS;
    // Drafts are few: all of them, by the [status+id] index.
    const stored = await this.db.posts
      .where('[status+id]')
      .between(['draft', Dexie.minKey], ['draft', Dexie.maxKey])
      .filter((r) => r.platform === post.platform && r.updatedAt >= since)
      .toArray();
    const candidates: NewPostRecord[] = [
      ...stored.map(unkeyed),
      ...this.writer.pendingRecords().map((op) => op.record).filter((r) => r.status === 'draft' && r.platform === post.platform),
    ];
    let best: { uid: string; score: number; at: number } | null = null;
    for (const draft of candidates) {
      const score = draft.text === post.text ? 2 : jaccard(draft.words, post.words);
      if (score < DRAFT_SIMILARITY) continue;
      if (!best || score > best.score || (score === best.score && draft.updatedAt > best.at)) {
        best = { uid: draft.uid, score, at: draft.updatedAt };
      }
    }
    return best?.uid ?? null;
  }

  async get(id: number): Promise<PostSummary | null> {
    const r = await this.db.posts.get(id);
    return r ? toSummary(r) : null;
  }

  async getByUid(uid: string): Promise<PostSummary | null> {
    const r = await this.db.posts.where('uid').equals(uid).first();
    return r ? toSummary(r) : null;
  }

  search(filters: SearchFilters, options?: SearchOptions): Promise<SearchResult> {
    return searchPosts(this.db, filters, options);
  }

  recent(limit = 10, status?: PostRecord['status']): Promise<PostSummary[]> {
    return recentPosts(this.db, limit, status);
  }

  delete(ids: readonly number[]): Promise<DeleteResult> {
    return deletePosts(this.db, ids);
  }

  undoDelete(batch: string): Promise<{ restored: number }> {
    return undoDelete(this.db, batch);
  }

  purgeTrash(): Promise<number> {
    return purgeTrash(this.db);
  }
}
