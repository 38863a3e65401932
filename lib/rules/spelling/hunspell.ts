/**
 * A small reader for Hunspell .aff/.dic data: enough of the format for the Indonesian dictionary (FLAG long,
 * PFX/SFX with conditions and continuation classes, CIRCUMFIX, NEEDAFFIX, REP, TRY).
 *
 * Checking does not expand the dictionary (that would be about a million forms): it strips at most one prefix and
 * two suffixes and looks the stem up in a Map, as Hunspell does. Affixes are indexed by their text, so a word costs
 * a handful of Map lookups whatever the number of rules. Pure TypeScript: the caller supplies the file contents.
 */

interface Affix {
  flag: string;
  /** Removed from the stem before adding `add`. */
  strip: string;
  add: string;
  /** Continuation flags of the affixed form, concatenated (two characters each). */
  cont: string;
  cross: boolean;
  /** Condition on the stem: one entry per character, a set of allowed (or refused) characters, or null for any. */
  cond: Array<{ chars: string; negate: boolean } | null>;
  circumfix: boolean;
  needAffix: boolean;
}

export interface HunspellData {
  aff: string;
  dic: string;
}

export interface Hunspell {
  /** Whether the word, as written, is a form the dictionary accepts. */
  check(word: string): boolean;
  /** Dictionary stems (the .dic entries that stand alone), for suggestion search and word segmentation. */
  readonly stems: ReadonlyMap<string, string>;
  /** Whether the word is a .dic entry, even one that only occurs with affixes. */
  hasStem(word: string): boolean;
  /** The affix flags of a .dic entry, concatenated ('' for none), or undefined for a word that is not one. */
  flagsOf(word: string): string | undefined;
  /** REP pairs (common misspelling patterns), for suggestions. */
  readonly rep: ReadonlyArray<readonly [string, string]>;
  /** Characters to try in suggestions, most frequent first. */
  readonly tryChars: string;
}

const hasFlag = (flags: string, flag: string, width: number): boolean => {
  for (let i = 0; i < flags.length; i += width) {
    if (flags.startsWith(flag, i)) return true;
  }
  return false;
};

function parseCondition(text: string): Affix['cond'] {
  if (text === '.' || text === '') return [];
  const out: Affix['cond'] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '[') {
      const close = text.indexOf(']', i);
      let body = text.slice(i + 1, close < 0 ? text.length : close);
      const negate = body.startsWith('^');
      // "[^l^r]" in this dictionary means "neither l nor r": the inner carets are noise.
      if (negate) body = body.replace(/\^/g, '');
      out.push({ chars: body, negate });
      i = close < 0 ? text.length : close;
    } else if (c === '.') out.push(null);
    else out.push({ chars: c, negate: false });
  }
  return out;
}

/** Does the condition hold at the start (prefix) or the end (suffix) of the stem? */
function conditionHolds(cond: Affix['cond'], stem: string, atEnd: boolean): boolean {
  if (cond.length === 0) return true;
  if (stem.length < cond.length) return false;
  const offset = atEnd ? stem.length - cond.length : 0;
  for (let i = 0; i < cond.length; i++) {
    const part = cond[i];
    if (!part) continue;
    const inSet = part.chars.includes(stem[offset + i]!);
    if (inSet === part.negate) return false;
  }
  return true;
}

export function parseHunspell(data: HunspellData): Hunspell {
  let width = 1;
  let circumfixFlag = '';
  let needAffixFlag = '';
  let tryChars = '';
  const rep: Array<[string, string]> = [];
  const headers = new Map<string, { cross: boolean; kind: string }>();
  const prefixes: Affix[] = [];
  const suffixes: Affix[] = [];

  for (const raw of data.aff.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split(/\s+/);
    switch (f[0]) {
      case 'FLAG':
        width = f[1] === 'long' ? 2 : 1;
        break;
      case 'CIRCUMFIX':
        circumfixFlag = f[1] ?? '';
        break;
      case 'NEEDAFFIX':
        needAffixFlag = f[1] ?? '';
        break;
      case 'TRY':
        tryChars = f[1] ?? '';
        break;
      case 'REP':
        if (f.length >= 3) rep.push([f[1]!.replace(/_/g, ' '), f[2]!.replace(/_/g, ' ')]);
        break;
      case 'PFX':
      case 'SFX': {
        const flag = f[1]!;
        const key = f[0] + flag;
        const header = headers.get(key);
        if (!header) {
          headers.set(key, { cross: f[2] === 'Y', kind: f[0] });
          break;
        }
        const [addRaw = '0', cont = ''] = (f[3] ?? '0').split('/');
        const affix: Affix = {
          flag,
          strip: f[2] === '0' ? '' : (f[2] ?? ''),
          add: addRaw === '0' ? '' : addRaw,
          cont,
          cross: header.cross,
          cond: parseCondition(f[4] ?? '.'),
          circumfix: false,
          needAffix: false,
        };
        (f[0] === 'PFX' ? prefixes : suffixes).push(affix);
        break;
      }
    }
  }
  for (const a of [...prefixes, ...suffixes]) {
    a.circumfix = circumfixFlag !== '' && hasFlag(a.cont, circumfixFlag, width);
    a.needAffix = needAffixFlag !== '' && hasFlag(a.cont, needAffixFlag, width);
  }

  // Stems: word → flags. Duplicate lines merge their flags.
  const stems = new Map<string, string>();
  const lines = data.dic.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1).split(/\s/)[0]!;
    const old = stems.get(word);
    stems.set(word, old ? old + flags : flags);
  }

  // A trie over the stems: checking walks the word once per prefix reading instead of hashing every split.
  // Edges live in one Map keyed by node * 128 + char code (ASCII, which covers this dictionary); a non-ASCII
  // character simply has no edge, so such a word is unknown.
  const edges = new Map<number, number>();
  const stemFlags: Array<string | undefined> = [undefined];
  const add = (word: string, flags: string) => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code >= 128) return;
      const key = node * 128 + code;
      let next = edges.get(key);
      if (next === undefined) {
        next = stemFlags.length;
        stemFlags.push(undefined);
        edges.set(key, next);
      }
      node = next;
    }
    stemFlags[node] = flags;
  };
  for (const [word, flags] of stems) add(word, flags);
  const step = (node: number, word: string, i: number): number => {
    const code = word.charCodeAt(i);
    return code < 128 ? (edges.get(node * 128 + code) ?? -1) : -1;
  };

  // Suffix chains: the text added by one suffix, or by a suffix and a second one its continuation class allows
  // (-kan then -nya), mapped to the pairs that produce it.
  interface Chain {
    s1: Affix;
    s2: Affix | null;
  }
  // Keyed by the added text, then by the flag of the first suffix: a stem's few flags pick its chains directly.
  const chains = new Map<string, Map<string, Chain[]>>();
  const pushChain = (key: string, c: Chain) => {
    let byFlag = chains.get(key);
    if (!byFlag) chains.set(key, (byFlag = new Map()));
    const list = byFlag.get(c.s1.flag);
    if (list) list.push(c);
    else byFlag.set(c.s1.flag, [c]);
  };
  const has = (flags: string, flag: string) => hasFlag(flags, flag, width);
  let suffixStrips = false;
  for (const s1 of suffixes) {
    if (s1.strip) suffixStrips = true;
    if (s1.add !== '' || s1.cont !== '') pushChain(s1.add, { s1, s2: null });
    if (!s1.cont) continue;
    for (const s2 of suffixes) if (s2.add !== '' && has(s1.cont, s2.flag)) pushChain(s1.add + s2.add, { s1, s2 });
  }
  const prefixByAdd = new Map<string, Affix[]>();
  let prefixMax = 0;
  for (const p of prefixes) {
    const list = prefixByAdd.get(p.add);
    if (list) list.push(p);
    else prefixByAdd.set(p.add, [p]);
    prefixMax = Math.max(prefixMax, p.add.length);
  }
  const standsAlone = (flags: string) => !needAffixFlag || !has(flags, needAffixFlag);

  /** Can one of the prefixes `ps` stand with suffix `s` on a stem with `flags`? Circumfixes only count together. */
  const joins = (ps: readonly Affix[] | null, s: Affix, flags: string): boolean => {
    if (!ps) return !s.circumfix && !s.needAffix;
    for (const p of ps) {
      if (s.circumfix !== p.circumfix) continue;
      if (has(s.cont, p.flag) || (p.cross && s.cross && has(flags, p.flag))) return true;
    }
    return false;
  };

  /** Does `tail` (what follows a stem in the word) read as a suffix chain that fits this stem? */
  const tailFits = (stem: string, flags: string, tail: string, ps: readonly Affix[] | null): boolean => {
    const byFlag = chains.get(tail);
    if (!byFlag) return false;
    for (let f = 0; f < flags.length; f += width) {
      const list = byFlag.get(width === 1 ? flags[f]! : flags.slice(f, f + width));
      if (!list) continue;
      for (const { s1, s2 } of list) {
        if (s1.strip || !joins(ps, s1, flags)) continue;
        if (!conditionHolds(s1.cond, stem, true)) continue;
        if (s2 && !conditionHolds(s2.cond, stem + s1.add, true)) continue;
        return true;
      }
    }
    return false;
  };

  /**
   * Walks `head` + word[from…] through the trie; at each stem, the rest of the word must be a suffix chain.
   * With prefixes `ps`, the whole remainder may also be a stem that carries one of them.
   */
  const walk = (head: string, word: string, from: number, ps: readonly Affix[] | null): boolean => {
    let node = 0;
    for (let i = 0; i < head.length && node >= 0; i++) node = step(node, head, i);
    for (let i = from; node >= 0; i++) {
      const flags = stemFlags[node];
      if (flags !== undefined) {
        if (i === word.length) {
          if (ps) {
            for (const p of ps) if (!p.circumfix && !p.needAffix && has(flags, p.flag)) return true;
          }
          // An empty suffix with a continuation class (a circumfix half) can still complete the word.
          if (tailFits(head + word.slice(from), flags, '', ps)) return true;
          return false;
        }
        if (tailFits(head + word.slice(from, i), flags, word.slice(i), ps)) return true;
      }
      if (i === word.length) return false;
      node = step(node, word, i);
    }
    return false;
  };

  /** The same check, slower, for dictionaries whose suffixes strip characters from the stem. */
  const walkStripping = (head: string, word: string, from: number, ps: readonly Affix[] | null): boolean => {
    const text = head + word.slice(from);
    const own = stems.get(text);
    if (ps && own !== undefined) {
      for (const p of ps) if (!p.circumfix && !p.needAffix && has(own, p.flag)) return true;
    }
    for (let j = 0; j <= text.length; j++) {
      const byFlag = chains.get(text.slice(j));
      if (!byFlag) continue;
      for (const { s1, s2 } of [...byFlag.values()].flat()) {
        const stem = text.slice(0, j) + s1.strip;
        const flags = stems.get(stem);
        if (flags === undefined || !has(flags, s1.flag) || !joins(ps, s1, flags)) continue;
        if (!conditionHolds(s1.cond, stem, true)) continue;
        if (s2 && !conditionHolds(s2.cond, stem.slice(0, stem.length - s1.strip.length) + s1.add, true)) continue;
        return true;
      }
    }
    return false;
  };
  const split = suffixStrips ? walkStripping : walk;

  const check = (word: string): boolean => {
    const own = stems.get(word);
    if (own !== undefined && standsAlone(own)) return true;
    if (split('', word, 0, null)) return true;
    const top = Math.min(prefixMax, word.length - 1);
    for (let l = 1; l <= top; l++) {
      const list = prefixByAdd.get(word.slice(0, l));
      if (!list) continue;
      // Prefixes that strip the same letters share one walk.
      let i = 0;
      while (i < list.length) {
        const strip = list[i]!.strip;
        const ps: Affix[] = [];
        for (; i < list.length && list[i]!.strip === strip; i++) {
          const p = list[i]!;
          if (conditionHolds(p.cond, strip + word.slice(l, l + p.cond.length), false)) ps.push(p);
        }
        if (ps.length && split(strip, word, l, ps)) return true;
      }
    }
    return false;
  };

  const alone = new Map<string, string>();
  for (const [w, flags] of stems) if (standsAlone(flags)) alone.set(w, flags);
  return { check, stems: alone, hasStem: (w) => stems.has(w), flagsOf: (w) => stems.get(w), rep, tryChars };
}
