/**
 * The 5W1H extractor for English drafts, pattern-based like the Indonesian one. English names put the head last
 * ('the Bintan Communication Office'), so actors and places are read as runs of capitalised words joined by
 * 'of', 'and', 'for', 'the', classified by the words they contain. compromise is not used: importing it costs about
 * 0.4 s and a 2,200-character draft about 16 ms on this machine, and the patterns below find these elements in
 * government posts without it, keeping findElements synchronous, deterministic and well under a millisecond.
 */
import { AGENCY_ACRONYMS, AGENCY_HEADS, PLACE_HEADS, regionAt } from './gazetteer';
import { labelCandidates, markerCandidates, markerTable, type MarkerSpec } from './markers';
import { Gap, PhraseTable, joined, norm, pickBest, wordSet, type Candidate, type Scan } from './scan';
import { EN_DATES, whenCandidates } from './when';
import type { Span } from '../text';
import type { ElementKey } from '../types';

const STOP = wordSet([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'for', 'to', 'with', 'from', 'by', 'during', 'as', 'this',
  'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'will', 'would', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'has', 'have', 'had', 'it', 'its', 'their', 'they', 'we', 'our', 'us', 'he', 'she', 'his', 'her', 'you', 'your',
  'all', 'some', 'more', 'most', 'many', 'after', 'before', 'while', 'when', 'where', 'until', 'since', 'about', 'also',
  'not', 'no', 'than', 'then', 'so', 'such', 'into', 'onto', 'over', 'under', 'between', 'among', 'through', 'via', 'per',
  'each', 'every', 'both', 'either', 'can', 'could', 'should', 'must', 'may', 'might', 'said', 'says', 'today',
  'tomorrow', 'yesterday', 'tonight', 'there', 'here', 'very', 'just', 'only', 'other', 'another', 'including', 'if',
  'do', 'does', 'did', 'please', 'let', "let's", 'how', 'what', 'why', 'i', 'me', 'my', 'them', 'him', 'am', 'pm',
]);
const DETERMINERS = wordSet(['a', 'an', 'the', 'its', 'their', 'our', 'his', 'her', 'this', 'these']);
const NOT_NAMES = wordSet([
  'the', 'a', 'an', 'on', 'in', 'at', 'this', 'that', 'for', 'with', 'by', 'from', 'to', 'of', 'and', 'as', 'it', 'we',
  'our', 'they', 'after', 'before', 'during', 'while', 'when', 'all', 'some', 'more', 'many', 'residents', 'participants',
  'happy', 'merry', 'please', 'join', 'register', 'free', 'public', 'notice', 'announcement', 'update', 'info', 'reminder',
  'today', 'tomorrow', 'yesterday', 'i', 'he', 'she', 'his', 'her', 'their', 'its', 'there', 'here', 'also', 'meanwhile',
]);
const SPEECH = wordSet([
  'said', 'says', 'explained', 'added', 'stated', 'told', 'noted', 'emphasized', 'emphasised', 'urged', 'asked', 'stressed',
  'reminded', 'expressed',
]);

const TITLES = new PhraseTable<true>().addAll(
  [
    'mayor', 'deputy mayor', 'governor', 'deputy governor', 'vice governor', 'regent', 'deputy regent', 'vice regent',
    'minister', 'deputy minister', 'president', 'vice president', 'director', 'director general', 'head', 'chief', 'chairman',
    'chairwoman', 'chairperson', 'chair', 'secretary', 'regional secretary', 'commissioner', 'officer', 'spokesperson',
    'spokesman', 'spokeswoman', 'acting head', 'acting regent', 'acting mayor', 'acting governor', 'principal',
    'coordinator', 'manager', 'superintendent', 'ambassador', 'inspector', 'commander', 'chancellor', 'rector', 'dean',
    'district head', 'village head', 'subdistrict head', 'police chief', 'chief executive', 'ceo', 'dr', 'mr', 'mrs', 'ms',
    'prof', 'professor', 'camat', 'lurah', 'bupati', 'gubernur', 'wali kota', 'kepala',
  ],
  true,
);
const ORG_HEADS = wordSet([
  'ministry', 'department', 'agency', 'office', 'council', 'board', 'bureau', 'commission', 'committee', 'authority',
  'government', 'administration', 'police', 'service', 'services', 'directorate', 'institute', 'foundation', 'secretariat',
  'unit', 'team', 'taskforce', 'division', 'corps', 'command', 'association', 'centre', 'center', 'hospital', 'university',
  'school', 'parliament', 'assembly', 'court', 'prosecutor', "prosecutor's", 'army', 'navy', 'military', 'corporation',
  'company', 'regency', 'municipality', 'province', 'city',
]);
/** 'Bintan Regency' alone is a place; it is an actor only with an institution word ('… Regency Government'). */
const PLACE_LIKE_ORG = wordSet(['regency', 'municipality', 'province', 'city', 'centre', 'center', 'hospital', 'school', 'university']);
const PLACE_WORDS = wordSet([
  'hall', 'ballroom', 'office', 'building', 'center', 'centre', 'park', 'square', 'hotel', 'resort', 'room', 'school',
  'hospital', 'stadium', 'field', 'mosque', 'church', 'temple', 'market', 'street', 'road', 'avenue', 'village', 'district',
  'regency', 'city', 'province', 'auditorium', 'library', 'museum', 'campus', 'university', 'terminal', 'airport', 'port',
  'harbor', 'harbour', 'station', 'beach', 'plaza', 'mall', 'gym', 'arena', 'complex', 'headquarters', 'compound',
  'pavilion', 'courtyard', 'lobby', 'clinic', 'garden', 'gardens', 'island', 'lake', 'river', 'bridge', 'port', 'pier',
  'yard', 'grounds', 'venue', 'residence', 'house', 'community', 'subdistrict', 'town', 'area', 'coast', 'neighborhood',
  'neighbourhood', 'kecamatan', 'kelurahan', 'desa', 'jalan', 'jl', 'station', 'stations', 'offices', 'halls', 'schools',
  'hospitals', 'clinics', 'centers', 'centres', 'villages', 'markets', 'mosques', 'churches', 'shelter', 'shelters',
  'booth', 'booths', 'counter', 'counters', 'outlets', 'branches', 'puskesmas', 'posyandu', 'tps',
]);
const NUMBERED = wordSet(['room', 'floor', 'street', 'no', 'number', 'jalan', 'jl', 'gate', 'hall', 'building', 'block', 'km']);
const NOT_PLACES = wordSet([
  'english', 'indonesian', 'bahasa', 'order', 'addition', 'person', 'total', 'line', 'time', 'charge', 'response', 'support',
  'collaboration', 'partnership', 'cooperation', 'coordination', 'accordance', 'front', 'particular', 'general', 'fact',
  'short', 'conjunction', 'light', 'honor', 'honour', 'celebration', 'commemoration', 'observance', 'preparation',
]);
const MONTH_OR_DAY = (w: string) => EN_DATES.months.has(w) || EN_DATES.days.has(w);

function capWord(s: Scan, t: number): boolean {
  return t < s.n && s.caps[t] === 1 && s.tokens[t]!.kind === 'word';
}

/**
 * A run of capitalised words from token i, joined by 'of', 'and', 'for', 'the', '&' between capitals and by a
 * parenthesised acronym: 'Bintan Regency Communication and Informatics Office (Diskominfo)'. Returns the last
 * index and the end offset.
 */
function capRun(s: Scan, i: number, max = 10): { last: number; end: number } {
  let last = i;
  let end = s.tokens[i]!.end;
  let count = 1;
  while (last + 1 < s.n && count < max) {
    const t = last + 1;
    const g = s.gaps[last]!;
    if (joined(s, last) && capWord(s, t) && !MONTH_OR_DAY(norm(s, t))) {
      last = t;
      end = s.tokens[t]!.end;
      count++;
      continue;
    }
    const w = norm(s, t);
    if (joined(s, last) && (w === 'of' || w === 'and' || w === 'for' || w === '&') && !s.caps[t] && joined(s, t)) {
      let k = t + 1;
      if (norm(s, k) === 'the' && joined(s, k)) k++;
      if (capWord(s, k) && !MONTH_OR_DAY(norm(s, k))) {
        last = k;
        end = s.tokens[k]!.end;
        count += k - t + 1;
        continue;
      }
    }
    if (g === Gap.Open && capWord(s, t) && s.gaps[t] === Gap.Close) {
      last = t;
      end = s.text.indexOf(')', s.tokens[t]!.end) + 1;
      count++;
      continue;
    }
    break;
  }
  return { last, end };
}

// ---------------------------------------------------------------- where

/** Words before a place that do not name it: 'at the …', 'at all polling stations', 'at your nearest clinic'. */
const PLACE_DETERMINERS = wordSet(['the', 'all', 'every', 'each', 'any', 'your', 'their', 'our']);

function placeAt(s: Scan, j: number): { last: number; end: number; strong: boolean; named: boolean } | null {
  let i = j;
  const w0 = norm(s, i);
  if ((w0 === 'the' || (PLACE_DETERMINERS.has(w0) && !s.caps[i])) && joined(s, i)) i++;
  let last = -1;
  let end = 0;
  let strong = false;
  let sawCapOrHead = false;
  let k = i;
  for (let count = 0; k < s.n && count < 10; count++) {
    const tok = s.tokens[k]!;
    const w = tok.norm;
    if (tok.kind === 'number') {
      if (last >= 0 && NUMBERED.has(norm(s, last))) {
        last = k;
        end = tok.end;
      } else break;
    } else if (tok.kind !== 'word' || MONTH_OR_DAY(w)) break;
    else if (PLACE_WORDS.has(w) || (s.caps[k] && PLACE_HEADS.match(s, k))) {
      strong = true;
      sawCapOrHead = true;
      last = k;
      end = tok.end;
    } else if (s.caps[k]) {
      if (NOT_PLACES.has(w) || (last < 0 && (STOP.has(w) || NOT_NAMES.has(w)))) break;
      if (regionAt(s, k)) strong = true;
      sawCapOrHead = true;
      last = k;
      end = tok.end;
    } else if ((w === 'of' || w === 'and') && last >= 0 && joined(s, k) && capWord(s, k + 1)) {
      // 'Ministry of Health hall', 'Hall of …'
    } else if (!STOP.has(w) && !NOT_PLACES.has(w) && (w.endsWith("'s") || w.endsWith('’s') || /^[a-z-]+$/.test(w))) {
      // lower-case modifiers only before a place word: 'the main hall', "the regent's office"
      let ahead = k + 1;
      let found = false;
      for (let a = 0; a < 2 && ahead < s.n && joined(s, ahead - 1); a++, ahead++) {
        if (PLACE_WORDS.has(norm(s, ahead))) {
          found = true;
          break;
        }
        if (STOP.has(norm(s, ahead))) break;
      }
      if (!found) break;
    } else break;
    if (!joined(s, k)) {
      // ', Bintan Regency' after a place: a region or a capitalised place name followed by a place word.
      if (s.gaps[k] === Gap.Comma && last === k && capWord(s, k + 1) && (regionAt(s, k + 1) || PLACE_WORDS.has(norm(s, k + 2)))) {
        k++;
        continue;
      }
      break;
    }
    k++;
  }
  if (last < 0 || !sawCapOrHead) return null;
  let named = false;
  for (let t = i; t <= last; t++) if (s.caps[t] || s.tokens[t]!.kind === 'number') named = true;
  return { last, end, strong, named };
}

const PLACE_TRIGGERS = wordSet(['at', 'in', 'inside', 'near', 'outside']);
const PLACE_LABELS = wordSet(['venue', 'location', 'place', 'where', 'address', 'tempat', 'lokasi']);
const PIN = new Set(['📍', '📌']);

function whereCandidatesEn(s: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.n; i++) {
    const tok = s.tokens[i]!;
    const w = tok.norm;
    if (tok.kind === 'word' && PLACE_TRIGGERS.has(w) && joined(s, i)) {
      const p = placeAt(s, i + 1);
      if (!p) continue;
      // 'at polling stations' names no particular place: weaker than 'at City Hall'.
      out.push({ start: tok.start, end: p.end, tier: p.strong && p.named ? 1 : 2 });
      i = p.last;
      continue;
    }
    if ((tok.kind === 'word' && PLACE_LABELS.has(w) && s.gaps[i] === Gap.Colon) || (tok.kind === 'emoji' && PIN.has(w))) {
      const p = placeAt(s, i + 1);
      if (!p) continue;
      out.push({ start: s.tokens[i + 1]!.start, end: p.end, tier: 1 });
      i = p.last;
    }
  }
  return out;
}

// ---------------------------------------------------------------- who

const PEOPLE = wordSet([
  'participants', 'residents', 'people', 'students', 'teachers', 'admins', 'administrators', 'officials', 'officers',
  'employees', 'staff', 'volunteers', 'children', 'villagers', 'farmers', 'workers', 'members', 'attendees', 'delegates',
  'servants', 'families', 'households', 'youths', 'women', 'men', 'elderly', 'athletes', 'journalists', 'entrepreneurs',
  'vendors', 'traders', 'patients', 'citizens', 'guests', 'agencies', 'schools', 'villages', 'nurses', 'doctors', 'midwives',
  'cadres', 'personnel', 'trainees', 'fishermen', 'parents', 'toddlers', 'infants', 'voters', 'applicants',
]);
const APPROX = wordSet(['more than', 'over', 'some', 'about', 'around', 'nearly', 'almost', 'a total of', 'at least', 'up to']);
const MANY = wordSet(['dozens', 'hundreds', 'thousands', 'scores', 'tens']);
const APPROX_TABLE = new PhraseTable<true>().addAll(APPROX, true);
const COUNT = /^\d[\d,.]*$/;

function isOrgRun(s: Scan, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const w = norm(s, k);
    if (ORG_HEADS.has(w) && !PLACE_LIKE_ORG.has(w)) return true;
    if (s.caps[k] && (AGENCY_ACRONYMS.match(s, k) || AGENCY_HEADS.match(s, k))) return true;
  }
  return false;
}

/**
 * Index of the first token after a Title-Case Headline on the first line ('Bintan Holds Social Media Workshop for
 * Government Admins'), or 0. In such a line every word is capitalised, so runs of capitals say nothing about names.
 */
function afterHeadline(s: Scan): number {
  let words = 0;
  let capital = 0;
  for (let i = 0; i < s.n; i++) {
    const tok = s.tokens[i]!;
    if (tok.kind === 'word' && tok.norm.length > 3) {
      words++;
      if (s.caps[i]) capital++;
    }
    if (s.gaps[i] === Gap.Break) {
      // Only a line that ends with a line break (no full stop) is a headline.
      const gap = s.text.slice(tok.end, s.tokens[i + 1]?.start ?? s.text.length);
      return gap.includes('\n') && !/[.!?]/.test(gap) && words >= 3 && capital >= words * 0.8 ? i + 1 : 0;
    }
    if (s.gaps[i] === Gap.Break || s.gaps[i] === Gap.Dot) return 0;
  }
  return 0;
}

const ELECTION_EN = wordSet(['election', 'elections', 'pilkada', 'pemilu']);

function whoCandidatesEn(s: Scan, places: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  // Place spans are in text order and do not overlap: a binary search finds the one that may hold an offset.
  const inPlace = (at: number) => {
    let lo = 0;
    let hi = places.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const sp = places[mid]!;
      if (at < sp.start) hi = mid - 1;
      else if (at >= sp.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  for (let i = afterHeadline(s); i < s.n; i++) {
    const tok = s.tokens[i]!;
    if (inPlace(tok.start)) continue;
    const w = tok.norm;
    // An official: 'Head of the Bintan Communication Office, John Smith', 'Regent Roby Kurniawan'.
    let k = i;
    if (capWord(s, k) && (w === 'acting' || w === 'deputy' || w === 'vice') && joined(s, k)) k++;
    const title = capWord(s, k) ? TITLES.match(s, k) : null;
    if (title) {
      let last = k + title.len - 1;
      let end = s.tokens[last]!.end;
      if ((s.gaps[last] === Gap.Dot && ['dr', 'mr', 'mrs', 'ms', 'prof'].includes(norm(s, last))) || joined(s, last)) {
        let j = last + 1;
        if (norm(s, j) === 'of' && joined(s, j)) {
          j++;
          if (norm(s, j) === 'the' && joined(s, j)) j++;
        }
        if (capWord(s, j) && !NOT_NAMES.has(norm(s, j)) && !MONTH_OR_DAY(norm(s, j))) {
          const run = capRun(s, j);
          last = run.last;
          end = run.end;
        }
      }
      if (s.gaps[last] === Gap.Comma && capWord(s, last + 1) && !NOT_NAMES.has(norm(s, last + 1))) {
        // ', John Smith' closes the phrase when it is a short run of capitals.
        const run = capRun(s, last + 1, 4);
        if (run.last - last <= 4 && !isOrgRun(s, last + 1, run.last)) {
          last = run.last;
          end = run.end;
        }
      }
      if (last > k || title.len > 1) {
        // 'Regent Election', 'Vice Regent Election' name an election, not an actor.
        let election = false;
        for (let t = k; t <= last && !election; t++) election = ELECTION_EN.has(norm(s, t));
        out.push({ start: tok.start, end, tier: election ? 4 : 1 });
        i = last;
        continue;
      }
    }
    // A body: a capitalised run with an institution word or an Indonesian agency name.
    if (capWord(s, i) && !(i > 0 && capWord(s, i - 1) && joined(s, i - 1))) {
      let first = i;
      // Skip a capitalised opener ('The', 'On'); at most two, so a run of them costs nothing.
      while (first < i + 2 && capWord(s, first) && NOT_NAMES.has(norm(s, first)) && joined(s, first)) first++;
      if (capWord(s, first)) {
        const run = capRun(s, first);
        if (!inPlace(s.tokens[run.last]!.start) && isOrgRun(s, first, run.last)) {
          out.push({ start: s.tokens[first]!.start, end: run.end, tier: 1 });
          i = run.last;
          continue;
        }
        // 'John Smith said'
        if (run.last > first && run.last - first < 4 && joined(s, run.last) && SPEECH.has(norm(s, run.last + 1))) {
          out.push({ start: s.tokens[first]!.start, end: run.end, tier: 1 });
          i = run.last;
          continue;
        }
      }
    }
    // A counted group: 'more than 50 participants', 'hundreds of residents'.
    let j = i;
    const approx = APPROX_TABLE.match(s, i);
    if (approx) j = i + approx.len;
    const countTok = s.tokens[j];
    if (countTok && (j === i || joined(s, j - 1))) {
      let noun = -1;
      if (countTok.kind === 'number' && COUNT.test(countTok.norm) && joined(s, j)) noun = j + 1;
      else if (MANY.has(countTok.norm) && norm(s, j + 1) === 'of' && joined(s, j) && joined(s, j + 1)) noun = j + 2;
      // one modifier may stand between: '50 government admins'
      if (noun > 0 && noun < s.n && !PEOPLE.has(norm(s, noun)) && joined(s, noun) && PEOPLE.has(norm(s, noun + 1))) noun++;
      if (noun > 0 && noun < s.n && PEOPLE.has(norm(s, noun))) {
        out.push({ start: tok.start, end: s.tokens[noun]!.end, tier: 2 });
        i = noun;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- what

const EVENT_VERBS = new PhraseTable<number>();
EVENT_VERBS.addAll(
  [
    'held', 'holds', 'hold', 'hosted', 'hosts', 'host', 'organized', 'organised', 'organizes', 'organises', 'organize',
    'organise', 'conducted', 'conducts', 'conduct', 'launched', 'launches', 'launch', 'inaugurated', 'inaugurates',
    'inaugurate', 'staged', 'stages', 'convened', 'convenes', 'kicked off', 'kicks off', 'kick off', 'carried out',
    'carries out', 'carry out', 'rolled out', 'rolls out', 'roll out', 'opened', 'opens',
  ],
  1,
);
EVENT_VERBS.addAll(
  [
    'provided', 'provides', 'provide', 'offered', 'offers', 'offer', 'delivered', 'delivers', 'presented', 'presents',
    'visited', 'visits', 'visit', 'attended', 'attends', 'attend', 'distributed', 'distributes', 'distribute', 'signed',
    'signs', 'celebrated', 'celebrates', 'celebrate', 'commemorated', 'commemorates', 'led', 'leads', 'urged', 'urges',
    'invites', 'invited', 'reminds', 'reminded', 'announced', 'announces', 'join', 'joined', 'joins',
  ],
  2,
);
const ACTIVITIES = wordSet([
  'workshop', 'training', 'seminar', 'webinar', 'vaccination', 'immunization', 'immunisation', 'campaign', 'ceremony',
  'festival', 'meeting', 'conference', 'forum', 'fair', 'exhibition', 'competition', 'inauguration', 'briefing', 'session',
  'registration', 'drive', 'celebration', 'parade', 'cleanup', 'clean-up', 'screening', 'outreach', 'socialization',
  'dialogue', 'discussion', 'bootcamp', 'contest', 'tournament', 'concert', 'bazaar', 'distribution', 'inspection',
  'groundbreaking', 'election', 'closure', 'outage', 'blackout', 'warning', 'service', 'services', 'program', 'programme',
  'event', 'visit', 'launch', 'walk', 'rally', 'exercise', 'drill', 'simulation', 'census', 'survey', 'check-up', 'checkup',
]);
const WEAK_ACTIVITIES = wordSet(['event', 'program', 'programme', 'service', 'services', 'session']);
const HOAX_LABELS = wordSet(['hoax', 'hoaks', 'false', 'misleading', 'fake', 'clarification', 'scam', 'disinformation', 'misinformation']);

function objectAfter(s: Scan, from: number, max: number): { last: number; end: number } {
  let last = from;
  let taken = 0;
  let content = 0;
  while (last + 1 < s.n && taken < max && joined(s, last)) {
    const t = last + 1;
    const tok = s.tokens[t]!;
    if (tok.kind !== 'word') break;
    const w = tok.norm;
    if (MONTH_OR_DAY(w)) break;
    if (DETERMINERS.has(w) && content === 0) {
      last = t;
      taken++;
      continue;
    }
    if (EVENT_VERBS.match(s, t)) break;
    if (STOP.has(w)) {
      // 'measles and rubella vaccination': 'and' between two content words
      const nx = s.tokens[t + 1];
      const joins = (w === 'and' || w === '&') && content > 0 && joined(s, t) && nx?.kind === 'word' &&
        !STOP.has(nx.norm) && !MONTH_OR_DAY(nx.norm) && !EVENT_VERBS.match(s, t + 1);
      if (!joins) break;
    }
    last = t;
    taken++;
    content++;
  }
  while (last > from && (DETERMINERS.has(norm(s, last)) || norm(s, last) === 'and')) last--;
  return { last: content ? last : from, end: s.tokens[content ? last : from]!.end };
}

function whatCandidatesEn(s: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.n; i++) {
    const tok = s.tokens[i]!;
    if (tok.kind !== 'word') continue;
    const w = tok.norm;
    if (HOAX_LABELS.has(w) && tok.start > 0 && s.text.charCodeAt(tok.start - 1) === 91 && s.text.charCodeAt(tok.end) === 93) {
      // '[HOAX] Message claiming free internet quota': the label and the claim's first words.
      const next = s.tokens[i + 1];
      const p = next?.kind === 'word' && s.gaps[i] === Gap.Other ? objectAfter(s, i + 1, 5) : { last: i, end: tok.end + 1 };
      out.push({ start: tok.start - 1, end: p.end, tier: 1 });
      i = p.last;
      continue;
    }
    const verb = EVENT_VERBS.match(s, i);
    if (verb) {
      const last = i + verb.len - 1;
      const p = objectAfter(s, last, 6);
      if (p.last > last) {
        out.push({ start: tok.start, end: p.end, tier: verb.value });
        i = p.last;
        continue;
      }
    }
    if (ACTIVITIES.has(w)) {
      // head-final noun phrase: up to three modifiers before the head ('free measles vaccination drive')
      let first = i;
      for (let a = 0; a < 3 && first > 0 && joined(s, first - 1); a++) {
        const p = norm(s, first - 1);
        if (s.tokens[first - 1]!.kind !== 'word' || STOP.has(p) || MONTH_OR_DAY(p) || EVENT_VERBS.match(s, first - 1)) break;
        first--;
      }
      let last = i;
      if (joined(s, i) && ACTIVITIES.has(norm(s, i + 1))) last = i + 1; // 'vaccination drive'
      if (first === i && last === i && WEAK_ACTIVITIES.has(w)) continue;
      out.push({ start: s.tokens[first]!.start, end: s.tokens[last]!.end, tier: 2 });
      i = last;
      continue;
    }
    if ((w === 'happy' || w === 'merry') && capWord(s, i + 1) && joined(s, i)) {
      const run = capRun(s, i + 1, 5);
      out.push({ start: tok.start, end: run.end, tier: 3 });
      i = run.last;
    }
  }
  return out;
}

// ---------------------------------------------------------------- why, how

const EN_VERBS = wordSet([
  'improve', 'increase', 'raise', 'strengthen', 'support', 'promote', 'ensure', 'prevent', 'reduce', 'protect', 'educate',
  'boost', 'build', 'enhance', 'equip', 'prepare', 'encourage', 'celebrate', 'mark', 'commemorate', 'provide', 'help',
  'share', 'introduce', 'accelerate', 'achieve', 'address', 'combat', 'curb', 'empower', 'foster', 'maintain', 'minimize',
  'minimise', 'optimize', 'optimise', 'welcome', 'honor', 'honour', 'train', 'teach', 'inform', 'remind', 'anticipate',
  'respond', 'expand', 'develop', 'create', 'make', 'give', 'deliver', 'serve', 'facilitate', 'assist', 'guide', 'update',
  'speed', 'simplify', 'ease', 'allow', 'enable', 'avoid', 'stop', 'fight', 'tackle', 'handle', 'manage', 'monitor',
  'check', 'verify', 'guarantee', 'keep', 'safeguard', 'secure', 'discuss', 'review', 'evaluate', 'learn', 'understand',
  'spread', 'gather', 'collect', 'distribute', 'showcase', 'highlight', 'recognize', 'recognise', 'appreciate', 'reward',
  'motivate', 'inspire', 'unite', 'connect', 'reach', 'engage', 'involve', 'attract', 'mobilize', 'mobilise', 'meet',
  'fulfil', 'fulfill', 'bridge', 'narrow', 'cut', 'lower', 'eliminate', 'eradicate', 'end', 'detect', 'identify',
  'register', 'record', 'renew', 'restore', 'clean', 'beautify', 'plant', 'equip', 'sharpen', 'upgrade', 'familiarize',
  'familiarise', 'socialize', 'socialise', 'disseminate', 'counter', 'debunk', 'clarify', 'explain',
]);

const T1 = (take: number, extra: Partial<MarkerSpec> = {}): MarkerSpec => ({ tier: 1, take, ...extra });
const T2 = (take: number, extra: Partial<MarkerSpec> = {}): MarkerSpec => ({ tier: 2, take, ...extra });
const EN_DEMONSTRATIVES = wordSet(['this', 'these']);
const EN_CONJUNCTIONS = wordSet(['and', 'or', 'but', 'so', 'which', 'who', 'that', 'while']);
/** Function words and past participles do not end the evidence: 'through hands-on sessions led' → '… sessions'. */
const PARTICIPLES = wordSet(['led', 'held', 'run', 'made', 'given', 'done', 'taken', 'set', 'sent', 'built', 'paid']);
const trimEn = (w: string) => (STOP.has(w) && !EN_DEMONSTRATIVES.has(w)) || PARTICIPLES.has(w) || (w.length > 4 && w.endsWith('ed'));

const WHY = markerTable(
  {
    'aims to': T1(4), 'aimed to': T1(4), 'aiming to': T1(4), 'aimed at': T1(4), 'aim to': T1(4), 'in order to': T1(4),
    'so that': T1(4), 'so as to': T1(4), because: T1(4), 'because of': T1(4), 'due to': T1(4), 'as part of': T1(4),
    'in an effort to': T1(4), 'in a bid to': T1(4), 'with the aim of': T1(4), 'the goal is': T1(4), 'is expected to': T1(4),
    'are expected to': T1(4), 'hoping to': T1(4), 'for the purpose of': T1(4), 'in commemoration of': T1(4),
    'in celebration of': T1(4), 'intended to': T1(4), 'designed to': T1(4), to: T2(4, { verbAfter: true }),
  },
  (w) => EN_VERBS.has(w),
  trimEn,
  EN_CONJUNCTIONS,
  EN_DEMONSTRATIVES,
);

const HOW = markerTable(
  {
    through: T1(4), via: T1(3), 'by using': T1(3), using: T2(3), by: T2(3, { verbAfter: true }), online: T1(0),
    'in person': T1(0), virtually: T1(0), 'face-to-face': T1(0), 'face to face': T1(0), 'door to door': T1(0),
    'door-to-door': T1(0), 'in a hybrid format': T1(0), 'hybrid format': T1(0), 'with the help of': T2(4),
    'in the form of': T2(3), 'free of charge': T2(0),
  },
  (w) => w.length > 4 && w.endsWith('ing'),
  trimEn,
  EN_CONJUNCTIONS,
  EN_DEMONSTRATIVES,
);

/** Labels heading steps or requirements, with a colon: 'How to apply:', 'Steps:', 'Requirements:'. */
const HOW_LABELS = new PhraseTable<number>()
  .addAll(['how', 'steps', 'step', 'procedure', 'procedures', 'instructions', 'guide', 'method', 'mechanism'], 1)
  .addAll(['requirements', 'requirement', 'what to bring'], 2);

export function findEnglish(s: Scan): Record<ElementKey, Candidate | null> {
  const places = whereCandidatesEn(s);
  return {
    what: pickBest(whatCandidatesEn(s)),
    who: pickBest(whoCandidatesEn(s, places)),
    when: pickBest(whenCandidates(s, EN_DATES)),
    where: pickBest(places),
    why: pickBest(markerCandidates(s, WHY)),
    how: pickBest(markerCandidates(s, HOW).concat(labelCandidates(s, HOW_LABELS, HOW, 4))),
  };
}
