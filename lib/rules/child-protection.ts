/**
 * Children in reports about a case (UU 11/2012 SPPA Pasal 19): the identity of a child victim, witness or child
 * in conflict with the law — name, parents' names, school, home address — must be kept confidential. It runs only
 * when the text reports a crime, abuse or accident near the child; a school event, an achievement or a vaccination
 * post that names a child raises nothing. Word lists are in data/child-protection/context.json.
 */
import type { TextView } from '../analysis/text';
import type { Finding } from '../analysis/types';
import ctxData from './data/child-protection/context.json';
import ruleData from './data/child-protection/rules.json';
import personData from './data/personal-data/persons.json';
import { makeFinding } from './finding';
import {
  addresses,
  cached,
  compileLists,
  isNameWord,
  loadMeta,
  personRefs,
  readAge,
  readName,
  residenceBefore,
  spaceOnly,
  tokenSentences,
  type Hits,
} from './personal-data';
import type { Rule, RuleContext } from './types';

const META = loadMeta(ruleData);
type RuleId = keyof typeof ruleData;

const CHILD_NEGATORS = new Set(ctxData.childNegators);
/** Prefixes that mean "the child of" when a name follows directly ("anak Sutrisno"): they need "bernama". */
const POSSESSIVE_PREFIX = new Set(['anak', 'putra', 'putri']);
const PARENT_GLUE = new Set(ctxData.parentGlue);
const SCHOOLS = new Map(Object.entries(ctxData.schools as Record<string, string>));
/** Every word list of this module, matched in one pass per analysis. */
const CP = compileLists({
  case: ctxData.case,
  negators: ctxData.crimeNegators,
  disasters: ctxData.disasters,
  child: ctxData.child,
  childPrefix: ctxData.childNamePrefix,
  adults: ctxData.adultPersons,
  roles: ctxData.roles,
  childAfter: ctxData.childAfterName,
  parents: ctxData.parents,
  pseudonym: personData.pseudonymMarkers,
  schoolsMulti: [...SCHOOLS.keys()].filter((k) => k.includes(' ')),
  schoolLinks: ctxData.schoolLinks,
});
const CAPITALS_ONLY = new Set(ctxData.schoolsCapitalsOnly);
const SCHOOL_QUALIFIERS = new Set(ctxData.schoolQualifiers);
const ADULT_AGE = ctxData.adultAge;
const NAME_GLUE = new Set(['bernama', 'atas', 'nama', 'an', 'yakni', 'yaitu', 'adalah', 'ialah', 'yang']);
const INTRODUCING = new Set(['bernama', 'nama', 'an']);
const GLUED_SCHOOL = /^([a-z]+)(\d{1,3})$/;
const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;
/** How many sentences before and after a sentence still belong to the same report. */
const REACH = 2;

function finding(ctx: RuleContext, id: RuleId, start: number, end: number, suggestion: string | null = null): Finding {
  const { severity, message, ref } = META[id];
  return makeFinding(ctx, { rule: id, category: 'child-protection', severity, start, end, message, suggestion, ref });
}

/** Sentences that report a case: a case word not preceded by prevention words, "korban" not of a disaster. */
function caseSentences(view: TextView): Uint8Array | null {
  return cached(view, 'cp-case-sentences', () => findCaseSentences(view));
}

function findCaseSentences(view: TextView): Uint8Array | null {
  const crime = CP.hits(view, 'case');
  if (!crime.size) return null;
  const negators = CP.hits(view, 'negators');
  const disasters = CP.hits(view, 'disasters');
  const sentenceOf = tokenSentences(view);
  const flags = new Uint8Array(view.sentences.length);
  let any = false;
  for (const h of crime.list) {
    if (negators.lastEndingIn(h.first - 3, h.first - 1)) continue; // "sosialisasi pencegahan kekerasan"
    if (h.term.endsWith('korban') && disasters.firstStartingIn(h.last + 1, h.last + 2)) continue; // "korban banjir"
    flags[sentenceOf[h.first]!] = 1;
    any = true;
  }
  return any ? flags : null;
}

interface SchoolSpan {
  first: number;
  last: number;
  start: number;
  end: number;
  suggestion: string;
}

/** Reads a named school at token i: "SDN 3 Baamang", "SMP Negeri 2 Sampit", "SMPN2", "Pondok Pesantren Al-Falah". */
function readSchool(view: TextView, multiHits: Hits, i: number): SchoolSpan | null {
  const { tokens, text } = view;
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  const lastCode = t.norm.charCodeAt(t.norm.length - 1);
  const multi = multiHits.size ? multiHits.covering(i) : undefined;
  if (!multi && !SCHOOLS.has(t.norm) && !(lastCode >= 48 && lastCode <= 57)) return null; // the common case
  let key: string | undefined;
  let prefixLast = i;
  let hasNumber = false;
  if (multi && multi.first === i) {
    key = multi.term;
    prefixLast = multi.last;
  } else if (SCHOOLS.has(t.norm)) {
    key = t.norm;
  } else {
    const glued = GLUED_SCHOOL.exec(t.norm);
    if (glued && SCHOOLS.has(glued[1]!)) {
      key = glued[1];
      hasNumber = true;
    }
  }
  if (!key) return null;
  // MI, MA, MAN … are school names only in capitals ("man" is also an ordinary word).
  if (CAPITALS_ONLY.has(key) && t.text.slice(0, key.length) !== key.toUpperCase()) return null;
  let last = prefixLast;
  let named = false;
  const next = (k: number) => {
    const n = tokens[k];
    return n && spaceOnly(text, tokens[k - 1]!.end, n.start) ? n : undefined;
  };
  for (let n = next(last + 1); n && SCHOOL_QUALIFIERS.has(n.norm); n = next(last + 1)) last++;
  const num = next(last + 1);
  if (!hasNumber && num && ((num.kind === 'number' && /^\d{1,3}$/.test(num.norm)) || ROMAN.test(num.norm))) {
    hasNumber = true;
    last++;
  }
  for (let n = next(last + 1), k = 0; n && k < 3 && isNameWord(n); n = next(last + 1), k++) {
    named = true;
    last++;
  }
  if (!hasNumber && !named) return null; // "kelas 5 SD": a level, not a school
  return { first: i, last, start: t.start, end: tokens[last]!.end, suggestion: SCHOOLS.get(key)! };
}

/** The first school starting in tokens [from, to], by binary search. */
function firstSchoolIn(list: readonly SchoolSpan[], from: number, to: number): SchoolSpan | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.first < from) lo = mid + 1;
    else hi = mid;
  }
  const s = list[lo];
  return s && s.first <= to ? s : undefined;
}

function schools(view: TextView): SchoolSpan[] {
  return cached(view, 'cp-schools', () => {
    const out: SchoolSpan[] = [];
    const multi = CP.hits(view, 'schoolsMulti');
    for (let i = 0; i < view.tokens.length; i++) {
      const s = readSchool(view, multi, i);
      if (s) {
        out.push(s);
        i = s.last;
      }
    }
    return out;
  });
}

/** Sentences that show a child: a child word, an age under 18, "kelas 5". */
function childSentences(view: TextView): Uint8Array {
  const { tokens } = view;
  const sentenceOf = tokenSentences(view);
  const flags = new Uint8Array(view.sentences.length);
  for (const h of CP.hits(view, 'child').list) {
    if (h.term === 'anak' && CHILD_NEGATORS.has(tokens[h.first - 1]?.norm ?? '')) continue; // "Perlindungan Anak"
    flags[sentenceOf[h.first]!] = 1;
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1]!;
    if (n.kind !== 'number' || !/^\d{1,2}$/.test(n.norm)) {
      if (t.norm === 'kelas' && ROMAN.test(n.norm)) flags[sentenceOf[i]!] = 1;
      continue;
    }
    const young = Number(n.norm) < ADULT_AGE;
    const gap = view.text.slice(t.end, n.start);
    if (t.norm === 'kelas') flags[sentenceOf[i]!] = 1;
    else if (young && (t.norm === 'berusia' || t.norm === 'usia' || t.norm === 'umur' || t.norm === 'berumur'))
      flags[sentenceOf[i]!] = 1;
    else if (young && /^\s?\($/.test(gap) && /^\s*(?:tahun|th|thn)?\s*\)/.test(view.text.slice(n.end, n.end + 8)))
      flags[sentenceOf[i]!] = 1; // "korban (12)"
  }
  return flags;
}

function near(flags: Uint8Array, s: number): boolean {
  for (let k = Math.max(0, s - REACH); k <= s + REACH && k < flags.length; k++) if (flags[k]) return true;
  return false;
}

/** "Mawar (bukan nama sebenarnya)", "sebut saja Mawar": a pseudonym is already the safe form. */
function isPseudonym(view: TextView, pseudo: Hits, nameFirst: number, nameLast: number): boolean {
  if (pseudo.firstStartingIn(nameLast + 1, nameLast + 6)) return true;
  if (pseudo.lastEndingIn(nameFirst - 3, nameFirst - 1)) return true;
  const a = view.tokens[nameFirst - 2];
  const b = view.tokens[nameFirst - 1];
  return a?.norm === 'sebut' && b?.norm === 'saja';
}

interface NameSpan {
  nameFirst: number;
  start: number;
  end: number;
}

/** Child names near a reported case. */
function childNames(view: TextView, cases: Uint8Array): NameSpan[] {
  const { tokens } = view;
  const sentenceOf = tokenSentences(view);
  const pseudo = CP.hits(view, 'pseudonym');
  const out = new Map<number, NameSpan>();
  const add = (nameFirst: number, nameLast: number, start: number, end: number) => {
    if (!near(cases, sentenceOf[nameFirst]!) || isPseudonym(view, pseudo, nameFirst, nameLast)) return;
    if (!out.has(nameFirst)) out.set(nameFirst, { nameFirst, start, end });
  };
  const nameWithAge = (k: number) => {
    const last = readName(view, k);
    if (last < 0) return null;
    const age = readAge(view, last);
    return { last, age, end: age ? age.end : tokens[last]!.end };
  };

  // 1. A name with an age under 18: "Bunga (12)", "Andi, 9 tahun".
  for (const r of personRefs(view)) {
    if (r.age !== null && r.age < ADULT_AGE) add(r.nameFirst, r.nameLast, r.start, r.end);
  }

  // 2. A name right after a child word: "siswi bernama Bunga", "bocah Andi", "siswi SMPN 2 Sampit, Bunga".
  const schoolList = schools(view);
  for (const c of CP.hits(view, 'childPrefix').list) {
    let k = c.last + 1;
    let introduced = false;
    for (let steps = 0; steps < 8 && k < tokens.length; steps++) {
      const t = tokens[k]!;
      const school = firstSchoolIn(schoolList, k, k);
      if (school) k = school.last + 1;
      else if (NAME_GLUE.has(t.norm)) {
        introduced ||= INTRODUCING.has(t.norm);
        k++;
      } else if (t.norm === 'kelas') k += 2;
      else break;
    }
    if (POSSESSIVE_PREFIX.has(c.term) && !introduced) continue; // "anak Sutrisno" names the parent
    if (sentenceOf[k] !== sentenceOf[c.first]) continue;
    const n = nameWithAge(k);
    if (!n || (n.age && n.age.age >= ADULT_AGE)) continue;
    add(k, n.last, tokens[k]!.start, n.end);
  }

  // 3. A case role with a name, shown to be a child soon after: "Korban bernama Bunga masih duduk di kelas 5 SD".
  const childAfter = CP.hits(view, 'childAfter');
  const adults = CP.hits(view, 'adults');
  for (const r of CP.hits(view, 'roles').list) {
    let k = r.last + 1;
    while (k < tokens.length && k - r.last <= 3 && NAME_GLUE.has(tokens[k]!.norm)) k++;
    const n = nameWithAge(k);
    if (!n || (n.age && n.age.age >= ADULT_AGE) || sentenceOf[k] !== sentenceOf[r.first]) continue;
    const to = n.last + 8;
    const evidence = childAfter.firstStartingIn(n.last + 1, to);
    const school = firstSchoolIn(schoolList, n.last + 1, to);
    const at = Math.min(evidence?.first ?? Infinity, school?.first ?? Infinity);
    if (at === Infinity || sentenceOf[at] !== sentenceOf[k]) continue;
    if (adults.firstStartingIn(n.last + 1, at - 1)) continue; // the child word belongs to someone else
    add(k, n.last, tokens[k]!.start, n.end);
  }
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** Parents named near a case about a child: "orang tua korban, Sutrisno", "anak pasangan Sutrisno dan Siti". */
function parentNames(view: TextView, inScope: (tok: number) => boolean): { start: number; end: number }[] {
  const { tokens } = view;
  const out: { start: number; end: number }[] = [];
  for (const p of CP.hits(view, 'parents').list) {
    if (!inScope(p.first)) continue;
    let k = p.last + 1;
    while (k < tokens.length && k - p.last <= 3 && PARENT_GLUE.has(tokens[k]!.norm)) k++;
    let last = readName(view, k);
    if (last < 0) continue;
    const start = tokens[k]!.start;
    let end = readAge(view, last)?.end ?? tokens[last]!.end;
    // "… Sutrisno dan (Ibu) Siti"
    let j = last + 1;
    if (tokens[j]?.norm === 'dan') {
      j++;
      if (PARENT_GLUE.has(tokens[j]?.norm ?? '')) j++;
      const second = readName(view, j);
      if (second >= 0) {
        last = second;
        end = readAge(view, last)?.end ?? tokens[last]!.end;
      }
    }
    if (out.length && out[out.length - 1]!.end > start) continue;
    out.push({ start, end });
  }
  return out;
}

const childIdentityRule: Rule = {
  id: 'child-protection/identity',
  categories: ['child-protection'],
  check(ctx) {
    const { view } = ctx;
    const cases = caseSentences(view);
    if (!cases) return [];
    const sentenceOf = tokenSentences(view);
    const children = childSentences(view);
    const inScope = (tok: number) => {
      const s = sentenceOf[tok]!;
      return near(cases, s) && near(children, s);
    };
    const out: Finding[] = [];
    for (const n of childNames(view, cases)) out.push(finding(ctx, 'child-protection/name', n.start, n.end));
    for (const p of parentNames(view, inScope)) out.push(finding(ctx, 'child-protection/parent', p.start, p.end));
    // A school must be tied to the case in its own sentence: a case word there, or the child referred back to.
    const linkSentences = new Set(CP.hits(view, 'schoolLinks').list.map((h) => sentenceOf[h.first]));
    for (const s of schools(view)) {
      const own = sentenceOf[s.first]!;
      if (inScope(s.first) && (cases[own] || linkSentences.has(own)))
        out.push(finding(ctx, 'child-protection/school', s.start, s.end, s.suggestion));
    }
    for (const a of addresses(view)) {
      if (a.specific && inScope(a.first) && residenceBefore(view, a))
        out.push(finding(ctx, 'child-protection/address', a.start, a.end));
    }
    // Overlapping spans (a name read both as a child's and as a parent's) keep the first one found.
    const kept: Finding[] = [];
    let end = -1;
    for (const f of out.sort((a, b) => a.start - b.start)) {
      if (f.start < end) continue;
      kept.push(f);
      end = f.end;
    }
    return kept;
  },
};

export const rules: Rule[] = [childIdentityRule];
