import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Language } from '../../lib/analysis/types';
import { DICTIONARY_DIR, loadSpellingDictionaryFromDisk } from '../../lib/node/spelling-dictionary';
import { GUIDE_REFS } from '../../lib/rules/refs';
import { rules } from '../../lib/rules/spelling';
import {
  isSpellingDictionaryReady,
  loadSpellingDictionary,
  setSpellingDictionary,
} from '../../lib/rules/spelling/dictionary';
import { parseHunspell } from '../../lib/rules/spelling/hunspell';
import { nonStandardPairs } from '../../lib/rules/spelling/lexicon';
import { editDistance } from '../../lib/rules/spelling/suggest';
import { rules as styleRules } from '../../lib/rules/style';
import { runRules } from './rule-helpers';

const run = (text: string, language: Language = 'id') => runRules(rules, text, { language });
const only = (text: string, rule: string, language: Language = 'id') => run(text, language).filter((f) => f.rule === rule);
const spans = (fs: Finding[]) => fs.map((f) => [f.text, f.suggestion]);

const aff = readFileSync(join(DICTIONARY_DIR, 'id_ID.aff'), 'utf8');
const dic = readFileSync(join(DICTIONARY_DIR, 'id_ID.dic'), 'utf8');

beforeAll(async () => {
  await loadSpellingDictionaryFromDisk();
});

describe('Hunspell reader', () => {
  const h = parseHunspell({ aff, dic });

  it('accepts stems, prefixed, suffixed and circumfixed forms as Hunspell does', () => {
    for (const w of ['sehingga', 'dibuka', 'dilaksanakan', 'diabdikan', 'diabdikannya', 'memukul', 'kegiatannya', 'rumahnya', 'mengimbau', 'keluar', 'kedua'])
      expect(h.check(w), w).toBe(true);
  });

  it('rejects what Hunspell rejects: typos, half a circumfix, a stem that needs an affix, joined prepositions', () => {
    for (const w of ['sehinga', 'abdikan', 'mempukul', 'adudomba', 'dimana', 'dirumah', 'diatas', 'kedepan', 'merubah'])
      expect(h.check(w), w).toBe(false);
  });

  // Verdicts of the real `hunspell -d id_ID` (1.7) on forms built from random stems and affixes.
  const HUNSPELL_ACCEPTS = [
    'amalan ampun angkutan aposteriori aptasi arcas arih arisannya audiensi bakteriolisis balkon bancak banda',
    'becakku belantan belengkokan beralatnya berapimu berbandingannya bercadung berdaya berekannya berekspansi',
    'bergaul bergelagaran berhatimu berhembalang berhormatmu beriku berjujuh berlindungannya bermasalahnya',
    'bermingguan berselirat bertakikan bertanjakan berujiankah berujinya biang cekatannya celah cipan ciprat',
    'deklerer deksa dendanya destroyer diagnostik dibantai dicobaan diempangankah diempaskannya digigitmu',
    'disarikankah disposotio ditebangankah diuruskah dwidasawarsa farsakh fraktur galakannya geledek gelohok gips',
    'grempelan gulana gulung harbi heterograf huruf hutanmu ibun imago inas indranila jalani jebolannya jemah',
    'jenu jepretan kacuk kateter katimaha kebalikankah kebusukan kecanggihan mengusung menimbangan menjerum',
    'menokong menyaktikannya menyayukannya menyengapkannya menyerak pegat pekasihan pemainannya pembaktiannya',
    'pemberhentian pemberontak pendangkalannya penerusannya pengakuankah peniruankah pepunden perandauannya',
    'perasmu peridi pinggah putaran ramin sein selingannya sewarna termofilik terpaan toilet tongkatmu violces',
    'wiyaga',
  ].join(' ').split(' ');
  const HUNSPELL_REJECTS = [
    'aerodinamikankah ainlah artrobrankiumnya aswadmu baganankah banduli beadatankah bebarutkan beberlakukannya',
    'becapah becengkongankah bedupleksan beekedengan beetrakloridaan begerungkah beheraldiki beingkah bekuantum',
    'belalauankah belayarku beleningnya beleptosomannya bemaskoti benderunginya berabetan berasiknya berbarberan',
    'bercekutan berdermannya berdialisisan berdiatopikkan berdokterankah bereramaku berfahombean berhumiditasi',
    'bermaskanatku berserebrospinali betempiaskannya betensilkah beterorisankah diistemislah diperarafankah',
    'diperarkatikan dipergegabahnya dipericitnya dipermempelasarinya dipermerapui dipermerdekai dipermesuminya',
    'ditidurku diupacaralah katoklah kealorimetriankah kebelendongan keberhalsdukkan keberkuwurkannya',
    'kekokurikulerkannya keleksikostatistiki kelengitan keleonasmeinya kelinggata kesemundingannya meanabis',
    'meanjian mebukaku mebulimiakah mekontraktualankah memandapku memayibahmu memcarakawati memperumuklah',
    'memperusaninmu mempervetolah memperweling memsikologisankah menarabasiskah menargentitkan',
    'mengduruwiksakannya menginterpretatorkan mengpekuklah menvarian menwarisnya menyberilkannya',
    'menytransmisiannya pedompolan pejerepetannya pelegunderankah pelibidisankah pemagamaisannya pembalapkah',
    'pemberbuncitku pembermacakalan pembermadonainya pembermahku pembermaldistribusikah pemjeluntungankah',
    'pemjorjorankah pemlangenankah pemlicimu pemliutku pemlumbalnya pemmajujkannya pemmanikmayaku pemmawasku',
    'pemparatesiskan peneknologiwanan penendospermanya pengbetaunya pengiklah pengrebasnya penluksinya',
    'penocekannya pensestinakannya perhematku perhospitalankah perilnku perinersiaankah perintasankah',
    'peristidlalkah sedepakku',
  ].join(' ').split(' ');

  it('agrees with hunspell itself on a sample of generated forms', () => {
    expect(HUNSPELL_ACCEPTS.filter((w) => !h.check(w))).toEqual([]);
    expect(HUNSPELL_REJECTS.filter((w) => h.check(w))).toEqual([]);
  });

  // Generous bounds (a shared CI machine is slow): they catch a quadratic parse or a per-word scan, not jitter.
  // The measured figures are in the report: about 50–80 ms to parse, a few microseconds per uncached word.
  it('parses the dictionary in seconds at worst and checks a word with a few lookups', () => {
    const t0 = performance.now();
    const fresh = parseHunspell({ aff, dic });
    expect(performance.now() - t0).toBeLessThan(5000);
    const words = Array.from({ length: 2000 }, (_, i) => ['pemerintah', 'menyampaikan', 'kegiatannya', 'sehinga'][i % 4]!);
    const t1 = performance.now();
    for (const w of words) fresh.check(w);
    expect(performance.now() - t1).toBeLessThan(1000);
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('sehinga', 'sehingga', 2)).toBe(1);
    expect(editDistance('masyrakat', 'masyarakat', 2)).toBe(1);
    expect(editDistance('abc', 'xyzw', 2)).toBe(3);
  });
});

describe('dictionary loading', () => {
  afterAll(async () => {
    await loadSpellingDictionaryFromDisk();
  });

  it('skips the typo check until the dictionary is loaded, while the word lists still work', async () => {
    setSpellingDictionary(null);
    expect(isSpellingDictionaryReady()).toBe(false);
    const before = run('Kami menghimbau warga dimana saja sehinga tertib.');
    expect(before.map((f) => f.rule)).toEqual(['spelling/non-standard', 'spelling/di-ke']);

    let reads = 0;
    const read = (file: string) => {
      reads++;
      return Promise.resolve(file.endsWith('.aff') ? aff : dic);
    };
    await Promise.all([loadSpellingDictionary(read), loadSpellingDictionary(read)]);
    expect(reads).toBe(2); // one read per file, shared by both calls
    expect(isSpellingDictionaryReady()).toBe(true);
    const after = run('Kami menghimbau warga dimana saja sehinga tertib.');
    expect(after.map((f) => f.rule)).toEqual(['spelling/non-standard', 'spelling/di-ke', 'spelling/typo']);
  });

  it('loads through the bundler the way the extension does (Vite ?raw imports of assets/dictionaries)', async () => {
    setSpellingDictionary(null);
    const files = {
      'id_ID.aff': () => import('../../assets/dictionaries/id_ID.aff?raw'),
      'id_ID.dic': () => import('../../assets/dictionaries/id_ID.dic?raw'),
    } as const;
    await loadSpellingDictionary(async (file) => (await files[file]()).default);
    expect(isSpellingDictionaryReady()).toBe(true);
    expect(only('Hujan deras sehinga banjir.', 'spelling/typo').map((f) => f.suggestion)).toEqual(['sehingga']);
  });

  it('lets a failed load be retried', async () => {
    setSpellingDictionary(null);
    await expect(loadSpellingDictionary(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    await loadSpellingDictionary((file) => Promise.resolve(file.endsWith('.aff') ? aff : dic));
    expect(isSpellingDictionaryReady()).toBe(true);
  });
});

describe('spelling/non-standard', () => {
  it('merges at least 1,500 pairs from the lexicons and the project list', () => {
    expect(nonStandardPairs().size).toBeGreaterThanOrEqual(1500);
  });

  it.each([
    ['sekedar', 'sekadar'],
    ['himbau', 'imbau'],
    ['merubah', 'mengubah'],
    ['mempengaruhi', 'memengaruhi'],
    ['ijin', 'izin'],
    ['resiko', 'risiko'],
    ['praktek', 'praktik'],
    ['silahkan', 'silakan'],
    ['antri', 'antre'],
    ['analisa', 'analisis'],
    ['standarisasi', 'standardisasi'],
    ['nomer', 'nomor'],
    ['propinsi', 'provinsi'],
    ['jadual', 'jadwal'],
    ['karir', 'karier'],
    ['kadaluarsa', 'kedaluwarsa'],
    ['deseminasi', 'diseminasi'],
    ['desiminasi', 'diseminasi'],
    ['kreatifitas', 'kreativitas'],
    ['aktifitas', 'aktivitas'],
    ['menghimbau', 'mengimbau'],
    ['gak', 'tidak'],
    ['udah', 'sudah'],
  ])('"%s" → "%s" as a warning with the span on the word', (wrong, right) => {
    const text = `Mohon dicatat, ${wrong} ini penting.`;
    const f = only(text, 'spelling/non-standard');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(wrong);
    expect(f[0]!.suggestion).toBe(right);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.ref).toBe('eyd-v-kata-baku');
  });

  it('keeps the case of the original', () => {
    expect(spans(only('Sekedar info. RESIKO TINGGI.', 'spelling/non-standard'))).toEqual([
      ['Sekedar', 'Sekadar'],
      ['RESIKO', 'RISIKO'],
    ]);
    expect(spans(only('Acara dihadiri Walikota Sampit.', 'spelling/non-standard'))).toEqual([['Walikota', 'Wali Kota']]);
  });

  it('matches phrases and number reduplication', () => {
    expect(spans(only('Kegiatan olah raga bersama anak2 sekolah.', 'spelling/non-standard'))).toEqual([
      ['olah raga', 'olahraga'],
      ['anak2', 'anak-anak'],
    ]);
  });

  it('leaves standard words alone, including those whose look-alike is non-standard', () => {
    const text = 'Rubah itu bisa lari. Utang dan jadwal dibahas. Kami mengimbau warga agar tidak panik dan tetap di rumah.';
    expect(only(text, 'spelling/non-standard')).toEqual([]);
  });

  it('leaves names, acronyms, domains and short quoted terms alone', () => {
    expect(only('Lomba di Stadion 29 Nopember Sampit bersama Pak Slamet.', 'spelling/non-standard')).toEqual([]);
    expect(only('Daftar di sscasn.bkn.go.id sebelum batas waktu.', 'spelling/non-standard')).toEqual([]);
    expect(only('Ciri hoaks: mengaku "bukan hoax" tanpa sumber.', 'spelling/non-standard')).toEqual([]);
    expect(only('Ketua TP PKK hadir.', 'spelling/non-standard')).toEqual([]);
  });

  it('runs on Indonesian or undetermined text only', () => {
    expect(only('Please survey the area.', 'spelling/non-standard', 'en')).toEqual([]);
    expect(only('sekedar', 'spelling/non-standard', 'und')).toHaveLength(1);
  });
});

describe('spelling/di-ke', () => {
  it.each([
    ['dimana', 'di mana'],
    ['disisi', 'di sisi'],
    ['dimanapun', 'di mana pun'],
    ['disana', 'di sana'],
    ['disini', 'di sini'],
    ['disitu', 'di situ'],
    ['dirumah', 'di rumah'],
    ['dikantor', 'di kantor'],
    ['diatas', 'di atas'],
    ['dibawah', 'di bawah'],
    ['didepan', 'di depan'],
    ['dibelakang', 'di belakang'],
    ['didalam', 'di dalam'],
    ['diluar', 'di luar'],
    ['diantaranya', 'di antaranya'],
    ['kemana', 'ke mana'],
    ['kesana', 'ke sana'],
    ['kesini', 'ke sini'],
    ['kedepan', 'ke depan'],
    ['kedepannya', 'ke depannya'],
    ['kemanapun', 'ke mana pun'],
  ])('"%s" → "%s"', (joined, apart) => {
    const text = `Warga ${joined} tetap tertib.`;
    const f = only(text, 'spelling/di-ke');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(joined);
    expect(f[0]!.suggestion).toBe(apart);
    expect(f[0]!.severity).toBe('warning');
    expect(f[0]!.ref).toBe('eyd-v-di-ke');
  });

  it('keeps the capital at a sentence start', () => {
    expect(spans(only('Dimana lokasinya?', 'spelling/di-ke'))).toEqual([['Dimana', 'Di mana']]);
  });

  it('leaves prefixes and words that only start with di/ke alone', () => {
    const text =
      'Acara dilaksanakan dan dibuka lalu ditutup. Kedua kepala desa kemudian keluar untuk kerja. Kemarin ketua datang. ' +
      'Kedalaman sungai diatasi, pegawai dirumahkan, Dinas Kelautan dan Kehutanan, rapat disela hujan, semua kebagian.';
    expect(only(text, 'spelling/di-ke')).toEqual([]);
  });

  it('joins a verb prefix written apart', () => {
    expect(spans(only('Acara di laksanakan hari ini dan di buka oleh bupati.', 'spelling/di-ke'))).toEqual([
      ['di laksanakan', 'dilaksanakan'],
      ['di buka', 'dibuka'],
    ]);
    expect(spans(only('Bantuan di salurkan kepada warga.', 'spelling/di-ke'))).toEqual([['di salurkan', 'disalurkan']]);
    expect(spans(only('Rapat di ikuti seluruh camat.', 'spelling/di-ke'))).toEqual([['di ikuti', 'diikuti']]);
  });

  it('keeps a preposition before a noun, a name or a word that is also a verb', () => {
    const text =
      'Rapat di rumah, di Jakarta, di balik layar, di foto ini, di lantai dua, di tengah kota, di pinggir sungai, ' +
      'di kiri jalan, di pantai, di negeri ini, di lokasi, di kali, di pekan depan, di halaman kantor.';
    expect(only(text, 'spelling/di-ke')).toEqual([]);
  });
});

describe('spelling/typo', () => {
  it('catches "sehinga" with "sehingga" first, as info', () => {
    const text = 'Hujan deras sehinga jalan tergenang.';
    const f = only(text, 'spelling/typo');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('sehinga');
    expect(f[0]!.suggestion).toBe('sehingga');
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.ref).toBe('eyd-v');
  });

  it.each([
    ['masyarkat', 'masyarakat'],
    ['pemerintahh', 'pemerintah'],
    ['kegiatn', 'kegiatan'],
    ['dilaksanaknn', 'dilaksanakan'],
    ['pemerinah', 'pemerintah'],
    ['pengumuan', 'pengumuman'],
    ['berdasakan', 'berdasarkan'],
    ['kesehtan', 'kesehatan'],
    ['peserat', 'peserta'],
  ])('"%s" → "%s" first', (wrong, right) => {
    const f = only(`Para warga ${wrong} hadir.`, 'spelling/typo');
    expect(f.map((x) => [x.text, x.suggestion])).toEqual([[wrong, right]]);
  });

  it('checks a sentence-initial word when a correction is one slip away', () => {
    expect(spans(only('Sehinga warga senang.', 'spelling/typo'))).toEqual([['Sehinga', 'Sehingga']]);
  });

  it('skips names, acronyms, hashtags, mentions, URLs, e-mails, numbers and words with digits', () => {
    const text =
      'Bupati Kotawaringin Timur hadir bersama PPPK dan Retno. Lihat #kegiatanhariini @diskominfokotim ' +
      'https://kotimkab.go.id/berita surel humas@kotimkab.go.id, 12.500 peserta, covid19, dan laman kotimkab.go.id.';
    expect(only(text, 'spelling/typo')).toEqual([]);
  });

  it('knows the government vocabulary and newer standard words', () => {
    const text =
      'Admin medsos OPD mengikuti bimtek Diskominfo tentang stunting, webinar, daring, luring, posyandu, puskesmas, ' +
      'KTP-el, e-KTP, Disdukcapil, BPBD, Komdigi, Pemkab, Pemkot, Pemprov, kecamatan dan kelurahan. Hoaks diunggah warganet.';
    expect(only(text, 'spelling/typo')).toEqual([]);
  });

  it('reads everyday affixed forms the dictionary lacks', () => {
    const text = 'Acara digelar di balai. Hubungi petugas, lengkapi data, dan sebarkan info. Dugaan itu keliru. Data kependudukan aman.';
    expect(only(text, 'spelling/typo')).toEqual([]);
  });

  it('does not check text that is not Indonesian', () => {
    expect(only('The meeting will be helt tomorow.', 'spelling/typo', 'en')).toEqual([]);
    expect(only('Rapat sehinga selesai.', 'spelling/typo', 'und')).toEqual([]);
  });

  it('leaves words the other spelling checks report to them', () => {
    const f = run('Warga dimana menghimbau.');
    expect(f.map((x) => x.rule).sort()).toEqual(['spelling/di-ke', 'spelling/non-standard']);
  });
});

describe('all spelling findings', () => {
  it('use guideline refs that exist', () => {
    const f = run('Dimana sehinga sekedar di laksanakan anak2.');
    expect(f.length).toBeGreaterThanOrEqual(4);
    for (const x of f) expect(GUIDE_REFS as readonly string[]).toContain(x.ref);
  });
});

describe('clean posts in EYD V (tests/fixtures/clean/sp-*.txt)', () => {
  const dir = join(__dirname, '../fixtures/clean');
  const files = readdirSync(dir).filter((f) => f.startsWith('sp-') && f.endsWith('.txt'));

  it('has at least 20 posts', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s raises no spelling or style warning', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const findings = runRules([...rules, ...styleRules], text).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.rule}: "${f.text}"`)).toEqual([]);
  });

  it.each(files)('%s raises no typo either', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(runRules(rules, text).map((f) => `${f.rule}: "${f.text}"`)).toEqual([]);
  });
});

describe('spelling: pathological input', () => {
  it('does not look for corrections of a pasted run of letters longer than any word', async () => {
    const { loadSpellingDictionaryFromDiskSync } = await import('../../lib/node/spelling-dictionary');
    loadSpellingDictionaryFromDiskSync();
    const text = `Selamat pagi warga. ${'é'.repeat(40_000)} sehinga`;
    const found = runRules(rules, text).filter((f) => f.rule === 'spelling/typo');
    expect(found.map((f) => f.text)).toEqual(['sehinga']);
  });
});
