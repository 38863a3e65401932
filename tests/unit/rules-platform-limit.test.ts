import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/rules/platform-limit';
import { runRules } from './rule-helpers';

const limit = (text: string, platform: NonNullable<Parameters<typeof runRules>[2]>['platform']) =>
  runRules(rules, text, { platform });

describe('platform-limit', () => {
  it('says nothing without a platform', () => {
    expect(limit('x'.repeat(70000), undefined)).toEqual([]);
  });

  it('counts X the way X does: a URL is 23, an emoji 2', () => {
    const url = 'https://diskominfo.kotimkab.go.id/berita/' + 'a'.repeat(200);
    const fits = `${'a'.repeat(254)} ${url}`; // 254 + 1 + 23 = 278
    expect(limit(fits, 'x')).toEqual([]);
    const emoji = `${'a'.repeat(279)}🎉`; // 279 + 2 = 281
    const [f] = limit(emoji, 'x');
    expect(f).toMatchObject({ rule: 'platform-limit/length', severity: 'error', category: 'platform-limit' });
    expect(emoji.slice(f!.start, f!.end)).toBe('🎉');
    expect(f!.message).toContain('281 dari 280');
  });

  it('cuts other platforms by code points, marking what will not fit', () => {
    const text = 'b'.repeat(498) + '🙂🙂🙂';
    const [f] = limit(text, 'threads');
    expect(text.slice(f!.start, f!.end)).toBe('🙂');
    expect(limit('b'.repeat(500), 'threads')).toEqual([]);
  });

  it('limits Instagram hashtags to 30 and marks the extra ones', () => {
    const tags = Array.from({ length: 32 }, (_, i) => `#Tag${i}`).join(' ');
    const fs = limit(`Kegiatan hari ini. ${tags}`, 'instagram').filter((f) => f.rule === 'platform-limit/hashtags');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.text).toBe('#Tag30 #Tag31');
    expect(fs[0]!.severity).toBe('warning');
  });

  it('tells where Instagram folds the caption, as info', () => {
    const text =
      'Diskominfo Kotim menggelar bimtek pengelolaan media sosial bagi admin OPD di Aula Diskominfo pada Selasa pagi untuk memperkuat komunikasi publik.';
    const fold = limit(text, 'instagram').find((f) => f.rule === 'platform-limit/fold');
    expect(fold?.severity).toBe('info');
    expect(fold!.start).toBeLessThanOrEqual(125);
    expect(fold!.end).toBeGreaterThan(125);
    expect(limit(text.slice(0, 100), 'instagram').find((f) => f.rule === 'platform-limit/fold')).toBeUndefined();
  });

  it('checks YouTube titles at 100 characters', () => {
    expect(limit('J'.repeat(101), 'youtube-title')).toHaveLength(1);
    expect(limit('J'.repeat(100), 'youtube-title')).toHaveLength(0);
  });
});
