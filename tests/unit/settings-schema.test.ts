import { describe, expect, it } from 'vitest';
import { isLocked, mergeManaged, normalizeManaged } from '../../lib/settings/managed';
import { exportRulePack, importRulePack } from '../../lib/settings/rule-pack';
import {
  customWordProblems,
  defaultSettings,
  normalizeSettings,
  parseHashtags,
  RETENTION_DEFAULT,
  type Settings,
} from '../../lib/settings/schema';

const GOOD_PACK = {
  name: 'Diskominfo Trenggalek',
  version: 2,
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
};

describe('settings schema', () => {
  it('gives the defaults for empty storage, with the guideline checklist', () => {
    const { settings, problems } = normalizeSettings(undefined);
    expect(problems).toEqual([]);
    expect(settings).toEqual(defaultSettings());
    expect(settings.retentionDays).toBe(RETENTION_DEFAULT);
    expect(settings.locale).toBe('id');
    expect(settings.checklist.map((i) => [i.id, i.auto ?? null, i.enabled])).toEqual([
      ['source-verified', null, true],
      ['five-w-one-h', 'five-w-one-h', true],
      ['no-personal-data', 'no-personal-data', true],
      ['neutral', 'neutral', true],
      ['approval', null, false],
      ['photo-caption', null, true],
      ['hashtags', 'hashtags', true],
    ]);
  });

  it('keeps good values and drops each bad one on its own, naming it', () => {
    const { settings, problems } = normalizeSettings({
      profile: {
        agencyName: 'Diskominfo Trenggalek',
        region: 42,
        hashtags: ['#KabarTrenggalek', 'Trenggalek Meroket', 'kabartrenggalek'],
        accounts: { instagram: ' @diskominfo.tg ', myspace: '@x' },
      },
      categories: { spelling: false, 'not-a-category': false, style: 'no' },
      severity: { gambling: 'warning', 'spelling/kata-baku': 'info', style: 'loud' },
      customWords: [
        { word: 'oknum', category: 'custom', severity: 'error', message: '', suggestion: 'petugas' },
        { word: '!!!' },
        { id: 'x', word: 'pencitraan', category: 'nope', severity: 'nope' },
      ],
      rulePack: { rules: [{ id: 'bad' }] },
      checklist: [{ id: 'source-verified', label: '' }, { id: 'mine', label: 'Cek lampiran', auto: 'magic' }, 'x'],
      retentionDays: 2,
      locale: 'fr',
    });
    expect(settings.profile).toEqual({
      agencyName: 'Diskominfo Trenggalek',
      region: '',
      accounts: { instagram: '@diskominfo.tg' },
      hashtags: ['KabarTrenggalek', 'Trenggalek', 'Meroket'],
      signOff: '',
    });
    expect(settings.categories).toEqual({ spelling: false });
    expect(settings.severity).toEqual({ gambling: 'warning', 'spelling/kata-baku': 'info' });
    expect(settings.customWords.map((w) => [w.word, w.category, w.severity, w.suggestion])).toEqual([
      ['oknum', 'custom', 'error', 'petugas'],
      ['pencitraan', 'custom', 'warning', ''],
    ]);
    expect(settings.rulePack).toBeNull();
    expect(settings.checklist).toEqual([
      { id: 'source-verified', label: '', enabled: true },
      { id: 'mine', label: 'Cek lampiran', enabled: true },
    ]);
    expect(settings.retentionDays).toBe(7);
    expect(settings.locale).toBe('id');
    expect(problems).toEqual(
      expect.arrayContaining([
        'profile.region: must be text',
        'profile.accounts.myspace: unknown platform (instagram, facebook, x, tiktok, youtube, threads, linkedin)',
        'categories.not-a-category: unknown category',
        'categories.style: must be true or false',
        'severity.style: must be one of error, warning, info',
        'customWords[1]: needs a "word" with letters or digits',
        'customWords[2]: unknown category, using "custom"',
        'rulePack rules[0] ("bad"): "category" must be one of personal-data, child-protection, hate-speech, profanity, pornography, gambling, political-neutrality, violence-threat, hoax-marker, spelling, style, platform-limit, custom',
        'checklist[1] ("mine"): "auto" must be one of five-w-one-h, no-personal-data, neutral, hashtags, safe-language, no-errors, spelling, platform-limit',
        'checklist[2]: needs a unique "id"',
        'retentionDays: must be between 7 and 3650',
        'locale: must be one of auto, id, en',
      ]),
    );
  });

  it('parses hashtags as typed', () => {
    expect(parseHashtags('#KabarTrenggalek, #TrenggalekMeroket;  #kabartrenggalek ##Jatim #')).toEqual([
      'KabarTrenggalek',
      'TrenggalekMeroket',
      'Jatim',
    ]);
  });

  it('checks a custom word before it is added', () => {
    const list = normalizeSettings({ customWords: [{ id: 'a', word: 'Oknum' }] }).settings.customWords;
    expect(customWordProblems({ word: '  ' }, list)).toEqual(['customWords.error.empty']);
    expect(customWordProblems({ word: '?!' }, list)).toEqual(['customWords.error.noLetters']);
    expect(customWordProblems({ word: 'oknum' }, list)).toEqual(['customWords.error.duplicate']);
    expect(customWordProblems({ word: 'oknum' }, list, 'a')).toEqual([]);
    expect(customWordProblems({ word: 'pencitraan' }, list)).toEqual([]);
  });
});

describe('rule pack import', () => {
  it('accepts a valid pack and exports it back in the same format', () => {
    const result = importRulePack(`\uFEFF${JSON.stringify(GOOD_PACK)}`, 'tg.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.rules.map((r) => r.id)).toEqual(['trenggalek/nama-dinas']);
    expect(JSON.parse(exportRulePack(result.pack))).toEqual(GOOD_PACK);
  });

  it('says when the file is not JSON', () => {
    const result = importRulePack('{"rules": [', 'rusak.json');
    expect(result).toMatchObject({ ok: false, kind: 'json' });
  });

  it('names every bad entry', () => {
    const bad = {
      rules: [
        GOOD_PACK.rules[0],
        { id: 'tg/tanpa-kata', category: 'custom', severity: 'warning', ref: 'custom-rules', message: 'x' },
        { id: 'tg/regex', category: 'custom', severity: 'loud', ref: 'nowhere', message: 'x', patterns: ['(unclosed'] },
      ],
    };
    const result = importRulePack(JSON.stringify(bad), 'paket.json');
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.problems).toEqual([
      'paket.json rules[1] ("tg/tanpa-kata"): needs at least one of "terms", "patterns" or "replacements"',
      'paket.json rules[2] ("tg/regex"): "severity" must be one of error, warning, info',
      'paket.json rules[2] ("tg/regex"): "ref" must be a guideline section id (for example "custom-rules")',
      expect.stringMatching(/^paket\.json rules\[2\] \("tg\/regex"\): pattern "\(unclosed" is not a valid regular expression/),
    ]);
  });
});

describe('managed (policy) settings', () => {
  const user = (): Settings => ({
    ...defaultSettings(),
    profile: { agencyName: 'Nama saya', region: 'Wilayah saya', accounts: { x: '@saya' }, hashtags: ['Saya'], signOff: 'Salam saya' },
    categories: { style: false },
    customWords: [
      { id: 'u1', word: 'oknum', category: 'custom', severity: 'warning', message: '', suggestion: '' },
      { id: 'u2', word: 'mantap', category: 'style', severity: 'info', message: '', suggestion: '' },
    ],
  });

  it('puts policy values on top, locks exactly them and keeps the admin’s own underneath', () => {
    const { managed, problems } = normalizeManaged({
      profile: { agencyName: 'Diskominfo Trenggalek', hashtags: ['#KabarTrenggalek'], accounts: { instagram: '@kominfo.tg' } },
      categories: { gambling: true },
      severity: { spelling: 'info' },
      customWords: [{ id: 'p1', word: 'Oknum', severity: 'error' }],
      rulePack: GOOD_PACK,
      retentionDays: 365,
    });
    expect(problems).toEqual([]);
    const { settings, locked } = mergeManaged(user(), managed);
    expect(settings.profile).toEqual({
      agencyName: 'Diskominfo Trenggalek',
      region: 'Wilayah saya',
      accounts: { x: '@saya', instagram: '@kominfo.tg' },
      hashtags: ['KabarTrenggalek'],
      signOff: 'Salam saya',
    });
    expect(settings.categories).toEqual({ style: false, gambling: true });
    expect(settings.severity).toEqual({ spelling: 'info' });
    // The agency's word replaces the admin's word of the same spelling; the admin's other words stay.
    expect(settings.customWords.map((w) => [w.id, w.word, w.severity])).toEqual([
      ['managed-p1', 'Oknum', 'error'],
      ['u2', 'mantap', 'info'],
    ]);
    expect(settings.rulePack?.name).toBe('Diskominfo Trenggalek');
    expect(settings.retentionDays).toBe(365);
    expect([...locked].sort()).toEqual(
      [
        'categories.gambling',
        'customWords.managed-p1',
        'profile.accounts.instagram',
        'profile.agencyName',
        'profile.hashtags',
        'retentionDays',
        'rulePack',
        'severity.spelling',
      ].sort(),
    );
    expect(isLocked(locked, 'profile.agencyName')).toBe(true);
    expect(isLocked(locked, 'profile.region')).toBe(false);
    expect(isLocked(locked, 'profile.accounts.x')).toBe(false);
    expect(isLocked(locked, 'checklist')).toBe(false);
    expect(isLocked(new Set(['checklist']), 'checklist.source-verified')).toBe(true);
  });

  it('ignores a bad policy value (reported), never half-applies it', () => {
    const { managed, problems } = normalizeManaged({
      rulePack: { rules: [{ id: 'x', category: 'custom' }] },
      retentionDays: 'forever',
      locale: 'en',
    });
    expect(managed.rulePack).toBeUndefined();
    expect(managed.retentionDays).toBeUndefined();
    expect(managed.locale).toBe('en');
    expect(problems[0]).toMatch(/^policy rulePack rules\[0\] \("x"\): "severity" must be one of/);
    expect(problems).toContain('policy retentionDays: must be a number of days (7–3650)');
    const { settings, locked } = mergeManaged(user(), managed);
    expect(settings.rulePack).toBeNull();
    expect([...locked]).toEqual(['locale']);
  });

  it('no policy: nothing locked, the admin’s settings as they are', () => {
    const u = user();
    const { settings, locked } = mergeManaged(u, normalizeManaged(undefined).managed);
    expect(settings).toEqual(u);
    expect(locked.size).toBe(0);
  });
});
