import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Language } from '../../lib/analysis/types';
import { loadSpellingDictionaryFromDisk } from '../../lib/node/spelling-dictionary';
import { GUIDE_REFS } from '../../lib/rules/refs';
import { rules } from '../../lib/rules/style';
import { groupThousands } from '../../lib/rules/style/currency';
import { camelCaseHashtag } from '../../lib/rules/style/hashtag-case';
import { to24Hour } from '../../lib/rules/style/time-format';
import { runRules } from './rule-helpers';

const only = (text: string, rule: string, language: Language = 'id') =>
  runRules(rules, text, { language }).filter((f) => f.rule === rule);
const spans = (fs: Finding[]) => fs.map((f) => [f.text, f.suggestion]);

beforeAll(async () => {
  await loadSpellingDictionaryFromDisk();
});

describe('style/time-format', () => {
  it.each([
    ['jam 8 pagi', 'pukul 08.00'],
    ['jam 9', 'pukul 09.00'],
    ['jam 14.00', 'pukul 14.00'],
    ['jam 7 malam', 'pukul 19.00'],
    ['jam 3 sore', 'pukul 15.00'],
    ['jam 1 siang', 'pukul 13.00'],
    ['jam 8.30 pagi', 'pukul 08.30'],
    ['jam 12 malam', 'pukul 00.00'],
    ['jam 4 dini hari', 'pukul 04.00'],
    ['pukul 7 malam', 'pukul 19.00'],
  ])('"%s" → "%s"', (written, fixed) => {
    const text = `Acara dimulai ${written} WIB di aula.`;
    const f = only(text, 'style/time-format');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(written);
    expect(f[0]!.suggestion).toBe(fixed);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.ref).toBe('eyd-v-waktu');
  });

  it('keeps the capital at a sentence start', () => {
    expect(spans(only('Jam 8 pagi acara dimulai.', 'style/time-format'))).toEqual([['Jam 8 pagi', 'Pukul 08.00']]);
  });

  it('leaves durations and times already written right alone', () => {
    const text = 'Layanan buka 24 jam. Rapat selama 2 jam dimulai pukul 08.00 WIB, lalu pukul 13.30. Jam kerja berubah.';
    expect(only(text, 'style/time-format')).toEqual([]);
  });

  it('converts a part of the day to the 24-hour clock', () => {
    expect(to24Hour(7, 'malam')).toBe(19);
    expect(to24Hour(10, 'pagi')).toBe(10);
    expect(to24Hour(11, 'siang')).toBe(11);
    expect(to24Hour(16, 'sore')).toBe(16);
    expect(to24Hour(2, null)).toBe(2);
  });
});

describe('style/currency', () => {
  it.each([
    ['Rp 10.000', 'Rp10.000'],
    ['Rp. 10.000', 'Rp10.000'],
    ['Rp.10.000', 'Rp10.000'],
    ['rp 2.500', 'Rp2.500'],
    ['Rp10000', 'Rp10.000'],
    ['Rp 1500000', 'Rp1.500.000'],
    ['Rp 50.000,-', 'Rp50.000,00'],
  ])('"%s" → "%s"', (written, fixed) => {
    const text = `Biaya pendaftaran ${written} per orang.`;
    const f = only(text, 'style/currency');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(written);
    expect(f[0]!.suggestion).toBe(fixed);
    expect(f[0]!.ref).toBe('eyd-v-angka');
  });

  it('leaves amounts written right alone', () => {
    expect(only('Biaya Rp10.000 atau Rp2.500.000,00 per orang.', 'style/currency')).toEqual([]);
  });

  it('groups thousands with dots', () => {
    expect(groupThousands('1000')).toBe('1.000');
    expect(groupThousands('25000000')).toBe('25.000.000');
    expect(groupThousands('10.000')).toBe('10.000');
  });
});

describe('style/sentence-starts-with-number', () => {
  it('suggests "Sebanyak" for a sentence opening with a count', () => {
    const text = 'Pelatihan digelar kemarin. 50 admin mengikuti pelatihan itu.';
    const f = only(text, 'style/sentence-starts-with-number');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('50');
    expect(f[0]!.suggestion).toBe('Sebanyak 50');
    expect(f[0]!.severity).toBe('info');
  });

  it('offers the number in words for a small number, and no fix for a year', () => {
    expect(only('3 peserta hadir.', 'style/sentence-starts-with-number')[0]!.suggestions).toEqual(['Tiga', 'Sebanyak 3']);
    const year = only('2024 menjadi tahun yang baik.', 'style/sentence-starts-with-number');
    expect(year).toHaveLength(1);
    expect(year[0]!.suggestion).toBeNull();
  });

  it('leaves list items, times, dates, phone numbers and abbreviations alone', () => {
    const text = [
      'Syarat:',
      '1. Bawa KTP-el.',
      '2) Isi formulir.',
      '08.00 Registrasi peserta',
      '17 Agustus 2024 menjadi hari bersejarah.',
      '081234567890 nomor pengaduan.',
      'Biaya Rp. 25.000 per orang.',
      'Sebanyak 50 admin hadir.',
    ].join('\n');
    expect(only(text, 'style/sentence-starts-with-number')).toEqual([]);
  });
});

describe('style/long-sentence', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'warga' : 'desa')).join(' ');

  it('flags a sentence of more than 40 words, spanning the sentence', () => {
    const text = `Pendek saja. ${words(41)}. Pendek lagi.`;
    const f = only(text, 'style/long-sentence');
    expect(f).toHaveLength(1);
    expect(f[0]!.text).toBe(`${words(41)}.`);
    expect(f[0]!.suggestion).toBeNull();
    expect(f[0]!.ref).toBe('eyd-v-kalimat');
  });

  it('leaves 40 words alone', () => {
    expect(only(`${words(40)}.`, 'style/long-sentence')).toEqual([]);
  });
});

describe('style/hashtag-case', () => {
  it('suggests CamelCase for a lower-case hashtag of several words', () => {
    const text = 'Selamat ulang tahun! #dirgahayuri79';
    const f = only(text, 'style/hashtag-case');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('#dirgahayuri79');
    expect(f[0]!.suggestion).toBe('#DirgahayuRI79');
    expect(f[0]!.ref).toBe('accessibility');
  });

  it.each([
    ['#pemiludamai', '#PemiluDamai'],
    ['#bersamamembangunnegeri', '#BersamaMembangunNegeri'],
    ['#ayovaksin', '#AyoVaksin'],
  ])('%s → %s', (tag, fixed) => {
    expect(camelCaseHashtag(tag).suggestion).toBe(fixed);
    expect(spans(only(`Mari ikut ${tag}`, 'style/hashtag-case'))).toEqual([[tag, fixed]]);
  });

  it('advises a long hashtag it cannot split, without a fix', () => {
    const f = only('Info #xqzvwlkjhgtrpmnbsd', 'style/hashtag-case');
    expect(f).toHaveLength(1);
    expect(f[0]!.suggestion).toBeNull();
  });

  it('leaves capitalised, short and single-word hashtags alone', () => {
    expect(only('#DirgahayuRI79 #Kotim #kotim #pendidikan #HUT79', 'style/hashtag-case')).toEqual([]);
  });
});

describe('style/repeated-word', () => {
  it('flags a repeated function word with the single word as the fix', () => {
    expect(spans(only('Program yang yang baik di di desa.', 'style/repeated-word'))).toEqual([
      ['yang yang', 'yang'],
      ['di di', 'di'],
    ]);
  });

  it('offers the hyphenated reduplication for a repeated content word', () => {
    const f = only('Hati hati di jalan.', 'style/repeated-word');
    expect(f.map((x) => x.suggestions)).toEqual([['Hati-hati', 'Hati']]);
    expect(f[0]!.text).toBe('Hati hati');
  });

  it('leaves hyphenated reduplication, punctuation and line breaks alone', () => {
    expect(only('Anak-anak bermain. Merdeka! Merdeka! Sampit, sampit.\nSAMARINDA\nSamarinda kota.', 'style/repeated-word')).toEqual([]);
  });
});

describe('style/emoji', () => {
  it('flags more than three in a row and suggests keeping three', () => {
    const text = 'Selamat! 🎉🎉🎉🎉🎉 Sukses selalu.';
    const f = only(text, 'style/emoji');
    expect(f).toHaveLength(1);
    expect(f[0]!.text).toBe('🎉🎉🎉🎉🎉');
    expect(f[0]!.suggestion).toBe('🎉🎉🎉');
    expect(f[0]!.ref).toBe('accessibility');
  });

  it('counts a joined emoji once and keeps its selectors', () => {
    expect(only('Keluarga 👨‍👩‍👧 ❤️❤️ hadir.', 'style/emoji')).toEqual([]);
    const f = only('Merdeka ❤️❤️❤️❤️', 'style/emoji');
    expect(f.map((x) => x.suggestion)).toEqual(['❤️❤️❤️']);
  });

  it('counts flags', () => {
    expect(only('Dirgahayu 🇮🇩🇮🇩🇮🇩🇮🇩', 'style/emoji')).toHaveLength(1);
  });

  it('flags more than ten spread over a short post', () => {
    const text = Array.from({ length: 11 }, (_, i) => `Poin ${i + 1} 👍`).join(' ');
    const f = only(text, 'style/emoji');
    expect(f).toHaveLength(1);
    expect(f[0]!.suggestion).toBeNull();
  });

  it('leaves a few emoji alone', () => {
    expect(only('Selamat 🎉 Sukses 👍 Hebat 🏆', 'style/emoji')).toEqual([]);
  });
});

describe('language and refs', () => {
  it('does not apply Indonesian writing rules to English text', () => {
    const text = '50 people came. The the meeting at jam 8 pagi.';
    expect(runRules(rules, text, { language: 'en' }).filter((f) => f.rule !== 'style/long-sentence')).toEqual([]);
  });

  it('uses guideline refs that exist', () => {
    const text = '50 admin hadir jam 8 pagi, biaya Rp 10.000 yang yang #dirgahayuri79 🎉🎉🎉🎉';
    const f = runRules(rules, text);
    expect(new Set(f.map((x) => x.rule)).size).toBeGreaterThanOrEqual(6);
    for (const x of f) expect(GUIDE_REFS as readonly string[]).toContain(x.ref);
  });
});

describe('style/placeholder', () => {
  it('highlights every template field left unfilled, and nothing else in brackets', async () => {
    const { findTemplate, renderTemplate } = await import('../../lib/templates');
    const text = renderTemplate(findTemplate('liputan-kegiatan')!, { platform: 'facebook', profile: {} }).text;
    const found = runRules(rules, text).filter((f) => f.rule === 'style/placeholder');
    expect(found.map((f) => f.text)).toEqual(text.match(/\[[^\]]+\]/g));
    expect(found[0]!.severity).toBe('warning');
    const plain = '[HOAKS] Pesan berantai. [Foto: Humas Kotim] [Video] Lihat [1] dan [RT 03].';
    expect(runRules(rules, plain).filter((f) => f.rule === 'style/placeholder')).toEqual([]);
  });
});
