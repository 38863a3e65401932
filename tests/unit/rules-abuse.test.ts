import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../../lib/analysis/text';
import { rules } from '../../lib/rules/abuse';
import { compileDataRule, parseRulePack } from '../../lib/rules/data-rule';
import profanityTerms from '../../lib/rules/data/profanity/terms.json';
import hateSlurs from '../../lib/rules/data/hate-speech/slurs.json';
import pornography from '../../lib/rules/data/pornography/explicit.json';
import violencePhrases from '../../lib/rules/data/violence-threat/phrases.json';
import { isGuideRef } from '../../lib/rules/refs';
import type { RuleContext } from '../../lib/rules/types';
import { runRules } from './rule-helpers';

const CATEGORIES = new Set(['profanity', 'hate-speech', 'pornography', 'violence-threat']);

/** Findings as `rule|severity|evidence`, so a test names the rule, the severity and the exact span. */
function found(text: string): string[] {
  return runRules(rules, text).map((f) => {
    expect(f.text).toBe(text.slice(f.start, f.end));
    return `${f.rule}|${f.severity}|${text.slice(f.start, f.end)}`;
  });
}

type Case = [text: string, expected: string[]];

function table(cases: Case[]) {
  it.each(cases)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
}

const VULGAR = 'profanity/vulgar|error|';
const INSULT = 'profanity/insult|error|';
const MILD = 'profanity/mild-insult|warning|';
const SARA = 'hate-speech/sara|error|';
const SLUR = 'hate-speech/slur|error|';
const MAYBE_SLUR = 'hate-speech/possible-slur|warning|';
const SPAM = 'pornography/spam|error|';
const EXPLICIT = 'pornography/explicit|error|';
const THREAT = 'violence-threat/threat|error|';
const INTIMIDATION = 'violence-threat/intimidation|warning|';
const EXTORTION = 'violence-threat/extortion|error|';

describe('abuse: clean corpus raises nothing', () => {
  const dir = join(__dirname, '../fixtures/clean');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const own = files.filter((f) => f.startsWith('ab-'));

  it('keeps at least 30 clean posts of its own', () => {
    expect(own.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(found(text)).toEqual([]);
  });
});

describe('profanity: listed words and their disguises', () => {
  table([
    ['Dasar bangsat, kerja nggak becus!', [`${INSULT}bangsat`]],
    ['Kontol!', [`${VULGAR}Kontol`]],
    ['memek', [`${VULGAR}memek`]],
    ['ngentot lah', [`${VULGAR}ngentot`]],
    ['dasar bajingan', [`${INSULT}bajingan`]],
    ['Brengsek memang.', [`${INSULT}Brengsek`]],
    ['tolol', [`${INSULT}tolol`]],
    ['Goblok banget sih', [`${INSULT}Goblok`]],
    ['bego', [`${MILD}bego`]],
    ['idiot', [`${INSULT}idiot`]],
    ['keparat', [`${INSULT}keparat`]],
    ['sialan', [`${MILD}sialan`]],
    ['kampret', [`${INSULT}kampret`]],
    ['jembut', [`${VULGAR}jembut`]],
    ['pepek', [`${VULGAR}pepek`]],
    ['bangke', [`${INSULT}bangke`]],
    ['dasar lonte', [`${VULGAR}lonte`]],
    ['sundel', [`${VULGAR}sundel`]],
    ['taik', [`${INSULT}taik`]],
    // Javanese, Sundanese, Betawi, Batak/Medan, Makassar, Minang
    ['Jancuk!', [`${INSULT}Jancuk`]],
    ['jancok', [`${INSULT}jancok`]],
    ['diancuk koen', [`${INSULT}diancuk`]],
    ['ayo cuk', [`${INSULT}cuk`]],
    ['Matamu!', [`${MILD}Matamu`]],
    ['Raimu!', [`${MILD}Raimu`]],
    ['ndasmu', [`${INSULT}ndasmu`]],
    ['goblog sia', [`${INSULT}goblog`]],
    ['kehed', [`${MILD}kehed`]],
    ['koplok', [`${MILD}koplok`]],
    ['sompret', [`${MILD}sompret`]],
    ['pukimak kau', [`${VULGAR}pukimak`]],
    ['Bodat kau!', [`${INSULT}Bodat`]],
    ['tailaso', [`${INSULT}tailaso`]],
    ['sundala', [`${VULGAR}sundala`]],
    ['pantek', [`${VULGAR}pantek`]],
    // slang short forms
    ['anjg', [`${INSULT}anjg`]],
    ['anjrit', [`${MILD}anjrit`]],
    ['anjay', [`${MILD}anjay`]],
    ['bgst', [`${INSULT}bgst`]],
    ['bngst', [`${INSULT}bngst`]],
    ['kntl', [`${VULGAR}kntl`]],
    ['mmk', [`${VULGAR}mmk`]],
    ['ngntd', [`${VULGAR}ngntd`]],
    ['tlol', [`${INSULT}tlol`]],
    ['gblk', [`${INSULT}gblk`]],
    ['jnck', [`${INSULT}jnck`]],
    // letter substitutions, masks, stretched and spaced letters
    ['4nj1ng lu', [`${INSULT}4nj1ng`]],
    ['b4ngs4t', [`${INSULT}b4ngs4t`]],
    ['g0bl0k', [`${INSULT}g0bl0k`]],
    ['k0nt0l', [`${VULGAR}k0nt0l`]],
    ['ng3nt0t', [`${VULGAR}ng3nt0t`]],
    ['$etan lu', [`${INSULT}$etan`]],
    ['@njing lu', [`${INSULT}@njing`]],
    ['b@ngs@t', [`${INSULT}b@ngs@t`]],
    ['k*nt*l', [`${VULGAR}k*nt*l`]],
    ['anj*ng kau', [`${INSULT}anj*ng`]],
    ['a.n.j.i.n.g', [`${INSULT}a.n.j.i.n.g`]],
    ['a n j i n g', [`${INSULT}a n j i n g`]],
    ['b-a-n-g-s-a-t', [`${INSULT}b-a-n-g-s-a-t`]],
    ['dasar k o n t o l', [`${VULGAR}k o n t o l`]],
    ['anjiiing', [`${INSULT}anjiiing`]],
    ['bangsaaaat', [`${INSULT}bangsaaaat`]],
    ['KONTOLLL', [`${VULGAR}KONTOLLL`]],
    ['Аnjing lu', [`${INSULT}Аnjing`]], // Cyrillic А
    ['𝗯𝗮𝗻𝗴𝘀𝗮𝘁', [`${INSULT}𝗯𝗮𝗻𝗴𝘀𝗮𝘁`]], // mathematical bold
    ['ban\u200Bgsat', [`${INSULT}ban\u200Bgsat`]], // zero-width space
    ['bángsat', [`${INSULT}bángsat`]], // accents
    ['b4ng$at', [`${INSULT}b4ng$at`]],
    ['k0nt*l', [`${VULGAR}k0nt*l`]],
    ['4 n j 1 n g lu', [`${INSULT}4 n j 1 n g`]],
    ['#bangsat', [`${INSULT}bangsat`]],
    ['ＡＮＪＩＮＧ！', [`${INSULT}ＡＮＪＩＮＧ`]], // full-width
    ['bangsatnya', [`${INSULT}bangsatnya`]],
    ['ngentotin', [`${VULGAR}ngentotin`]],
    ['fuck', [`${VULGAR}fuck`]],
    ['f*ck', [`${VULGAR}f*ck`]],
    ['sh1t', [`${VULGAR}sh1t`]],
  ]);
});

describe('profanity: words with a plain sense count only as insults', () => {
  table([
    // insults: addressed, shouted, compared, disguised
    ['Dasar anjing!', [`${INSULT}anjing`]],
    ['Anjing lu', [`${INSULT}Anjing`]],
    ['anjing kau', [`${INSULT}anjing`]],
    ['Anjing kamu!', [`${INSULT}Anjing`]],
    ['Kamu babi!', [`${INSULT}babi`]],
    ['Kalian semua babi', [`${INSULT}babi`]],
    ['Woi monyet, minggir', [`${INSULT}monyet`]],
    ['Mukamu kayak babi', [`${INSULT}babi`]],
    ['Anjing! Macet lagi.', [`${INSULT}Anjing`]],
    ['Macet lagi, anjing!', [`${INSULT}anjing`]],
    ['Asu kowe!', [`${INSULT}Asu`]],
    ['Tai lu!', [`${INSULT}Tai`]],
    ['Dasar setan lu', [`${INSULT}setan`]],
    ['Dasar bodoh', [`${MILD}bodoh`]],
    ['Kamu bodoh sekali', [`${MILD}bodoh`]],
    ['Anjir, keren!', [`${MILD}Anjir`]],
    ['anjing2 lu', [`${INSULT}anjing2`]],
    // plain senses
    ['Anjing kamu sudah divaksin rabies?', []],
    ['Awas anjing galak!', []],
    ['Anjing, kucing, dan kera wajib divaksin rabies.', []],
    ['Harga daging babi naik menjelang Natal.', []],
    ['Waspada flu babi Afrika.', []],
    ['Sapi, kambing, dan kerbau tersedia di pasar hewan.', []],
    ['Jaga kesehatan matamu dengan istirahat cukup.', []],
    ['Senam tai chi untuk lansia.', []],
    ['Pulau Asu di Nias.', []],
    ['Kecamatan Anjir Pasar', []],
    ['Semoga kita terhindar dari godaan setan.', []],
    ['Serangan hama bangsat pada tanaman padi', []],
    ['Film Sundel Bolong diputar ulang', []],
    ['Urus izin tanpa tetek bengek.', []],
    ['Waspada cacar monyet (mpox).', []],
    ['Jangan bodoh, cek faktanya.', []],
    ['Bodoh, malas, dan sombong adalah sifat yang harus dihindari.', []],
    ['Hewan kurban:\nSapi\nKambing\nDomba', []],
    ['ASU', []],
    ['Ikuti akun @anjing_lucu untuk tips merawat peliharaan.', []],
    ['@asu', []],
    ['MMK', []],
    ['Dasar hukum kegiatan ini adalah Perda Nomor 3.', []],
  ]);
});

describe('hate speech (SARA)', () => {
  table([
    ['Dasar cina!', [`${SARA}Dasar cina`]],
    ['Cina babi', [`${SARA}Cina babi`]],
    ['Dasar cina babi lu', [`${SARA}Dasar cina babi`]],
    ['dasar kafir', [`${SARA}dasar kafir`]],
    ['Kamu kafir!', [`${SARA}Kamu kafir`]],
    ['kafir lu', [`${SARA}kafir lu`]],
    ['Kristen kafir', [`${SARA}Kristen kafir`]],
    ['Dasar PKI', [`${SARA}Dasar PKI`]],
    ['dasar onta', [`${SARA}dasar onta`]],
    ['orang Jawa itu pelit', [`${SARA}orang Jawa itu pelit`]],
    ['Islam agama teroris', [`${SARA}Islam agama teroris`]],
    ['Papua monyet', [`${SARA}Papua monyet`]],
    ['monyet Papua', [`${SARA}monyet Papua`]],
    ['Usir semua Cina!', [`${SARA}Usir semua Cina`]],
    ['Ganyang Cina', [`${SARA}Ganyang Cina`]],
    ['Yahudi harus dibasmi', [`${SARA}Yahudi harus dibasmi`]],
    ['Etnis Tionghoa harus diusir dari sini', [`${SARA}Etnis Tionghoa harus diusir`]],
    ['Cina harus pergi dari negeri ini', [`${SARA}Cina harus pergi`]],
    ['bakar gereja', [`${SARA}bakar gereja`]],
    ['ch1na b4bi', [`${SARA}ch1na b4bi`]],
    ['kadrun', [`${SLUR}kadrun`]],
    ['k4drun', [`${SLUR}k4drun`]],
    ['kadal gurun', [`${SLUR}kadal gurun`]],
    ['cebong', [`${SLUR}cebong`]],
    ['cokin', [`${SLUR}cokin`]],
    ['antek aseng', [`${SLUR}antek aseng`]],
    ['antek PKI', [`${SLUR}antek PKI`]],
    ['antek asing', [`${MAYBE_SLUR}antek asing`]],
    ['aseng', [`${MAYBE_SLUR}aseng`]],
    // neutral mentions of religions and peoples
    ['Selamat Hari Raya Nyepi bagi umat Hindu.', []],
    ['Umat Kristiani merayakan Natal dengan khidmat.', []],
    ['Warga Tionghoa merayakan Imlek di klenteng.', []],
    ['Mari jaga kerukunan antarumat beragama.', []],
    ['Festival budaya suku Dayak digelar pekan ini.', []],
    ['Orang Papua bukan monyet.', []],
    ['Jangan benci suku lain.', []],
    ['Peringatan G30S/PKI di halaman kantor bupati.', []],
    ['Umat Islam harus buang sampah pada tempatnya.', []],
    ['Pemprov Jawa Barat dan Pemkab Bali bekerja sama.', []],
    ['Polisi menangkap penyebar ujaran kebencian "usir Cina" di media sosial.', []],
    ['Ko Aseng membuka toko kelontong baru.', []],
    ['Kecebong berubah menjadi katak; cebong hidup di kolam.', []],
  ]);
});

describe('pornography', () => {
  table([
    ['Link bokep viral', [`${SPAM}Link bokep`]],
    ['b0k3p gratis', [`${SPAM}b0k3p`]],
    ['Video syur artis', [`${SPAM}Video syur`]],
    ['Open BO, chat aja', [`${SPAM}Open BO`]],
    ['0pen b0 malam ini', [`${SPAM}0pen b0`]],
    ['VCS 100rb', [`${SPAM}VCS`]],
    ['Klik link viral 18+ di bio', [`${SPAM}link viral 18+`]],
    ['ngewe yuk', [`${SPAM}ngewe`]],
    ['pijat plus plus', [`${SPAM}pijat plus plus`]],
    ['Nonton di https://xnxx.com/abc', [`${SPAM}xnxx`]],
    ['nonton film porno', [`${EXPLICIT}film porno`]],
    ['foto bugil', [`${EXPLICIT}foto bugil`]],
    // warnings, news and health education
    ['Waspada modus open BO yang berujung pemerasan.', []],
    ['Jangan klik link bokep yang beredar.', []],
    ['Kominfo memblokir ribuan situs porno.', []],
    ['Satpol PP mengamankan pasangan mesum di taman kota.', []],
    ['Vaksinasi influenza untuk usia 18+.', []],
    ['Periksa payudara sendiri (SADARI) setiap bulan.', []],
    ['Pendidikan kesehatan reproduksi dan pendidikan seks untuk remaja.', []],
    ['Bakteri E. coli ditemukan di air sumur.', []],
    ['Jangan melihat gerhana dengan mata telanjang.', []],
  ]);
});

describe('violence threats and extortion', () => {
  table([
    ['Saya bunuh kamu!', [`${THREAT}Saya bunuh kamu`]],
    ['Awas kau, kupatahkan lehermu!', [`${THREAT}Awas kau, kupatahkan lehermu`]],
    ['Akan kubakar rumahmu.', [`${THREAT}kubakar rumahmu`]],
    ['Tunggu pembalasanku!', [`${THREAT}Tunggu pembalasanku`]],
    ['Tunggu pembalasan kami.', [`${THREAT}Tunggu pembalasan kami`]],
    ['Kami habisi!', [`${THREAT}Kami habisi`]],
    ['Kalian akan kami habisi', [`${THREAT}Kalian akan kami habisi`]],
    ['Kau akan kubunuh', [`${THREAT}Kau akan kubunuh`]],
    ['Gue bacok lu', [`${THREAT}Gue bacok lu`]],
    ['Bunuh dia!', [`${THREAT}Bunuh dia`]],
    ['Awas lu ya!', [`${INTIMIDATION}Awas lu ya`]],
    ['Kami tahu rumahmu.', [`${INTIMIDATION}Kami tahu rumahmu`]],
    ['Bayar atau foto kamu disebar', [`${EXTORTION}Bayar atau foto kamu disebar`]],
    ['Transfer 5 juta. Kalau tidak, fotomu kusebar.', [`${EXTORTION}Transfer 5 juta. Kalau tidak, fotomu kusebar`]],
    ['aibmu kubongkar kalau tidak bayar', [`${EXTORTION}aibmu kubongkar kalau tidak bayar`]],
    // news, campaigns, plain uses of the same verbs
    ['Polisi menangkap pelaku pembunuhan di Desa Sukamaju.', []],
    ['BPBD: banjir menghabisi tanaman padi warga.', []],
    ['Pemusnahan barang bukti narkotika.', []],
    ['Hindari pembakaran sampah di pekarangan.', []],
    ['Perang melawan stunting dimulai dari posyandu.', []],
    ['Bunuh nyamuk dengan 3M Plus.', []],
    ['Kita habisi stunting bersama!', []],
    ['Saya pukul 09.00 sudah tiba di lokasi.', []],
    ['Tersangka mengancam korban, "Saya bunuh kamu," ujar Kapolres.', []],
    ['Jangan bunuh satwa yang dilindungi.', []],
    ['Awas, kamu bisa tertipu hoaks!', []],
    ['Habis kamu makan, cuci tangan.', []],
    ['Festival kopi: tunggu tanggal mainnya!', []],
    ['Bayar PBB sebelum jatuh tempo dan unggah bukti bayar Anda di aplikasi.', []],
    ['Jika diminta transfer dengan ancaman foto disebar, laporkan ke polisi.', []],
    ['"Saya bunuh kamu!" kata pelaku kepada korban.', []],
    ['Tunggu pembalasan tim voli putri kita di babak final!', []],
  ]);
});

describe('abuse findings', () => {
  it('give a guide ref, a null suggestion and a message in both locales', () => {
    const text = 'Dasar 4nj1ng lu! Usir semua cina. Link bokep. Saya bunuh kamu.';
    const view = createTextView(text);
    for (const locale of ['id', 'en'] as const) {
      const ctx: RuleContext = { view, language: 'id', postType: 'other', platform: undefined, locale };
      const findings = rules.flatMap((r) => r.check(ctx));
      expect(findings.map((f) => f.category).sort()).toEqual([
        'hate-speech',
        'pornography',
        'profanity',
        'violence-threat',
      ]);
      for (const f of findings) {
        expect(isGuideRef(f.ref)).toBe(true);
        expect(f.suggestion).toBeNull();
        expect(f.message.length).toBeGreaterThan(20);
        expect(CATEGORIES.has(f.category)).toBe(true);
      }
      if (locale === 'en') expect(findings.every((f) => /[Rr]emove/.test(f.message))).toBe(true);
      else expect(findings.every((f) => /[Hh]apus/.test(f.message))).toBe(true);
    }
  });

  it('report each rule under its own category only', () => {
    for (const r of rules) {
      expect(r.categories).toHaveLength(1);
      expect(CATEGORIES.has(r.categories[0]!)).toBe(true);
    }
  });

  it('report a swear word inside a hate-speech or threat span once', () => {
    expect(found('Dasar cina babi lu')).toEqual([`${SARA}Dasar cina babi`]);
    expect(found('mampus lu')).toEqual([`${THREAT}mampus lu`]);
  });

  it('use valid data packs with known refs', () => {
    for (const [name, pack] of Object.entries({ profanityTerms, hateSlurs, pornography, violencePhrases })) {
      const parsed = parseRulePack(pack, name);
      for (const r of parsed.rules) expect(isGuideRef(r.ref), `${name}: ${r.id}`).toBe(true);
    }
  });

  it('keep their packs in the data-rule format, so compileDataRule reads them too (without the disguises)', () => {
    const phrases = parseRulePack(violencePhrases).rules.map(compileDataRule);
    const text = 'Tunggu pembalasanku!';
    expect(runRules(phrases, text).map((f) => `${f.rule}|${f.text}`)).toEqual([
      'violence-threat/threat|Tunggu pembalasanku',
    ]);
    const spam = parseRulePack(pornography).rules.map(compileDataRule);
    expect(runRules(spam, 'Open BO malam ini').map((f) => f.rule)).toEqual(['pornography/spam']);
    expect(runRules(spam, 'Waspada modus open BO').map((f) => f.rule)).toEqual([]);
  });

  it('find every hit in a long text, in order', () => {
    const line = 'Warga diimbau ikut vaksinasi. Dasar bangsat! ';
    const text = line.repeat(200);
    const f = runRules(rules, text);
    expect(f).toHaveLength(200);
    expect(f.every((x) => x.text === 'bangsat')).toBe(true);
  });
});
