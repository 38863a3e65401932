/**
 * `cermat templates` as a user runs it: the real launcher in a child process. The filled text must be exactly what
 * the renderer gives the panel.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { BUILTIN_TEMPLATES, exampleFields, getBuiltinTemplate, renderTemplate } from '../../lib/templates';

const ROOT = resolve(import.meta.dirname, '../..');
const LAUNCHER = join(ROOT, 'bin/cermat.js');
const TMP = mkdtempSync(join(tmpdir(), 'cermat-cli-templates-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const SLOW = { timeout: 60_000 };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end();
  });
}

let n = 0;
function file(content: string): string {
  const path = join(TMP, `f${++n}.json`);
  writeFileSync(path, content);
  return path;
}

const PROFILE = { agencyName: 'Diskominfo Kabupaten Trenggalek', hashtags: ['#DiskominfoTrenggalek', '#TrenggalekMeroket'], signOff: 'Salam, Diskominfo' };

describe('cermat templates', () => {
  it('--json lists every built-in with id, title, postType, platforms and fields', SLOW, async () => {
    const r = await run(['templates', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThanOrEqual(14);
    expect(list.map((t) => t.id)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id));
    const first = list[0]!;
    expect(Object.keys(first)).toEqual(['id', 'title', 'language', 'postType', 'platforms', 'fields']);
    expect(first).toMatchObject({ id: 'liputan-kegiatan', title: { id: 'Liputan kegiatan', en: 'Event report' }, postType: 'event' });
    expect(first.platforms).toContain('x');
    expect(first.platforms).not.toContain('youtube-title');
    expect((first.fields as { name: string }[]).map((f) => f.name)).toEqual(['who', 'activity', 'date', 'time', 'place', 'purpose', 'method', 'link']);
    expect((first.fields as Record<string, unknown>[])[0]).toEqual({
      name: 'who',
      label: { id: 'Siapa (pejabat atau penyelenggara)', en: 'Who (official or organiser)' },
      element: 'who',
      required: true,
      example: 'Wakil Bupati Trenggalek',
    });
    const hoax = list.find((t) => t.id === 'klarifikasi-hoaks')!;
    expect((hoax.fields as { options?: string[] }[])[0]!.options).toEqual(['HOAKS', 'DISINFORMASI', 'MISINFORMASI', 'KLARIFIKASI']);
  });

  it('without --json prints a table of ids, post types and titles', SLOW, async () => {
    const id = await run(['templates']);
    expect(id.code).toBe(0);
    expect(id.stdout).toMatch(/^liputan-kegiatan +event +Liputan kegiatan$/m);
    expect(id.stdout).toMatch(/^klarifikasi-hoaks +hoax-clarification +Klarifikasi hoaks$/m);
    const en = await run(['templates', 'list', '--lang', 'en']);
    expect(en.stdout).toMatch(/^klarifikasi-hoaks +hoax-clarification +Hoax clarification$/m);
    expect(en.stdout).toContain(`${BUILTIN_TEMPLATES.length} templates.`);
  });

  it('render prints exactly the renderer’s text, fields and profile filled in', SLOW, async () => {
    const t = getBuiltinTemplate('liputan-kegiatan')!;
    const fields = exampleFields(t);
    const args = ['templates', 'render', t.id, '--platform', 'x', '--agency', PROFILE.agencyName, '--sign-off', PROFILE.signOff];
    for (const [name, value] of Object.entries(fields)) args.push('--field', `${name}=${value}`);
    for (const tag of PROFILE.hashtags) args.push('--hashtag', tag);
    const r = await run(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const expected = renderTemplate(t, { platform: 'x', fields, profile: PROFILE }).text;
    expect(r.stdout).toBe(`${expected}\n`);
    const report = analyze(expected, { platform: 'x' });
    expect(report.findings).toEqual([]);
    expect(Object.values(report.elements).filter((e) => e.required && !e.found)).toEqual([]);
  });

  it('render --examples with a profile file fills everything; --field overrides an example; = in a value is kept', SLOW, async () => {
    const t = getBuiltinTemplate('pengumuman')!;
    const profile = file(JSON.stringify(PROFILE));
    const link = 'https://dukcapil.trenggalekkab.go.id/info?id=7&lang=id';
    const r = await run(['templates', 'render', 'pengumuman', '--platform', 'facebook', '--examples', '--profile', profile, '--field', `link=${link}`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${renderTemplate(t, { platform: 'facebook', fields: { ...exampleFields(t), link }, profile: PROFILE }).text}\n`);
    expect(r.stdout).toContain(`Informasi lebih lanjut: ${link}\n`);
    expect(r.stdout.trimEnd().endsWith('Salam, Diskominfo\n#DiskominfoTrenggalek #TrenggalekMeroket')).toBe(true);
  });

  it('leaves empty fields as [Label] and names them on stderr', SLOW, async () => {
    const r = await run(['templates', 'render', 'klarifikasi-hoaks', '--field', 'claim=Vaksin mengandung cip', '--field=label=MISINFORMASI']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('[MISINFORMASI] Vaksin mengandung cip\n\nPenjelasan:\nBeredar [Tempat kabar beredar] yang berisi klaim tersebut. [Instansi yang meluruskan] memastikan')).toBe(true);
    expect(r.stderr).toBe('cermat: isian yang belum diisi (tertulis [Label]): channel, who, fact, source. Gunakan --field nama=nilai atau --examples.\n');
  });

  it('render --json gives the spans of the placeholders', SLOW, async () => {
    const r = await run(['templates', 'render', 'ucapan-hari-besar', '--platform', 'instagram', '--json', '--field', 'occasion=Hari Guru Nasional']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ id: 'ucapan-hari-besar', platform: 'instagram', variant: 'instagram', missing: ['message', 'who'], limit: 2200, fits: true });
    expect(out.text.startsWith('Selamat Hari Guru Nasional.\n\n[Pesan]')).toBe(true);
    for (const p of out.placeholders) expect(out.text.slice(p.start, p.end)).toBe(`[${p.label}]`);
  });

  it('warns when the filled text is over the platform’s limit', SLOW, async () => {
    const r = await run(['templates', 'render', 'pengumuman', '--platform', 'x', '--examples', '--field', `reason=${'sangat '.repeat(50)}penting`, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^cermat: \d+ characters, over the x limit of 280\. Shorten the fields\.\n$/);
  });

  it('renders a template from an agency file', SLOW, async () => {
    const own = file(JSON.stringify([{ id: 'agenda-rt', title: 'Agenda RT', postType: 'event', fields: [{ name: 'what', label: 'Kegiatan' }], body: 'Ayo ikut {{what}}!' }]));
    const list = JSON.parse((await run(['templates', '--json', '--templates', own])).stdout) as { id: string }[];
    expect(list.at(-1)!.id).toBe('agenda-rt');
    const r = await run(['templates', 'render', 'agenda-rt', '--templates', own, '--field', 'what=kerja bakti']);
    expect(r.stdout).toBe('Ayo ikut kerja bakti!\n');
  });

  it('usage errors exit 2 with a message that says what is wrong', SLOW, async () => {
    const cases: [string[], RegExp][] = [
      [['templates', 'render', 'tidak-ada'], /^cermat: templat tidak dikenal: "tidak-ada"\. Templat yang ada: liputan-kegiatan, /],
      [['templates', 'render'], /^cermat: render memerlukan ID templat/],
      [['templates', 'render', 'pengumuman', '--field', 'tanggal=Senin'], /^cermat: templat pengumuman tidak memiliki isian "tanggal"\. Isian yang ada: who, subject, date, place, reason, action, link\.\n$/],
      [['templates', 'render', 'pengumuman', '--field', 'Senin'], /^cermat: --field "Senin" harus berbentuk nama=nilai/],
      [['templates', 'render', 'pengumuman', '--field'], /^cermat: opsi --field memerlukan nilai/],
      [['templates', 'render', 'pengumuman', '--platform', 'myspace'], /^cermat: nilai --platform tidak valid: "myspace"/],
      [['templates', 'render', 'pengumuman', '--platform', 'youtube-title', '--lang', 'en'], /^cermat: Template "pengumuman" has no variant for youtube-title\.\n$/],
      [['templates', 'show'], /^cermat: perintah templates tidak dikenal: "show"/],
      [['templates', '--verbose'], /^cermat: opsi tidak dikenal: --verbose/],
      [['templates', 'render', 'pengumuman', '--profile', join(TMP, 'missing.json')], /^cermat: tidak dapat membaca berkas ".*missing\.json": berkas tidak ditemukan/],
      [['templates', 'render', 'pengumuman', '--profile', file('{"hashtags": "#satu"}')], /^cermat: profil ".*": hashtags harus berupa daftar teks\.\n$/],
    ];
    const results = await Promise.all(cases.map(([args]) => run(args)));
    results.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(cases[i]![1]);
    });
  });

  it('an invalid template file lists every problem with the field it is about', SLOW, async () => {
    const bad = file(JSON.stringify({ templates: [{ id: 'X Y', title: 'A', postType: 'event', body: '{{z}}' }] }));
    const r = await run(['templates', '--templates', bad, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `cermat: template file "${bad}" is invalid (2 problem(s)):\n` +
        '  - templates[0] "X Y".id: "X Y" is invalid: 2–64 lower-case letters, digits or "-" (e.g. "event-report").\n' +
        '  - templates[0] "X Y".body: {{z}} is not a field of this template (known: agency, region, hashtags, signOff).\n',
    );
  });

  it('--help in both languages, and the command is listed in cermat --help', SLOW, async () => {
    const [id, en, top] = await Promise.all([run(['templates', '--help']), run(['templates', '-h', '--lang', 'en']), run(['--help'])]);
    expect(id.stdout).toContain('cermat templates render ID [--platform P] [--field nama=nilai]...');
    expect(en.stdout).toContain('--field name=value     fills one field (repeatable)');
    expect(top.stdout).toMatch(/^ {2}templates +daftar templat/m);
  });
});
