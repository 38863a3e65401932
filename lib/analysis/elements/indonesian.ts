/**
 * The 5W1H extractor for Indonesian drafts (also used for Malay, Javanese and Sundanese, which share its function
 * words, day and month names and agency vocabulary): each element's candidates, the strongest and earliest chosen.
 */
import { agencyAt, titleAt } from './gazetteer';
import { labelCandidates, markerCandidates, markerTable, type MarkerSpec } from './markers';
import { PhraseTable, pickBest, wordSet, type Candidate, type Scan } from './scan';
import { whatCandidates } from './what';
import { ID_DATES, whenCandidates } from './when';
import { whereCandidates } from './where';
import { whoCandidates } from './who';
import { STOP_ID, isVerbLikeId } from './words-id';
import type { ElementKey } from '../types';

const T1 = (take: number, extra: Partial<MarkerSpec> = {}): MarkerSpec => ({ tier: 1, take, ...extra });
const T2 = (take: number, extra: Partial<MarkerSpec> = {}): MarkerSpec => ({ tier: 2, take, ...extra });
const DEMONSTRATIVE = wordSet(['itu', 'ini', 'tersebut', 'apa', 'mana', 'siapa']);
const CONJUNCTIONS = wordSet(['dan', 'serta', 'atau', 'sehingga', 'namun', 'tetapi', 'sedangkan']);
const trimId = (w: string) => STOP_ID.has(w) && !DEMONSTRATIVE.has(w);
/** 'melalui Bagian Protokol …', 'melalui Diskominfo': a body, the actor's channel, not a manner. */
const namesBody = (s: Scan, t: number) => agencyAt(s, t) > 0 || titleAt(s, t) > 0;

/** Mengapa: purpose and reason markers. 'untuk' counts only before a verb ('untuk memperkuat', not 'untuk umum'). */
const WHY = markerTable(
  {
    bertujuan: T1(4), 'bertujuan untuk': T1(4), 'bertujuan agar': T1(4), 'bertujuan supaya': T1(4), tujuannya: T1(4),
    'tujuannya untuk': T1(4), 'tujuannya agar': T1(4), 'dengan tujuan': T1(4), 'adapun tujuan': T1(4),
    'tujuan kegiatan': T1(4), 'tujuan dari': T1(4), agar: T1(4), supaya: T1(4), 'dalam rangka': T1(3),
    guna: T1(4, { verbAfter: true, notAfter: wordSet(['tepat', 'berdaya', 'hasil', 'daya']) }),
    demi: T1(4), diharapkan: T1(4), 'diharapkan dapat': T1(4), 'diharapkan mampu': T1(4), harapannya: T1(4),
    'sebagai upaya': T1(4), 'sebagai bentuk': T1(4), 'sebagai langkah': T1(4), 'sebagai wujud': T1(4),
    'sebagai salah satu upaya': T1(4), 'upaya untuk': T1(4), upaya: T2(4, { verbAfter: true }),
    karena: T1(4, { notBefore: DEMONSTRATIVE }), 'dikarenakan': T1(4), 'disebabkan': T1(4), 'disebabkan oleh': T1(4),
    lantaran: T1(4), mengingat: T2(3, { notBefore: DEMONSTRATIVE }), akibat: T2(4, { notBefore: DEMONSTRATIVE }),
    sehingga: T2(4), untuk: T2(4, { verbAfter: true, afterVerbTier: 1 }), 'untuk dapat': T2(4), 'untuk bisa': T2(4),
  },
  isVerbLikeId,
  trimId,
  CONJUNCTIONS,
  DEMONSTRATIVE,
);

/** 'dengan' after these words means 'with' someone or something ('bekerja sama dengan', 'sesuai dengan'), not a manner. */
const WITH_NOT_MANNER = wordSet([
  'sama', 'bersama', 'sesuai', 'sejalan', 'seiring', 'bersamaan', 'berkaitan', 'berhubungan', 'bekerja', 'berkolaborasi',
  'berkoordinasi', 'bersinergi', 'bertemu', 'berdialog', 'berdiskusi', 'dibandingkan', 'dibanding', 'berbeda', 'setara',
  'sebanding', 'terkait', 'seimbang', 'beriringan', 'selaras', 'senada', 'bersamaan', 'menikah', 'berhadapan',
]);
/** Only an active verb ('dengan memukul'), not a passive or a nominalised one ('dengan dihadiri', 'dengan meningkatnya'). */
const notActiveVerb = (s: Scan, t: number) => {
  const w = s.tokens[t]!.norm;
  return w.startsWith('di') || w.startsWith('ter') || w.endsWith('nya');
};

/** Labels heading the steps or requirements of a service, with a colon: 'Caranya:', 'Alur layanan:'. */
const HOW_LABELS = new PhraseTable<number>()
  .addAll(
    [
      'cara', 'caranya', 'tata cara', 'alur', 'alurnya', 'langkah', 'langkahnya', 'langkah-langkah', 'langkah-langkahnya',
      'prosedur', 'prosedurnya', 'mekanisme', 'mekanismenya', 'tahapan', 'tahapannya', 'panduan', 'petunjuk',
    ],
    1,
  )
  .addAll(['syarat', 'syaratnya', 'persyaratan', 'persyaratannya', 'ketentuan'], 2);

/** What 'secara' is followed by when it tells how an activity is held (tier 1); 'secara gratis' is only tier 2. */
const MANNER = new PhraseTable<number>().addAll(
  [
    'tatap muka', 'door to door', 'daring dan luring', 'luring dan daring', 'daring', 'luring', 'online', 'offline',
    'virtual', 'hibrida', 'hybrid', 'langsung', 'serentak', 'bergiliran', 'bergantian', 'bertahap', 'interaktif',
    'swadaya', 'gotong royong', 'jemput bola', 'mandiri', 'simbolis', 'live', 'streaming',
  ],
  1,
);

/** Bagaimana: manner markers. */
const HOW = markerTable(
  {
    melalui: T1(4, { rejectNext: namesBody }), 'dengan cara': T1(4), 'dengan metode': T1(3), 'dengan menggunakan': T1(3),
    'dengan memanfaatkan': T1(3),
    'dengan sistem': T1(3), 'dengan menghadirkan': T1(3), 'dengan membawa': T2(3), 'dengan mengisi': T2(3),
    'dengan mendaftar': T2(3), 'dengan mengunjungi': T2(3), 'dengan melibatkan': T2(3), menggunakan: T2(3),
    memanfaatkan: T2(3), secara: T2(1, { complements: MANNER, notBefore: wordSet(['umum', 'keseluruhan']) }), via: T1(3),
    lewat: T2(3), 'jemput bola': T1(0), 'door to door': T1(0), 'dari rumah ke rumah': T1(0), 'dari pintu ke pintu': T1(0),
    berbasis: T2(2), 'dalam bentuk': T2(3), 'dengan format': T1(3), 'dalam format': T1(3),
    // 'Caranya mudah, yaitu dengan mengisi formulir', 'cukup dengan menunjukkan KTP'.
    'yaitu dengan': T1(4), 'yakni dengan': T1(4), 'adalah dengan': T1(4, { verbAfter: true }), 'caranya dengan': T1(4),
    'caranya cukup': T1(4), 'caranya cukup dengan': T1(4), 'cukup dengan': T1(4), 'cukup membawa': T2(3),
    'cukup menunjukkan': T2(3), 'cukup datang': T2(3), 'cukup mengisi': T2(3), 'cukup mendaftar': T2(3),
    'cukup mengakses': T2(3), 'cukup mengunduh': T2(3), 'cukup klik': T2(3), 'cukup memindai': T2(3),
    'dengan menunjukkan': T2(3), 'dengan menyertakan': T2(3), 'dengan melampirkan': T2(3), 'dengan mengakses': T2(3),
    'dengan menghubungi': T2(3), 'dengan datang': T2(3),
    // What it costs is part of how a service is used: 'tanpa dipungut biaya', like 'secara gratis'.
    'tanpa dipungut biaya': T2(0), 'tidak dipungut biaya': T2(0), 'tanpa biaya': T2(0), 'tanpa dikenakan biaya': T2(0),
    'tidak dikenakan biaya': T2(0), 'tanpa pungutan biaya': T2(0), 'tanpa pungutan': T2(0), 'bebas biaya': T2(0),
    // Any other 'dengan' + an active verb: 'dengan memukul gong', 'dengan berjalan kaki' (the weakest evidence).
    dengan: { tier: 3, take: 3, verbAfter: true, notAfter: WITH_NOT_MANNER, rejectNext: notActiveVerb },
  },
  isVerbLikeId,
  trimId,
  wordSet(['serta', 'atau', 'sehingga', 'namun', 'tetapi', 'sedangkan']), // 'melalui paparan dan praktik' is one means
  DEMONSTRATIVE,
);

export function findIndonesian(s: Scan): Record<ElementKey, Candidate | null> {
  const places = whereCandidates(s);
  return {
    what: pickBest(whatCandidates(s)),
    who: pickBest(whoCandidates(s, places)),
    when: pickBest(whenCandidates(s, ID_DATES)),
    where: pickBest(places),
    why: pickBest(markerCandidates(s, WHY)),
    how: pickBest(markerCandidates(s, HOW).concat(labelCandidates(s, HOW_LABELS, HOW, 4))),
  };
}
