/**
 * Synthetic history for the benchmark: Indonesian-looking government posts with a realistic word distribution
 * (a few very common words, a long tail of rare ones), platforms, dates over two years, scores and findings.
 * Seeded, so every run inserts the same records.
 */
import type { Category, ElementKey, Report, Severity } from '@/lib/analysis/types';
import { ELEMENT_KEYS, POST_TYPES } from '@/lib/analysis/types';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Frequent words first: the head of the distribution. */
export const HEAD_WORDS = [
  'kegiatan', 'masyarakat', 'pemerintah', 'kabupaten', 'pelayanan', 'dinas', 'warga', 'kecamatan', 'desa', 'program',
  'kepala', 'bupati', 'informasi', 'sosialisasi', 'kesehatan', 'pendidikan', 'pembangunan', 'daerah', 'jalan', 'bantuan',
  'vaksinasi', 'posyandu', 'banjir', 'pemilu', 'pajak', 'pelatihan', 'koperasi', 'pasar', 'sekolah', 'puskesmas',
  'rapat', 'koordinasi', 'peresmian', 'jembatan', 'irigasi', 'pertanian', 'nelayan', 'umkm', 'festival', 'budaya',
];
const SYLLABLES = ['ka', 'ba', 'sa', 'ta', 'ma', 'ra', 'pa', 'la', 'na', 'da', 'ga', 'ja', 'ku', 'bu', 'si', 'ti', 'mi', 'ri', 'pe', 'le', 'ne', 'de', 'ngan', 'kan', 'an', 'wa', 'ya', 'ha', 'lo', 'to'];
const FILLER = ['di', 'dan', 'yang', 'untuk', 'pada', 'dengan', 'dari', 'ke', 'oleh', 'dalam'];

/** A vocabulary of `size` words: the head words, then pseudo-words (stable for a seed). */
export function vocabulary(size: number, seed = 7): string[] {
  const next = rng(seed);
  const words = new Set(HEAD_WORDS);
  while (words.size < size) {
    const n = 2 + Math.floor(next() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

const PLATFORMS = ['facebook', 'instagram', 'x', 'tiktok', 'threads', 'youtube-description', 'linkedin', 'wordpress'] as const;
const PLATFORM_WEIGHTS = [30, 25, 15, 10, 6, 5, 5, 4];
const RULES: { rule: string; category: Category; severity: Severity }[] = [
  { rule: 'spelling/nonstandard', category: 'spelling', severity: 'warning' },
  { rule: 'spelling/capital', category: 'spelling', severity: 'info' },
  { rule: 'style/long-sentence', category: 'style', severity: 'info' },
  { rule: 'style/all-caps', category: 'style', severity: 'warning' },
  { rule: 'personal-data/nik', category: 'personal-data', severity: 'error' },
  { rule: 'personal-data/phone', category: 'personal-data', severity: 'warning' },
  { rule: 'child-protection/child-identity', category: 'child-protection', severity: 'error' },
  { rule: 'political-neutrality/campaign', category: 'political-neutrality', severity: 'error' },
  { rule: 'hoax-marker/viral', category: 'hoax-marker', severity: 'warning' },
  { rule: 'platform-limit/length', category: 'platform-limit', severity: 'error' },
];

function weighted<T>(items: readonly T[], weights: readonly number[], r: number): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i]!;
    if (x < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

export interface SyntheticPost {
  platform: (typeof PLATFORMS)[number];
  text: string;
  report: Report;
  at: number;
  draft: boolean;
}

/** Post `i` of a synthetic history spanning `months` months back from `end`. */
export function syntheticPost(i: number, vocab: readonly string[], end: number, months = 24): SyntheticPost {
  const next = rng(i * 2654435761 + 17);
  const words: string[] = [];
  const length = 40 + Math.floor(next() * 60); // 40–100 words, ≈ 280–700 characters
  for (let k = 0; k < length; k++) {
    const r = next();
    if (r < 0.25) words.push(FILLER[Math.floor(next() * FILLER.length)]!);
    else {
      // Zipf-like: rank ∝ 1/u², so low ranks (the head words) are much more frequent.
      const u = next();
      const rank = Math.min(vocab.length - 1, Math.floor(vocab.length * u * u * u));
      words.push(vocab[rank]!);
    }
  }
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  const text = `${words.join(' ')}. #${vocab[Math.floor(next() * 40)]} ${Math.floor(next() * 31) + 1} Maret 2025.`;
  const findings = RULES.filter(() => next() < 0.12).map((r, k) => ({
    ...r,
    start: k,
    end: k + 1,
    text: 'x',
    message: `Pesan ${r.rule}`,
    suggestion: null,
    ref: 'x',
  }));
  const elements = {} as Report['elements'];
  for (const key of ELEMENT_KEYS as readonly ElementKey[]) {
    const found = next() < 0.8;
    elements[key] = { found, required: key !== 'how', evidence: null, start: null, end: null };
  }
  const span = months * 30.44 * 86_400_000;
  return {
    platform: weighted(PLATFORMS, PLATFORM_WEIGHTS, next()),
    text,
    report: {
      language: 'id',
      postType: POST_TYPES[Math.floor(next() * POST_TYPES.length)]!,
      score: Math.round(30 + next() * 70),
      elements,
      findings,
      counts: { characters: text.length, weighted: text.length, hashtags: 1, mentions: 0 },
    },
    at: Math.round(end - next() * span),
    draft: next() < 0.08,
  };
}
