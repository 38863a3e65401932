/**
 * Is a word with a plain sense (anjing, babi, setan, kafir …) used as an insult here? Only its use tells: said to
 * someone (dasar anjing, anjing lu, kamu babi!, kalian semua babi, woi monyet), shouted on its own (Anjing! …,
 * …, anjing!), or disguised (4nj1ng, a n j i n g, anjiiing) — nobody disguises a word they mean plainly.
 * "anjing kamu sudah divaksin?" (your dog) and "Awas anjing galak" are none of these.
 */
import { GAP, firstInSentence, lastInSentence, nextInSentence, prevInSentence, type Word } from './words';

/** A set of words written as one space-separated string. */
const wordSet = (list: string): Set<string> => new Set(list.split(' '));

/** Second person, rude or familiar: after an insult it is an address, never a possessive in formal writing. */
export const RUDE_YOU = wordSet('lu lo loe lw elu elo kau ente sia maneh koen kon kowe ko ngana dikau');
/** Neutral second person: "anjing kamu" is also "your dog", so it counts only when the clause ends there. */
export const YOU = wordSet('kamu kalian km kmu klian');
const VOCATIVE = wordSet('woi woy wooi hei hey oi oy heh hoi hoy cuk cok dih cih');
/** Words that make the next one a name for someone: kayak babi, muka anjing, otak udang. */
const LIKE = wordSet('kayak kek mirip muka otak mulut congor bacot');
/** Words after which a following "dasar" reads as the insult "dasar …" and not as "basic". */
const BEFORE_DASAR = wordSet(
  'emang memang mmg emg ya yah ih dih cih hih huh dasar lu lo kamu kau kalian dia elu ente sia maneh wong orang otak',
);
const AFTER_ADDRESS = wordSet('semua itu ya tuh sih banget bgt sekali amat bener lu kau lo semuanya emang');

const PUNCT_END = GAP.COMMA | GAP.EXCLAIM | GAP.PERIOD | GAP.QUESTION | GAP.NEWLINE;

/** "dasar" at i starts an insult (sentence start, after a comma or quote, or after emang/kamu …). */
export function insultingDasar(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (w.key !== 'dasar') return false;
  if (firstInSentence(words, i) || w.before & (GAP.COMMA | GAP.QUOTE | GAP.EXCLAIM | GAP.DASH)) return true;
  const p = prevInSentence(words, i);
  return p !== undefined && BEFORE_DASAR.has(p.key);
}

/** The clause ends right after word i. */
function endsAfter(words: Word[], i: number): boolean {
  return lastInSentence(words, i) || (words[i]!.after & PUNCT_END) !== 0;
}

/** How word i is marked as an insult, or null when it reads as the plain word. */
export function insultCue(words: Word[], i: number): 'disguise' | 'shout' | 'address' | 'like' | 'vocative' | null {
  const w = words[i]!;
  if (w.inLink) return null;
  if (w.disguised || w.stretched) return 'disguise';
  const first = firstInSentence(words, i);
  const last = lastInSentence(words, i);
  const prev = prevInSentence(words, i);
  const next = nextInSentence(words, i);
  // Shouted: "Anjing!", "Anjing, macet lagi", "Macet lagi, anjing!"
  if (first && (last || w.after & (GAP.COMMA | GAP.EXCLAIM | GAP.PERIOD))) return 'shout';
  if (last && prev && w.before & GAP.COMMA && !(w.after & GAP.QUESTION)) return 'shout';
  // Said to someone after it: "anjing lu", "anjing kamu!"
  if (next && !(w.after & PUNCT_END)) {
    const ni = i + 1;
    if (RUDE_YOU.has(next.key)) return 'address';
    if (YOU.has(next.key) && (endsAfter(words, ni) || AFTER_ADDRESS.has(nextInSentence(words, ni)?.key ?? '')))
      return 'address';
  }
  // Said to someone before it: "kamu babi!", "kalian semua babi", "dasar anjing", "woi monyet", "kayak babi"
  if (prev && !(w.before & (GAP.PERIOD | GAP.QUESTION | GAP.EXCLAIM))) {
    const pi = i - 1;
    if (prev.key === 'dasar') return insultingDasar(words, pi) ? 'address' : null;
    if (LIKE.has(prev.key)) return 'like';
    if (VOCATIVE.has(prev.key)) return 'vocative';
    let you = prev;
    if (prev.key === 'semua' || prev.key === 'memang' || prev.key === 'emang' || prev.key === 'itu')
      you = prevInSentence(words, pi) ?? prev;
    if ((RUDE_YOU.has(you.key) || YOU.has(you.key)) && (endsAfter(words, i) || AFTER_ADDRESS.has(next?.key ?? '')))
      return 'address';
  }
  return null;
}
