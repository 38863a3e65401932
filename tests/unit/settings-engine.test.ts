import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { Report } from '../../lib/analysis/types';
import { autoTick, checklistState, judgeChecklist, missingHashtags } from '../../lib/settings/checklist';
import { customWordsPack, engineOptions, mergedRulePack, resolveLocale } from '../../lib/settings/engine-options';
import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { parseRulePack } from '../../lib/rules';

const PACK = parseRulePack({
  name: 'Diskominfo Trenggalek',
  rules: [
    {
      id: 'trenggalek/nama-dinas',
      category: 'custom',
      severity: 'warning',
      ref: 'custom-rules',
      message: { id: 'Tulis nama resmi dinas.', en: 'Write the official name.' },
      replacements: { 'dinas kominfo tg': 'Diskominfo Trenggalek' },
    },
  ],
});

const withSettings = (patch: Partial<Settings>): Settings => ({ ...defaultSettings(), ...patch });

const EVENT =
  'Dinas Komunikasi dan Informatika Kabupaten Trenggalek menggelar sosialisasi keamanan siber pada Senin, 12 Mei 2025 pukul 09.00 WIB di Aula Pendopo Trenggalek. Kegiatan ini bertujuan meningkatkan kesadaran ASN terhadap ancaman siber. #KabarTrenggalek';
const NIK = 'Warga dengan NIK 3503114506780002 dapat mengambil KTP di kantor kecamatan.';
const PARTISAN = 'Dukung pasangan calon nomor urut 2 pada pilkada nanti!';

describe('engine options from settings', () => {
  it('resolves the interface language: the admin’s choice, else the browser’s, else Indonesian', () => {
    expect(resolveLocale('en', 'id')).toBe('en');
    expect(resolveLocale('id', 'en-US')).toBe('id');
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
    expect(resolveLocale('auto', 'id')).toBe('id');
    expect(resolveLocale('auto', 'de')).toBe('id');
    expect(resolveLocale('auto', undefined)).toBe('id');
  });

  it('passes categories, severity and locale through', () => {
    const s = withSettings({ categories: { spelling: false }, severity: { 'personal-data': 'warning' }, locale: 'en' });
    expect(engineOptions(s, { platform: 'x' })).toEqual({
      locale: 'en',
      categories: { spelling: false },
      severity: { 'personal-data': 'warning' },
      platform: 'x',
    });
    const nik = analyze(NIK, engineOptions(s)).findings.find((f) => f.rule === 'personal-data/nik');
    expect(nik?.severity).toBe('warning');
    const off = withSettings({ categories: { 'personal-data': false } });
    expect(analyze(NIK, engineOptions(off)).findings.filter((f) => f.category === 'personal-data')).toEqual([]);
  });

  it('compiles custom words into rules the engine applies, with the case kept in the fix', () => {
    const s = withSettings({
      customWords: [
        { id: 'w1', word: 'oknum', category: 'custom', severity: 'error', message: '', suggestion: 'petugas' },
        { id: 'w2', word: 'kerja bakti massal', category: 'style', severity: 'info', message: 'Pakai istilah resmi.', suggestion: '' },
      ],
      locale: 'id',
    });
    const text = 'Oknum dinas ikut kerja bakti massal di desa.';
    const found = analyze(text, engineOptions(s)).findings.filter((f) => f.rule.startsWith('custom-word/'));
    expect(found.map((f) => [f.rule, f.category, f.severity, text.slice(f.start, f.end), f.suggestion, f.ref])).toEqual([
      ['custom-word/w1', 'custom', 'error', 'Oknum', 'Petugas', 'custom-rules'],
      ['custom-word/w2', 'style', 'info', 'kerja bakti massal', null, 'custom-rules'],
    ]);
    expect(found[0]!.message).toBe('“oknum” ditandai oleh instansi Anda. Periksa kembali pilihan kata ini.');
    expect(found[1]!.message).toBe('Pakai istilah resmi.');
    const en = analyze(text, engineOptions({ ...s, locale: 'en' })).findings.find((f) => f.rule === 'custom-word/w1');
    expect(en?.message).toBe('Your agency flagged “oknum”. Check this choice of words.');
  });

  it('merges the agency pack with the custom words, one object while neither changes', () => {
    const words = [{ id: 'w1', word: 'oknum', category: 'custom' as const, severity: 'error' as const, message: '', suggestion: '' }];
    const merged = mergedRulePack(PACK, words);
    expect(merged?.rules.map((r) => r.id)).toEqual(['trenggalek/nama-dinas', 'custom-word/w1']);
    expect(mergedRulePack(PACK, words)).toBe(merged);
    expect(mergedRulePack(PACK, [])).toBe(PACK);
    expect(mergedRulePack(null, [])).toBeUndefined();
    expect(customWordsPack([])).toBeNull();
    // The merged pack validates as an agency pack would.
    expect(() => parseRulePack(merged)).not.toThrow();

    const s = withSettings({ rulePack: PACK, customWords: words });
    const text = 'Dinas Kominfo TG menegur oknum.';
    const found = analyze(text, engineOptions(s)).findings.filter((f) => f.category === 'custom');
    expect(found.map((f) => [f.rule, text.slice(f.start, f.end), f.suggestion])).toEqual([
      ['trenggalek/nama-dinas', 'Dinas Kominfo TG', 'Diskominfo Trenggalek'],
      ['custom-word/w1', 'oknum', null],
    ]);
  });
});

describe('checklist auto-ticks', () => {
  const settings = withSettings({
    profile: { agencyName: '', region: '', accounts: {}, hashtags: ['KabarTrenggalek'], signOff: '' },
  });

  it('ticks everything it can judge on a complete, clean event report', () => {
    const report = analyze(EVENT, engineOptions(settings));
    expect(autoTick(report, settings, EVENT)).toEqual({
      'source-verified': undefined,
      'five-w-one-h': true,
      'no-personal-data': true,
      neutral: true,
      'photo-caption': undefined,
      hashtags: true,
    });
  });

  it('unticks personal data, neutrality, missing elements and missing hashtags, with reasons', () => {
    const text = `${NIK} ${PARTISAN}`;
    const report = analyze(text, engineOptions(settings));
    const judged = judgeChecklist(report, settings, text);
    expect(judged['no-personal-data']).toEqual({ ok: false, reason: { code: 'findings', count: 1 } });
    expect(judged.neutral).toEqual({ ok: false, reason: { code: 'findings', count: 1 } });
    expect(judged.hashtags).toEqual({ ok: false, reason: { code: 'hashtagsMissing', hashtags: ['KabarTrenggalek'] } });
    expect(judged['source-verified']).toBeUndefined();

    const short = 'Diskominfo mengadakan rapat.';
    const r2 = analyze(short, engineOptions(settings));
    expect(r2.postType).toBe('event');
    expect(judgeChecklist(r2, settings, short)['five-w-one-h']).toEqual({
      ok: false,
      reason: { code: 'elementsMissing', elements: ['when', 'where', 'why'] },
    });
  });

  it('a greeting needs no 5W1H', () => {
    const text = 'Selamat Hari Raya Idulfitri 1446 H. Mohon maaf lahir dan batin. #KabarTrenggalek';
    const report = analyze(text, engineOptions(settings));
    expect(judgeChecklist(report, settings, text)['five-w-one-h']).toEqual({ ok: true, reason: { code: 'elementsNotRequired' } });
  });

  it('leaves the hashtag item to the admin when the agency has none, and does nothing without a report', () => {
    const none = defaultSettings();
    const report = analyze(EVENT, engineOptions(none));
    expect(autoTick(report, none, EVENT).hashtags).toBeUndefined();
    expect(Object.values(autoTick(null, none, ''))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('compares hashtags without case and ignores # in the profile', () => {
    expect(missingHashtags('Info #kabartrenggalek hari ini #Jatim', ['KabarTrenggalek', '#JATIM', 'Meroket'])).toEqual(['Meroket']);
  });

  it('judges the other automatic checks from the categories and severities', () => {
    const base = analyze(EVENT);
    const report: Report = {
      ...base,
      findings: [
        { rule: 'gambling/slot', category: 'gambling', severity: 'error', start: 0, end: 4, text: 'slot', message: '', suggestion: null, ref: 'uu-ite-pasal-27' },
        { rule: 'spelling/x', category: 'spelling', severity: 'info', start: 5, end: 8, text: 'abc', message: '', suggestion: null, ref: 'eyd-v' },
      ],
    };
    const s = withSettings({
      checklist: [
        { id: 'a', label: 'A', auto: 'safe-language', enabled: true },
        { id: 'b', label: 'B', auto: 'no-errors', enabled: true },
        { id: 'c', label: 'C', auto: 'spelling', enabled: true },
        { id: 'd', label: 'D', auto: 'platform-limit', enabled: true },
        { id: 'e', label: 'E', auto: 'neutral', enabled: false },
      ],
    });
    expect(autoTick(report, s, EVENT)).toEqual({ a: false, b: false, c: false, d: true });
  });

  it('combines automatic judgements with the hand ticks', () => {
    const report = analyze(EVENT, engineOptions(settings));
    const rows = checklistState(report, settings, EVENT, { 'source-verified': true, neutral: false, 'five-w-one-h': false });
    expect(rows.map((r) => [r.item.id, r.checked, r.judgement ? 'auto' : 'hand'])).toEqual([
      ['source-verified', true, 'hand'],
      ['five-w-one-h', true, 'auto'],
      ['no-personal-data', true, 'auto'],
      ['neutral', true, 'auto'],
      ['photo-caption', false, 'hand'],
      ['hashtags', true, 'auto'],
    ]);
  });
});
