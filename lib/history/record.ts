/**
 * Turns what the composer saw (text and the engine's Report) into a history record: element states, finding
 * counts by `category:severity`, per-rule summaries, the search words. Pure: no database here.
 */
import { ELEMENT_KEYS, PLATFORMS, SEVERITIES, type Platform, type Report } from '../analysis/types';
import type { ElementState, FindingSummary, HistoryPlatform, PostRecord, PostStatus } from '../db/database';
import { monthOf } from './month';
import { indexWords } from './words';

/** Rule summaries kept per post: more would only repeat the same spelling rule on a very long text. */
export const MAX_FINDING_SUMMARIES = 50;

export interface RecordInput {
  platform: Platform | 'generic' | undefined;
  adapter?: string;
  url: string;
  text: string;
  report: Report | null;
  status: PostStatus;
  /** Milliseconds since the epoch: when it was posted or saved. */
  at: number;
  templateId?: string | null;
  checklist?: Record<string, boolean>;
  uid?: string;
}

/** A record before it is stored: its search words as plain words; the id and the id-keyed index entries come at write time. */
export type NewPostRecord = Omit<PostRecord, 'id' | 'terms' | 'categoryKeys'> & { words: string[] };

export function newUid(): string {
  return globalThis.crypto.randomUUID();
}

export function toPlatform(value: string | undefined): HistoryPlatform {
  return value && (PLATFORMS as readonly string[]).includes(value) ? (value as Platform) : 'generic';
}

const SEVERITY_RANK: Record<string, number> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i]));

/** What a Report says, in the shape the history stores. */
export function summarizeReport(report: Report | null): Pick<
  PostRecord,
  'language' | 'postType' | 'score' | 'elements' | 'findingCounts' | 'categories' | 'findings'
> {
  if (!report) {
    return { language: 'und', postType: 'other', score: null, elements: {}, findingCounts: {}, categories: [], findings: [] };
  }
  const elements: Partial<Record<(typeof ELEMENT_KEYS)[number], ElementState>> = {};
  for (const key of ELEMENT_KEYS) {
    const e = report.elements[key];
    if (e) elements[key] = e.found ? 'found' : e.required ? 'missing' : 'not-required';
  }
  const findingCounts: Record<string, number> = {};
  const byRule = new Map<string, FindingSummary>();
  for (const f of report.findings) {
    const key = `${f.category}:${f.severity}`;
    findingCounts[key] = (findingCounts[key] ?? 0) + 1;
    const summary = byRule.get(f.rule);
    if (summary) summary.count++;
    else byRule.set(f.rule, { rule: f.rule, category: f.category, severity: f.severity, count: 1, message: f.message });
  }
  const findings = [...byRule.values()]
    .sort((a, b) => SEVERITY_RANK[a.severity]! - SEVERITY_RANK[b.severity]! || b.count - a.count || (a.rule < b.rule ? -1 : 1))
    .slice(0, MAX_FINDING_SUMMARIES);
  return {
    language: report.language,
    postType: report.postType,
    score: Number.isFinite(report.score) ? Math.round(report.score) : null,
    elements,
    findingCounts,
    categories: categoriesOf(findingCounts),
    findings,
  };
}

/** Categories named by `category:severity` keys with a count above zero, sorted. */
export function categoriesOf(findingCounts: Record<string, number>): string[] {
  const out = new Set<string>();
  for (const [key, n] of Object.entries(findingCounts)) if (n > 0) out.add(key.slice(0, key.lastIndexOf(':')));
  return [...out].sort();
}

export function buildRecord(input: RecordInput): NewPostRecord {
  const platform = toPlatform(input.platform);
  return {
    uid: input.uid ?? newUid(),
    platform,
    adapter: input.adapter ?? platform,
    url: input.url,
    text: input.text,
    ...summarizeReport(input.report),
    words: indexWords(input.text),
    templateId: input.templateId ?? null,
    checklist: input.checklist ?? {},
    status: input.status,
    month: monthOf(input.at),
    createdAt: input.at,
    updatedAt: input.at,
    postedAt: input.status === 'posted' ? input.at : null,
  };
}

/** Elements a post lacks although its type needs them. */
export function missingElements(record: Pick<PostRecord, 'elements'>): string[] {
  return ELEMENT_KEYS.filter((k) => record.elements[k] === 'missing');
}
