import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, ELEMENT_KEYS, SEVERITIES } from '../../lib/analysis/types';
import { autoCheckLabel, categoryLabel, checklistLabel, elementLabel, reasonText, severityLabel } from '../../lib/i18n/labels';
import { createTranslator, format, messageKeys } from '../../lib/i18n/t';
import { ACCOUNT_PLATFORMS, AUTO_CHECKS, DEFAULT_CHECKLIST } from '../../lib/settings/schema';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('interface language files', () => {
  const id = createTranslator('id');
  const en = createTranslator('en');

  it('has the same keys in Indonesian and English, with the same placeholders', () => {
    expect(messageKeys('en').sort()).toEqual(messageKeys('id').sort());
    for (const key of messageKeys('id')) {
      expect([key, placeholders(en(key as never))]).toEqual([key, placeholders(id(key as never))]);
    }
  });

  it('uses only names the browser accepts in _locales (letters, digits, _ once . becomes _)', () => {
    for (const key of messageKeys('id')) expect(key).toMatch(/^[A-Za-z0-9_.]+$/);
  });

  it('localises the manifest within the store limits', () => {
    for (const t of [id, en]) {
      expect(t('extName')).toBe('Cermat');
      expect(t('extDescription').length).toBeLessThanOrEqual(132);
    }
    const raw = JSON.parse(readFileSync(new URL('../../locales/id.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    // @wxt-dev/i18n reads a top-level object with only message/description as the browser's verbose format.
    for (const [k, v] of Object.entries(raw)) {
      if (typeof v === 'object' && v) expect([k, Object.keys(v).every((x) => ['message', 'description', 'placeholder'].includes(x))]).toEqual([k, false]);
    }
  });

  it('labels every category, severity, element, platform, automatic check and built-in item in both languages', () => {
    for (const t of [id, en]) {
      const labels = [
        ...CATEGORIES.map((c) => categoryLabel(t, c)),
        ...SEVERITIES.map((s) => severityLabel(t, s)),
        ...ELEMENT_KEYS.map((e) => elementLabel(t, e)),
        ...AUTO_CHECKS.map((a) => autoCheckLabel(t, a)),
        ...DEFAULT_CHECKLIST.map((i) => checklistLabel(t, i)),
        ...ACCOUNT_PLATFORMS.map((p) => t(`platform.${p}` as never)),
      ];
      for (const l of labels) expect(l).not.toMatch(/^(category|severity|element|checklist|platform)\./);
    }
    expect(categoryLabel(id, 'political-neutrality')).toBe('Netralitas ASN');
    expect(categoryLabel(en, 'political-neutrality')).toBe('Civil-servant neutrality');
    expect(checklistLabel(id, DEFAULT_CHECKLIST[0]!)).toBe('Sumber informasi sudah diverifikasi');
    expect(checklistLabel(en, { id: 'source-verified', label: 'Sumber dicek dua kali', enabled: true })).toBe('Sumber dicek dua kali');
  });

  it('substitutes names and picks plural forms', () => {
    expect(id('popup.scoreOf', { score: 82 })).toBe('Skor 82 dari 100');
    expect(en('checklist.reason.findings', { n: 1 })).toBe('1 finding');
    expect(en('checklist.reason.findings', { n: 3 })).toBe('3 findings');
    expect(id('checklist.reason.findings', { n: 3 })).toBe('3 temuan.');
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(reasonText(en, { code: 'elementsMissing', elements: ['when', 'where'] })).toBe('Missing: When, Where.');
    expect(reasonText(id, { code: 'hashtagsMissing', hashtags: ['KabarTrenggalek'] })).toBe('Belum ada: #KabarTrenggalek.');
  });

  it('shows the popup and options texts the issue asks for', () => {
    expect(id('popup.noDraft')).toBe('Tidak ada draf aktif di tab ini');
    expect(id('popup.siteEnable')).toBe('Aktifkan Cermat di situs ini');
    expect(id('common.locked')).toBe('Diatur oleh instansi');
    expect(id('save.saved')).toBe('Tersimpan');
    expect(en('save.saved')).toBe('Saved');
  });
});
