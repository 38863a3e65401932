/**
 * The command line as a user runs it: the real launcher (`node bin/cermat.js`, tsx, no build step) in a child
 * process, with temporary files. The rules are still being written, so the assertions rely on what the engine
 * already guarantees (the Report's shape, counts, consistency between input modes) and on a test rule pack for
 * findings.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ELEMENT_KEYS, PLATFORMS, POST_TYPES, type Report } from '../../lib/analysis/types';
import { LANGUAGE_LABELS } from '../../lib/cli/messages';

const ROOT = resolve(import.meta.dirname, '../..');
const LAUNCHER = join(ROOT, 'bin/cermat.js');
const TMP = mkdtempSync(join(tmpdir(), 'cermat-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
// Each case starts Node and tsx in a child process, several at a time.
const SLOW = { timeout: 60_000 };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { input?: string; cwd?: string } = {}): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // the command may exit before reading stdin (usage errors)
    child.stdin.end(opts.input ?? '');
  });
}

let fileCounter = 0;
function file(content: string, ext = 'txt'): string {
  const path = join(TMP, `f${++fileCounter}.${ext}`);
  writeFileSync(path, content);
  return path;
}

const jsonLines = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** The Report part of an output line, without the provenance key the CLI adds (file, id or row). */
function reportOf(line: Record<string, unknown>): Report {
  const { file: _f, id: _i, row: _r, ...report } = line;
  return report as unknown as Report;
}

function expectReportShape(r: Report, text: string) {
  expect(Object.keys(r).sort()).toEqual(['counts', 'elements', 'findings', 'language', 'postType', 'score']);
  expect(['id', 'en', 'jv', 'su', 'ms', 'und']).toContain(r.language);
  expect(POST_TYPES).toContain(r.postType);
  expect(Number.isInteger(r.score)).toBe(true);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  expect(Object.keys(r.elements).sort()).toEqual([...ELEMENT_KEYS].sort());
  for (const key of ELEMENT_KEYS) {
    const e = r.elements[key];
    expect(typeof e.found).toBe('boolean');
    expect(typeof e.required).toBe('boolean');
    if (e.found) expect(text.slice(e.start!, e.end!)).toBe(e.evidence);
    else expect([e.evidence, e.start, e.end]).toEqual([null, null, null]);
  }
  expect(Array.isArray(r.findings)).toBe(true);
  for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  expect(r.counts.characters).toBe([...text].length);
}

const DRAFT =
  'Dinas Komunikasi dan Informatika menggelar sosialisasi keterbukaan informasi publik pada Senin, 14 Juli 2025, ' +
  'pukul 09.00 WIB di Aula Kecamatan Baamang. Kegiatan ini bertujuan meningkatkan pemahaman perangkat desa. #InfoPublik';

// A rule pack for findings with known ids, spans, messages and suggestions while the built-in rules are written.
const PACK = {
  name: 'cli-test',
  rules: [
    {
      id: 'test/baku',
      category: 'spelling',
      severity: 'warning',
      ref: 'eyd-v-kata-baku',
      message: { id: 'Gunakan bentuk baku.', en: 'Use the standard form.' },
      replacements: { sekedar: 'sekadar', ijin: 'izin' },
    },
    {
      id: 'test/ponsel',
      category: 'personal-data',
      severity: 'error',
      ref: 'uu-pdp-pasal-4',
      message: { id: 'Nomor ponsel pribadi terlihat.', en: 'A personal phone number is visible.' },
      patterns: ['\\b08\\d{8,11}\\b'],
    },
  ],
};
const PACK_FILE = file(JSON.stringify(PACK), 'json');
const PACK_TEXT = 'Ini sekedar info.\r\nMohon ijin, hubungi 081234567890 ya.';
const ours = (r: Report) => r.findings.filter((f) => f.rule.startsWith('test/'));

describe.concurrent('cermat (global)', SLOW, () => {
  it('prints the package version', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const r = await run(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help with the command table for --help and -h, in English with --lang en', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Penggunaan: cermat <perintah>/);
      expect(r.stdout).toMatch(/^ {2}check {2}/m);
    }
    const en = await run(['--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/Usage: cermat <command>/);
  });

  it('accepts --lang before the command and hands it on', async () => {
    const r = await run(['--lang', 'en', 'check', '--platform', 'myspace', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid value for --platform: "myspace"/);
  });

  it('exits 2 without a command, with an unknown command or an unknown global flag', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/tidak ada perintah/);
    const unknown = await run(['lint', 'a.txt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/perintah tidak dikenal: "lint".*check/);
    const flag = await run(['--verbose']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/opsi tidak dikenal: --verbose/);
  });
});

describe.concurrent('cermat check: text files and stdin', SLOW, () => {
  it('documents every flag in check --help', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--platform', '--post-type', '--json', '--jsonl', '--csv', '--column', '--rules', '--lang', '--help'])
      expect(r.stdout).toContain(flag);
    for (const p of PLATFORMS) expect(r.stdout).toContain(p);
    const en = await run(['check', '-h', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: cermat check/);
  });

  it('prints a JSON report for a file with --json', async () => {
    const path = file(DRAFT);
    const r = await run(['check', '--json', path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.file).toBe(path);
    expectReportShape(reportOf(lines[0]!), DRAFT);
    expect(reportOf(lines[0]!).counts.hashtags).toBe(1);
  });

  it('reads stdin for "-" and when no file is given, with the same report as the file', async () => {
    const fromFile = reportOf(jsonLines((await run(['check', '--json', file(DRAFT)])).stdout)[0]!);
    const dash = await run(['check', '--json', '-'], { input: DRAFT });
    expect(dash.code).toBe(0);
    expect(jsonLines(dash.stdout)[0]!.file).toBe('-');
    expect(reportOf(jsonLines(dash.stdout)[0]!)).toEqual(fromFile);
    const implicit = await run(['check', '--json'], { input: DRAFT });
    expect(reportOf(jsonLines(implicit.stdout)[0]!)).toEqual(fromFile);
  });

  it('decodes UTF-8 from stdin whole (multi-byte characters, emoji) and drops a byte-order mark', async () => {
    const text = 'Selamat Idulfitri 🙏 — mohon maaf lahir & batin. ' + 'é'.repeat(40_000);
    const r = await run(['check', '--json', '-'], { input: '\uFEFF' + text });
    expect(r.code).toBe(0);
    expectReportShape(reportOf(jsonLines(r.stdout)[0]!), text);
  });

  it('keeps the order of several files and reports an unreadable one in its place (exit 2)', async () => {
    const a = file('Pertama: Dinas Kesehatan membuka vaksinasi.');
    const b = file('Kedua.');
    const missing = join(TMP, 'tidak-ada.txt');
    const r = await run(['check', '--json', a, missing, b]);
    expect(r.code).toBe(2);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([a, missing, b]);
    expect(lines[1]).toEqual({ file: missing, error: expect.stringContaining('tidak-ada.txt') });
    expect(reportOf(lines[0]!).counts.characters).toBe('Pertama: Dinas Kesehatan membuka vaksinasi.'.length);
    expect(reportOf(lines[2]!).counts.characters).toBe('Kedua.'.length);
    expect(r.stderr).toMatch(/tidak dapat membaca berkas ".*tidak-ada\.txt": berkas tidak ditemukan/);
  });

  it('prints a human-readable report: name, score, language, post type, six elements, counts', async () => {
    const path = file(DRAFT);
    const [human, json] = await Promise.all([
      run(['check', '--post-type', 'event', path]),
      run(['check', '--post-type', 'event', '--json', path]),
    ]);
    expect(human.code).toBe(0);
    const report = reportOf(jsonLines(json.stdout)[0]!);
    const out = human.stdout;
    expect(out.split('\n')[0]).toBe(path);
    expect(out).toContain(`Skor ${report.score}/100`);
    expect(out).toContain(`bahasa: ${LANGUAGE_LABELS.id[report.language]} (${report.language})`);
    expect(out).toContain('jenis unggahan: kegiatan (event)');
    const labels = { what: 'Apa', who: 'Siapa', when: 'Kapan', where: 'Di mana', why: 'Mengapa', how: 'Bagaimana' };
    for (const key of ELEMENT_KEYS) {
      const e = report.elements[key];
      const line = out.split('\n').find((l) => new RegExp(`^ {4}[✓✗–] ${labels[key]} `).test(l));
      expect(line, key).toBeDefined();
      if (e.found) expect(line).toMatch(/^ {4}✓/);
      else if (e.required) expect(line).toMatch(/^ {4}✗.*wajib untuk jenis unggahan ini/);
      else expect(line).toMatch(/^ {4}–.*tidak wajib/);
    }
    // event requires the first five; how is never required
    expect(report.elements.how.required).toBe(false);
    expect(report.elements.when.required).toBe(true);
    expect(out).toMatch(new RegExp(`${[...DRAFT].length} karakter · 1 tagar · 0 sebutan`));
  });

  it('lists findings with line:column, severity, message, suggestion and reference (Indonesian, then --lang en)', async () => {
    const path = file(PACK_TEXT);
    const r = await run(['check', '--rules', PACK_FILE, path]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    // Built-in rules may flag the same words; find the pack's own lines (finding, then its detail line).
    const at = (re: RegExp) => {
      const i = lines.findIndex((l) => re.test(l));
      expect(i, String(re)).toBeGreaterThan(0);
      return i;
    };
    const sekedar = at(/^ {4}1:5 +PERINGATAN +Gunakan bentuk baku\. +test\/baku$/);
    expect(lines[sekedar + 1]).toMatch(/^ {20,}"sekedar" · saran: "sekadar" · rujukan: eyd-v-kata-baku$/);
    const ijin = at(/^ {4}2:7 +PERINGATAN +Gunakan bentuk baku\. +test\/baku$/);
    expect(lines[ijin + 1]).toContain('"ijin" · saran: "izin"');
    const phone = at(/^ {4}2:21 +KESALAHAN +Nomor ponsel pribadi terlihat\. +test\/ponsel$/);
    expect(lines[phone + 1]).toMatch(/"081234567890" · rujukan: uu-pdp-pasal-4$/);

    const en = await run(['check', '--rules', PACK_FILE, '--lang', 'en', path]);
    expect(en.stdout).toMatch(/Score \d+\/100 · language: [A-Za-z ]+ \([a-z]{2,3}\) · post type: [a-z ]+ \([a-z-]+\)/);
    for (const label of ['What', 'Who', 'When', 'Where', 'Why', 'How']) expect(en.stdout).toMatch(new RegExp(`^ {4}[✓✗–] ${label} `, 'm'));
    expect(en.stdout).toMatch(/ERROR +A personal phone number is visible\. +test\/ponsel/);
    expect(en.stdout).toContain('suggestion: "izin"');
  });

  it('puts the rule pack findings in the JSON report with exact spans, suggestions and message language', async () => {
    const path = file(PACK_TEXT);
    const [id, en] = await Promise.all([
      run(['check', '--json', '--rules', PACK_FILE, path]),
      run(['check', '--json', '--rules', PACK_FILE, '--lang', 'en', path]),
    ]);
    const report = reportOf(jsonLines(id.stdout)[0]!);
    expectReportShape(report, PACK_TEXT);
    expect(ours(report).map((f) => [f.rule, f.severity, PACK_TEXT.slice(f.start, f.end), f.suggestion])).toEqual([
      ['test/baku', 'warning', 'sekedar', 'sekadar'],
      ['test/baku', 'warning', 'ijin', 'izin'],
      ['test/ponsel', 'error', '081234567890', null],
    ]);
    expect(ours(report)[0]!.message).toBe('Gunakan bentuk baku.');
    expect(ours(reportOf(jsonLines(en.stdout)[0]!))[0]!.message).toBe('Use the standard form.');
  });

  it('passes --platform to the engine (X counts a link as 23) and --post-type overrides the detected type', async () => {
    const text = 'Info lengkap: https://kotimkab.go.id/berita/2025/07/sosialisasi-keterbukaan-informasi-publik';
    const path = file(text);
    const [x, fb, greeting] = await Promise.all([
      run(['check', '--json', '--platform', 'x', path]),
      run(['check', '--json', '--platform=facebook', path]),
      run(['check', '--json', '--post-type', 'greeting', path]),
    ]);
    expect(reportOf(jsonLines(x.stdout)[0]!).counts).toMatchObject({ characters: text.length, weighted: 14 + 23 });
    expect(reportOf(jsonLines(fb.stdout)[0]!).counts.weighted).toBe(text.length);
    const g = reportOf(jsonLines(greeting.stdout)[0]!);
    expect(g.postType).toBe('greeting');
    expect(ELEMENT_KEYS.map((k) => g.elements[k].required)).toEqual([false, false, false, false, false, false]);
  });

  it('checks a 100,000-character file (JSON and text output)', async () => {
    const unit = 'Pemerintah kabupaten menggelar sosialisasi sekedar informasi pada 12 Juli 2025. #InfoPublik\n';
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const path = file(text);
    const [json, human] = await Promise.all([
      run(['check', '--json', '--rules', PACK_FILE, path]),
      run(['check', '--rules', PACK_FILE, path]),
    ]);
    expect(json.code).toBe(0);
    const report = reportOf(jsonLines(json.stdout)[0]!);
    expectReportShape(report, text);
    expect(report.counts.characters).toBe(100_000);
    const expected = text.split('sekedar').length - 1;
    expect(ours(report)).toHaveLength(expected);
    expect(human.code).toBe(0);
    const last = text.lastIndexOf('sekedar');
    const line = text.slice(0, last).split('\n').length;
    const column = last - text.lastIndexOf('\n', last - 1);
    expect(human.stdout).toMatch(new RegExp(`^ {4}${line}:${column} +PERINGATAN +Gunakan bentuk baku\\. +test/baku$`, 'm'));
    expect(human.stdout).toContain('100000 karakter');
  });

  it('works from another working directory with relative paths', async () => {
    const dir = join(TMP, 'cwd');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'draf.txt'), DRAFT);
    const r = await run(['check', '--json', 'draf.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]!.file).toBe('draf.txt');
  });
});

describe.concurrent('cermat check --jsonl', SLOW, () => {
  it('writes one report per line, in order, with ids echoed and per-line platform and post type', async () => {
    const records = Array.from({ length: 40 }, (_, i) => ({
      id: i % 2 ? `post-${i}` : i,
      text: `Draf ${i}: ${'kata '.repeat((i * 7) % 23)}https://kotimkab.go.id/berita/${i}/sosialisasi-keterbukaan-informasi`,
      ...(i % 3 === 0 ? { platform: 'x' } : {}),
      ...(i % 5 === 0 ? { postType: 'announcement' } : {}),
    }));
    const path = file(records.map((r) => JSON.stringify(r)).join('\n') + '\n', 'jsonl');
    const r = await run(['check', '--jsonl', path, '--platform', 'facebook']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(records.map((rec) => rec.id));
    lines.forEach((line, i) => {
      const report = reportOf(line);
      const text = records[i]!.text;
      expectReportShape(report, text);
      // x counts the link as 23; the --platform default (facebook) counts every character
      if (i % 3 === 0) expect(report.counts.weighted).not.toBe(text.length);
      else expect(report.counts.weighted).toBe(text.length);
      if (i % 5 === 0) expect(report.postType).toBe('announcement');
    });
  });

  it('gives the same report as checking the text as a file', async () => {
    const path = file(JSON.stringify({ id: 'a', text: PACK_TEXT }) + '\n', 'jsonl');
    const [jsonl, single] = await Promise.all([
      run(['check', '--rules', PACK_FILE, '--jsonl', path]),
      run(['check', '--rules', PACK_FILE, '--json', file(PACK_TEXT)]),
    ]);
    expect(jsonLines(jsonl.stdout)[0]!.id).toBe('a');
    expect(reportOf(jsonLines(jsonl.stdout)[0]!)).toEqual(reportOf(jsonLines(single.stdout)[0]!));
  });

  it('reads JSON lines from stdin with --jsonl -', async () => {
    const input = ['{"id":"s1","text":"Satu."}', '{"id":"s2","text":"Dua dua."}'].join('\r\n');
    const r = await run(['check', '--jsonl', '-'], { input });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((l) => [l.id, reportOf(l).counts.characters])).toEqual([
      ['s1', 5],
      ['s2', 8],
    ]);
  });

  it('reports each bad line in its place, names it on stderr, runs the rest and exits 2', async () => {
    const content = [
      '{"id":"ok-1","text":"Baik."}',
      '',
      '{"id":"broken", "text": ',
      '[1, 2]',
      '{"id":"no-text"}',
      '{"id":9,"text":"Platform salah.","platform":"myspace"}',
      '{"id":"pt","text":"Jenis salah.","postType":"berita"}',
      '{"id":"ok-2","text":"Baik juga."}',
    ].join('\n');
    const r = await run(['check', '--jsonl', file(content, 'jsonl')]);
    expect(r.code).toBe(2);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(7);
    expect(lines[0]!.id).toBe('ok-1');
    expect(lines.slice(1, 6)).toEqual([
      { id: null, line: 3, error: expect.stringMatching(/^JSON tidak valid/) },
      { id: null, line: 4, error: expect.stringMatching(/objek JSON/) },
      { id: 'no-text', line: 5, error: expect.stringMatching(/"text"/) },
      { id: 9, line: 6, error: expect.stringMatching(/"platform" tidak valid: "myspace"/) },
      { id: 'pt', line: 7, error: expect.stringMatching(/"postType" tidak valid: "berita"/) },
    ]);
    expect(lines[6]!.id).toBe('ok-2');
    expectReportShape(reportOf(lines[6]!), 'Baik juga.');
    for (const n of [3, 4, 5, 6, 7]) expect(r.stderr).toMatch(new RegExp(`^cermat: baris ${n}: `, 'm'));
    expect(r.stderr).toMatch(/5 dari 7 baris JSON tidak dapat diperiksa/);
    const en = await run(['check', '--lang', 'en', '--jsonl', file('{"text":1}\n', 'jsonl')]);
    expect(en.stderr).toMatch(/^cermat: line 1: field "text" must be a string/m);
  });

  it('handles a 100,000-character text on one line', async () => {
    const text = 'Warga dihimbau menampung air. '.repeat(3334).slice(0, 100_000);
    const r = await run(['check', '--jsonl', '-'], { input: JSON.stringify({ id: 'big', text }) + '\n' });
    expect(r.code).toBe(0);
    const [line] = jsonLines(r.stdout);
    expect(line!.id).toBe('big');
    expect(reportOf(line!).counts.characters).toBe(100_000);
  });

  it('exits 2 with no output when the JSON-lines file cannot be read', async () => {
    const r = await run(['check', '--jsonl', join(TMP, 'hilang.jsonl')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/hilang\.jsonl.*berkas tidak ditemukan/);
  });
});

describe.concurrent('cermat check --csv', SLOW, () => {
  const CSV =
    'id,caption,tanggal\n' +
    '1,"Halo warga, ini sekedar info.",2025-07-01\n' +
    '2,"Baris pertama\nbaris kedua ijin",2025-07-02\n' +
    '3,Dinas Kesehatan membuka vaksinasi,2025-07-03\n';
  const cells = ['Halo warga, ini sekedar info.', 'Baris pertama\nbaris kedua ijin', 'Dinas Kesehatan membuka vaksinasi'];

  it('checks the chosen column and prints a summary table', async () => {
    const r = await run(['check', '--rules', PACK_FILE, '--csv', file(CSV, 'csv'), '--column', 'caption']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Baris +Skor +Bahasa +Jenis +Unsur kurang +Kesalahan +Peringatan +Info +Teks$/);
    expect(lines[1]).toMatch(/^ +1 +\d+ +id .*Halo warga, ini sekedar info\.$/);
    expect(lines[2]).toMatch(/Baris pertama baris kedua ijin$/);
    expect(lines[3]).toMatch(/Dinas Kesehatan membuka vaksinasi$/);
    expect(r.stdout).toMatch(/^3 baris diperiksa · rata-rata skor [\d.]+ · /m);
    expect(r.stdout).toMatch(/^Temuan per kategori: .*spelling \d+/m);
    expect(r.stdout).toMatch(/^Aturan tersering: .*test\/baku 2/m);
  });

  it('writes JSON lines {row, ...report} with --json, reading the column (not its neighbours)', async () => {
    const r = await run(['check', '--json', '--csv', file(CSV, 'csv'), '--column', 'caption']);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.row)).toEqual([1, 2, 3]);
    lines.forEach((l, i) => expectReportShape(reportOf(l), cells[i]!));
    const byDate = await run(['check', '--json', '--csv', file(CSV, 'csv'), '--column', 'tanggal']);
    expect(jsonLines(byDate.stdout).map((l) => reportOf(l).counts.characters)).toEqual([10, 10, 10]);
  });

  it('matches the column ignoring case, reads semicolon CSV, a BOM and stdin', async () => {
    const semi = '\uFEFFNo;Teks Unggahan\n1;"Satu; dua"\n2;Tiga\n';
    const r = await run(['check', '--json', '--csv', '-', '--column', 'teks unggahan'], { input: semi });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((l) => reportOf(l).counts.characters)).toEqual([9, 4]);
  });

  it('exits 2 naming the missing column and listing those that exist', async () => {
    const r = await run(['check', '--csv', file(CSV, 'csv'), '--column', 'text']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/tidak memiliki kolom "text"\. Kolom yang ada: "id", "caption", "tanggal"/);
  });

  it('reports a malformed row in its place, runs the rest and exits 2', async () => {
    const bad = 'id,caption,tanggal\n1,Satu,2025-07-01\n2\n3,Tiga,2025-07-03\n';
    const [json, table] = await Promise.all([
      run(['check', '--json', '--csv', file(bad, 'csv'), '--column', 'caption']),
      run(['check', '--csv', file(bad, 'csv'), '--column', 'caption']),
    ]);
    expect(json.code).toBe(2);
    const lines = jsonLines(json.stdout);
    expect(lines.map((l) => l.row)).toEqual([1, 2, 3]);
    expect(lines[1]).toEqual({ row: 2, error: expect.any(String) });
    expect(reportOf(lines[2]!).counts.characters).toBe(4);
    expect(json.stderr).toMatch(/^cermat: baris data 2: /m);
    expect(table.code).toBe(2);
    expect(table.stdout).toMatch(/^ +2 +GAGAL: /m);
    expect(table.stdout).toMatch(/^2 baris diperiksa/m);
  });

  it('exits 2 on an empty CSV and an unreadable CSV', async () => {
    const empty = await run(['check', '--csv', file('', 'csv'), '--column', 'caption']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/kosong atau tidak memiliki baris judul/);
    const missing = await run(['check', '--csv', join(TMP, 'tidak.csv'), '--column', 'caption']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/tidak\.csv.*berkas tidak ditemukan/);
  });
});

describe.concurrent('cermat check: usage errors (exit 2, message naming the problem)', SLOW, () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown flag', ['check', '--strict', 'a.txt'], /opsi tidak dikenal: --strict/],
    ['unknown short flag', ['check', '-x'], /opsi tidak dikenal: -x/],
    ['missing value', ['check', '--platform'], /opsi --platform memerlukan nilai/],
    ['missing value before a flag', ['check', '--rules', '--json', 'a.txt'], /opsi --rules memerlukan nilai/],
    ['value on a flag', ['check', '--json=yes', 'a.txt'], /opsi --json tidak menerima nilai/],
    ['repeated option', ['check', '--platform', 'x', '--platform', 'threads', 'a.txt'], /--platform diberikan lebih dari sekali/],
    ['bad platform', ['check', '--platform', 'myspace', 'a.txt'], /nilai --platform tidak valid: "myspace"\. Pilihan: x, threads/],
    ['bad post type', ['check', '--post-type', 'berita', 'a.txt'], /nilai --post-type tidak valid: "berita"\. Pilihan: event/],
    ['bad language', ['check', '--lang', 'fr', 'a.txt'], /nilai --lang tidak valid: "fr"\. Pilihan: id, en/],
    ['--jsonl with --csv', ['check', '--jsonl', 'a', '--csv', 'b', '--column', 'c'], /--jsonl tidak dapat digabung dengan --csv/],
    ['--jsonl with a file', ['check', '--jsonl', 'a', 'b.txt'], /--jsonl tidak dapat digabung dengan "b\.txt"/],
    ['--csv without --column', ['check', '--csv', 'a.csv'], /--csv memerlukan --column/],
    ['--column without --csv', ['check', '--column', 'caption', 'a.txt'], /--column hanya berlaku bersama --csv/],
    ['stdin twice', ['check', '-', '-'], /"-"\) hanya dapat dibaca sekali/],
    ['missing file', ['check', 'tidak-ada.txt'], /tidak dapat membaca berkas "tidak-ada\.txt": berkas tidak ditemukan/],
    ['a directory', ['check', 'lib'], /tidak dapat membaca berkas "lib": itu sebuah direktori/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.startsWith('cermat: ')).toBe(true);
    });
  }

  it('prints usage errors in English with --lang en, even when --lang comes after the problem', async () => {
    const r = await run(['check', '--platform', 'myspace', '--lang', 'en', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid value for --platform: "myspace"\. Choices: x, threads/);
  });
});

describe.concurrent('cermat check: terminals and pipes', SLOW, () => {
  // util-linux `script` gives the command a terminal as stdin, where reading would wait for typing.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('exits 2 with "no input" when stdin is a terminal and no file is given', async () => {
    const r = await new Promise<Run>((done) => {
      const child = spawn('script', ['-qec', `"${process.execPath}" "${LAUNCHER}" check`, '/dev/null'], { cwd: ROOT });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.on('close', (code) => done({ code, stdout: out, stderr: '' }));
      child.stdin.end();
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/cermat: tidak ada masukan\. Berikan BERKAS, "-" untuk masukan standar, --jsonl atau --csv\./);
  });

  it('stops quietly when the reader closes the pipe early', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: i, text: 'Halo warga kabupaten. '.repeat(20) }));
    const path = file(lines.join('\n'), 'jsonl');
    const r = await new Promise<Run>((done) => {
      const child = spawn('sh', ['-c', `"${process.execPath}" "${LAUNCHER}" check --jsonl "${path}" | head -n 1`], {
        cwd: ROOT,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.split('\n')[0]!).id).toBe(0);
  });
});

describe.concurrent('cermat check --rules', SLOW, () => {
  it('exits 2 naming every bad entry of an invalid pack', async () => {
    const bad = file(
      JSON.stringify({
        rules: [
          { id: 'ok/a', category: 'custom', severity: 'info', ref: 'custom-rules', message: 'm', terms: ['a'] },
          { id: 'bad/category', category: 'rumor', severity: 'error', ref: 'custom-rules', message: 'm', terms: ['b'] },
          { id: 'bad/empty', category: 'custom', severity: 'error', ref: 'custom-rules', message: 'm' },
        ],
      }),
      'json',
    );
    const r = await run(['check', '--rules', bad, file('teks')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/paket aturan ".*" tidak valid \(2 masalah\)/);
    expect(r.stderr).toMatch(/rules\[1\] \("bad\/category"\): "category" must be one of/);
    expect(r.stderr).toMatch(/rules\[2\] \("bad\/empty"\): needs at least one of/);
  });

  it('exits 2 on a pack that is not JSON or cannot be read', async () => {
    const notJson = await run(['check', '--rules', file('{"rules": [', 'json'), file('teks')]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/paket aturan ".*\.json" bukan JSON yang valid/);
    const missing = await run(['check', '--rules', join(TMP, 'paket.json'), file('teks')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/tidak dapat membaca paket aturan ".*paket\.json": berkas tidak ditemukan/);
  });
});
