import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { parseRulePack, RulePackError } from '../../lib/rules';

const pack = parseRulePack({
  name: 'Diskominfo Kotim',
  rules: [
    {
      id: 'kotim/nama-dinas',
      category: 'custom',
      severity: 'warning',
      ref: 'custom-rules',
      message: 'Tulis nama resmi dinas.',
      replacements: { 'dinas kominfo kotim': 'Diskominfo Kotim' },
    },
    {
      id: 'kotim/kata-terlarang',
      category: 'custom',
      severity: 'error',
      ref: 'custom-rules',
      message: { id: 'Jangan memakai istilah ini.', en: 'Do not use this term.' },
      terms: ['oknum pejabat'],
      unless: ['klarifikasi'],
    },
    {
      id: 'kotim/nomor-surat',
      category: 'custom',
      severity: 'info',
      ref: 'custom-rules',
      message: 'Periksa nomor surat.',
      patterns: ['nomor:\\s*\\d+/\\d+'],
    },
  ],
});

describe('agency rule packs', () => {
  it('applies terms, replacements and patterns with spans and case kept', () => {
    const text = 'Dinas Kominfo Kotim menegur oknum pejabat. Surat Nomor: 800/12 terbit.';
    const found = analyze(text, { rulePack: pack }).findings.filter((f) => f.category === 'custom');
    expect(found.map((f) => [f.rule, f.text, f.suggestion])).toEqual([
      ['kotim/nama-dinas', 'Dinas Kominfo Kotim', 'Diskominfo Kotim'],
      ['kotim/kata-terlarang', 'oknum pejabat', null],
      ['kotim/nomor-surat', 'Nomor: 800/12', null],
    ]);
  });

  it('honours unless in the same sentence only', () => {
    const found = (t: string) => analyze(t, { rulePack: pack }).findings.filter((f) => f.rule === 'kotim/kata-terlarang');
    expect(found('Klarifikasi soal oknum pejabat.')).toHaveLength(0);
    expect(found('Ini klarifikasi. Ada oknum pejabat.')).toHaveLength(1);
  });

  it('picks the message language', () => {
    const [f] = analyze('oknum pejabat', { rulePack: pack, locale: 'en' }).findings.filter((x) => x.category === 'custom');
    expect(f!.message).toBe('Do not use this term.');
  });

  it('rejects a bad pack naming every bad entry, and the built-in rules keep working', () => {
    const bad = {
      rules: [
        { id: 'ok', category: 'custom', severity: 'info', ref: 'custom-rules', message: 'x', terms: ['a'] },
        { id: 'no-terms', category: 'custom', severity: 'info', ref: 'custom-rules', message: 'x' },
        { id: 'bad-cat', category: 'gosip', severity: 'loud', ref: 'custom-rules', message: 'x', terms: ['b'] },
        { id: 'bad-re', category: 'custom', severity: 'info', ref: 'custom-rules', message: 'x', patterns: ['(unclosed'] },
        { id: 'bad-ref', category: 'custom', severity: 'info', ref: 'eyd-kata-baku', message: 'x', terms: ['c'] },
      ],
    };
    let error: RulePackError | undefined;
    try {
      parseRulePack(bad, 'paket.json');
    } catch (e) {
      error = e as RulePackError;
    }
    expect(error).toBeInstanceOf(RulePackError);
    const problems = error!.problems.join('\n');
    expect(problems).toContain('paket.json rules[1] ("no-terms")');
    expect(problems).toContain('rules[2] ("bad-cat"): "category"');
    expect(problems).toContain('rules[2] ("bad-cat"): "severity"');
    expect(problems).toContain('rules[3] ("bad-re"): pattern "(unclosed"');
    expect(problems).toContain('rules[4] ("bad-ref"): "ref"');
    expect(() => parseRulePack({ nope: 1 })).toThrow(RulePackError);
    expect(() => parseRulePack({ rules: [bad.rules[0], bad.rules[0]] })).toThrow(/duplicate id "ok"/);
    expect(analyze('x'.repeat(300), { platform: 'x' }).findings.some((f) => f.rule === 'platform-limit/length')).toBe(true);
  });

  it('lets an agency switch a category off or override a severity', () => {
    const text = 'oknum pejabat';
    expect(analyze(text, { rulePack: pack, categories: { custom: false } }).findings).toHaveLength(0);
    const [f] = analyze(text, { rulePack: pack, severity: { 'kotim/kata-terlarang': 'info' } }).findings;
    expect(f!.severity).toBe('info');
  });
});
