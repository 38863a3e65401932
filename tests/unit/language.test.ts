import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../../lib/analysis/text';
import { LANGUAGES, type Language } from '../../lib/analysis/types';
import {
  detectLanguage,
  FRANC_ONLY,
  francScores,
  LANGUAGE_ORDER,
  wordEvidence,
} from '../../lib/analysis/language';
import wordData from '../../lib/analysis/data/language-words.json';
import { INDONESIAN_TEXTS } from '../bench/texts';

const detect = (text: string): Language => detectLanguage(createTextView(text));

interface Sample {
  lang: Language;
  text: string;
}

function readCorpus(name: string): Sample[] {
  const path = fileURLToPath(new URL(`../fixtures/language/${name}`, import.meta.url));
  const lines = readFileSync(path, 'utf8').split('\n');
  expect(lines[0]).toBe('lang\ttext');
  return lines
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [lang, text, extra] = line.split('\t');
      expect(extra, line).toBeUndefined();
      expect(LANGUAGES as readonly string[], line).toContain(lang);
      return { lang: lang as Language, text: text! };
    });
}

const FRANC_TO_LANG: Record<string, Language> = { ind: 'id', eng: 'en', jav: 'jv', sun: 'su', zlm: 'ms' };
const francAlone = (text: string): Language => FRANC_TO_LANG[franc(text, { only: [...FRANC_ONLY] })] ?? 'und';

function accuracy(samples: Sample[], detector: (text: string) => Language, lang?: Language): number {
  const subset = lang ? samples.filter((s) => s.lang === lang) : samples;
  return subset.filter((s) => detector(s.text) === s.lang).length / subset.length;
}

describe('detectLanguage: examples', () => {
  it('calls the Bintan greeting Indonesian (franc alone calls it Javanese)', () => {
    const text = 'Selamat pagi warga Bintan! Jangan lupa ikut vaksinasi hari ini.';
    expect(francAlone(text)).toBe('jv');
    expect(detect(text)).toBe('id');
  });

  it('calls an Indonesian post with English loanwords Indonesian', () => {
    expect(detect('Yuk ikuti webinar Digital Talent, link di bio!')).toBe('id');
    expect(detect('Save the date! Talkshow literasi digital bareng influencer lokal, Kamis jam 19.00 di IG Live.')).toBe(
      'id',
    );
    expect(detect('Jangan lupa vaksin hari ini ya #StaySafe #StayHealthy #TheNewNormal @who')).toBe('id');
  });

  it.each<[Language, string]>([
    ['id', 'Pemkot membuka posko pengaduan banjir selama 24 jam di kantor kelurahan.'],
    ['id', 'Silakan cek status permohonan Anda melalui laman resmi kami.'],
    ['en', 'The registration for the city marathon closes this Friday, so sign up now!'],
    ['jv', 'Sugeng enjing para warga, sampun siyaga ngadhepi mangsa rendheng?'],
    ['jv', 'Ayo melu resik-resik kali bareng, aja mbuang sampah ing kali.'],
    ['su', 'Wilujeng enjing wargi sadayana, hayu urang ngiring kerja bakti di lembur.'],
    ['su', 'Punten, pelayanan KTP dinten ieu teu acan tiasa dilaksanakeun.'],
    ['ms', 'Sila semak status permohonan anda melalui portal rasmi kami.'],
    ['ms', 'Kerajaan akan menyalurkan bantuan tunai kepada isi rumah yang layak sahaja.'],
  ])('%s: %s', (lang, text) => {
    expect(detect(text)).toBe(lang);
  });

  it('needs Malaysian words to call Malay; shared words alone are Indonesian', () => {
    expect(detect('Terima kasih kepada semua yang telah hadir pada malam ini.')).toBe('id');
    expect(detect('Terima kasih kepada semua yang telah hadir, tahniah dan jumpa lagi tahun hadapan.')).toBe('ms');
  });
});

describe('detectLanguage: und', () => {
  it.each([
    '',
    '   ',
    '🎉🎉🎉 #HUTRI79 #Bintan',
    '@diskominfo_bintan 👍 https://bintankab.go.id',
    '17.08.2024 08:00 0812-3456-7890',
    'Mantap!',
    'Bintan',
    // Two words Indonesian and Malay share: not decisive.
    'Terima kasih 🙏',
    'Selamat pagi',
    // Three to five words without one listed word: franc alone is not trusted.
    'Digital Talent Scholarship',
    'Kirab Gapura Waduk',
    // Not Latin script.
    'السلام عليكم ورحمة الله وبركاته',
  ])('%j', (text) => {
    expect(detect(text)).toBe('und');
  });

  it('does not count hashtags, mentions, URLs, numbers or emoji as words', () => {
    const view = createTextView('#SelamatPagi #SugengEnjing @warga https://bintankab.go.id 08123 2024 🎉 Mantap');
    expect(wordEvidence(view).words).toBe(1);
    expect(detectLanguage(view)).toBe('und');
  });

  it('accepts fewer than three words when the word evidence is decisive', () => {
    expect(detect('Hatur nuhun!')).toBe('su');
    expect(detect('Matur nuwun 🙏')).toBe('jv');
    expect(detect('Thank you!')).toBe('en');
  });
});

describe('detectLanguage: word evidence and franc', () => {
  it('reads words without diacritics, reduplicated words and Sundanese/Javanese affixes', () => {
    const accented = wordEvidence(createTextView('ogé téh'));
    const plain = wordEvidence(createTextView('oge teh'));
    expect([...plain.scores]).toEqual([...accented.scores]);
    expect(plain.hits).toBe(2);
    const su = LANGUAGE_ORDER.indexOf('su');
    const jv = LANGUAGE_ORDER.indexOf('jv');
    expect(wordEvidence(createTextView('disebarkeun')).scores[su]).toBe(1);
    expect(wordEvidence(createTextView('dipunwontenaken')).scores[jv]).toBeGreaterThan(0);
    expect(wordEvidence(createTextView('dulur-dulur')).hits).toBe(1);
  });

  it('lets franc decide when no word is listed and the post is long enough', () => {
    const text = 'Kirab budaya nyekseni gapura waduk sanggar gamelan kethoprak wayang.';
    const view = createTextView(text);
    expect(wordEvidence(view).hits).toBe(0);
    const scores = francScores(view.tokens.map((t) => t.norm).join(' '));
    const best = LANGUAGE_ORDER[scores.indexOf(Math.max(...scores))];
    expect(detectLanguage(view)).toBe(best);
  });

  it('reads a bounded number of words: a long Indonesian opening decides', () => {
    const indonesian = INDONESIAN_TEXTS[2200].repeat(3);
    const english = ' The committee will publish the results next week and thank you all for your time.'.repeat(400);
    expect(detect(indonesian + english)).toBe('id');
  });

  it('keeps its word lists well formed', () => {
    expect(wordData.languages).toEqual([...LANGUAGE_ORDER]);
    for (const group of wordData.groups) {
      expect(group.note.length).toBeGreaterThan(0);
      expect(Object.keys(group.weights).every((k) => (LANGUAGE_ORDER as readonly string[]).includes(k))).toBe(true);
      for (const word of group.words) expect(word, group.note).toBe(word.normalize('NFKC').toLowerCase().trim());
    }
  });
});

describe('detectLanguage: short-post corpus', () => {
  const tuning = readCorpus('short-posts.tsv');
  const heldOut = readCorpus('held-out-posts.tsv');

  it('has the required number of posts per language, each of 3 to 25 words', () => {
    const count = (lang: Language) => tuning.filter((s) => s.lang === lang).length;
    expect(count('id')).toBeGreaterThanOrEqual(60);
    expect(count('en')).toBeGreaterThanOrEqual(40);
    expect(count('jv')).toBeGreaterThanOrEqual(30);
    expect(count('su')).toBeGreaterThanOrEqual(30);
    expect(count('ms')).toBeGreaterThanOrEqual(30);
    expect(count('und')).toBeGreaterThanOrEqual(5);
    for (const { lang, text } of [...tuning, ...heldOut]) {
      if (lang === 'und') continue;
      const words = wordEvidence(createTextView(text)).words;
      expect(words, text).toBeGreaterThanOrEqual(3);
      expect(words, text).toBeLessThanOrEqual(25);
    }
  });

  it('is at least 95% right on the tuning set, at least 85% per language, and beats franc alone', () => {
    const ours = accuracy(tuning, detect);
    expect(ours).toBeGreaterThanOrEqual(0.95);
    expect(ours).toBeGreaterThan(accuracy(tuning, francAlone) + 0.2);
    for (const lang of LANGUAGES) expect(accuracy(tuning, detect, lang), lang).toBeGreaterThanOrEqual(0.85);
  });

  it('is at least 90% right on the held-out set and beats franc alone there too', () => {
    const ours = accuracy(heldOut, detect);
    expect(ours).toBeGreaterThanOrEqual(0.9);
    expect(ours).toBeGreaterThan(accuracy(heldOut, francAlone) + 0.2);
  });
});
