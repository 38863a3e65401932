/**
 * Why and how are told by a marker and the few words after it: 'bertujuan memperkuat …', 'agar …', 'melalui …',
 * 'secara daring'; 'aims to …', 'through …'. The evidence is the marker plus a short run of words in the same clause,
 * with trailing function words trimmed. The marker tables are per language (indonesian.ts, english.ts).
 */
import { Gap, PhraseTable, joined, norm, type Candidate, type Scan } from './scan';

export interface MarkerSpec {
  tier: number;
  /** Words taken after the marker (0: the marker alone is the evidence, as in 'door to door'). */
  take: number;
  /** The next word must look like a verb ('untuk meningkatkan', not 'untuk tanggal 5 Mei' or 'untuk umum'). */
  verbAfter?: boolean;
  /** The marker does not count before these words ('karena itu' is 'therefore'). */
  notBefore?: Set<string>;
  /** The marker does not count after these words ('tepat guna' is 'appropriate', not 'in order to'). */
  notAfter?: Set<string>;
  /** Complements taken whole ('secara tatap muka'), with the tier they give ('secara daring' tells more than 'secara gratis'). */
  complements?: PhraseTable<number>;
  /** The marker does not count when the token after it is this ('melalui Bagian Protokol' names a body, not a manner). */
  rejectNext?: (s: Scan, t: number) => boolean;
  /** Tier when a verb stands right before the marker ('dilakukan untuk mencegah …' is a stated purpose). */
  afterVerbTier?: number;
}

export interface MarkerTable {
  markers: PhraseTable<MarkerSpec>;
  /** Lower-case word shaped like a verb. */
  isVerb(word: string): boolean;
  /** Words trimmed from the end of the evidence ('agar masyarakat waspada dan' → 'agar masyarakat waspada'). */
  trim(word: string): boolean;
  /** Words that end the run after the marker: a conjunction starts another clause ('… birokrasi dan mempercepat'). */
  stop: Set<string>;
  /** Words that close the run and are kept: a demonstrative ('melalui bimtek ini'). */
  endAfter: Set<string>;
}

export function markerTable(
  entries: Record<string, MarkerSpec>,
  isVerb: (word: string) => boolean,
  trim: (word: string) => boolean,
  stop: Set<string>,
  endAfter: Set<string>,
): MarkerTable {
  const markers = new PhraseTable<MarkerSpec>();
  for (const [k, v] of Object.entries(entries)) markers.add(k, v);
  return { markers, isVerb, trim, stop, endAfter };
}

function wordOrNumber(s: Scan, t: number): boolean {
  const k = s.tokens[t]!.kind;
  return k === 'word' || k === 'number';
}

/** All marker phrases of the text, as candidates. */
export function markerCandidates(s: Scan, table: MarkerTable): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.n; i++) {
    if (s.tokens[i]!.kind !== 'word') continue;
    const m = table.markers.match(s, i);
    if (!m) continue;
    const spec = m.value;
    const mLast = i + m.len - 1;
    if (spec.take === 0) {
      out.push({ start: s.tokens[i]!.start, end: s.tokens[mLast]!.end, tier: spec.tier });
      i = mLast;
      continue;
    }
    const next = mLast + 1;
    if (next >= s.n || !joined(s, mLast) || !wordOrNumber(s, next)) continue;
    const nextTok = s.tokens[next]!;
    if (spec.notBefore?.has(nextTok.norm)) continue;
    if (spec.notAfter && i > 0 && spec.notAfter.has(s.tokens[i - 1]!.norm)) continue;
    if (spec.verbAfter && (nextTok.kind !== 'word' || s.caps[next] || !table.isVerb(nextTok.norm))) continue;
    if (spec.rejectNext?.(s, next)) continue;
    let tier = spec.tier;
    if (spec.afterVerbTier !== undefined && i > 0 && joined(s, i - 1) && !s.caps[i - 1] && table.isVerb(s.tokens[i - 1]!.norm))
      tier = spec.afterVerbTier;
    let last = mLast;
    const comp = spec.complements?.match(s, next);
    if (comp) {
      last = next + comp.len - 1;
      tier = Math.min(tier, comp.value);
    }
    else {
      let taken = 0;
      while (last + 1 < s.n && taken < spec.take) {
        const t = last + 1;
        if (!(joined(s, last) || (s.gaps[last] === Gap.Dash && s.tokens[t]!.kind === 'word')) || !wordOrNumber(s, t)) break;
        if (table.stop.has(s.tokens[t]!.norm)) break;
        last = t;
        taken++;
        if (table.endAfter.has(s.tokens[t]!.norm)) break; // 'melalui bimtek ini' ends the means
        // 'HUT ke-80': the ordinal goes with the word before it.
        if (joined(s, t) && norm(s, t + 1) === 'ke' && s.gaps[t + 1] === Gap.Dash && s.tokens[t + 2]?.kind === 'number') last = t + 2;
      }
      while (last > next && table.trim(s.tokens[last]!.norm)) last--;
      if (last === next && table.trim(s.tokens[next]!.norm)) continue;
    }
    out.push({ start: s.tokens[i]!.start, end: s.tokens[last]!.end, tier });
    i = last;
  }
  return out;
}

/** The character after token i skipping blanks is a colon ('Caranya:', 'Alur layanan :'). */
function colonAfter(s: Scan, i: number): boolean {
  const g = s.gaps[i];
  if (g === Gap.Colon) return true;
  if (g !== Gap.Break) return false;
  const end = i + 1 < s.n ? s.tokens[i + 1]!.start : s.text.length;
  for (let p = s.tokens[i]!.end; p < end; p++) {
    const c = s.text.charCodeAt(p);
    if (c === 58) return true; // :
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return false;
}

/** Words a label may hold after its head word ('Cara mendaftar PPDB online:'). */
const LABEL_WORDS = 4;

/**
 * Labels that head a list of steps or requirements: 'Caranya:', 'Cara mendaftar:', 'Alur layanan:', 'Syarat dan
 * alur:', 'How to apply:'. The head word and at most LABEL_WORDS words after it, then a colon. The evidence is the label;
 * when the steps follow on the same line ('Caranya: datang langsung ke kantor desa'), also up to `take` words of them.
 * heads: head word → tier; the strongest head word inside the label gives the tier ('Syarat dan alur' tells how).
 */
export function labelCandidates(s: Scan, heads: PhraseTable<number>, table: MarkerTable, take: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.n; i++) {
    if (s.tokens[i]!.kind !== 'word') continue;
    const h = heads.match(s, i);
    if (!h) continue;
    let tier = h.value;
    let last = i + h.len - 1;
    let words = 0;
    while (!colonAfter(s, last) && words < LABEL_WORDS && last + 1 < s.n && joined(s, last) && wordOrNumber(s, last + 1)) {
      last++;
      words++;
      const more = heads.match(s, last);
      if (more) {
        tier = Math.min(tier, more.value);
        last += more.len - 1;
      }
    }
    if (!colonAfter(s, last)) continue;
    let end = s.tokens[last]!.end;
    if (s.gaps[last] === Gap.Colon && last + 1 < s.n && s.tokens[last + 1]!.kind === 'word') {
      // The steps on the same line: a short run of words, trailing function words trimmed.
      let k = last;
      for (let taken = 0; taken < take && k + 1 < s.n && (k === last || joined(s, k)) && wordOrNumber(s, k + 1); taken++) {
        if (table.stop.has(s.tokens[k + 1]!.norm)) break;
        k++;
      }
      while (k > last + 1 && table.trim(s.tokens[k]!.norm)) k--;
      if (!table.trim(s.tokens[k]!.norm)) {
        end = s.tokens[k]!.end;
        last = k;
      }
    }
    out.push({ start: s.tokens[i]!.start, end, tier });
    i = last;
  }
  return out;
}
