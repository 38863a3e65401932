import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { GUIDE_SECTIONS, getGuideSection, guidePath, CHAPTERS } from '../../lib/guide';
import { linksIn, parseInline, parseMarkup } from '../../lib/guide/markup';
import { buildGuideIndex, stem, tokenize } from '../../lib/guide/search';
import { GUIDE_REFS } from '../../lib/rules/refs';

const ROOT = resolve(import.meta.dirname, '../..');

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

/** Every value of a "ref" key anywhere in a JSON document. */
function jsonRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => jsonRefs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'ref' && typeof v === 'string') out.push(v);
      else jsonRefs(v, out);
    }
  }
  return out;
}

describe('guide sections', () => {
  it('has a section for every GUIDE_REF', () => {
    const missing = GUIDE_REFS.filter((ref) => !getGuideSection(ref));
    expect(missing).toEqual([]);
  });

  it('has unique ids, and every section a title in both languages, a summary, a source and text', () => {
    expect(new Set(GUIDE_SECTIONS.map((s) => s.id)).size).toBe(GUIDE_SECTIONS.length);
    for (const s of GUIDE_SECTIONS) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(CHAPTERS).toContain(s.chapter);
      expect(s.title.id.length, s.id).toBeGreaterThan(3);
      expect(s.title.en.length, s.id).toBeGreaterThan(3);
      expect(s.summaryEn.length, s.id).toBeGreaterThan(20);
      expect(s.source.length, s.id).toBeGreaterThan(20);
      expect(s.text.length, s.id).toBeGreaterThan(200);
    }
  });

  it('every link between sections resolves', () => {
    const dangling = GUIDE_SECTIONS.flatMap((s) => linksIn(s.blocks).filter((id) => !getGuideSection(id)).map((id) => `${s.id} → ${id}`));
    expect(dangling).toEqual([]);
    expect(GUIDE_SECTIONS.flatMap((s) => linksIn(s.blocks)).length).toBeGreaterThan(20);
  });

  it('cites the law and article each legal section explains', () => {
    const cites: Record<string, RegExp> = {
      'uu-ite-pasal-26': /UU Nomor 11 Tahun 2008.*UU Nomor 1 Tahun 2024.*Pasal 26/,
      'uu-ite-pasal-27': /Pasal 27 ayat \(1\) dan ayat \(2\)/,
      'uu-ite-pasal-27a': /Pasal 27A/,
      'uu-ite-pasal-27b': /Pasal 27B/,
      'uu-ite-pasal-28': /Pasal 28 ayat \(1\), \(2\), dan \(3\)/,
      'uu-ite-pasal-29': /Pasal 29/,
      'uu-pdp-pasal-4': /UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.*Pasal 4/,
      'uu-sppa-pasal-19': /UU Nomor 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak.*Pasal 19/,
      'pp-94-2021': /Peraturan Pemerintah Nomor 94 Tahun 2021.*Pasal 5 huruf n/,
      'skb-2-2022': /Nomor 2 Tahun 2022.*22 September 2022/,
      'se-menpan-rb-137-2018': /Nomor 137 Tahun 2018/,
      'permenpan-rb-83-2012': /Nomor 83 Tahun 2012 tentang Pedoman Pemanfaatan Media Sosial Instansi Pemerintah/,
      'eyd-v': /0424\/I\/BS\.00\.01\/2022/,
      '5w1h': /10\.32938\/jbi\.v5i1\.329/,
      'caption-structure': /Digital Public Relations/,
      'hoax-labels': /Laporan Isu Hoaks/,
    };
    for (const [id, re] of Object.entries(cites)) expect(getGuideSection(id)!.source, id).toMatch(re);
  });

  it('says that Permenpan-RB 83/2012’s status is unverified', () => {
    const s = getGuideSection('permenpan-rb-83-2012')!;
    expect(s.status).toMatch(/^Status belum terverifikasi/);
    expect(s.status).toMatch(/bukan sebagai hukum yang pasti masih mengikat/);
    expect(s.summaryEn).toMatch(/could not be verified/);
  });

  it('covers what the issue asks for in its text', () => {
    const text = (id: string) => getGuideSection(id)!.text;
    expect(text('5w1h')).toMatch(/ADIKSIMBA/);
    for (const w of ['Apa', 'Siapa', 'Kapan', 'Di mana', 'Mengapa', 'Bagaimana']) expect(text('5w1h')).toContain(w);
    for (const label of ['[HOAKS]', '[DISINFORMASI]', '[KLARIFIKASI]', 'Link Counter']) expect(text('hoax-labels')).toContain(label);
    expect(text('hoax-clarification')).toMatch(/Penjelasan[\s\S]*Faktanya[\s\S]*Sumber\/Link Counter/);
    for (const w of ['kesehatan', 'biometrik', 'genetika', 'catatan kejahatan', 'data anak', 'keuangan pribadi', 'nama lengkap', 'NIK', '16 angka'])
      expect(text('uu-pdp-pasal-4')).toContain(w);
    expect(text('uu-sppa-pasal-19')).toMatch(/nama anak, nama orang tua, alamat, wajah/);
    expect(text('uu-ite-pasal-28')).toMatch(/6 tahun.*Rp1 miliar/);
    expect(text('pp-94-2021')).toMatch(/pertemuan, ajakan, imbauan, seruan, atau pemberian barang/);
    expect(text('eyd-v-waktu')).toMatch(/pukul 08\.00/);
    expect(text('eyd-v-kata-baku')).toMatch(/himbau → imbau/);
  });

  it('the guide path is a deep link', () => {
    expect(guidePath('uu-pdp-pasal-4')).toBe('/guide.html#uu-pdp-pasal-4');
    expect(guidePath()).toBe('/guide.html');
  });
});

describe('no dangling finding refs', () => {
  it('every ref in the rule data files has a section', () => {
    const files = walk(join(ROOT, 'lib/rules/data'), '.json');
    expect(files.length).toBeGreaterThan(10);
    const refs = files.flatMap((f) => jsonRefs(JSON.parse(readFileSync(f, 'utf8'))).map((ref) => [ref, f] as const));
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter(([ref]) => !getGuideSection(ref)).map(([ref, f]) => `${ref} (${f})`)).toEqual([]);
  });

  it('every ref written in the rule modules has a section', () => {
    const files = walk(join(ROOT, 'lib/rules'), '.ts');
    const refs: string[] = [];
    for (const f of files) {
      const source = readFileSync(f, 'utf8');
      for (const m of source.matchAll(/\bref\b["']?\s*:\s*['"`]([^'"`$]+)['"`]/g)) refs.push(m[1]!);
    }
    expect(refs.length).toBeGreaterThan(10);
    expect([...new Set(refs)].filter((ref) => !getGuideSection(ref))).toEqual([]);
  });

  it('every ref the engine produces on a corpus of faulty drafts has a section', () => {
    const drafts = [
      'Penyaluran bansos kepada Ibu Siti Aminah, NIK 3503114506780002, KK 3503110101090001, HP 0812-3456-7890, Jl. Melati No. 5.',
      'SEBARKAN!!! BUKAN HOAX, info dari grup sebelah, katanya vaksin berbahaya!!!',
      'Ayo coblos nomor 2! #Menangkan02 Pilih Partai Merah.',
      'Main slot gacor maxwin di situs SLOTGACOR88, deposit Rp 10000 langsung cair.',
      'Dasar bodoh, kalian semua goblok. Awas kamu, kami datangi rumahmu.',
      'Korban, Bunga (12), siswi SDN 2 Ngantru, anak dari Bapak Slamet, warga RT 03.',
      'Warga dihimbau antri, silahkan bawa ijin. Kegiatan di laksanakan dikantor jam 8 pagi. 50 peserta hadir hadir.',
      '#haribhayangkarake79 👏👏👏👏👏👏 😀😀😀',
    ];
    const refs = new Set<string>();
    for (const text of drafts) for (const platform of ['x', 'threads', 'instagram', undefined] as const) {
      for (const f of analyze(text, { platform }).findings) refs.add(f.ref);
    }
    expect(refs.size).toBeGreaterThan(8);
    expect([...refs].filter((ref) => !getGuideSection(ref))).toEqual([]);
  });
});

describe('markup', () => {
  it('a heading may sit right above its list', () => {
    expect(parseMarkup('## Judul\n- satu\n- dua').map((b) => b.kind)).toEqual(['heading', 'list']);
    for (const s of GUIDE_SECTIONS) {
      for (const b of s.blocks) if (b.kind === 'paragraph') expect(b.inlines.map((i) => i.text).join(''), s.id).not.toMatch(/(^|\s)- \S/);
    }
  });

  it('parses headings, lists with continued lines, notes, examples and inline marks', () => {
    const blocks = parseMarkup(`
## Judul
Paragraf **tebal** dan \`kode\`.

- satu
  lanjutan
- dua [tautan](#uu-pdp-pasal-4)

1. pertama

> catatan

+ baik
x buruk
`);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'note', 'examples']);
    expect(blocks[2]).toEqual({
      kind: 'list',
      ordered: false,
      items: [[{ kind: 'text', text: 'satu lanjutan' }], [{ kind: 'text', text: 'dua ' }, { kind: 'link', text: 'tautan', href: '#uu-pdp-pasal-4' }]],
    });
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true });
    expect(blocks[5]).toEqual({
      kind: 'examples',
      items: [
        { good: true, inlines: [{ kind: 'text', text: 'baik' }] },
        { good: false, inlines: [{ kind: 'text', text: 'buruk' }] },
      ],
    });
    expect(parseInline('a **b** `c` [d](#e)')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'd', href: '#e' },
    ]);
  });
});

describe('guide search', () => {
  const index = buildGuideIndex(GUIDE_SECTIONS);
  const top = (q: string) => index.search(q)[0]?.id;

  it.each([
    ['data pribadi', 'uu-pdp-pasal-4'],
    ['judi', 'uu-ite-pasal-27'],
    ['judi online', 'uu-ite-pasal-27'],
    ['perjudian', 'uu-ite-pasal-27'],
    ['pasal 27a', 'uu-ite-pasal-27a'],
    ['pencemaran nama baik', 'uu-ite-pasal-27a'],
    ['pemerasan', 'uu-ite-pasal-27b'],
    ['SARA', 'uu-ite-pasal-28'],
    ['ancaman kekerasan', 'uu-ite-pasal-29'],
    ['NIK', 'uu-pdp-pasal-4'],
    ['identitas anak', 'uu-sppa-pasal-19'],
    ['netralitas asn', 'skb-2-2022'],
    ['pemberian barang', 'pp-94-2021'],
    ['sumber jelas', 'se-menpan-rb-137-2018'],
    ['permenpan', 'permenpan-rb-83-2012'],
    ['himbau', 'eyd-v-kata-baku'],
    ['jam 8 pagi', 'eyd-v-waktu'],
    ['rupiah', 'eyd-v-angka'],
    ['kata depan', 'eyd-v-di-ke'],
    ['dilaksanakan', 'eyd-v-di-ke'],
    ['kalimat panjang', 'eyd-v-kalimat'],
    ['adiksimba', '5w1h'],
    ['link counter', 'hoax-clarification'],
    ['disinformasi', 'hoax-labels'],
    ['tagar huruf kapital', 'accessibility'],
    ['instagram 2.200', 'platform-limits'],
    ['personal data', 'uu-pdp-pasal-4'],
    ['uu-pdp-pasal-4', 'uu-pdp-pasal-4'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('finds both meanings of an ambiguous query', () => {
    const ids = index.search('di mana', 3).map((h) => h.id);
    expect(ids).toContain('eyd-v-di-ke');
    expect(ids).toContain('5w1h');
  });

  it('matches the start of a word as you type', () => {
    expect(top('prib')).toBe('uu-pdp-pasal-4');
    expect(top('netral')).toBe('skb-2-2022');
    expect(index.search('kedaluwar').map((h) => h.id)).toContain('eyd-v-kata-baku');
  });

  it('needs every word, and falls back to partial matches only when nothing has them all', () => {
    const both = index.search('data anak');
    expect(both.every((h) => h.complete)).toBe(true);
    expect(both.map((h) => h.id)).toContain('uu-pdp-pasal-4');
    const none = index.search('judi pribadi');
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((h) => !h.complete)).toBe(true);
    expect(index.search('xyzzy')).toEqual([]);
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('ranks a title match above a passing mention', () => {
    const ids = index.search('anak').map((h) => h.id);
    expect(ids[0]).toBe('uu-sppa-pasal-19');
    expect(ids).toContain('hoax-clarification');
  });

  it('quotes the text around the match and marks the matched words', () => {
    const [hit] = index.search('judi');
    expect(hit!.highlights.length).toBeGreaterThan(0);
    const marked = hit!.highlights.map(([a, b]) => hit!.snippet.slice(a, b).toLowerCase());
    expect(marked).toContain('judi');
    expect(marked).toContain('perjudian');
    expect(hit!.snippet.length).toBeLessThanOrEqual(190);
  });

  it('tokenises like the engine and stems crudely', () => {
    expect(tokenize('Pasal 27A UU-PDP #LawanHoaks')).toEqual(['pasal', '27', 'a', 'uu-pdp', 'uu', 'pdp', 'lawanhoaks']);
    expect(stem('perjudian')).toBe('judi');
    expect(stem('mengimbau')).toBe('imbau');
    expect(stem('data')).toBe('data');
  });

  it('is quick: the index builds in well under a second and a query takes milliseconds', () => {
    const t0 = performance.now();
    const fresh = buildGuideIndex(GUIDE_SECTIONS);
    const built = performance.now() - t0;
    const t1 = performance.now();
    for (let i = 0; i < 50; i++) fresh.search(['data pribadi', 'judi', 'pasal 27a', 'netral', 'jam 8 pagi'][i % 5]!);
    const perQuery = (performance.now() - t1) / 50;
    expect(built).toBeLessThan(1000);
    expect(perQuery).toBeLessThan(20);
  });
});

describe('the guide page loads nothing from the network', () => {
  it('its files name no remote URL, font or image', () => {
    const files = walk(join(ROOT, 'entrypoints/guide'), '').filter((f) => /\.(tsx?|css|html)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const source = readFileSync(f, 'utf8');
      expect(source, f).not.toMatch(/https?:\/\//);
      expect(source, f).not.toMatch(/@import|url\(|<img|<link|fonts\.googleapis/);
    }
  });
});
