/**
 * Profanity: Indonesian, regional and slang swear words and their disguised spellings. Words listed in
 * data/profanity/terms.json always count (unless a plain-sense word of theirs is in the text: "hama bangsat",
 * "Sundel Bolong"); words with a plain sense (anjing, babi, asu, setan …, data/profanity/context.json) count only
 * when used as an insult (cues.ts) and never in a text about their plain sense (rabies, ternak, daging …).
 */
import { parseRulePack } from '../data-rule';
import context from '../data/profanity/context.json';
import terms from '../data/profanity/terms.json';
import { RUDE_YOU, YOU, insultCue } from './cues';
import { AbusePack, newRole, type Hit, type RuleMeta } from './lexicon';
import { GAP, type Word, type WordScan } from './words';

const pack = new AbusePack(parseRulePack(terms, 'data/profanity/terms.json'), true);
const META = new Map(pack.rules.map((r) => [r.meta.id, r.meta]));

interface PlainWord {
  meta: RuleMeta;
  domains: number;
  plain: string[];
}

const DOMAIN_BIT = new Map(Object.keys(context.domains).map((d, i) => [d, 1 << i]));
const INSULT_ONLY = new Map<string, PlainWord>();
for (const [word, e] of Object.entries(context.insultOnly)) {
  const meta = META.get(e.rule);
  if (!meta) throw new Error(`data/profanity/context.json: "${word}" names unknown rule ${e.rule}`);
  let domains = 0;
  for (const d of e.domains) domains |= DOMAIN_BIT.get(d) ?? 0;
  INSULT_ONLY.set(word, { meta, domains, plain: e.plain });
}
/** Domain word → domain bits. The ambiguous words themselves are left out: "Dasar babi, anjing!" is no farm. */
const DOMAIN_WORDS = new Map<string, number>();
for (const [d, list] of Object.entries(context.domains)) {
  for (const w of list) if (!INSULT_ONLY.has(w)) DOMAIN_WORDS.set(w, (DOMAIN_WORDS.get(w) ?? 0) | DOMAIN_BIT.get(d)!);
}
const PLAIN_SENSE = new Map<string, string[]>(Object.entries(context.plainSense));
const ACRONYM_RISK = new Set(context.acronymRisk);
const LIST_JOINS = new Set(['dan', 'atau', 'serta', 'maupun']);

export const vocabulary: string[] = [
  ...pack.vocabulary(),
  ...INSULT_ONLY.keys(),
  ...[...INSULT_ONLY.values()].flatMap((e) => e.plain),
  ...[...PLAIN_SENSE.values()].flat(),
  ...DOMAIN_WORDS.keys(),
  ...RUDE_YOU,
  ...YOU,
  ...LIST_JOINS,
];
export const joinable: string[] = [...pack.singleWords(), ...INSULT_ONLY.keys()];
const INSULT_ROLE = newRole();
const DOMAIN_ROLE = newRole();
export const roles: [string, number][] = [
  ...pack.starters(),
  ...[...INSULT_ONLY.keys()].map((w): [string, number] => [w, INSULT_ROLE]),
  ...[...DOMAIN_WORDS.keys()].map((w): [string, number] => [w, DOMAIN_ROLE]),
];

/** Written in capitals (an acronym: ASU, MMK), judged on the original text. */
function isUpper(text: string, w: Word): boolean {
  const s = text.slice(w.start, w.end);
  return s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
}

/** "Sapi, kambing, dan kerbau" or one animal per line: a shout cue next to another animal is a list, not a shout. */
function inList(words: Word[], i: number): boolean {
  const w = words[i]!;
  const animal = (j: number) => {
    const v = words[j];
    return v !== undefined && (INSULT_ONLY.has(v.key) || DOMAIN_WORDS.has(v.key));
  };
  const LIST = GAP.COMMA | GAP.NEWLINE;
  if ((w.after & LIST && animal(i + 1)) || (w.before & LIST && animal(i - 1))) return true;
  // "Bodoh, malas, dan sombong …": a comma after the first word of a sentence that goes on to "dan" is a list.
  if (w.after & GAP.COMMA)
    for (let j = i + 1; j < words.length && words[j]!.sentence === w.sentence; j++)
      if (LIST_JOINS.has(words[j]!.key)) return true;
  return false;
}

export function findProfanity(scan: WordScan): Hit[] {
  const { words, view } = scan;
  const out: Hit[] = [];
  let mask = -1;
  const domainMask = () => {
    if (mask < 0) {
      mask = 0;
      for (const w of words) if (w.roles & DOMAIN_ROLE) mask |= DOMAIN_WORDS.get(w.key)!;
    }
    return mask;
  };

  for (const h of pack.find(scan)) {
    const key = h.first === h.last && h.first >= 0 ? words[h.first]!.key : '';
    if (ACRONYM_RISK.has(key) && !words[h.first]!.disguised && isUpper(view.text, words[h.first]!)) continue;
    const plain = PLAIN_SENSE.get(key);
    if (plain?.some((p) => scan.keys().has(p))) continue;
    out.push({ meta: h.meta, start: h.start, end: h.end });
  }

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!(w.roles & INSULT_ROLE)) continue;
    const e = INSULT_ONLY.get(w.key)!;
    if (ACRONYM_RISK.has(w.key) && !w.disguised && isUpper(view.text, w)) continue;
    const cue = insultCue(words, i);
    if (!cue || (cue === 'shout' && inList(words, i))) continue;
    if (e.domains & domainMask() || e.plain.some((p) => scan.keys().has(p))) continue;
    out.push({ meta: e.meta, start: w.start, end: w.end });
  }
  return out;
}

const ANIMAL_BITS = (DOMAIN_BIT.get('animal') ?? 0) | (DOMAIN_BIT.get('food') ?? 0);

/** The text is about animals, livestock or food (for "babi" next to a group name: babi Bali is a breed). */
export function hasAnimalContext(scan: WordScan): boolean {
  for (const w of scan.words) if (w.roles & DOMAIN_ROLE && DOMAIN_WORDS.get(w.key)! & ANIMAL_BITS) return true;
  return false;
}
