/**
 * Threats of violence aimed at a person (UU ITE Pasal 29) and extortion (Pasal 27B).
 *
 * A threat needs a speaker, a violent act and a person: a first person (saya, kami, or the ku- of kubunuh) with a
 * violent verb in its base form aimed at someone (kamu, dia, lehermu, rumahmu) — "saya bunuh kamu", "akan kubakar
 * rumahmu", "kalian akan kami habisi" — or one of the strongest verbs alone at the end of a clause ("kami habisi!").
 * News writes derived forms (menghabisi, pembunuhan, pembakaran) and aims them at things (bunuh nyamuk), so neither
 * counts; a negation before the verb or a report word in the sentence (pelaku, polisi, diancam …) silences it.
 * Extortion is a demand for money with a condition and a threat to spread the target's photos or secrets.
 * Fixed phrases (tunggu pembalasan) are a plain data rule (data/violence-threat/phrases.json), matched over the scan.
 */
import { parseRulePack } from '../data-rule';
import phrases from '../data/violence-threat/phrases.json';
import threats from '../data/violence-threat/threats.json';
import { AbusePack, newRole, ruleMeta, type RuleMeta, type Hit } from './lexicon';
import { GAP, lastInSentence, type Word, type WordScan } from './words';

const phrasePack = new AbusePack(parseRulePack(phrases, 'data/violence-threat/phrases.json'));

type MetaInput = Parameters<typeof ruleMeta>[0];
const THREAT: RuleMeta = ruleMeta(threats.rules.threat as MetaInput);
const INTIMIDATION: RuleMeta = ruleMeta(threats.rules.intimidation as MetaInput);
const EXTORTION: RuleMeta = ruleMeta(threats.rules.extortion as MetaInput);

const set = (list: string[]) => new Set(list);
const FIRST = set(threats.firstPerson);
const AUX = set(threats.aux);
const VERBS = set(threats.verbs);
const STRONG = set(threats.strongVerbs);
const PRONOUNS = set(threats.pronounTargets);
const TARGET_NOUNS = set(threats.targetNouns);
const PERSON_NOUNS = set(threats.personNouns);
const CLAUSE_END = set(threats.clauseEnd);
const FILLERS = set(threats.fillers);
const NEGATIONS = set(threats.negations);
const NEWS = set(threats.newsWords);
const AWAS = set(threats.awas);
const RUDE_YOU = set(threats.rudeYou);
const DEMAND = set(threats.demand);
const MONEY = set(threats.money);
const CONDITIONS = set(threats.conditions);
const EXPOSE = set(threats.expose);
const EXPOSE_OBJECTS = set(threats.exposeObjects);
const AWARENESS = set(threats.awareness);
/** Demands that need a money word nearby to be one (kirim foto KTP is not a demand for money). */
const WEAK_DEMAND = set(['kirim', 'kirimin', 'serahkan', 'siapkan', 'sediakan']);
const AFTER_AWAS = set(['ya', 'yah', 'nanti', 'lu', 'kau', 'lo', 'entar', 'ntar']);

export const vocabulary: string[] = [
  ...phrasePack.vocabulary(),
  ...Object.values(threats).flatMap((v) => (Array.isArray(v) ? v : [])),
  ...threats.verbs.map((v) => `ku${v}`),
  ...threats.targetNouns.flatMap((n) => [`${n}mu`, `${n}nya`]),
];

/** Words a threat or extortion check starts from; report words that silence a sentence. */
const TRIGGER_ROLE = newRole();
const NEWS_ROLE = newRole();
export const roles: [string, number][] = [
  ...phrasePack.starters(),
  ...[...VERBS, ...threats.verbs.map((v) => `ku${v}`), ...AWAS, ...DEMAND].map((w): [string, number] => [
    w,
    TRIGGER_ROLE,
  ]),
  ...[...NEWS].map((w): [string, number] => [w, NEWS_ROLE]),
];

const tight = (w: Word) => (w.before & ~GAP.DASH) === 0;
const PUNCT = GAP.COMMA | GAP.EXCLAIM | GAP.PERIOD | GAP.QUESTION | GAP.NEWLINE;

/** A person as target: a pronoun, or a body part, relative or belonging with -mu (or a person with -nya). */
function isTarget(key: string): boolean {
  if (PRONOUNS.has(key)) return true;
  if (key.length > 4 && key.endsWith('mu') && TARGET_NOUNS.has(key.slice(0, -2))) return true;
  return key.length > 5 && key.endsWith('nya') && PERSON_NOUNS.has(key.slice(0, -3));
}

/** Word k exists and is in sentence s. */
function inSentence(words: Word[], k: number, s: number): boolean {
  return k >= 0 && k < words.length && words[k]!.sentence === s;
}

/** The verb a word carries, if it is a violent verb (bunuh) or its first-person ku- form (kubunuh). */
function verbOf(key: string): { verb: string; ku: boolean } | undefined {
  if (VERBS.has(key)) return { verb: key, ku: false };
  if (key.length > 4 && key.charCodeAt(0) === 107 && key.charCodeAt(1) === 117 && VERBS.has(key.slice(2)))
    return { verb: key.slice(2), ku: true };
  return undefined;
}

function threatAt(words: Word[], i: number): [number, number] | undefined {
  const w = words[i]!;
  const v = verbOf(w.key);
  if (!v) return undefined;
  const s = w.sentence;
  let subject = v.ku ? i : -1;
  if (!v.ku) {
    for (let k = i - 1, n = 0; inSentence(words, k, s) && n <= 3 && tight(words[k + 1]!); k--, n++) {
      if (FIRST.has(words[k]!.key)) {
        subject = k;
        break;
      }
      if (!AUX.has(words[k]!.key)) break;
    }
  }
  const from = subject >= 0 ? subject : i;
  for (let k = from - 1; inSentence(words, k, s) && k >= from - 3; k--)
    if (NEGATIONS.has(words[k]!.key)) return undefined;
  for (let k = from + 1; k < i; k++) if (NEGATIONS.has(words[k]!.key)) return undefined;

  let target = -1;
  for (let j = i + 1, n = 0; inSentence(words, j, s) && n <= 2 && tight(words[j]!); j++, n++) {
    if (isTarget(words[j]!.key)) {
      target = j;
      break;
    }
    if (!FILLERS.has(words[j]!.key)) break;
  }
  // The person may come first: "kau akan kubunuh", "kalian akan kami habisi".
  let targetBefore = -1;
  if (subject >= 0) {
    for (let k = from - 1, n = 0; inSentence(words, k, s) && n <= 3; k--, n++) {
      const key = words[k]!.key;
      if (PRONOUNS.has(key) && key !== 'dia') {
        targetBefore = k;
        break;
      }
      if (!AUX.has(key) && !FILLERS.has(key)) break;
    }
  }
  const first = targetBefore >= 0 ? targetBefore : from;
  if (subject >= 0 && (target >= 0 || targetBefore >= 0)) return [first, target >= 0 ? target : i];
  const next = words[i + 1];
  const clauseEnds = lastInSentence(words, i) || w.after & PUNCT || (next !== undefined && CLAUSE_END.has(next.key));
  if (subject >= 0 && STRONG.has(v.verb) && clauseEnds) return [first, i];
  // An order to harm someone: "Bunuh dia!", "Habisi saja dia".
  const opens = i === 0 || words[i - 1]!.sentence !== s || (w.before & (GAP.COMMA | GAP.EXCLAIM)) !== 0;
  if (subject < 0 && STRONG.has(v.verb) && opens && target >= 0) return [i, target];
  return undefined;
}

/** "Awas kau!", "awas lu ya": shouting a warning at someone. */
function awasAt(words: Word[], i: number): [number, number] | undefined {
  if (!AWAS.has(words[i]!.key)) return undefined;
  const you = words[i + 1];
  if (!you || you.sentence !== words[i]!.sentence || !RUDE_YOU.has(you.key) || !tight(you)) return undefined;
  if (lastInSentence(words, i + 1) || you.after & (GAP.COMMA | GAP.EXCLAIM | GAP.PERIOD)) return [i, i + 1];
  const after = words[i + 2];
  if (after && tight(after) && AFTER_AWAS.has(after.key)) return [i, i + 2];
  return undefined;
}

/** A "you" or a -mu word (fotomu, aibmu) in the window. */
function isYou(key: string): boolean {
  return (
    RUDE_YOU.has(key) ||
    key === 'anda' ||
    (key.length > 4 &&
      key.endsWith('mu') &&
      (EXPOSE_OBJECTS.has(key.slice(0, -2)) || TARGET_NOUNS.has(key.slice(0, -2))))
  );
}

function isObject(key: string): boolean {
  return EXPOSE_OBJECTS.has(key) || (key.endsWith('mu') && EXPOSE_OBJECTS.has(key.slice(0, -2)));
}

/** Extortion around demand word d: demand + condition + "you" + spreading the target's photos/secrets. */
function extortionAt(words: Word[], d: number, firstOfSentence: number[]): [number, number] | undefined {
  const w = words[d]!;
  if (!DEMAND.has(w.key)) return undefined;
  const s = w.sentence;
  if (WEAK_DEMAND.has(w.key)) {
    let money = false;
    for (let k = d + 1; k <= d + 4 && k < words.length && words[k]!.sentence === s; k++)
      money ||= MONEY.has(words[k]!.key);
    if (!money) return undefined;
  }
  // The window: this sentence and the next ("Transfer 5 juta. Kalau tidak, fotomu kusebar.").
  const lo = firstOfSentence[s]!;
  let hi = lo;
  while (hi < words.length && words[hi]!.sentence <= s + 1) hi++;
  let cond = -1;
  let expose = -1;
  let you = -1;
  for (let k = lo; k < hi; k++) {
    const key = words[k]!.key;
    if (AWARENESS.has(key) || NEWS.has(key)) return undefined;
    if (cond < 0 && CONDITIONS.has(key)) cond = k;
    if (you < 0 && isYou(key)) you = k;
    if (expose < 0 && EXPOSE.has(key)) {
      for (let j = Math.max(lo, k - 3); j <= Math.min(hi - 1, k + 3); j++) if (isObject(words[j]!.key)) expose = k;
    }
  }
  if (cond < 0 || expose < 0 || you < 0) return undefined;
  return [Math.min(d, cond, expose, you), Math.max(d, cond, expose, you)];
}

export function findViolence(scan: WordScan): Hit[] {
  const { words } = scan;
  const hits: (Hit & { sentence: number })[] = [];
  const newsIn = new Set<number>();
  const quoted = new Set<number>();
  const firstOfSentence: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.roles & NEWS_ROLE) newsIn.add(w.sentence);
    if (firstOfSentence[w.sentence] === undefined) {
      firstOfSentence[w.sentence] = i;
      if (w.before & GAP.QUOTE) quoted.add(w.sentence);
    }
    if (w.after & GAP.QUOTE && lastInSentence(words, i)) quoted.add(w.sentence);
  }
  // A report word in the sentence, or next to a quoted sentence ('"Saya bunuh kamu!" kata pelaku.'), makes it news.
  const news = (s: number) => newsIn.has(s) || (quoted.has(s) && (newsIn.has(s - 1) || newsIn.has(s + 1)));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.inLink || !(w.roles & TRIGGER_ROLE)) continue;
    if (!news(w.sentence)) {
      const t = threatAt(words, i);
      if (t) hits.push({ meta: THREAT, start: words[t[0]]!.start, end: words[t[1]]!.end, sentence: w.sentence });
      const a = awasAt(words, i);
      if (a) hits.push({ meta: INTIMIDATION, start: words[a[0]]!.start, end: words[a[1]]!.end, sentence: w.sentence });
    }
    const x = extortionAt(words, i, firstOfSentence);
    if (x) {
      hits.push({ meta: EXTORTION, start: words[x[0]]!.start, end: words[x[1]]!.end, sentence: w.sentence });
      while (i + 1 < words.length && words[i + 1]!.start < words[x[1]]!.end) i++;
    }
  }
  for (const h of phrasePack.find(scan)) {
    if (!news(h.sentence)) hits.push({ meta: h.meta, start: h.start, end: h.end, sentence: h.sentence });
  }
  return mergeNear(hits, scan.view.text);
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Joins pieces of one threat in a sentence ("awas kau, kupatahkan lehermu") into one finding, the gravest rule. */
function mergeNear(hits: (Hit & { sentence: number })[], text: string): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (Hit & { sentence: number })[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (
      last &&
      last.sentence === h.sentence &&
      (h.start <= last.end || /^[\s,;:!.…-]*$/.test(text.slice(last.end, h.start)))
    ) {
      last.end = Math.max(last.end, h.end);
      if (SEVERITY_RANK[h.meta.severity] < SEVERITY_RANK[last.meta.severity]) last.meta = h.meta;
      continue;
    }
    out.push({ ...h });
  }
  return out;
}
