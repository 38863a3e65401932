/** Shared helpers for the history unit tests (fake-indexeddb databases, reports, posts). */
import 'fake-indexeddb/auto';
// dexie-export-import reads `self` when it loads (it exists in pages and workers, not in Node).
(globalThis as { self?: unknown }).self ??= globalThis;
// …and reads an (empty) Blob with FileReader after every export, which Node lacks: a minimal one.
if (typeof (globalThis as { FileReader?: unknown }).FileReader === 'undefined') {
  class NodeFileReader {
    result: ArrayBuffer | null = null;
    onload: ((ev: { target: NodeFileReader }) => void) | null = null;
    onerror: ((ev: { target: { error: unknown } }) => void) | null = null;
    onabort: (() => void) | null = null;
    readAsArrayBuffer(blob: Blob): void {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer;
          this.onload?.({ target: this });
        },
        (error: unknown) => this.onerror?.({ target: { error } }),
      );
    }
  }
  (globalThis as { FileReader?: unknown }).FileReader = NodeFileReader;
}
import { ELEMENT_KEYS, type Category, type ElementKey, type Report, type Severity } from '../../lib/analysis/types';
import { CermatDatabase } from '../../lib/db/database';

let counter = 0;

/** A fresh database with a unique name (fake-indexeddb keeps databases for the whole test file). */
export function freshDb(): CermatDatabase {
  return new CermatDatabase(`cermat-test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`);
}

export interface ReportSpec {
  score?: number;
  postType?: Report['postType'];
  language?: Report['language'];
  findings?: { rule: string; category: Category; severity: Severity; message?: string }[];
  missing?: ElementKey[];
  notRequired?: ElementKey[];
}

export function makeReport(spec: ReportSpec = {}): Report {
  const elements = {} as Report['elements'];
  for (const key of ELEMENT_KEYS) {
    const missing = spec.missing?.includes(key) ?? false;
    const notRequired = spec.notRequired?.includes(key) ?? false;
    elements[key] = {
      found: !missing && !notRequired,
      required: !notRequired,
      evidence: missing || notRequired ? null : key,
      start: null,
      end: null,
    };
  }
  return {
    language: spec.language ?? 'id',
    postType: spec.postType ?? 'event',
    score: spec.score ?? 80,
    elements,
    findings: (spec.findings ?? []).map((f, i) => ({
      rule: f.rule,
      category: f.category,
      severity: f.severity,
      start: i,
      end: i + 1,
      text: 'x',
      message: f.message ?? `Pesan ${f.rule}`,
      suggestion: null,
      ref: 'x',
    })),
    counts: { characters: 10, weighted: 10, hashtags: 0, mentions: 0 },
  };
}

/** Local time of a day (months in the history are local). */
export function day(year: number, month: number, date: number, hour = 10): number {
  return new Date(year, month - 1, date, hour).getTime();
}
