/**
 * Upgrades between schema versions. Each runs inside Dexie's version-change transaction: if it throws, the
 * database stays at the old version with its data untouched, and the next open tries again.
 */
import type { Transaction } from 'dexie';
import { aggregateRecords } from '../history/aggregate';
import { addRecords } from '../history/keys';
import { monthOf } from '../history/month';
import { categoriesOf, newUid, type NewPostRecord } from '../history/record';
import { indexWords } from '../history/words';
import type { MonthlyRow, PostRecord } from './database';

const object = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * v1 → v2: posts move to chronological ids (their index entries follow), and each gets a uid, its adapter, its
 * month, postedAt and an (empty) rule summary; search words are re-derived with the current tokenizer and
 * categories from the finding counts; the monthly totals are built. Templates are untouched.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const posts = tx.table<PostRecord, number>('posts');
  const old = (await posts.toArray()) as unknown as Record<string, unknown>[];
  const records: NewPostRecord[] = old.map((r) => {
    const createdAt = typeof r.createdAt === 'number' && Number.isFinite(r.createdAt) && r.createdAt > 0 ? r.createdAt : Date.now();
    const findingCounts = object(r.findingCounts) ? (r.findingCounts as Record<string, number>) : {};
    const text = typeof r.text === 'string' ? r.text : '';
    const status = r.status === 'draft' ? 'draft' : 'posted';
    return {
      uid: typeof r.uid === 'string' && r.uid ? r.uid : newUid(),
      platform: r.platform as PostRecord['platform'],
      adapter: typeof r.adapter === 'string' ? r.adapter : String(r.platform),
      url: typeof r.url === 'string' ? r.url : '',
      text,
      language: (r.language as PostRecord['language']) ?? 'und',
      postType: (r.postType as PostRecord['postType']) ?? 'other',
      score: typeof r.score === 'number' && Number.isFinite(r.score) ? r.score : null,
      elements: object(r.elements) ? (r.elements as PostRecord['elements']) : {},
      findingCounts,
      categories: categoriesOf(findingCounts),
      findings: Array.isArray(r.findings) ? (r.findings as PostRecord['findings']) : [],
      words: indexWords(text),
      templateId: typeof r.templateId === 'string' ? r.templateId : null,
      checklist: object(r.checklist) ? (r.checklist as Record<string, boolean>) : {},
      status,
      month: monthOf(createdAt),
      createdAt,
      updatedAt: typeof r.updatedAt === 'number' && Number.isFinite(r.updatedAt) ? r.updatedAt : createdAt,
      postedAt: typeof r.postedAt === 'number' ? r.postedAt : status === 'posted' ? createdAt : null,
    };
  });
  await posts.clear();
  const stored = await addRecords(posts, records);
  const rows = aggregateRecords(stored);
  await tx.table<MonthlyRow, string>('monthly').bulkPut([...rows.values()]);
}
