import { describe, expect, it } from 'vitest';
import { createTextView } from '../../lib/analysis/text';

describe('createTextView', () => {
  it('folds case, NFKC and invisible characters and maps spans back', () => {
    const text = 'Ayo 𝗦𝗟𝗢𝗧 ga\u200Bcor di https://x.co/a. #SlotGacor @kominfo 08123456789';
    const view = createTextView(text);
    expect(view.folded.startsWith('ayo slot gacor di')).toBe(true);
    const kinds = view.tokens.map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toContain('word:𝗦𝗟𝗢𝗧');
    expect(kinds).toContain('word:ga\u200Bcor');
    expect(kinds).toContain('url:https://x.co/a');
    expect(kinds).toContain('hashtag:#SlotGacor');
    expect(kinds).toContain('mention:@kominfo');
    expect(kinds).toContain('number:08123456789');
    for (const t of view.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits sentences without breaking times, amounts or abbreviations', () => {
    const text = 'Acara dimulai pukul 09.00 WIB. Biaya Rp10.000 per orang! Plt. Kepala Dinas hadir.\nTerima kasih';
    const view = createTextView(text);
    expect(view.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Acara dimulai pukul 09.00 WIB.',
      'Biaya Rp10.000 per orang!',
      'Plt. Kepala Dinas hadir.',
      'Terima kasih',
    ]);
  });
});
