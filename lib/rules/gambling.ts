/**
 * Online-gambling spam (UU ITE Pasal 27 ayat 2): slot and togel promotion, site names, deposit offers. The same
 * text is what hijacked government websites get injected with, often in Unicode bold or with zero-width characters
 * (the folded view undoes both) or with digits for letters (g4c0r), which this module reads back.
 *
 * Anti-gambling messages name the same things ("waspada slot gacor"), so a hit is silent in a sentence that warns,
 * and a post that warns keeps only hits that no warning would contain: site names, links and deposit amounts.
 */
import type { Span, Token } from '../analysis/text';
import type { Finding } from '../analysis/types';
import lexicon from './data/gambling/lexicon.json';
import { makeFinding } from './finding';
import { flagWords } from './terms';
import type { Message, Rule, RuleContext } from './types';

type RuleId = 'gambling/slot-spam' | 'gambling/togel' | 'gambling/betting' | 'gambling/deposit' | 'gambling/site-name';

interface Group {
  rule: RuleId;
  strong: boolean;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const INNER_DIGIT = /(?<=\p{L})[013457](?=[\p{L}013457]*\p{L})/gu;

/** Reads digits standing between letters as the letters they imitate: g4c0r → gacor, m4xw1n → maxwin. */
function deleet(word: string): string {
  let hasDigit = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      hasDigit = true;
      break;
    }
  }
  return hasDigit ? word.replace(INNER_DIGIT, (d) => LEET[d]!) : word;
}

/** Splits a listed term into words the way the tokenizer does (letters with trailing digits stay one word). */
const termWords = (term: string) => term.match(/\p{L}[\p{L}\p{N}]*|\p{N}+/gu) ?? [];

const PHRASES = new Map<string, { words: string[]; group: Group }[]>();
const COMPACT = new Map<string, Group>();
for (const g of lexicon.groups) {
  const group: Group = { rule: g.rule as RuleId, strong: g.strength === 'strong' };
  for (const term of g.terms) {
    const words = termWords(term).map(deleet);
    const compact = words.join('');
    if (!COMPACT.has(compact)) COMPACT.set(compact, group);
    if (words.length < 2) continue;
    const list = PHRASES.get(words[0]!) ?? [];
    list.push({ words, group });
    PHRASES.set(words[0]!, list);
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);

const AMOUNT_WORDS = new Set(lexicon.amountWords);
const AMOUNT_UNITS = new Set(lexicon.amountUnits);
const SITE = new RegExp(`^([a-z]{3,})(${lexicon.site.suffixes.join('|')})$`);
const SITE_ROOT = new RegExp(lexicon.site.gamblingRoots.join('|'));
const NOT_SITES = new Set(lexicon.site.notSites);
const URL_SPAM = new RegExp(lexicon.urlPattern);
const TOPIC = new Set(lexicon.topic);
const ANTI = new Set(lexicon.anti);
const JANGAN_EXCEPT = new Set(lexicon.antiAfterNegator.jangan.except);
const TIDAK_ONLY = new Set(lexicon.antiAfterNegator.tidak.only);
const BENIGN = new Set(lexicon.benign);
/** Weak hits count within this many characters of a strong one (spam comes in blocks and lists). */
const NEAR = 120;

const LAW = ' Konten perjudian dilarang UU ITE Pasal 27 ayat (2). Jika Anda tidak menulisnya, akun atau situs instansi mungkin diretas: hapus dan laporkan ke Diskominfo.';
const LAW_EN = ' Gambling content is prohibited by the ITE Law, Article 27(2). If you did not write it, the agency account or website may have been hacked: remove it and report to the IT/communications office.';
const MESSAGES: Record<RuleId, Message> = {
  'gambling/slot-spam': { id: `Promosi judi online (slot).${LAW}`, en: `Online gambling (slot) promotion.${LAW_EN}` },
  'gambling/togel': { id: `Promosi togel (judi nomor).${LAW}`, en: `Lottery gambling (togel) promotion.${LAW_EN}` },
  'gambling/betting': { id: `Promosi kasino, poker, atau taruhan online.${LAW}`, en: `Casino, poker or betting promotion.${LAW_EN}` },
  'gambling/deposit': { id: `Tawaran setor atau tarik dana (deposit/WD) khas situs judi.${LAW}`, en: `Deposit/withdrawal offer typical of gambling sites.${LAW_EN}` },
  'gambling/site-name': { id: `Nama atau tautan situs judi online.${LAW}`, en: `Name or link of an online gambling site.${LAW_EN}` },
};

const NAMED_IN_WARNING: Message = {
  id: 'Imbauan antijudi ini memuat nama situs, tautan, atau tawaran judi, yang justru ikut mempromosikannya. Samarkan atau hapus bagian itu.',
  en: 'This anti-gambling message contains a gambling site name, link or offer, which promotes it. Obscure or remove it.',
};

interface Hit {
  rule: RuleId;
  start: number;
  end: number;
  strong: boolean;
  /** Survives a post that warns against gambling (a site, a link, an amount). */
  hard: boolean;
  key: string;
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

function sentenceIndex(sentences: Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Tokens a and b belong to one phrase: at most three characters apart, with no line break between. */
function joined(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  for (let p = a.end; p < b.start; p++) if (text.charCodeAt(p) === 10) return false;
  return true;
}

/** "depo 10k", "WD 50 rb": index of the unit token after an amount word at i, or -1. */
function amountEnd(tokens: Token[], text: string, i: number): number {
  const n = tokens[i + 1];
  const u = tokens[i + 2];
  if (!n || n.kind !== 'number' || !joined(text, tokens[i]!, n)) return -1;
  if (u && u.kind === 'word' && AMOUNT_UNITS.has(u.norm) && u.start - n.end <= 1) return i + 2;
  return -1;
}

const SITE_LETTER_ENDINGS = lexicon.site.suffixes.filter((x) => !/\d$/.test(x));
const SITE_LAST_LETTERS = new Set(SITE_LETTER_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));

function siteHit(raw: string): { strong: boolean } | null {
  // Cheap test first: a site name ends in a digit or in one of the letter endings.
  const last = raw.charCodeAt(raw.length - 1);
  if (!(last >= 48 && last <= 57) && !(SITE_LAST_LETTERS.has(last) && SITE_LETTER_ENDINGS.some((e) => raw.endsWith(e)))) return null;
  const m = SITE.exec(raw);
  if (!m || NOT_SITES.has(raw)) return null;
  return { strong: SITE_ROOT.test(m[1]!) };
}

// What a folded word can be, in one lookup per token.
const F_ANTI = 1;
const F_TOPIC = 2;
const F_BENIGN = 4;
const F_PHRASE = 8;
const F_AMOUNT = 16;
const F_RTP = 32;
const F_NEGATOR = 64;
const F_COMPACT = 128;
const FLAGS = new Map<string, number>();
flagWords(FLAGS, ANTI, F_ANTI);
flagWords(FLAGS, TOPIC, F_TOPIC);
flagWords(FLAGS, BENIGN, F_BENIGN);
flagWords(FLAGS, PHRASES.keys(), F_PHRASE);
flagWords(FLAGS, AMOUNT_WORDS, F_AMOUNT);
flagWords(FLAGS, [lexicon.rtpWord], F_RTP);
flagWords(FLAGS, ['jangan', 'tidak', 'tak'], F_NEGATOR);
flagWords(FLAGS, COMPACT.keys(), F_COMPACT);

function findHits(ctx: RuleContext) {
  const { tokens, text } = ctx.view;
  const hits: Hit[] = [];
  const anti: number[] = [];
  const topic: number[] = [];
  const benign: number[] = [];
  const keys: string[] = new Array(tokens.length);
  const keyAt = (k: number) => (keys[k] ??= deleet(tokens[k]!.norm));

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'url') {
      if (URL_SPAM.test(t.norm)) hits.push({ rule: 'gambling/site-name', start: t.start, end: t.end, strong: true, hard: true, key: t.norm });
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
    const raw = t.kind === 'hashtag' ? t.norm.slice(1) : t.norm;
    const key = t.kind === 'hashtag' ? deleet(raw) : keyAt(i);
    const f = FLAGS.get(key) ?? 0;

    if (t.kind === 'word' && f !== 0) {
      if (f & F_ANTI) anti.push(t.start);
      else if (f & F_NEGATOR) {
        const next = tokens[i + 1]?.norm ?? '';
        if (key === 'jangan' ? !JANGAN_EXCEPT.has(next) : TIDAK_ONLY.has(next)) anti.push(t.start);
      }
      if (f & F_TOPIC) topic.push(t.start);
      if (f & F_BENIGN) benign.push(t.start);

      if (f & F_PHRASE) {
        let matched = false;
        for (const cand of PHRASES.get(key)!) {
          const n = cand.words.length;
          let ok = i + n <= tokens.length;
          for (let k = 1; k < n && ok; k++) ok = keyAt(i + k) === cand.words[k] && joined(text, tokens[i + k - 1]!, tokens[i + k]!);
          if (!ok) continue;
          let last = i + n - 1;
          if (AMOUNT_WORDS.has(cand.words[n - 1]!)) last = Math.max(last, amountEnd(tokens, text, last));
          hits.push({ rule: cand.group.rule, start: t.start, end: tokens[last]!.end, strong: cand.group.strong, hard: false, key: cand.words.join(' ') });
          for (let k = i + 1; k <= last; k++) if (TOPIC.has(keyAt(k))) topic.push(tokens[k]!.start);
          i = last;
          matched = true;
          break;
        }
        if (matched) continue;
      }
      if (f & F_AMOUNT) {
        const last = amountEnd(tokens, text, i);
        if (last >= 0) {
          hits.push({ rule: 'gambling/deposit', start: t.start, end: tokens[last]!.end, strong: true, hard: true, key });
          i = last;
          continue;
        }
      }
      if (f & F_RTP) {
        // "RTP 98%": a slot's advertised return-to-player rate.
        const n = tokens[i + 1];
        if (n && n.kind === 'number' && text.charCodeAt(n.end) === 37 && joined(text, t, n)) {
          hits.push({ rule: 'gambling/slot-spam', start: t.start, end: n.end + 1, strong: true, hard: false, key });
          i++;
          continue;
        }
      }
    }
    if (f & F_COMPACT) {
      const group = COMPACT.get(key)!;
      hits.push({ rule: group.rule, start: t.start, end: t.end, strong: group.strong, hard: false, key });
      if (f & F_TOPIC) topic.push(t.start);
      continue;
    }
    const site = siteHit(raw);
    if (site) hits.push({ rule: 'gambling/site-name', start: t.start, end: t.end, strong: site.strong, hard: site.strong, key: raw });
  }
  return { hits, anti, topic, benign };
}

function check(ctx: RuleContext): Finding[] {
  const { hits, anti, topic, benign } = findHits(ctx);
  if (!hits.length) return [];
  const { sentences } = ctx.view;
  const sentenceOf = (pos: number) => sentenceIndex(sentences, pos);

  const antiSentences = new Set(anti.map(sentenceOf));
  const benignSentences = new Set(benign.map(sentenceOf));
  // The post warns against gambling when a warning and a gambling word share a sentence.
  const warns =
    antiSentences.size > 0 &&
    (topic.some((p) => antiSentences.has(sentenceOf(p))) || hits.some((h) => antiSentences.has(sentenceOf(h.start))));

  const kept = hits.filter((h) => {
    const s = sentenceOf(h.start);
    if (antiSentences.has(s)) return false;
    if (h.hard) return true;
    return !warns && !benignSentences.has(s);
  });
  if (!kept.length) return [];

  const strong = kept.filter((h) => h.strong);
  const weakKeysBySentence = new Map<number, Set<string>>();
  for (const h of kept) {
    if (h.strong) continue;
    const s = sentenceOf(h.start);
    const set = weakKeysBySentence.get(s) ?? new Set<string>();
    set.add(h.key);
    weakKeysBySentence.set(s, set);
  }
  const counts = (h: Hit) =>
    h.strong ||
    overlapsAny(strong, h.start - NEAR, h.end + NEAR) ||
    (weakKeysBySentence.get(sentenceOf(h.start))?.size ?? 0) >= 3;

  // In a warning against gambling a named site or link is a mistake, not spam: it still advertises the site.
  return kept.filter(counts).map((h) =>
    makeFinding(ctx, {
      rule: h.rule,
      category: 'gambling',
      severity: warns ? 'warning' : 'error',
      start: h.start,
      end: h.end,
      message: warns ? NAMED_IN_WARNING : MESSAGES[h.rule],
      suggestion: null,
      ref: 'uu-ite-pasal-27',
    }),
  );
}

export const rules: Rule[] = [{ id: 'gambling', categories: ['gambling'], check }];
