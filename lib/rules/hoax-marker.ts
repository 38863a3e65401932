/**
 * Hoax markers (SE MenPAN-RB 137/2018: shared information must have a clear, verifiable source): orders to spread,
 * "BUKAN HOAX", forwarded-message markers, hearsay without a source, runs of "!!!" and ALL-CAPS shouting. These are
 * warnings, not errors: the admin may be quoting, so each message asks them to check the source.
 *
 * Clarification posts ("[HOAKS] … Penjelasan: … Link Counter: …") and anti-hoax messages quote the very same phrases;
 * the module recognises them itself (the post-type classifier may say so too) and stays silent there.
 */
import { createTextView, sentenceAt, type Span, type TextView, type Token } from '../analysis/text';
import type { Finding, Severity } from '../analysis/types';
import { compileDataRule, parseRulePack } from './data-rule';
import lexicon from './data/hoax-marker/lexicon.json';
import pack from './data/hoax-marker/rules.json';
import { makeFinding } from './finding';
import { compileTerms, flagWords, type TermMatch } from './terms';
import type { Message, Rule, RuleContext } from './types';

const PACK = parseRulePack(pack, 'hoax-marker');
/** Each term's longest word: a text with none of them cannot contain any of the terms. */
const anchors = (terms: readonly string[]) =>
  new Set(terms.map((term) => createTextView(term).tokens.reduce((best, t) => (t.norm.length >= best.length ? t.norm : best), '')));
/** A phrase list runs only when the text has one of its anchors (a lookup per token, not a pass). */
const DATA_RULES = PACK.rules.map((r) => ({ rule: compileDataRule(r), anchors: anchors(r.terms ?? []) }));
const packRule = (id: string) => PACK.rules.find((r) => r.id === id)!;
const SHARE_ORDER = packRule('hoax-marker/share-order');
const NOT_HOAX = packRule('hoax-marker/not-hoax');
const FORWARDED = packRule('hoax-marker/forwarded');

const HEARSAY = compileTerms(lexicon.hearsay);
const HEARSAY_ANCHORS = anchors(lexicon.hearsay);
const HEARSAY_WORDS = new Set(lexicon.hearsayWords);
const SOURCES = compileTerms(lexicon.sources);
const DENIALS = compileTerms(lexicon.denials);
const ANTI_HOAX = compileTerms(lexicon.antiHoax);
const NOT_HOAX_PREFIX = new Set(lexicon.notHoaxPrefix);
const NEGATORS = new Set(lexicon.negators);
const NOT_NEGATING = new Set(lexicon.notNegating);
const SHARE_WORDS = new Set(lexicon.shareWords.words);
const SEND_VERBS = new Set(lexicon.sendToCount.verbs);
const SEND_TO = new Set(lexicon.sendToCount.to);
const SEND_NUMBERS = new Set(lexicon.sendToCount.numberWords);
const SEND_TARGETS = new Set(lexicon.sendToCount.targets);
const VALID_WORDS = new Set(lexicon.validClaim.words);
const FORWARD_LABELS = new Set(lexicon.forwardedLabels.words);
const ACRONYMS = new Set(lexicon.acronyms);
const LABEL = new RegExp(lexicon.clarification.labelPattern);
const SECTION = new RegExp(lexicon.clarification.sectionPattern, 'g');
const STRONG_SECTIONS = new Set(lexicon.clarification.strongSections);
const POST_SOURCE = /(?:^|\n)[ \t*_-]*(?:sumber|link counter|rujukan|referensi)[ \t*_]*:/;
const PUNCT_RUN = /[!?]{3,}/g;
const CAPS_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const VOWEL = /[aiueo]/;

const MESSAGES = {
  shareOrder: SHARE_ORDER.message as Message,
  hearsay: {
    id: 'Kabar tanpa sumber ("katanya", "beredar kabar"). Sebutkan sumber resmi yang bisa diperiksa, atau tunda unggahan sampai kabarnya terverifikasi.',
    en: 'News without a source ("they say", "word is going round"). Name an official, checkable source, or hold the post until it is verified.',
  },
  punctuation: {
    id: 'Tanda seru atau tanya beruntun terkesan provokatif dan menjadi ciri pesan hoaks; cukup satu tanda.',
    en: 'A run of exclamation or question marks reads as provocative and is a hoax marker; one is enough.',
  },
  caps: {
    id: 'Kalimat berhuruf kapital semua terkesan berteriak dan menjadi ciri pesan hoaks. Gunakan huruf kapital sesuai EYD dan periksa sumber informasinya.',
    en: 'Whole sentences in capitals read as shouting and are a hoax marker. Use capitals as the spelling rules say and check the source of the information.',
  },
} satisfies Record<string, Message>;

/** Markers that are not just style: their presence makes "!!!" and capitals a warning too. */
const CONTENT_RULES = new Set(['hoax-marker/share-order', 'hoax-marker/not-hoax', 'hoax-marker/forwarded', 'hoax-marker/hearsay']);

/** Index of the first token starting at or after pos. */
function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) lies inside one of `spans` (sorted, not overlapping). */
function insideSpan(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return !!s && s.start <= start && end <= s.end;
}

/** Whether a hit (sorted by start) starts inside span s. */
function within(hits: readonly { start: number }[], s: Span): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < hits.length && hits[lo]!.start < s.end;
}

/** "[HOAKS] … Penjelasan: … Link Counter: …", Mafindo's "[SALAH] … Kesimpulan", ANTARA's "Hoaks! …". */
export function looksLikeClarification(view: TextView): boolean {
  const label = LABEL.test(view.folded);
  const sections = new Set<string>();
  SECTION.lastIndex = 0;
  for (let m = SECTION.exec(view.folded); m; m = SECTION.exec(view.folded)) sections.add((m[1] ?? m[2])!);
  const strong = [...sections].some((s) => STRONG_SECTIONS.has(s));
  return (label && sections.size >= 1) || (strong && sections.size >= 2);
}

/** Spans inside quotation marks, line by line (an unclosed quote ends at the line break). */
function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (open >= 0) spans.push({ start: open, end: i });
      open = -1;
      continue;
    }
    if (open >= 0) {
      if (c === closer && (closer !== "'" || !/\p{L}/u.test(text[i + 1] ?? ''))) {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      }
      continue;
    }
    const prev = text[i - 1] ?? ' ';
    if (c === '“') (open = i), (closer = '”');
    else if (c === '«') (open = i), (closer = '»');
    else if (c === '‘') (open = i), (closer = '’');
    else if (c === '"') (open = i), (closer = '"');
    else if (c === "'" && /[\s(:[]/.test(prev)) (open = i), (closer = "'");
  }
  if (open >= 0) spans.push({ start: open, end: text.length });
  return spans;
}

function isCaps(t: Token): boolean {
  if (t.kind !== 'word' || t.text.length < 2) return false;
  const c = t.text.charCodeAt(0);
  const d = t.text.charCodeAt(1);
  if ((c >= 97 && c <= 122) || (d >= 97 && d <= 122)) return false; // "kata", "Kata": the common cases
  return CAPS_WORD.test(t.text);
}

/** "Katanya besok …", "Pak Kades katanya …" — not the reporting verb of a quote ("…,” katanya.", "…, katanya."). */
function isHearsayWord(view: TextView, i: number): boolean {
  const { tokens, text } = view;
  const sentence = sentenceAt(view.sentences, tokens[i]!.start);
  if (!sentence) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.end <= sentence.start) return true;
  if (/[”"’',:]/.test(text.slice(prev.end, tokens[i]!.start))) return false;
  const next = tokens[i + 1];
  return !!next && next.start < sentence.end && next.kind === 'word';
}

/** Only spaces or tabs between `from` and `to`. */
function blank(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Only spaces or tabs from `from` back to a line start (or the text start). Bounded by the spaces it walks. */
function lineStartsAt(text: string, from: number): boolean {
  let p = from - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  return p < 0 || text.charCodeAt(p) === 10;
}

/** Only spaces or tabs from `from` to a line end (or the text end). */
function lineEndsAt(text: string, from: number): boolean {
  let p = from;
  while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 13)) p++;
  return p >= text.length || text.charCodeAt(p) === 10;
}

/** WhatsApp's "Diteruskan" alone on a line, "[Forwarded]", "Fwd:" at a line start. */
function isForwardLabel(text: string, t: Token): boolean {
  const after = text[t.end];
  if ('[('.includes(text[t.start - 1] ?? ' ') && '])'.includes(after ?? ' ')) return true;
  if (!lineStartsAt(text, t.start)) return false;
  if (after === ':') return t.norm === 'fwd' || t.norm === 'fw';
  return t.norm !== 'fw' && lineEndsAt(text, t.end);
}

/** Index just past "!" after a shouted or exclaimed share word (spaces allowed), or -1. */
function bangAfter(text: string, end: number): number {
  let p = end;
  while (text.charCodeAt(p) === 32) p++;
  return text.charCodeAt(p) === 33 ? p + 1 : -1;
}

interface Raw {
  rule: string;
  start: number;
  end: number;
  severity: Severity;
}

// What a folded word may signal, in one lookup per token.
const F_DATA = 1;
const F_HEARSAY_ANCHOR = 2;
const F_SHARE = 4;
const F_SEND = 8;
const F_VALID = 16;
const F_FORWARD = 32;
const F_HEARSAY = 64;
const FLAGS = new Map<string, number>();
for (const r of DATA_RULES) flagWords(FLAGS, r.anchors, F_DATA);
flagWords(FLAGS, HEARSAY_ANCHORS, F_HEARSAY_ANCHOR);
flagWords(FLAGS, SHARE_WORDS, F_SHARE);
flagWords(FLAGS, SEND_VERBS, F_SEND);
flagWords(FLAGS, VALID_WORDS, F_VALID);
flagWords(FLAGS, FORWARD_LABELS, F_FORWARD);
flagWords(FLAGS, HEARSAY_WORDS, F_HEARSAY);

interface Scanned {
  raw: Raw[];
  /** Indexes into DATA_RULES whose phrases may occur. */
  dataNeeded: Set<number>;
  hearsayPhrases: boolean;
}

/** One pass over the tokens for the checks that need more than a phrase. */
function scanTokens(view: TextView): Scanned {
  const { tokens, text } = view;
  const out: Raw[] = [];
  const dataNeeded = new Set<number>();
  let hearsayPhrases = false;
  // ALL-CAPS run state.
  let first = -1;
  let last = -1;
  let shouted = 0;
  const closeRun = () => {
    if (first >= 0 && shouted >= lexicon.minShoutWords) {
      const run = capsFinding(view, first, last);
      if (run) out.push(run);
    }
    first = -1;
    last = -1;
    shouted = 0;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const caps = isCaps(t);
    if (first >= 0 && (!caps || hasBreak(text, tokens[last]!.end, t.start))) {
      if (!transparent(t)) closeRun();
    }
    if (caps) {
      if (first < 0) first = i;
      last = i;
      if (t.norm.length >= 3 && !ACRONYMS.has(t.norm) && VOWEL.test(t.norm)) shouted++;
    }
    if (t.kind === 'number') {
      // "100% valid"
      if (t.norm === '100' && text[t.end] === '%') {
        const next = tokens[i + 1];
        if (next && VALID_WORDS.has(next.norm) && blank(text, t.end + 1, next.start))
          out.push({ rule: 'hoax-marker/not-hoax', start: t.start, end: next.end, severity: 'warning' });
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    const n = t.norm;
    const f = FLAGS.get(n);
    if (f === undefined) continue;
    if (f & F_DATA) for (let r = 0; r < DATA_RULES.length; r++) if (DATA_RULES[r]!.anchors.has(n)) dataNeeded.add(r);
    if (f & F_HEARSAY_ANCHOR) hearsayPhrases = true;
    if (f & F_SHARE) {
      const bang = bangAfter(text, t.end);
      if (caps || bang > 0) out.push({ rule: SHARE_ORDER.id, start: t.start, end: bang > 0 ? bang : t.end, severity: 'warning' });
    }
    if (f & F_SEND) {
      const end = sendToCount(tokens, i);
      if (end >= 0) out.push({ rule: SHARE_ORDER.id, start: t.start, end: tokens[end]!.end, severity: 'warning' });
    }
    if (f & F_VALID) {
      // "asli 100%"
      const next = tokens[i + 1];
      if (next && next.norm === '100' && text[next.end] === '%' && blank(text, t.end, next.start))
        out.push({ rule: 'hoax-marker/not-hoax', start: t.start, end: next.end + 1, severity: 'warning' });
    }
    if (f & F_FORWARD && isForwardLabel(text, t))
      out.push({ rule: 'hoax-marker/forwarded', start: t.start, end: t.end, severity: 'warning' });
    if (f & F_HEARSAY && isHearsayWord(view, i))
      out.push({ rule: 'hoax-marker/hearsay', start: t.start, end: t.end, severity: 'warning' });
  }
  closeRun();
  return { raw: out, dataNeeded, hearsayPhrases };
}

/** "kirim ke 10 grup", "teruskan kepada sepuluh orang": index of the target word, or -1. */
function sendToCount(tokens: Token[], i: number): number {
  if (!SEND_TO.has(tokens[i + 1]?.norm ?? '')) return -1;
  let k = i + 2;
  const t = tokens[k];
  if (!t) return -1;
  if (t.kind === 'number') k++;
  else if (SEND_NUMBERS.has(t.norm)) k++;
  else if (SEND_NUMBERS.has(`${t.norm} ${tokens[k + 1]?.norm}`)) k += 2;
  else return -1;
  return SEND_TARGETS.has(tokens[k]?.norm ?? '') ? k : -1;
}

/** A run of shouted words, unless it is a whole short heading line ("PENGUMUMAN PENERIMAAN PPPK 2024"). The run
 * is maximal, so it is the whole line when nothing but numbers or emoji stands between it and the line breaks. */
function capsFinding(view: TextView, first: number, last: number): Raw | null {
  const { tokens, text } = view;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  let before = first - 1;
  while (before >= 0 && transparent(tokens[before]!) && !hasBreak(text, tokens[before]!.end, tokens[before + 1]!.start)) before--;
  let after = last + 1;
  while (after < tokens.length && transparent(tokens[after]!) && !hasBreak(text, tokens[after - 1]!.end, tokens[after]!.start)) after++;
  const wholeLine =
    (before < 0 || hasBreak(text, tokens[before]!.end, tokens[before + 1]!.start)) &&
    (after >= tokens.length || hasBreak(text, tokens[after - 1]!.end, tokens[after]!.start));
  if (wholeLine && last - first < lexicon.headlineMaxWords) {
    let bang = text.slice(start, end).includes('!');
    for (let p = end; !bang && p < text.length && text.charCodeAt(p) !== 10; p++) bang = text.charCodeAt(p) === 33;
    if (!bang) return null;
  }
  // Style on its own ("SELAMAT HARI RAYA IDUL FITRI!" is a greeting); check() raises it beside real markers.
  return { rule: 'hoax-marker/all-caps', start, end, severity: 'info' };
}

/** Neither shouting nor lower case: numbers, emoji, a single capital ("1445 H"). */
function transparent(t: Token): boolean {
  if (t.kind === 'number' || t.kind === 'emoji') return true;
  return t.kind === 'word' && t.text.length === 1 && t.text !== t.norm;
}

/** A line break between two offsets (the gap between two tokens). */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}

function hearsayPhrases(view: TextView): Raw[] {
  return HEARSAY.find(view).map((m) => ({ rule: 'hoax-marker/hearsay', start: m.start, end: m.end, severity: 'warning' }));
}

/** Hearsay with a source in its sentence (or a "Sumber:" line in the post), or that is being denied, is fine. */
function unsourced(view: TextView, hearsay: Raw[]): Raw[] {
  if (!hearsay.length || POST_SOURCE.test(view.folded)) return [];
  // "(menurut) sumber terpercaya" is a hearsay phrase, not a source.
  hearsay.sort((a, b) => a.start - b.start);
  const partOfHearsay = (m: Span) => {
    let lo = 0;
    let hi = hearsay.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hearsay[mid]!.end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    const h = hearsay[lo]; // the first hearsay span ending after the source word starts
    return !!h && (h.start <= m.start || (h.start >= m.end && blank(view.text, m.end, h.start)));
  };
  const sources: { start: number }[] = SOURCES.find(view).filter((m) => !partOfHearsay(m));
  for (const t of view.tokens) if (t.kind === 'url') sources.push(t);
  sources.sort((a, b) => a.start - b.start);
  const denials = DENIALS.find(view);
  return hearsay.filter((h) => {
    const s = sentenceAt(view.sentences, h.start) ?? { start: 0, end: view.text.length };
    return !within(sources, s) && !within(denials, s);
  });
}

function punctuationRuns(text: string): Raw[] {
  const out: Raw[] = [];
  PUNCT_RUN.lastIndex = 0;
  for (let m = PUNCT_RUN.exec(text); m; m = PUNCT_RUN.exec(text))
    out.push({ rule: 'hoax-marker/punctuation', start: m.index, end: m.index + m[0].length, severity: 'info' });
  return out;
}

/** "jangan viralkan", "tidak disebarkan": a negated order is advice, not an order. */
function negated(view: TextView, f: Raw): boolean {
  const { tokens } = view;
  const i = tokenAt(tokens, f.start);
  const s = sentenceAt(view.sentences, f.start);
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const t = tokens[k]!;
    if (s && t.start < s.start) break;
    if (NEGATORS.has(t.norm) && !NOT_NEGATING.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Sentences that talk about hoaxes ("waspadai pesan berantai"), not counting "bukan hoaks" claims. */
function antiHoaxHits(view: TextView): TermMatch[] {
  return ANTI_HOAX.find(view).filter((m) => !(m.first > 0 && NOT_HOAX_PREFIX.has(view.tokens[m.first - 1]!.norm)));
}


const RULE_INFO: Record<string, { message: Message; ref: string; suggestion?: (text: string) => string }> = {
  'hoax-marker/share-order': { message: MESSAGES.shareOrder, ref: SHARE_ORDER.ref },
  'hoax-marker/not-hoax': { message: NOT_HOAX.message as Message, ref: NOT_HOAX.ref },
  'hoax-marker/forwarded': { message: FORWARDED.message as Message, ref: FORWARDED.ref },
  'hoax-marker/hearsay': { message: MESSAGES.hearsay, ref: 'se-menpan-rb-137-2018' },
  'hoax-marker/punctuation': {
    message: MESSAGES.punctuation,
    ref: 'hoax-labels',
    suggestion: (run) => (run.includes('?') && run.includes('!') ? '?!' : run[0]!),
  },
  'hoax-marker/all-caps': { message: MESSAGES.caps, ref: 'hoax-labels' },
};

function check(ctx: RuleContext): Finding[] {
  if (ctx.postType === 'hoax-clarification') return [];
  const { view } = ctx;
  const scanned = scanTokens(view);
  let found: Raw[] = scanned.raw.filter((r) => r.rule !== 'hoax-marker/hearsay');
  const hearsay = scanned.raw.filter((r) => r.rule === 'hoax-marker/hearsay');
  if (scanned.hearsayPhrases) hearsay.push(...hearsayPhrases(view));
  found.push(...unsourced(view, hearsay));
  found.push(...punctuationRuns(view.text));
  for (const r of scanned.dataNeeded)
    for (const f of DATA_RULES[r]!.rule.check(ctx)) found.push({ rule: f.rule, start: f.start, end: f.end, severity: f.severity });
  if (!found.length || looksLikeClarification(view)) return [];

  found = found.filter((f) => f.rule !== SHARE_ORDER.id || !negated(view, f));
  const anti = antiHoaxHits(view);
  if (anti.length) {
    // An anti-hoax message quotes the markers it warns about.
    const quotes = quoteSpans(view.text);
    found = found.filter((f) => {
      const s = sentenceAt(view.sentences, f.start);
      if (s && within(anti, s)) return false;
      return !insideSpan(quotes, f.start, f.end);
    });
  }

  // "!!!" and capitals are style on their own, but a warning beside an order to share or an unsourced claim.
  const content = found.some((f) => CONTENT_RULES.has(f.rule));
  // One finding per span and rule ("SEBARKAN" is both shouted and the start of "sebarkan sebelum dihapus"), and
  // one per phrase: "segera sebarkan" + "sebelum dihapus" is a single order.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  const lastOfRule = new Map<string, Raw>(); // sorted by start: only the latest of a rule can overlap the next
  for (const f of found) {
    const prev = lastOfRule.get(f.rule);
    if (prev && f.start < prev.end) continue;
    if (
      prev &&
      CONTENT_RULES.has(f.rule) &&
      blank(view.text, prev.end, f.start) &&
      sentenceAt(view.sentences, prev.start) === sentenceAt(view.sentences, f.start)
    ) {
      prev.end = Math.max(prev.end, f.end);
      continue;
    }
    const copy = { ...f };
    kept.push(copy);
    lastOfRule.set(f.rule, copy);
  }
  const out: Finding[] = [];
  for (const f of kept) {
    const info = RULE_INFO[f.rule]!;
    out.push(
      makeFinding(ctx, {
        rule: f.rule,
        category: 'hoax-marker',
        severity: content && f.severity === 'info' ? 'warning' : f.severity,
        start: f.start,
        end: f.end,
        message: info.message,
        suggestion: info.suggestion ? info.suggestion(view.text.slice(f.start, f.end)) : null,
        ref: info.ref,
      }),
    );
  }
  return out;
}

export const rules: Rule[] = [{ id: 'hoax-marker', categories: ['hoax-marker'], check }];
