/**
 * Political neutrality of civil servants (PP 94/2021 Pasal 5 huruf n; SKB 2/2022). A government account must not
 * call anyone to vote for or support a side; neutral election information (KPU schedules, TPS hours, "gunakan hak
 * pilih", reports to Bawaslu, reminders that ASN must stay neutral) is expected and must stay silent.
 *
 * Finger salutes, slogans and party names are data rules (data/political-neutrality/rules.json). The call to vote
 * needs grammar — a call verb, then its object — and campaign hashtags are matched inside the hashtag token, so both
 * are code over lexicon.json.
 */
import { anyStartsWithin, createTextView, sentenceAt, type Span, type TextView, type Token } from '../analysis/text';
import type { Finding } from '../analysis/types';
import { compileDataRule, matchCase, parseRulePack } from './data-rule';
import lexicon from './data/political-neutrality/lexicon.json';
import pack from './data/political-neutrality/rules.json';
import { makeFinding } from './finding';
import { compileTerms, type TermMatch } from './terms';
import type { Message, Rule, RuleContext } from './types';

type ObjectKind = 'bareNumber' | 'number' | 'term' | 'party' | 'name' | 'emptyBox' | 'oneRound';
interface VerbSpec {
  objects: ReadonlySet<ObjectKind>;
  declarative: boolean;
  nameNeedsElection: boolean;
  /** The verb is about voting itself ("coblos"). */
  electoral: boolean;
}

const VERBS = new Map<string, VerbSpec>();
for (const [word, spec] of Object.entries(lexicon.verbs)) {
  if (typeof spec === 'string') continue; // $comment
  VERBS.set(word, {
    objects: new Set(spec.objects as ObjectKind[]),
    declarative: 'declarative' in spec && !!spec.declarative,
    nameNeedsElection: 'nameNeedsElection' in spec && !!spec.nameNeedsElection,
    electoral: 'electoral' in spec && !!spec.electoral,
  });
}
const ALL_IN = VERBS.get('all in')!;
VERBS.set('allin', ALL_IN);
VERBS.set('all-in', ALL_IN);

const FILLERS = new Set(lexicon.fillers);
const HONORIFICS = new Set(lexicon.honorifics);
const MARKERS = new Set(lexicon.markers);
const GENERIC_MARKERS = new Set(lexicon.genericMarkers);
const AMBIGUOUS_PARTIES = new Set(lexicon.ambiguousParties);
const SMALL_NUMBERS = new Map(Object.entries(lexicon.smallNumbers));
const BARE_NUMBER_STOPS = new Set(lexicon.bareNumberStops);
const TERM_AFTER = new Set(lexicon.termWords.after);
const NOT_A_PARTY_NAME = new Set(lexicon.notAPartyName);
const NEGATORS = new Set(lexicon.negators);
const NOT_NEGATING = new Set(lexicon.notNegating);
const VERB_NOT_AFTER = new Set(lexicon.verbNotAfter);
const PARTIES = compileTerms(lexicon.parties);
const GUARDS = compileTerms(lexicon.guards);
const DECLARATIVE_GUARDS = compileTerms(lexicon.declarativeGuards);
const ELECTION = compileTerms(lexicon.electionContext);
const HASHTAGS = lexicon.campaignHashtags.patterns.map((p) => new RegExp(p));
const CAMPAIGN_HASHTAG: Message = lexicon.campaignHashtags.message;
/** The object of a call verb is never further than this many tokens away (fillers, honorific, name, marker, number). */
const REACH = 16;

const CALL_TO_VOTE: Message = {
  id: 'Ajakan memilih atau mendukung pihak tertentu (nomor urut, partai, calon, atau masa jabatan berikutnya). ASN dan akun instansi dilarang berkampanye atau mengajak mendukung calon. Untuk informasi pemilu, ajak menggunakan hak pilih tanpa menyebut pihak.',
  en: 'A call to vote for or support a side (a ballot number, party, candidate or another term). Civil servants and government accounts must not campaign or urge support for a candidate. For election information, encourage voting without naming a side.',
};
const NEUTRAL_CALL = 'gunakan hak pilih Anda';

const isDigits = (s: string) => /^\d{1,2}$/.test(s);
const NUMBER_WORD = /^(?:no|nomor|nomer|nmr)0?\d{1,2}$/;

/** A capitalised word in the original text: a candidate's name in running text. */
function isCapitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

interface Scan {
  tokens: Token[];
  /** Index one past the last token of the sentence. */
  limit: number;
  view: TextView;
  /** Party names by their first token, found on first use. */
  partyAt?: Map<number, TermMatch>;
  /** Set by the object finders: the side is ambiguous outside an election ("nomor 1", "PKS"). */
  ambiguous: boolean;
}

/** Ballot number (with a marker, zero-padded, or alone when the verb allows). Returns the last token index or -1. */
function numberObject(s: Scan, k: number, spec: VerbSpec): number {
  const { tokens, limit } = s;
  let marked = false;
  let generic = true; // only "nomor"/"no": could be a queue, a menu, a poll
  while (k < limit && MARKERS.has(tokens[k]!.norm)) {
    marked = true;
    if (!GENERIC_MARKERS.has(tokens[k]!.norm)) generic = false;
    k++;
  }
  if (k >= limit) return -1;
  const t = tokens[k]!;
  const hit = (ok: boolean) => {
    if (!ok) return -1;
    s.ambiguous = generic && !t.norm.startsWith('0');
    return k;
  };
  if (t.kind === 'word' && NUMBER_WORD.test(t.norm)) return hit(spec.objects.has('number'));
  if (marked && t.kind === 'word' && SMALL_NUMBERS.has(t.norm)) return hit(spec.objects.has('number'));
  if (t.kind !== 'number' || !isDigits(t.norm)) return -1;
  if ((marked || t.norm.startsWith('0')) && spec.objects.has('number')) return hit(true);
  if (!marked && spec.objects.has('bareNumber')) {
    const next = tokens[k + 1];
    return hit(!(next && k + 1 < limit && BARE_NUMBER_STOPS.has(next.norm)));
  }
  return -1;
}

/** "periode kedua", "2 periode (lagi)", "periode ke-2". */
function termObject(s: Scan, k: number): number {
  const { tokens, limit } = s;
  const t = tokens[k]!;
  const n = t.norm;
  if ((n === '2' || n === '3' || n === 'dua' || n === 'tiga') && k + 1 < limit && tokens[k + 1]!.norm === 'periode') {
    return k + 2 < limit && tokens[k + 2]!.norm === 'lagi' ? k + 2 : k + 1;
  }
  if (n !== 'periode' || k + 1 >= limit) return -1;
  const next = tokens[k + 1]!.norm;
  if (TERM_AFTER.has(next)) return k + 1;
  if (next === 'ke' && k + 2 < limit && (tokens[k + 2]!.norm === '2' || tokens[k + 2]!.norm === 'dua')) return k + 2;
  return -1;
}

function partyObject(s: Scan, k: number): number {
  if (!s.partyAt) {
    s.partyAt = new Map();
    for (const m of PARTIES.find(s.view)) s.partyAt.set(m.first, m);
  }
  const m = s.partyAt.get(k);
  if (m && m.last < s.limit) {
    s.ambiguous = AMBIGUOUS_PARTIES.has(m.term);
    return m.last;
  }
  const t = s.tokens[k]!;
  if (t.norm === lexicon.partyWord && k + 1 < s.limit) {
    const next = s.tokens[k + 1]!;
    if (next.kind === 'word' && !NOT_A_PARTY_NAME.has(next.norm)) {
      s.ambiguous = false;
      return k + 1;
    }
  }
  return -1;
}

interface VoteObject {
  /** Index of the object's last token. */
  end: number;
  /** The side is only a person's name. */
  name: boolean;
}

/** A side named right at token k: a term, the empty box, one round, a party or a ballot number. Last index or -1. */
function directObject(s: Scan, k: number, spec: VerbSpec): number {
  const { tokens, limit } = s;
  if (k >= limit) return -1;
  if (spec.objects.has('term')) {
    const end = termObject(s, k);
    if (end >= 0) return end;
  }
  const t = tokens[k]!.norm;
  const next = k + 1 < limit ? tokens[k + 1]!.norm : '';
  if (spec.objects.has('emptyBox') && t === 'kotak' && next === 'kosong') return k + 1;
  if (spec.objects.has('oneRound') && t === 'satu' && next === 'putaran') return k + 1;
  if (spec.objects.has('party')) {
    const end = partyObject(s, k);
    if (end >= 0) return end;
  }
  return numberObject(s, k, spec);
}

/** What follows a call verb at token i, or null when it names no side. */
function objectAfter(s: Scan, i: number, spec: VerbSpec): VoteObject | null {
  const { tokens, limit } = s;
  let k = i + 1;
  const skipFillers = (max: number) => {
    for (let n = 0; n < max && k < limit && FILLERS.has(tokens[k]!.norm); n++) k++;
  };
  skipFillers(4);
  const direct = directObject(s, k, spec);
  if (direct >= 0) return { end: direct, name: false };

  // A candidate: "Pak Budi Santoso", "paslon Budi–Ani". Without an honorific a name may only precede a term
  // ("Dukung Budi–Ani periode kedua"), since "Dukung UMKM Lokal" is no candidate.
  const honorific = k < limit && HONORIFICS.has(tokens[k]!.norm);
  if (honorific) k++;
  let names = 0;
  while (names < 3 && k < limit && isCapitalised(tokens[k]!) && !MARKERS.has(tokens[k]!.norm)) {
    names++;
    k++;
  }
  // Title Case headings capitalise every word: a fourth capitalised word means these are not names.
  if (names === 0 || (names === 3 && k < limit && isCapitalised(tokens[k]!))) return null;
  const nameEnd = k - 1;
  skipFillers(3);
  if (!honorific) {
    const end = spec.objects.has('term') && k < limit ? termObject(s, k) : -1;
    return end >= 0 ? { end, name: false } : null;
  }
  const after = directObject(s, k, spec);
  if (after >= 0) return { end: after, name: false };
  return spec.objects.has('name') ? { end: nameEnd, name: true } : null;
}


/** A term's longest word: a text without it cannot contain the term. */
const anchor = (term: string) =>
  createTextView(term).tokens.reduce((best, t) => (t.norm.length >= best.length ? t.norm : best), '');
/** A data rule runs only when the text has an anchor of one of its terms (one lookup per token, not a pass). */
const DATA_RULES = parseRulePack(pack, 'political-neutrality').rules.map((r) => ({
  rule: compileDataRule(r),
  anchors: new Set((r.terms ?? []).map(anchor)),
}));
const DATA_ANCHORS = new Set(DATA_RULES.flatMap((r) => [...r.anchors]));

/** Lazily computed context of the whole text, shared by every call verb. */
class Context {
  private guardHits?: TermMatch[];
  private declarativeHits?: TermMatch[];
  private electionHits?: TermMatch[];
  constructor(private readonly view: TextView) {}
  guarded(s: Span, declarative: boolean): boolean {
    if (anyStartsWithin((this.guardHits ??= GUARDS.find(this.view)), s)) return true;
    return declarative && anyStartsWithin((this.declarativeHits ??= DECLARATIVE_GUARDS.find(this.view)), s);
  }
  aboutElection(s: Span): boolean {
    return anyStartsWithin((this.electionHits ??= ELECTION.find(this.view)), s);
  }
}

function check(ctx: RuleContext): Finding[] {
  const view: TextView = ctx.view;
  const { tokens } = view;
  const context = new Context(view);
  let scan: Scan | null = null;
  const dataNeeded = new Set<number>();
  const out: Finding[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'hashtag') {
      const f = campaignHashtag(ctx, t, context);
      if (f) out.push(f);
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    if (DATA_ANCHORS.has(t.norm)) for (let r = 0; r < DATA_RULES.length; r++) if (DATA_RULES[r]!.anchors.has(t.norm)) dataNeeded.add(r);
    if (t.kind !== 'word') continue;

    let spec = VERBS.get(t.norm);
    let verbEnd = i;
    if (t.norm === 'all' && tokens[i + 1]?.norm === 'in') {
      spec = ALL_IN;
      verbEnd = i + 1;
    }
    if (!spec) continue;
    if (i > 0 && VERB_NOT_AFTER.has(tokens[i - 1]!.norm)) continue; // "hak pilih", "daftar pilih"

    scan ??= { tokens, limit: 0, view, ambiguous: false };
    scan.ambiguous = false;
    const sentence = sentenceAt(view.sentences, t.start) ?? { start: t.start, end: view.text.length };
    let limit = verbEnd + 1;
    while (limit < tokens.length && limit <= verbEnd + REACH && tokens[limit]!.start < sentence.end) limit++;
    scan.limit = limit;

    const object = objectAfter(scan, verbEnd, spec);
    if (!object) continue;
    if (object.name && spec.nameNeedsElection && !context.aboutElection(sentence)) continue;
    // "Pilih no 1 jika setuju", "Dukung PKS (perjanjian kerja sama)": only a call in a post about an election.
    if (scan.ambiguous && !spec.electoral && !context.aboutElection({ start: 0, end: view.text.length })) continue;

    // "jangan dukung paslon 2", "ASN dilarang …": a prohibition, not a call; "jangan lupa coblos" still calls.
    let negated = false;
    for (let k = i - 1; k >= Math.max(0, i - 2) && tokens[k]!.start >= sentence.start; k--) {
      if (NEGATORS.has(tokens[k]!.norm) && !NOT_NEGATING.has(tokens[k + 1]!.norm)) negated = true;
    }
    if (negated || context.guarded(sentence, spec.declarative)) continue;

    out.push(
      makeFinding(ctx, {
        rule: 'political-neutrality/call-to-vote',
        category: 'political-neutrality',
        severity: 'error',
        start: t.start,
        end: tokens[object.end]!.end,
        message: CALL_TO_VOTE,
        suggestion: spec.declarative ? null : matchCase(t.text, NEUTRAL_CALL),
        ref: 'pp-94-2021',
      }),
    );
    i = object.end;
  }

  // Calls and hashtags come in text order and never overlap; a data finding inside one of them is the weaker
  // signal of the same thing ("dua periode lagi" in "Lanjutkan dua periode lagi"), so one highlight is enough.
  const calls = out.slice();
  for (const r of dataNeeded) {
    for (const f of DATA_RULES[r]!.rule.check(ctx)) if (!overlapsAny(calls, f.start, f.end)) out.push(f);
  }
  return out;
}

/** "#2PeriodeLagi", "#Coblos02", "#2024GantiPresiden" — silent where a sentence cites them as a violation. */
function campaignHashtag(ctx: RuleContext, t: Token, context: Context): Finding | null {
  const body = t.norm.slice(1);
  if (!HASHTAGS.some((re) => re.test(body))) return null;
  const sentence = sentenceAt(ctx.view.sentences, t.start);
  if (sentence && context.guarded(sentence, false)) return null;
  return makeFinding(ctx, {
    rule: 'political-neutrality/campaign-hashtag',
    category: 'political-neutrality',
    severity: 'error',
    start: t.start,
    end: t.end,
    message: CAMPAIGN_HASHTAG,
    ref: 'skb-2-2022',
  });
}

/** Whether any of `spans` (sorted, not overlapping) overlaps [start, end): a binary search, not a scan. */
function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < end;
}

export const rules: Rule[] = [{ id: 'political-neutrality', categories: ['political-neutrality'], check }];
