/**
 * Search box, filters and the paged list of posts. Pages follow each other by id (`after`), so the hundredth
 * page costs what the first does; the total is counted after the page is shown.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { CATEGORIES, ELEMENT_KEYS, PLATFORMS, POST_TYPES, type Category, type Severity } from '@/lib/analysis/types';
import type { CermatDatabase } from '@/lib/db/database';
import { postsToCsv } from '@/lib/history/csv';
import { deletePosts } from '@/lib/history/trash';
import { countMatches, searchPosts, type MatchCount, type PostSummary, type SearchFilters, type SearchResult } from '@/lib/history/search';
import { download } from './download';
import { csvLabels, formatDate, type HistoryStrings } from './strings';

export const PAGE_SIZE = 20;

interface FormState {
  query: string;
  platform: string;
  from: string;
  to: string;
  postType: string;
  category: string;
  status: string;
}

const EMPTY: FormState = { query: '', platform: '', from: '', to: '', postType: '', category: '', status: '' };

/** `YYYY-MM-DD` from a date input as local midnight (ms); `end` gives the next midnight (the day included). */
function dayMs(value: string, end = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (end ? 1 : 0)).getTime();
}

export function toFilters(form: FormState): SearchFilters {
  return {
    query: form.query,
    platforms: form.platform ? [form.platform] : [],
    postTypes: form.postType ? [form.postType] : [],
    categories: form.category ? [form.category] : [],
    status: form.status === 'draft' || form.status === 'posted' ? form.status : null,
    from: dayMs(form.from),
    to: dayMs(form.to, true),
  };
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

export interface SearchSectionProps {
  db: CermatDatabase;
  s: HistoryStrings;
  /** Bumped when the history changed elsewhere: the page is searched again. */
  version: number;
  onDeleted(batch: string | null, count: number): void;
}

export function SearchSection({ db, s, version, onDeleted }: SearchSectionProps) {
  const [form, setForm] = useState<FormState>(EMPTY);
  const query = useDebounced(form.query, 150);
  const filters = useMemo(() => toFilters({ ...form, query }), [form.platform, form.from, form.to, form.postType, form.category, form.status, query]);
  // `after` of each page visited: page n starts after pages[n].
  const [pages, setPages] = useState<(number | null)[]>([null]);
  const [pageIndex, setPageIndex] = useState(0);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [count, setCount] = useState<MatchCount | null>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const counted = useRef('');

  // New filters: back to the first page.
  useEffect(() => {
    setPages([null]);
    setPageIndex(0);
    setSelected(new Set());
  }, [filters]);

  useEffect(() => {
    const mine = ++seq.current;
    setBusy(true);
    searchPosts(db, filters, { after: pages[pageIndex] ?? null, limit: PAGE_SIZE })
      .then((r) => {
        if (seq.current !== mine) return;
        setResult(r);
        setError(null);
        setBusy(false);
        // A first page with everything on it is its own count; otherwise the total comes after the page is shown.
        const key = `${JSON.stringify(filters)}|${version}`;
        if (pageIndex === 0 && !r.hasMore) {
          counted.current = key;
          setCount({ count: r.items.length, exact: true, tookMs: 0 });
          return;
        }
        // Once per search (not again for each page).
        if (counted.current === key) return;
        counted.current = key;
        return countMatches(db, filters).then((c) => {
          if (counted.current === key) setCount(c);
        });
      })
      .catch((e: unknown) => {
        if (seq.current !== mine) return;
        setBusy(false);
        setError(String(e));
      });
  }, [db, filters, pageIndex, pages, version]);

  useEffect(() => setCount(null), [filters]);

  const set = (key: keyof FormState) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  const remove = async (ids: number[]) => {
    const res = await deletePosts(db, ids);
    setSelected(new Set());
    onDeleted(res.batch, res.deleted);
  };

  const goTo = (index: number) => {
    if (index > pageIndex && result?.next != null && pages.length <= index) setPages((p) => [...p, result.next]);
    setPageIndex(index);
  };

  const first = pageIndex * PAGE_SIZE + 1;
  const shown = result?.items.length ?? 0;
  const filtered = Object.entries(form).some(([, v]) => v !== '');

  return (
    <section id="cari" className="card no-print" aria-labelledby="search-heading">
      <h2 id="search-heading">{s.searchHeading}</h2>
      <div className="filters">
        <label className="grow">
          <span>{s.searchLabel}</span>
          <input
            type="search"
            data-testid="history-search"
            value={form.query}
            placeholder={s.searchPlaceholder}
            onChange={set('query')}
            autoComplete="off"
          />
        </label>
        <label>
          <span>{s.platform}</span>
          <select data-testid="history-filter-platform" value={form.platform} onChange={set('platform')}>
            <option value="">{s.allPlatforms}</option>
            {[...PLATFORMS, 'generic' as const].map((p) => (
              <option key={p} value={p}>
                {s.platforms[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{s.from}</span>
          <input type="date" data-testid="history-filter-from" value={form.from} onChange={set('from')} />
        </label>
        <label>
          <span>{s.to}</span>
          <input type="date" data-testid="history-filter-to" value={form.to} onChange={set('to')} />
        </label>
        <label>
          <span>{s.postType}</span>
          <select data-testid="history-filter-type" value={form.postType} onChange={set('postType')}>
            <option value="">{s.allPostTypes}</option>
            {POST_TYPES.map((t) => (
              <option key={t} value={t}>
                {s.postTypes[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{s.category}</span>
          <select data-testid="history-filter-category" value={form.category} onChange={set('category')}>
            <option value="">{s.allCategories}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {s.categories[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{s.status}</span>
          <select data-testid="history-filter-status" value={form.status} onChange={set('status')}>
            <option value="">{s.allStatuses}</option>
            <option value="posted">{s.statuses.posted}</option>
            <option value="draft">{s.statuses.draft}</option>
          </select>
        </label>
        <button type="button" className="secondary" onClick={() => setForm(EMPTY)} disabled={!filtered}>
          {s.reset}
        </button>
      </div>
      {result && result.query.ignored.length > 0 && <p className="hint">{s.ignoredWords(result.query.ignored)}</p>}

      <div className="list-head">
        <p data-testid="history-count" aria-live="polite">
          {busy && !result
            ? s.searching
            : shown
              ? `${s.resultRange(first, first + shown - 1, count?.count ?? null, count?.exact ?? true)} ${result ? s.tookMs(result.tookMs) : ''}`
              : filtered
                ? s.noResults
                : s.emptyHistory}
        </p>
        <div className="list-actions">
          {selected.size > 0 && (
            <button type="button" className="danger" data-testid="history-delete-selected" onClick={() => void remove([...selected])}>
              {s.deleteSelected(selected.size)}
            </button>
          )}
          {shown > 0 && (
            <button
              type="button"
              className="secondary"
              data-testid="history-posts-csv"
              onClick={() => {
                // Every match, page by page (the CSV is what the command line and spreadsheets read).
                void (async () => {
                  const all: PostSummary[] = [];
                  let after: number | null = null;
                  for (;;) {
                    const page: SearchResult = await searchPosts(db, filters, { after, limit: 200 });
                    all.push(...page.items);
                    if (!page.hasMore) break;
                    after = page.next;
                  }
                  download(postsToCsv(all, csvLabels(s)), 'cermat-riwayat.csv');
                })();
              }}
            >
              {s.downloadPostsCsv}
            </button>
          )}
        </div>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ol className="results" data-testid="history-results">
        {result?.items.map((post) => (
          <ResultItem
            key={post.id}
            post={post}
            s={s}
            selected={selected.has(post.id)}
            onSelect={(on) =>
              setSelected((prev) => {
                const next = new Set(prev);
                if (on) next.add(post.id);
                else next.delete(post.id);
                return next;
              })
            }
            onDelete={() => void remove([post.id])}
          />
        ))}
      </ol>
      {(pageIndex > 0 || result?.hasMore) && (
        <nav className="pager" aria-label={s.page(pageIndex + 1)}>
          <button type="button" data-testid="history-prev" disabled={pageIndex === 0} onClick={() => goTo(pageIndex - 1)}>
            {s.previous}
          </button>
          <span data-testid="history-page">{s.page(pageIndex + 1)}</span>
          <button type="button" data-testid="history-next" disabled={!result?.hasMore} onClick={() => goTo(pageIndex + 1)}>
            {s.next}
          </button>
        </nav>
      )}
    </section>
  );
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

function scoreTone(score: number | null): string {
  if (score === null) return 'none';
  return score >= 80 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

interface ResultItemProps {
  post: PostSummary;
  s: HistoryStrings;
  selected: boolean;
  onSelect(on: boolean): void;
  onDelete(): void;
}

function ResultItem({ post, s, selected, onSelect, onDelete }: ResultItemProps) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const missing = ELEMENT_KEYS.filter((k) => post.elements[k] === 'missing').map((k) => s.elements[k]);
  const date = formatDate(post.createdAt, s.locale);
  const platform = s.platforms[post.platform] ?? post.platform;
  const findings = Object.values(post.findingCounts).reduce((a, b) => a + b, 0);
  // Category chips, most severe first.
  const chips = post.categories
    .map((c) => {
      const severity = SEVERITY_ORDER.find((sev) => (post.findingCounts[`${c}:${sev}`] ?? 0) > 0) ?? 'info';
      const n = SEVERITY_ORDER.reduce((a, sev) => a + (post.findingCounts[`${c}:${sev}`] ?? 0), 0);
      return { c: c as Category, severity, n };
    })
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  const long = post.text.length > 280 || post.text.split('\n').length > 3;
  return (
    <li className="result" data-testid="history-item" data-id={post.id} data-status={post.status} data-platform={post.platform}>
      <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={s.select(s.itemLabel(platform, date))} />
      <div className={`score score-${scoreTone(post.score)}`} data-testid="history-item-score" title={s.score}>
        {post.score ?? '–'}
      </div>
      <div className="result-body">
        <div className="meta">
          <strong>{platform}</strong>
          <span>{date}</span>
          <span className={`status status-${post.status}`}>{s.statuses[post.status]}</span>
          <span>{s.postTypes[post.postType]}</span>
          {findings > 0 && <span>{s.findingsCount(findings)}</span>}
        </div>
        <p className={open ? 'text' : 'text clamp'} data-testid="history-item-text">
          {post.text}
        </p>
        <div className="chips">
          {post.score === null ? null : missing.length ? (
            <span className="chip missing" data-testid="history-item-missing">
              {s.missing(missing)}
            </span>
          ) : (
            <span className="chip ok">{s.allElementsPresent}</span>
          )}
          {chips.map(({ c, severity, n }) => (
            <span key={c} className={`chip sev-${severity}`} data-category={c}>
              {s.categories[c] ?? c} · {n}
            </span>
          ))}
        </div>
      </div>
      <div className="result-actions">
        {long && (
          <button type="button" className="link" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? s.showLess : s.showMore}
          </button>
        )}
        <button
          type="button"
          className="link"
          onClick={() => {
            void navigator.clipboard?.writeText(post.text).then(() => {
              setCopied(true);
              setTimeout(() => setCopied(false), 1500);
            });
          }}
        >
          {copied ? s.copied : s.copy}
        </button>
        <button type="button" className="link danger" data-testid="history-item-delete" onClick={onDelete}>
          {s.delete}
        </button>
      </div>
    </li>
  );
}
