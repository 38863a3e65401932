import type { Category, ElementKey, Language, Platform, PostType, Severity } from '@/lib/analysis';

// Record<…> makes the compiler ask for a label whenever the Report contract gains a value.

export const PLATFORM_LABELS: Record<Platform, string> = {
  x: 'X (Twitter)',
  threads: 'Threads',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  'youtube-title': 'YouTube — judul',
  'youtube-description': 'YouTube — deskripsi',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  wordpress: 'WordPress',
};

export const POST_TYPE_LABELS: Record<PostType, string> = {
  event: 'Laporan kegiatan',
  announcement: 'Pengumuman',
  greeting: 'Ucapan',
  'hoax-clarification': 'Klarifikasi hoaks',
  other: 'Lainnya',
};

export const LANGUAGE_LABELS: Record<Language, string> = {
  id: 'Bahasa Indonesia',
  en: 'Bahasa Inggris',
  jv: 'Bahasa Jawa',
  su: 'Bahasa Sunda',
  ms: 'Bahasa Melayu',
  und: 'Belum dapat ditentukan',
};

export const ELEMENT_LABELS: Record<ElementKey, string> = {
  what: 'Apa',
  who: 'Siapa',
  when: 'Kapan',
  where: 'Di mana',
  why: 'Mengapa',
  how: 'Bagaimana',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Kesalahan',
  warning: 'Peringatan',
  info: 'Saran',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  'personal-data': 'Data pribadi',
  'child-protection': 'Perlindungan anak',
  'hate-speech': 'Ujaran kebencian',
  profanity: 'Kata kasar',
  pornography: 'Pornografi',
  gambling: 'Judi',
  'political-neutrality': 'Netralitas ASN',
  'violence-threat': 'Ancaman kekerasan',
  'hoax-marker': 'Penanda hoaks',
  spelling: 'Ejaan',
  style: 'Gaya bahasa',
  'platform-limit': 'Batas platform',
  custom: 'Aturan instansi',
};
