/**
 * Full-text search over the guide, built in memory when the page loads (a few milliseconds) and run on every
 * keystroke. Words are cut by the engine's own tokenizer, so "Pasal 27A", "ktp-el" or "#LawanHoaks" split the same way
 * in the text and in a query. Every query word must match (a whole word, the start of a word, or the same crude
 * stem: "judi" finds "perjudian"); matches in titles, keywords and section ids weigh more than in the body, rarer
 * words more than common ones, and a query found as a phrase gets a bonus.
 */
import { createTextView, type Token } from '../analysis/text';
import type { GuideSection } from './index';

export interface SearchHit {
  id: string;
  title: { id: string; en: string };
  score: number;
  /** A piece of the section's text around the first match. */
  snippet: string;
  /** [start, end) ranges of `snippet` to highlight. */
  highlights: [number, number][];
  /** False when not every query word matched (shown only if nothing matched them all). */
  complete: boolean;
}

export interface GuideIndex {
  search(query: string, limit?: number): SearchHit[];
}

const WEIGHTS = { title: 8, id: 6, keywords: 5, source: 2, summary: 1, body: 1 } as const;
const PREFIX_FACTOR = 0.6;
const STEM_FACTOR = 0.5;
const SNIPPET = 180;

/** Words too common to narrow a search; dropped from a query unless nothing else is left. */
const STOP = new Set([
  'dan', 'yang', 'di', 'ke', 'dari', 'untuk', 'pada', 'dengan', 'atau', 'ini', 'itu', 'dalam', 'oleh', 'adalah',
  'the', 'of', 'and', 'to', 'in', 'a', 'an', 'is', 'for', 'on',
]);

const PREFIXES = ['meng', 'meny', 'mem', 'men', 'peng', 'peny', 'pem', 'pen', 'per', 'ber', 'ter', 'me', 'pe', 'di', 'ke', 'se'];
const SUFFIXES = ['kan', 'nya', 'an', 'i'];

/** A crude Indonesian stem (one suffix, one prefix): enough to join "perjudian" and "judi", never shown to anyone. */
export function stem(word: string): string {
  let w = word;
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 4 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  for (const p of PREFIXES) {
    if (w.length - p.length >= 4 && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  return w;
}

/** The search terms of a token: its folded form, and the parts of a hyphenated word. */
function termsOf(t: Token): string[] {
  if (t.kind === 'emoji' || t.kind === 'url' || t.kind === 'email') return [];
  const norm = t.kind === 'hashtag' || t.kind === 'mention' ? t.norm.slice(1) : t.norm;
  if (!norm) return [];
  if (!norm.includes('-')) return [norm];
  return [norm, ...norm.split('-').filter(Boolean)];
}

export function tokenize(text: string): string[] {
  return createTextView(text).tokens.flatMap(termsOf);
}

/** Terms → weight per section (dense: the guide has a few dozen sections). */
type Postings = Map<string, Float64Array>;

function add(postings: Postings, term: string, section: number, weight: number, n: number): void {
  let row = postings.get(term);
  if (!row) postings.set(term, (row = new Float64Array(n)));
  row[section]! += weight;
}

/** Binary search for the first term >= prefix in a sorted list. */
function lowerBound(sorted: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Prepared {
  section: GuideSection;
  /** Folded words of title, keywords and body joined by single spaces, for phrase matching. */
  phraseText: string;
  titleText: string;
  bodyTokens: Token[];
}

export function buildGuideIndex(sections: readonly GuideSection[]): GuideIndex {
  const n = sections.length;
  const postings: Postings = new Map();
  const stems: Postings = new Map();
  const prepared: Prepared[] = sections.map((section, i) => {
    const fields: [string, number][] = [
      [`${section.title.id} ${section.title.en}`, WEIGHTS.title],
      [section.id.replace(/-/g, ' '), WEIGHTS.id],
      [(section.keywords ?? []).join(' . '), WEIGHTS.keywords],
      [section.source, WEIGHTS.source],
      [section.summaryEn, WEIGHTS.summary],
      [`${section.text} ${section.status ?? ''}`, WEIGHTS.body],
    ];
    for (const [text, weight] of fields) {
      for (const term of tokenize(text)) {
        add(postings, term, i, weight, n);
        const s = stem(term);
        if (s !== term) add(stems, s, i, weight, n);
      }
    }
    return {
      section,
      titleText: tokenize(`${section.title.id} ${section.title.en}`).join(' '),
      phraseText: ` ${tokenize(`${section.title.id} ${(section.keywords ?? []).join(' . ')} ${section.text}`).join(' ')} `,
      bodyTokens: createTextView(section.text).tokens,
    };
  });
  const sortedTerms = [...postings.keys()].sort();
  const idf = (row: Float64Array) => {
    let df = 0;
    for (const w of row) if (w > 0) df++;
    return Math.log(1 + n / Math.max(1, df));
  };

  /** Each section's score for one query term: the best of an exact, prefix or stem match. */
  function termScores(q: string): { scores: Float64Array; matches: (term: string) => boolean } {
    const scores = new Float64Array(n);
    const take = (row: Float64Array | undefined, factor: number) => {
      if (!row) return;
      const weight = idf(row) * factor;
      for (let i = 0; i < n; i++) if (row[i]! > 0) scores[i] = Math.max(scores[i]!, row[i]! * weight);
    };
    take(postings.get(q), 1);
    const prefixed: string[] = [];
    // One letter is not a prefix worth expanding ("a" in "27A" must match exactly).
    if (q.length >= 2) {
      for (let k = lowerBound(sortedTerms, q); k < sortedTerms.length && sortedTerms[k]!.startsWith(q); k++) {
        if (sortedTerms[k] !== q) {
          prefixed.push(sortedTerms[k]!);
          take(postings.get(sortedTerms[k]!), PREFIX_FACTOR);
        }
      }
    }
    const s = stem(q);
    take(stems.get(s), STEM_FACTOR);
    if (s === q) take(stems.get(q), STEM_FACTOR);
    return {
      scores,
      matches: (term) => term === q || (q.length >= 2 && term.startsWith(q)) || (term.length >= 4 && stem(term) === s),
    };
  }

  function snippetOf(p: Prepared, matches: ((term: string) => boolean)[]): Pick<SearchHit, 'snippet' | 'highlights'> {
    const text = p.section.text;
    const hit = (t: Token) => termsOf(t).some((term) => matches.some((m) => m(term)));
    const first = p.bodyTokens.find(hit);
    let start = 0;
    if (first && first.start > 60) {
      start = text.lastIndexOf(' ', first.start - 50) + 1;
    }
    let end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), start + 1);
    const raw = text.slice(start, end);
    const lead = start > 0 ? '… ' : '';
    const snippet = `${lead}${raw.replace(/\n/g, ' ')}${end < text.length ? ' …' : ''}`;
    const highlights: [number, number][] = [];
    for (const t of p.bodyTokens) {
      if (t.start >= start && t.end <= end && hit(t)) highlights.push([t.start - start + lead.length, t.end - start + lead.length]);
    }
    return { snippet, highlights };
  }

  return {
    search(query, limit = 10) {
      const all = [...new Set(tokenize(query).flatMap((t) => (t.includes('-') ? t.split('-').filter(Boolean) : [t])))];
      const terms = all.some((t) => !STOP.has(t)) ? all.filter((t) => !STOP.has(t)) : all;
      if (!terms.length) return [];
      const per = terms.map(termScores);
      const phrase = terms.length > 1 ? ` ${tokenize(query).join(' ')} ` : null;

      const rank = (requireAll: boolean) => {
        const hits: { i: number; score: number; matched: number }[] = [];
        for (let i = 0; i < n; i++) {
          let score = 0;
          let matched = 0;
          for (const t of per) {
            if (t.scores[i]! > 0) {
              score += t.scores[i]!;
              matched++;
            }
          }
          if (!matched || (requireAll && matched < terms.length)) continue;
          const p = prepared[i]!;
          if (phrase && p.phraseText.includes(phrase)) score *= 1.5;
          if (phrase && ` ${p.titleText} `.includes(phrase)) score *= 1.5;
          hits.push({ i, score: requireAll ? score : score * (matched / terms.length), matched });
        }
        return hits.sort((a, b) => b.matched - a.matched || b.score - a.score || a.i - b.i);
      };
      let hits = rank(true);
      const complete = hits.length > 0;
      if (!complete) hits = rank(false);
      return hits.slice(0, limit).map(({ i, score }) => {
        const p = prepared[i]!;
        return {
          id: p.section.id,
          title: p.section.title,
          score: Math.round(score * 100) / 100,
          complete,
          ...snippetOf(p, per.map((t) => t.matches)),
        };
      });
    },
  };
}
