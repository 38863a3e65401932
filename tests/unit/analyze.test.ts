import { describe, expect, it } from 'vitest';
import {
  analyze,
  CATEGORIES,
  ELEMENT_KEYS,
  LANGUAGES,
  PLATFORMS,
  POST_TYPES,
  SEVERITIES,
  type Report,
} from '../../lib/analysis';
import { isGuideRef } from '../../lib/rules/refs';

/** Every Report honours DESIGN.md's contract, whatever the input. */
function expectContract(text: string, report: Report) {
  expect(LANGUAGES).toContain(report.language);
  expect(POST_TYPES).toContain(report.postType);
  expect(Number.isInteger(report.score)).toBe(true);
  expect(report.score).toBeGreaterThanOrEqual(0);
  expect(report.score).toBeLessThanOrEqual(100);
  expect(Object.keys(report.elements).sort()).toEqual([...ELEMENT_KEYS].sort());
  for (const e of Object.values(report.elements)) {
    if (e.found) {
      expect(e.start).not.toBeNull();
      expect(text.slice(e.start!, e.end!)).toBe(e.evidence);
    } else {
      expect(e).toMatchObject({ evidence: null, start: null, end: null });
    }
  }
  for (const f of report.findings) {
    expect(CATEGORIES).toContain(f.category);
    expect(SEVERITIES).toContain(f.severity);
    expect(f.rule.startsWith(`${f.category}/`) || f.category === 'custom').toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    expect(isGuideRef(f.ref)).toBe(true);
    if (f.suggestions) expect(f.suggestions[0]).toBe(f.suggestion);
  }
  expect(report.counts.characters).toBe([...text].length);
}

const SAMPLES = [
  '',
  '   \n\n ',
  'Selamat pagi warga Bintan! Jangan lupa ikut vaksinasi hari ini.',
  'Diskominfo Kotim menggelar Bimtek Pengelolaan Media Sosial bagi admin OPD pada Selasa (28/10/2025) pukul 09.00 WIB di Aula Diskominfo Kotim. Kegiatan ini bertujuan memperkuat komunikasi publik melalui media sosial.',
  'NIK saya 3503114506780002, hubungi 0812-3456-7890 ya 🙏🏽👨‍👩‍👧 #Info\u200BKota',
  '🎉🎉🎉 #HUTRI80 @pemkot',
  'a\u200Bb\u200Cc\uFEFF d\u00ADe \u202Ef\u202C',
  'Ｆｕｌｌｗｉｄｔｈ ＴＥＫＳ ﬁnal 𝗦𝗟𝗢𝗧 𝗚𝗔𝗖𝗢𝗥',
  '\uD83D lone surrogate and \uDC00 another',
];

describe('analyze', () => {
  it.each(SAMPLES.map((s) => [JSON.stringify(s).slice(0, 40), s]))('keeps the Report contract: %s', (_, text) => {
    for (const platform of [undefined, ...PLATFORMS]) expectContract(text, analyze(text, { platform }));
  });

  it('is deterministic', () => {
    const text = SAMPLES[4]!;
    expect(analyze(text, { platform: 'instagram' })).toEqual(analyze(text, { platform: 'instagram' }));
  });

  it('honours a forced post type: a greeting needs no element', () => {
    const r = analyze('Selamat Hari Guru Nasional!', { postType: 'greeting' });
    expect(r.postType).toBe('greeting');
    expect(Object.values(r.elements).every((e) => !e.required)).toBe(true);
  });

  it('marks the required elements of an event', () => {
    const r = analyze('Rapat koordinasi.', { postType: 'event' });
    expect(ELEMENT_KEYS.filter((k) => r.elements[k].required)).toEqual(['what', 'who', 'when', 'where', 'why']);
  });

  it('handles a 100,000-character paste', () => {
    const text = (SAMPLES[3]! + ' ').repeat(Math.ceil(100_000 / (SAMPLES[3]!.length + 1))).slice(0, 100_000);
    const report = analyze(text, { platform: 'facebook' });
    expectContract(text, report);
    expect(report.findings.some((f) => f.rule === 'platform-limit/length')).toBe(true);
  });

  it('counts X by weight and others by code points', () => {
    const text = 'Info 🎉 https://example.go.id/a/very/long/path/that/is/longer/than/twenty/three #A @b';
    const x = analyze(text, { platform: 'x' }).counts;
    const ig = analyze(text, { platform: 'instagram' }).counts;
    expect(ig.characters).toBe([...text].length);
    expect(ig.weighted).toBe(ig.characters);
    expect(x.weighted).toBe(5 + 2 + 1 + 23 + 6);
    expect(x).toMatchObject({ hashtags: 1, mentions: 1 });
  });
});
