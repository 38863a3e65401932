/**
 * SARA hate speech (UU ITE Pasal 28 ayat 2). Government posts name religions and peoples all the time (umat Hindu
 * merayakan Nyepi, warga Tionghoa, suku Dayak), so a group word alone raises nothing. It counts in the same clause
 * as an insult (Cina babi, orang Jawa pelit, antek PKI), after an insulting "dasar" or with a rude "you"
 * (dasar kafir, PKI lu), or as the target of a hostile call (usir semua Cina, Yahudi harus dibasmi, bakar gereja).
 * Standalone slurs (kadrun, cokin) come from data/hate-speech/slurs.json. A sentence that talks about hate speech
 * (ujaran kebencian, provokasi, hoaks, ditangkap …) is a report or a warning and is left alone.
 */
import { parseRulePack } from '../data-rule';
import sara from '../data/hate-speech/sara.json';
import slurs from '../data/hate-speech/slurs.json';
import { RUDE_YOU, YOU, insultingDasar } from './cues';
import { AbusePack, newRole, ruleMeta, type RuleMeta, type Hit } from './lexicon';
import { GAP, lastInSentence, type Word, type WordScan } from './words';

const pack = new AbusePack(parseRulePack(slurs, 'data/hate-speech/slurs.json'), true);
const SARA: RuleMeta = ruleMeta(sara.rule as Parameters<typeof ruleMeta>[0]);

const set = (list: string[]) => new Set(list);
const GROUPS = set(sara.groups);
const QUALIFIED = set(sara.qualifiedGroups);
const QUALIFIERS = set(sara.qualifiers);
const NOT_BEFORE = set(sara.notGroupBefore);
const NOT_AFTER = set(sara.notGroupAfter);
const NO_DESCRIPTORS = set(sara.noDescriptors);
const SLUR_PRONE = set(sara.slurProne);
const FILLERS = set(sara.fillers);
const INSULTS_AFTER = set(sara.insultsAfter);
const INSULTS_BEFORE = set(sara.insultsBefore);
const HOSTILE = set(sara.hostileCalls);
const HOSTILE_PASSIVE = set(sara.hostilePassive);
const MODALS = set(sara.modals);
const MODAL_GAP = set(sara.modalGap);
const QUANTIFIERS = set(sara.quantifiers);
const WORSHIP = set(sara.worshipPlaces);
const NEGATIONS = set(sara.negations);
const ABOUT_HATE = set(sara.aboutHate);
const PLAIN_SENSE = new Map<string, string[]>(Object.entries(sara.plainSense));
const HONORIFICS = set(sara.honorifics);
const NAME_LIKE = set(sara.nameLike);
const ANIMALS = set(['babi', 'anjing', 'monyet', 'asu', 'kera']);

export const vocabulary: string[] = [
  ...pack.vocabulary(),
  ...Object.values(sara).flatMap((v) => (Array.isArray(v) ? v : [])),
  ...[...PLAIN_SENSE.values()].flat(),
];
export const joinable: string[] = [...pack.singleWords(), ...GROUPS];
const GROUP_ROLE = newRole();
const ABOUT_ROLE = newRole();
export const roles: [string, number][] = [
  ...pack.starters(),
  ...[...GROUPS, ...QUALIFIED, ...WORSHIP].map((w): [string, number] => [w, GROUP_ROLE]),
  ...[...ABOUT_HATE].map((w): [string, number] => [w, ABOUT_ROLE]),
];

/** Word k exists and is in sentence s. */
function inSentence(words: Word[], k: number, s: number): boolean {
  return k >= 0 && k < words.length && words[k]!.sentence === s;
}

/** Only spaces (or a hyphen) between word i-1 and word i: the two belong to one phrase. */
const tight = (w: Word) => (w.before & ~GAP.DASH) === 0;

/** Word i names a group of people (not a place or an institution named after one). */
function isGroup(words: Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1]?.sentence === w.sentence ? words[i - 1] : undefined;
  const next = words[i + 1]?.sentence === w.sentence ? words[i + 1] : undefined;
  if (next && NOT_AFTER.has(next.key) && tight(next)) return false;
  if (GROUPS.has(w.key)) return !(prev && NOT_BEFORE.has(prev.key) && tight(w));
  return QUALIFIED.has(w.key) && prev !== undefined && QUALIFIERS.has(prev.key) && tight(w);
}

/** Start of the group phrase: "orang Jawa", "umat Kristen", "kulit hitam". */
function groupStart(words: Word[], g: number): number {
  const p = words[g - 1];
  return p && p.sentence === words[g]!.sentence && tight(words[g]!) && QUALIFIERS.has(p.key) && p.key !== 'dasar'
    ? g - 1
    : g;
}

function negatedBefore(words: Word[], i: number, reach: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - reach && words[k]!.sentence === words[i]!.sentence; k--)
    if (NEGATIONS.has(words[k]!.key)) return true;
  return false;
}

/** The hate-speech span around group word g, as [first, last] word indexes, or undefined. */
function aroundGroup(
  words: Word[],
  g: number,
  animalContext: () => boolean,
  worship: boolean,
): [number, number] | undefined {
  const w = words[g]!;
  const s = w.sentence;
  const start = groupStart(words, g);
  // The span grows to every part that makes it hateful: "Dasar Cina babi lu" is one finding.
  let lo = -1;
  let hi = -1;

  if (!worship) {
    // Insult after: "Cina babi", "orang Padang itu pelit", "Islam agama teroris".
    if (!NO_DESCRIPTORS.has(w.key)) {
      for (let j = g + 1, skipped = 0; inSentence(words, j, s) && tight(words[j]!) && skipped <= 3; j++) {
        const k = words[j]!.key;
        if (INSULTS_AFTER.has(k) && !(ANIMALS.has(k) && animalContext())) {
          hi = j;
          break;
        }
        if (!FILLERS.has(k)) break;
        skipped++;
      }
    }
    // A rude "you" after it: "PKI lu", "kafir kau".
    if (hi < 0 && inSentence(words, g + 1, s) && tight(words[g + 1]!) && RUDE_YOU.has(words[g + 1]!.key)) hi = g + 1;
    // Insult before: "kafir Cina", "antek PKI", "monyet Papua", "dasar Cina", "dasar orang Padang".
    let p = start - 1;
    if (
      inSentence(words, p, s) &&
      tight(words[p + 1]!) &&
      (QUANTIFIERS.has(words[p]!.key) || QUALIFIERS.has(words[p]!.key)) &&
      words[p]!.key !== 'dasar'
    )
      p--;
    if (inSentence(words, p, s) && tight(words[p + 1]!)) {
      const k = words[p]!.key;
      if (k === 'dasar' ? insultingDasar(words, p) : INSULTS_BEFORE.has(k) && !(ANIMALS.has(k) && animalContext()))
        lo = p;
      // "kamu kafir!", "lu PKI": a "you" naming someone by a slur-prone group word at the end of a clause.
      else if (SLUR_PRONE.has(w.key) && (RUDE_YOU.has(k) || YOU.has(k)) && lastOrPunct(words, g)) lo = p;
    }
    if (lo >= 0 || hi >= 0) return [lo >= 0 ? lo : start, hi >= 0 ? hi : g];
  }
  // Hostile call before: "usir semua Cina", "ganyang PKI", "bakar gereja".
  for (let j = start - 1, skipped = 0; inSentence(words, j, s) && skipped <= 3; j--, skipped++) {
    if (!tight(words[j + 1]!)) break;
    const k = words[j]!.key;
    if (HOSTILE.has(k)) return negatedBefore(words, j, 2) ? undefined : [j, g];
    if (!QUANTIFIERS.has(k) && !QUALIFIERS.has(k)) break;
  }
  // Hostile passive after a modal: "Yahudi harus dibasmi", "Cina harus pergi", "gereja harus kita bakar".
  // The verb follows the modal at once or after one word (harus kita usir, wajib segera dibasmi).
  let modal = -1;
  for (let j = g + 1; inSentence(words, j, s) && j <= g + 6; j++) {
    const word = words[j]!;
    if (word.before & (GAP.PERIOD | GAP.EXCLAIM | GAP.QUESTION | GAP.COMMA)) break;
    const k = word.key;
    if (NEGATIONS.has(k)) return undefined;
    if (MODALS.has(k)) modal = j;
    else if (
      modal >= 0 &&
      (HOSTILE_PASSIVE.has(k) || HOSTILE.has(k)) &&
      (j === modal + 1 || (j === modal + 2 && MODAL_GAP.has(words[j - 1]!.key)))
    )
      return [start, j];
    else if (modal >= 0 && j > modal + 1) modal = -1;
  }
  return undefined;
}

function lastOrPunct(words: Word[], i: number): boolean {
  const after = words[i]!.after;
  return (
    (lastInSentence(words, i) || (after & (GAP.EXCLAIM | GAP.PERIOD | GAP.COMMA)) !== 0) && !(after & GAP.QUESTION)
  );
}

export function findHateSpeech(scan: WordScan, animalContext: () => boolean): Hit[] {
  const { words } = scan;
  const out: Hit[] = [];
  const aboutHate = new Set<number>();
  for (const w of words) if (w.roles & ABOUT_ROLE) aboutHate.add(w.sentence);

  for (const h of pack.find(scan)) {
    if (aboutHate.has(h.sentence)) continue;
    const key = h.first >= 0 && h.first === h.last ? words[h.first]!.key : '';
    if (PLAIN_SENSE.get(key)?.some((p) => scan.keys().has(p))) continue;
    if (NAME_LIKE.has(key) && h.first > 0 && HONORIFICS.has(words[h.first - 1]!.key)) continue;
    out.push({ meta: h.meta, start: h.start, end: h.end });
  }

  for (let g = 0; g < words.length; g++) {
    const w = words[g]!;
    if (!(w.roles & GROUP_ROLE) || aboutHate.has(w.sentence) || w.inLink) continue;
    const worship = WORSHIP.has(w.key);
    if (!worship && !isGroup(words, g)) continue;
    if (PLAIN_SENSE.get(w.key)?.some((p) => scan.keys().has(p))) continue;
    const span = aroundGroup(words, g, animalContext, worship);
    if (span) out.push({ meta: SARA, start: words[span[0]]!.start, end: words[span[1]]!.end });
  }
  return out;
}
