import { describe, expect, it } from 'vitest';
import { analyze, REQUIRED_ELEMENTS, type Platform } from '../../lib/analysis';
import {
  BUILTIN_TEMPLATES,
  exampleFields,
  findTemplate,
  getBuiltinTemplate,
  parseTemplateFile,
  renderTemplate,
  templateChoices,
  templateForm,
  templatePlatforms,
  validateTemplate,
  type AgencyProfile,
  type TemplateDefinition,
} from '../../lib/templates';

const PROFILE: AgencyProfile = {
  agencyName: 'Dinas Komunikasi dan Informatika Kabupaten Trenggalek',
  region: 'Kabupaten Trenggalek',
  hashtags: ['#DiskominfoTrenggalek', 'TrenggalekMeroket'],
  signOff: 'Salam, Diskominfo Trenggalek',
};

const byId = (id: string): TemplateDefinition => {
  const t = getBuiltinTemplate(id);
  if (!t) throw new Error(`no built-in ${id}`);
  return t;
};

describe('the built-in library', () => {
  it('has at least 14 templates with unique ids', () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(14);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
  });

  it('covers the kinds of post the issue lists, with English event and announcement templates', () => {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    for (const id of [
      'liputan-kegiatan',
      'pengumuman',
      'undangan-agenda',
      'layanan-publik',
      'peringatan-dini-bencana',
      'imbauan',
      'ucapan-hari-besar',
      'duka-cita',
      'capaian-program',
      'lowongan-rekrutmen',
      'infografis-data',
      'klarifikasi-hoaks',
      'event-report-en',
      'announcement-en',
    ]) {
      expect(ids).toContain(id);
    }
    expect(byId('event-report-en')).toMatchObject({ language: 'en', postType: 'event' });
    expect(byId('announcement-en')).toMatchObject({ language: 'en', postType: 'announcement' });
    expect(BUILTIN_TEMPLATES.filter((t) => t.language === 'id').length).toBeGreaterThanOrEqual(12);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s: fields tell every element its post type requires', (_id, t) => {
    const told = new Set(t.fields.map((f) => f.element).filter(Boolean));
    for (const key of REQUIRED_ELEMENTS[t.postType]) expect(told, `${t.id} has no field for ${key}`).toContain(key);
    // Event and announcement templates answer all six questions once filled (a field or the template's own words).
    if (t.postType === 'event' || t.postType === 'announcement') {
      expect(told.size).toBeGreaterThanOrEqual(5);
      const report = analyze(renderTemplate(t, { fields: exampleFields(t), profile: PROFILE }).text);
      expect(Object.values(report.elements).every((e) => e.found)).toBe(true);
    }
    // Every field appears in the body; the variants may leave some out.
    for (const f of t.fields) expect(t.body, `${t.id}: ${f.name} unused`).toContain(`{{${f.name}}}`);
    expect(t.variants.x, `${t.id} needs an X variant`).toBeDefined();
    expect(t.variants.instagram, `${t.id} needs an Instagram variant`).toBeDefined();
  });
});

/** Everything a finding may be that still counts as a clean post: Instagram's fold notice is a tip, not a fault. */
const TOLERATED = new Set(['platform-limit/fold']);

describe('every built-in, filled with its examples, on every platform', () => {
  const cases = BUILTIN_TEMPLATES.flatMap((t) => templatePlatforms(t).map((p) => [t.id, p, t] as const));

  it.each(cases)('%s on %s: fits, is clean and complete in the engine', (_id, platform, t) => {
    const r = renderTemplate(t, { platform, fields: exampleFields(t), profile: PROFILE });
    expect(r.placeholders).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.fits, `${r.length} > ${r.limit}`).toBe(true);
    expect(r.text).not.toMatch(/\{\{|\}\}|\[(?!HOAKS|DISINFORMASI|MISINFORMASI|KLARIFIKASI)[^\]]*\]/);
    expect(r.text).not.toMatch(/\n{3}| \n|\n /);

    const report = analyze(r.text, { platform });
    expect(report.findings.filter((f) => !TOLERATED.has(f.rule)).map((f) => `${f.rule} "${f.text}"`)).toEqual([]);
    expect(report.postType).toBe(t.postType);
    const missing = Object.entries(report.elements).filter(([, e]) => e.required && !e.found).map(([k]) => k);
    expect(missing).toEqual([]);
    expect(report.score).toBe(100 - report.findings.reduce((s, f) => s + (f.severity === 'info' ? 2 : 99), 0));
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s: the full text answers every question its fields name', (_id, t) => {
    const r = renderTemplate(t, { fields: exampleFields(t), profile: PROFILE });
    const report = analyze(r.text);
    for (const f of t.fields) {
      if (f.element) expect(report.elements[f.element].found, `${t.id}: ${f.element} (${f.name})`).toBe(true);
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s: the X variant keeps at least one hashtag when the agency has some', (_id, t) => {
    const r = renderTemplate(t, { platform: 'x', fields: exampleFields(t), profile: PROFILE });
    // Condolences carry no hashtags on purpose.
    if (t.body.includes('{{hashtags}}')) expect(r.hashtags.length).toBeGreaterThanOrEqual(1);
    expect(r.hashtags.length).toBeLessThanOrEqual(2);
  });

  it.each(BUILTIN_TEMPLATES.filter((t) => t.body.includes('{{hashtags}}')).map((t) => [t.id, t] as const))(
    '%s: on Instagram the hashtags come last, after a blank line',
    (_id, t) => {
      const r = renderTemplate(t, { platform: 'instagram', fields: exampleFields(t), profile: PROFILE });
      const lines = r.text.split('\n');
      expect(lines.at(-1)).toBe(r.hashtags.join(' '));
      expect(lines.at(-2)).toBe('');
      expect(r.hashtags[0]).toBe('#DiskominfoTrenggalek');
      expect(r.text.indexOf('#')).toBe(r.text.length - r.hashtags.join(' ').length);
    },
  );
});

describe('renderTemplate', () => {
  const liputan = byId('liputan-kegiatan');

  it('fills fields, the profile hashtags and sign-off', () => {
    const r = renderTemplate(liputan, { platform: 'facebook', fields: exampleFields(liputan), profile: PROFILE });
    expect(r.variant).toBe('body');
    expect(r.text.startsWith('Wakil Bupati Trenggalek membuka Bimtek Penulisan Berita')).toBe(true);
    expect(r.text).toContain('pada Selasa, 15 Juli 2025 pukul 09.00 WIB di Pendopo Kabupaten Trenggalek.');
    expect(r.text.endsWith('Salam, Diskominfo Trenggalek\n#DiskominfoTrenggalek #TrenggalekMeroket')).toBe(true);
    expect(r.hashtags).toEqual(['#DiskominfoTrenggalek', '#TrenggalekMeroket']);
  });

  it('leaves empty fields as [Label] with their spans, in text order', () => {
    const r = renderTemplate(liputan, { platform: 'facebook', profile: PROFILE });
    const names = r.placeholders.map((p) => p.name);
    // `who` falls back to the agency name; the optional time and link sections vanish.
    expect(names).toEqual(['activity', 'date', 'place', 'purpose', 'method']);
    for (const p of r.placeholders) expect(r.text.slice(p.start, p.end)).toBe(`[${p.label}]`);
    expect(r.text.slice(r.placeholders[0]!.start, r.placeholders[0]!.end)).toBe('[Apa yang dilakukan]');
    expect(r.text.startsWith('Dinas Komunikasi dan Informatika Kabupaten Trenggalek [Apa yang dilakukan] pada [Hari, tanggal] di')).toBe(true);
    expect(r.missing).toEqual(['activity', 'date', 'place', 'purpose', 'method']);
    expect(r.text).not.toContain('pukul');
    expect(r.text).not.toContain('Berita selengkapnya');
  });

  it('marks the agency as a placeholder when there is no profile, and drops the sign-off and hashtag lines', () => {
    const r = renderTemplate(liputan, { platform: 'facebook', fields: { activity: 'membuka pameran' } });
    expect(r.placeholders[0]).toMatchObject({ name: 'who', label: 'Siapa (pejabat atau penyelenggara)', start: 0 });
    expect(r.text).not.toContain('#');
    expect(r.text.endsWith('[Bagaimana kegiatan berlangsung]')).toBe(true);
  });

  it('uses English labels for English templates', () => {
    const r = renderTemplate(byId('event-report-en'), { profile: PROFILE });
    expect(r.text.startsWith('Dinas Komunikasi dan Informatika Kabupaten Trenggalek [What was done] at [Place] on [Date].')).toBe(true);
  });

  it('renders an optional section only when its field has a value, and an inverted one only when it has none', () => {
    const t = validateTemplate({
      id: 'uji-bagian',
      title: 'Uji',
      postType: 'other',
      fields: [{ name: 'link', label: 'Tautan', required: false }],
      body: 'Halo.\n\n{{#link}}Tautan: {{link}}{{/link}}{{^link}}Tanpa tautan.{{/link}}\n\n{{signOff}}',
    });
    if (!t.ok) throw new Error(JSON.stringify(t.problems));
    expect(renderTemplate(t.template, { fields: { link: 'https://a.go.id' } }).text).toBe('Halo.\n\nTautan: https://a.go.id');
    expect(renderTemplate(t.template, { fields: { link: '  ' } }).text).toBe('Halo.\n\nTanpa tautan.');
    expect(renderTemplate(t.template, { profile: { signOff: 'Salam' } }).text).toBe('Halo.\n\nTanpa tautan.\n\nSalam');
  });

  it('caps hashtags per platform: one on Threads, two on X, all elsewhere', () => {
    const profile = { ...PROFILE, hashtags: ['#Satu', '#Dua', '#Tiga'] };
    const t = byId('ucapan-hari-besar');
    const fields = exampleFields(t);
    expect(renderTemplate(t, { platform: 'threads', fields, profile }).hashtags).toEqual(['#Satu']);
    expect(renderTemplate(t, { platform: 'x', fields, profile }).hashtags).toEqual(['#Satu', '#Dua']);
    expect(renderTemplate(t, { platform: 'facebook', fields, profile }).hashtags).toEqual(['#Satu', '#Dua', '#Tiga']);
  });

  it('normalises and de-duplicates hashtags, the agency’s first, then the template’s topic', () => {
    const t = byId('peringatan-dini-bencana');
    const r = renderTemplate(t, {
      platform: 'facebook',
      fields: exampleFields(t),
      profile: { hashtags: ['Trenggalek Siaga', '#siagabencana', '  '] },
    });
    expect(r.hashtags).toEqual(['#TrenggalekSiaga', '#siagabencana']);
  });

  it('drops hashtags from the end, not words, when a filled X text is too long', () => {
    const t = byId('liputan-kegiatan');
    const fields = { ...exampleFields(t), place: 'Pendopo Manggala Praja Nugraha Kabupaten Trenggalek' };
    const r = renderTemplate(t, { platform: 'x', fields, profile: PROFILE });
    expect(r.hashtags).toEqual([]);
    expect(r.text).toContain('Pendopo Manggala Praja Nugraha Kabupaten Trenggalek');
    // Without hashtags it still does not fit: the result says so instead of cutting the admin's text.
    const long = renderTemplate(t, { platform: 'x', fields: { ...fields, purpose: 'x'.repeat(200) }, profile: PROFILE });
    expect(long.fits).toBe(false);
    expect(long.length).toBeGreaterThan(280);
    expect(long.limit).toBe(280);
  });

  it('counts X length the way X does (a link is 23)', () => {
    const t = byId('pengumuman');
    const fields = exampleFields(t);
    const a = renderTemplate(t, { platform: 'x', fields: { ...fields, link: 'https://a.go.id' } });
    const b = renderTemplate(t, { platform: 'x', fields: { ...fields, link: `https://a.go.id/${'p'.repeat(60)}` } });
    expect(a.length).toBe(b.length);
    expect(b.text.length - a.text.length).toBe(61);
  });

  it('picks the platform variant, lets Threads borrow X, and refuses a YouTube title', () => {
    const t = byId('pengumuman');
    expect(renderTemplate(t, { platform: 'x' }).variant).toBe('x');
    expect(renderTemplate(t, { platform: 'threads' }).variant).toBe('x');
    expect(renderTemplate(t, { platform: 'instagram' }).variant).toBe('instagram');
    expect(renderTemplate(t, { platform: 'linkedin' }).variant).toBe('body');
    expect(templatePlatforms(t)).not.toContain('youtube-title');
    expect(() => renderTemplate(t, { platform: 'youtube-title' })).toThrow(/no variant for youtube-title/);
  });
});

describe('hoax clarification', () => {
  const t = byId('klarifikasi-hoaks');

  it('offers the labels used in Indonesia, [HOAKS] first', () => {
    expect(t.fields.find((f) => f.name === 'label')?.options).toEqual(['HOAKS', 'DISINFORMASI', 'MISINFORMASI', 'KLARIFIKASI']);
  });

  it.each(['HOAKS', 'DISINFORMASI', 'MISINFORMASI', 'KLARIFIKASI'])('[%s]: Penjelasan → Faktanya → Sumber/Link Counter, clean', (label) => {
    const r = renderTemplate(t, { platform: 'facebook', fields: { ...exampleFields(t), label }, profile: PROFILE });
    expect(r.text.startsWith(`[${label}] Pendaftaran bansos dipungut biaya Rp50.000\n\nPenjelasan:\n`)).toBe(true);
    const order = ['Penjelasan:', 'Faktanya:', 'Sumber/Link Counter:'].map((h) => r.text.indexOf(h));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    const report = analyze(r.text, { platform: 'facebook' });
    expect(report.postType).toBe('hoax-clarification');
    expect(report.findings.map((f) => f.rule)).toEqual([]);
  });

  it('the agency clarification is labelled [KLARIFIKASI]', () => {
    const k = byId('klarifikasi-instansi');
    expect(renderTemplate(k, { fields: exampleFields(k) }).text.startsWith('[KLARIFIKASI] ')).toBe(true);
  });
});

describe('catalog and form', () => {
  it('lists built-ins first, then custom templates by title, in the interface language', () => {
    const custom = validateTemplate({ id: 'agenda-rt', title: { id: 'Agenda RT', en: 'Neighbourhood agenda' }, postType: 'event', body: 'x' });
    if (!custom.ok) throw new Error('invalid');
    const id = templateChoices([custom.template], 'id');
    expect(id[0]).toEqual({ id: 'liputan-kegiatan', title: 'Liputan kegiatan', postType: 'event' });
    expect(id.at(-1)).toEqual({ id: 'agenda-rt', title: 'Agenda RT', postType: 'event' });
    expect(templateChoices([custom.template], 'en')[0]!.title).toBe('Event report');
    expect(findTemplate('agenda-rt', [custom.template])?.title.en).toBe('Neighbourhood agenda');
    // A custom template cannot shadow a built-in.
    expect(findTemplate('pengumuman', [{ ...custom.template, id: 'pengumuman' }])).toBe(byId('pengumuman'));
  });

  it('describes the short form: element labels, hints, selects and profile defaults', () => {
    const form = templateForm(byId('klarifikasi-hoaks'), 'id', PROFILE);
    expect(form[0]).toMatchObject({ name: 'label', kind: 'select', defaultValue: 'HOAKS', element: null });
    expect(form.find((f) => f.name === 'claim')).toMatchObject({ element: 'what', elementLabel: 'Apa', kind: 'text', required: true });
    expect(form.find((f) => f.name === 'who')?.defaultValue).toBe(PROFILE.agencyName);
    expect(form.find((f) => f.name === 'fact')?.kind).toBe('textarea');
    expect(templateForm(byId('liputan-kegiatan'), 'en')[0]).toMatchObject({ label: 'Who (official or organiser)', elementLabel: 'Who', defaultValue: '' });
  });
});

describe('validateTemplate', () => {
  const good = {
    id: 'agenda-rt',
    title: 'Agenda RT',
    postType: 'event',
    fields: [{ name: 'what', label: 'Apa', element: 'what', example: 'kerja bakti', required: true }],
    body: 'Ayo ikut {{what}}. {{hashtags}}',
    variants: { x: '{{what}}' },
  };
  const problems = (value: unknown) => {
    const r = validateTemplate(value);
    return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.en}`);
  };

  it('accepts a minimal template and normalises it', () => {
    const r = validateTemplate(good);
    expect(r.ok && r.template).toEqual({
      id: 'agenda-rt',
      title: { id: 'Agenda RT', en: 'Agenda RT' },
      language: 'id',
      postType: 'event',
      fields: [{ name: 'what', label: { id: 'Apa', en: 'Apa' }, element: 'what', example: 'kerja bakti', required: true }],
      body: 'Ayo ikut {{what}}. {{hashtags}}',
      variants: { x: '{{what}}' },
    });
  });

  it('names the bad field in each message', () => {
    expect(problems({ ...good, id: 'Agenda RT' })).toEqual([
      'id: "Agenda RT" is invalid: 2–64 lower-case letters, digits or "-" (e.g. "event-report").',
    ]);
    expect(problems({ ...good, postType: 'news' })).toEqual(['postType: must be one of: event, announcement, greeting, hoax-clarification, other.']);
    expect(problems({ ...good, body: 'Ayo {{wat}}' })).toEqual([
      'body: {{wat}} is not a field of this template (known: what, agency, region, hashtags, signOff).',
    ]);
    expect(problems({ ...good, body: '{{#what}}x' })).toEqual(['body: Section {{#what}} is not closed with {{/what}}. (offset 0)']);
    expect(problems({ ...good, variants: { twitter: 'x' } })[0]).toMatch(/^variants\.twitter: unknown platform/);
    expect(problems({ ...good, fields: [good.fields[0], good.fields[0]] })).toEqual(['fields[1].name: "what" is used twice.']);
    expect(problems({ ...good, fields: [{ ...good.fields[0], element: 'whom' }] })).toEqual([
      'fields[0].element: must be one of: what, who, when, where, why, how.',
    ]);
    expect(problems({ ...good, fields: [{ ...good.fields[0], name: 'hashtags' }] })[0]).toBe(
      'fields[0].name: "hashtags" is taken by the agency profile; choose another name.',
    );
    expect(problems({ ...good, titel: 'x' })[0]).toMatch(/^titel: unknown property/);
    expect(problems({ ...good, title: { en: 'x' } })).toEqual(['title.id: is required.']);
    expect(problems({ ...good, hashtags: ['#dua kata'] })).toEqual(['hashtags[0]: must be one hashtag without spaces (e.g. "#SiagaBencana").']);
    expect(problems([good])).toEqual([': A template must be a JSON object, not array.']);
  });

  it('says it in Indonesian too', () => {
    const r = validateTemplate({ ...good, postType: 'berita' });
    expect(!r.ok && r.problems[0]!.message.id).toBe('harus salah satu dari: event, announcement, greeting, hoax-clarification, other.');
  });

  it('accepts every built-in as it would an import', () => {
    for (const t of BUILTIN_TEMPLATES) expect(validateTemplate(JSON.parse(JSON.stringify(t)))).toEqual({ ok: true, template: t });
  });
});

describe('parseTemplateFile', () => {
  it('reads the export format, an array, or one template', () => {
    const t = JSON.parse(JSON.stringify(BUILTIN_TEMPLATES[0]));
    for (const text of [JSON.stringify({ format: 'cermat-templates', version: 1, templates: [t] }), JSON.stringify([t]), JSON.stringify(t)]) {
      const r = parseTemplateFile(text);
      expect(r.ok && r.templates.map((x) => x.id)).toEqual(['liputan-kegiatan']);
    }
  });

  it('reports every problem with the template’s place and id', () => {
    const r = parseTemplateFile(
      JSON.stringify({ templates: [{ id: 'ok-satu', title: 'A', postType: 'event', body: 'a' }, { id: 'rusak', title: 'B', postType: 'x', body: '{{y}}' }] }),
    );
    expect(!r.ok && r.problems.map((p) => `${p.path}: ${p.message.en}`)).toEqual([
      'templates[1] "rusak".postType: must be one of: event, announcement, greeting, hoax-clarification, other.',
      'templates[1] "rusak".body: {{y}} is not a field of this template (known: agency, region, hashtags, signOff).',
    ]);
  });

  it('explains bad JSON, an unknown version, duplicate ids and an empty file', () => {
    const first = (text: string) => {
      const r = parseTemplateFile(text);
      return r.ok ? null : `${r.problems[0]!.path}: ${r.problems[0]!.message.en}`;
    };
    expect(first('{ nope')).toMatch(/^: The file is not valid JSON: /);
    expect(first(JSON.stringify({ format: 'cermat-templates', version: 9, templates: [] }))).toBe('version: version 9 is not supported (supported: 1).');
    expect(first('[]')).toBe(': The file holds no template.');
    const t = { id: 'dua-kali', title: 'A', postType: 'event', body: 'a' };
    expect(first(JSON.stringify([t, t]))).toBe('templates[1] "dua-kali".id: "dua-kali" appears twice in the file.');
  });
});

describe('every platform is covered', () => {
  it('renders for all caption platforms', () => {
    const platforms: Platform[] = templatePlatforms(BUILTIN_TEMPLATES[0]!);
    expect(platforms).toEqual(['x', 'threads', 'instagram', 'tiktok', 'youtube-description', 'facebook', 'linkedin', 'wordpress']);
  });
});
