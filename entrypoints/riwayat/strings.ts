/**
 * Every user-facing string of the history page, in Indonesian and English, in this one module (the
 * `HistoryStrings` type makes the compiler ask for each twin). Labels of platforms, post types, categories,
 * severities and elements come from lib/i18n/labels. Backup errors carry their own twins (lib/history/backup.ts).
 */
import type { Category, ElementKey, Locale, Platform, PostType, Severity } from '@/lib/analysis/types';
import type { CsvLabels } from '@/lib/history/csv';
import { reportLabels } from '@/lib/i18n/labels';

export interface HistoryStrings {
  locale: Locale;
  title: string;
  intro: string;
  navSearch: string;
  navReport: string;
  navData: string;
  // search and filters
  searchHeading: string;
  searchLabel: string;
  searchPlaceholder: string;
  ignoredWords(words: string[]): string;
  platform: string;
  allPlatforms: string;
  from: string;
  to: string;
  postType: string;
  allPostTypes: string;
  category: string;
  allCategories: string;
  status: string;
  allStatuses: string;
  reset: string;
  searching: string;
  noResults: string;
  emptyHistory: string;
  resultRange(first: number, last: number, total: number | null, exact: boolean): string;
  tookMs(ms: number): string;
  previous: string;
  next: string;
  page(n: number): string;
  // result items
  score: string;
  noScore: string;
  missing(list: string[]): string;
  allElementsPresent: string;
  findingsCount(n: number): string;
  showMore: string;
  showLess: string;
  copy: string;
  copied: string;
  delete: string;
  select(label: string): string;
  deleteSelected(n: number): string;
  deleted(n: number): string;
  undo: string;
  restored(n: number): string;
  itemLabel(platform: string, date: string): string;
  // report
  reportHeading: string;
  reportIntro: string;
  monthFrom: string;
  monthTo: string;
  thisMonth: string;
  lastMonth: string;
  last3Months: string;
  thisYear: string;
  includeDrafts: string;
  reportTitle(from: string, to: string): string;
  generatedAt(date: string): string;
  posts: string;
  drafts: string;
  avgScore: string;
  withErrors: string;
  unscored(n: number): string;
  chartPostsPerPlatform: string;
  chartAvgScore: string;
  chartTopFindings: string;
  chartMissing: string;
  tablePerPlatform: string;
  tableTopFindings: string;
  rank: string;
  finding: string;
  postsWithFinding: string;
  hits: string;
  noReportData: string;
  downloadCsv: string;
  downloadFindingsCsv: string;
  downloadPostsCsv: string;
  print: string;
  scoreBands: [string, string, string];
  // data
  dataHeading: string;
  dataIntro: string;
  backup: string;
  backingUp: string;
  backupDone(n: number): string;
  restore: string;
  checkingFile: string;
  fileValid(posts: number, templates: number, range: string | null): string;
  merge: string;
  mergeHint: string;
  replace: string;
  replaceHint(current: number): string;
  confirmReplace: string;
  cancel: string;
  restoring: string;
  restoreDone(result: { mode: 'replace' | 'merge'; posts: number; templates: number; skipped: number }): string;
  restoreFailed(message: string): string;
  dataUntouched: string;
  // write status
  writeFailing(pending: number, error: string | null): string;
  writePending(pending: number): string;
  // labels
  platforms: Record<Platform | 'generic', string>;
  postTypes: Record<PostType, string>;
  categories: Record<Category, string>;
  severities: Record<Severity, string>;
  elements: Record<ElementKey, string>;
  statuses: Record<'draft' | 'posted', string>;
  csv: CsvLabels['headers'] & { allPlatforms: string; total: string };
}

// The labels of a Report's ids are shared with the other pages (lib/i18n/labels, locales/*.json).
const ID_LABELS = reportLabels('id');
const EN_LABELS = reportLabels('en');

const nf = (locale: Locale) => new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');

const ID: HistoryStrings = {
  locale: 'id',
  title: 'Riwayat unggahan',
  intro: 'Semua unggahan dan draf yang diperiksa Cermat, tersimpan hanya di peramban ini.',
  navSearch: 'Cari',
  navReport: 'Laporan bulanan',
  navData: 'Cadangan',
  searchHeading: 'Cari riwayat',
  searchLabel: 'Cari kata',
  searchPlaceholder: 'Cari kata dalam unggahan, mis. vaksinasi',
  ignoredWords: (words) => `Kata umum tidak dicari: ${words.join(', ')}`,
  platform: 'Platform',
  allPlatforms: 'Semua platform',
  from: 'Dari tanggal',
  to: 'Sampai tanggal',
  postType: 'Jenis unggahan',
  allPostTypes: 'Semua jenis',
  category: 'Kategori temuan',
  allCategories: 'Semua kategori',
  status: 'Status',
  allStatuses: 'Terkirim dan draf',
  reset: 'Atur ulang',
  searching: 'Mencari…',
  noResults: 'Tidak ada unggahan yang cocok.',
  emptyHistory: 'Riwayat masih kosong. Unggahan tercatat saat Anda mengirimnya dari platform, dan draf saat Anda menekan “Simpan draf”.',
  resultRange: (first, last, total, exact) =>
    total === null
      ? `${nf('id').format(first)}–${nf('id').format(last)} · menghitung…`
      : `${nf('id').format(first)}–${nf('id').format(last)} dari ${exact ? '' : 'lebih dari '}${nf('id').format(total)} hasil`,
  tookMs: (ms) => `(${ms < 10 ? ms.toFixed(1) : Math.round(ms)} md)`,
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  page: (n) => `Halaman ${n}`,
  score: 'Skor',
  noScore: 'Tanpa skor',
  missing: (list) => `Belum ada: ${list.join(', ')}`,
  allElementsPresent: 'Unsur 5W1H lengkap',
  findingsCount: (n) => `${n} temuan`,
  showMore: 'Selengkapnya',
  showLess: 'Ringkas',
  copy: 'Salin teks',
  copied: 'Tersalin',
  delete: 'Hapus',
  select: (label) => `Pilih ${label}`,
  deleteSelected: (n) => `Hapus yang dipilih (${n})`,
  deleted: (n) => `${n} unggahan dihapus.`,
  undo: 'Urungkan',
  restored: (n) => `${n} unggahan dikembalikan.`,
  itemLabel: (platform, date) => `${platform}, ${date}`,
  reportHeading: 'Laporan bulanan',
  reportIntro: 'Ringkasan untuk dilaporkan: jumlah unggahan per platform per bulan, rata-rata skor, dan temuan tersering.',
  monthFrom: 'Dari bulan',
  monthTo: 'Sampai bulan',
  thisMonth: 'Bulan ini',
  lastMonth: 'Bulan lalu',
  last3Months: '3 bulan terakhir',
  thisYear: 'Tahun ini',
  includeDrafts: 'Sertakan draf dalam skor dan temuan',
  reportTitle: (from, to) => (from === to ? `Laporan unggahan media sosial — ${from}` : `Laporan unggahan media sosial — ${from} s.d. ${to}`),
  generatedAt: (date) => `Dibuat oleh Cermat pada ${date}. Data dari riwayat di peramban ini.`,
  posts: 'Unggahan terkirim',
  drafts: 'Draf',
  avgScore: 'Rata-rata skor',
  withErrors: 'Unggahan dengan galat',
  unscored: (n) => `${n} unggahan tanpa skor (tercatat sebelum pemeriksaan selesai).`,
  chartPostsPerPlatform: 'Unggahan per platform per bulan',
  chartAvgScore: 'Rata-rata skor per bulan',
  chartTopFindings: 'Temuan tersering (jumlah unggahan)',
  chartMissing: 'Unsur 5W1H yang paling sering belum ada',
  tablePerPlatform: 'Rincian per bulan dan platform',
  tableTopFindings: 'Temuan tersering',
  rank: 'No.',
  finding: 'Temuan',
  postsWithFinding: 'Unggahan',
  hits: 'Kemunculan',
  noReportData: 'Belum ada unggahan pada periode ini.',
  downloadCsv: 'Unduh CSV',
  downloadFindingsCsv: 'Unduh CSV temuan',
  downloadPostsCsv: 'Unduh CSV hasil pencarian',
  print: 'Cetak',
  scoreBands: ['Perlu perbaikan (< 60)', 'Cukup (60–79)', 'Baik (≥ 80)'],
  dataHeading: 'Cadangan dan pemulihan',
  dataIntro:
    'Simpan seluruh riwayat dan templat Anda ke satu berkas, lalu pulihkan di komputer ini atau komputer lain. Berkas diperiksa lengkap sebelum dipakai; berkas yang rusak ditolak tanpa mengubah data Anda.',
  backup: 'Cadangkan',
  backingUp: 'Menyiapkan berkas…',
  backupDone: (n) => `Berkas cadangan dengan ${nf('id').format(n)} unggahan telah diunduh.`,
  restore: 'Pulihkan',
  checkingFile: 'Memeriksa berkas…',
  fileValid: (posts, templates, range) =>
    `Berkas valid: ${nf('id').format(posts)} unggahan dan ${nf('id').format(templates)} templat${range ? `, ${range}` : ''}.`,
  merge: 'Gabungkan',
  mergeHint: 'Tambahkan unggahan dari berkas yang belum ada di sini. Riwayat yang ada tetap.',
  replace: 'Ganti semua',
  replaceHint: (current) => `Ganti seluruh riwayat (${nf('id').format(current)} unggahan) dan templat dengan isi berkas.`,
  confirmReplace: 'Ya, ganti semua',
  cancel: 'Batal',
  restoring: 'Memulihkan…',
  restoreDone: (r) =>
    r.mode === 'replace'
      ? `Riwayat dipulihkan: ${nf('id').format(r.posts)} unggahan dan ${nf('id').format(r.templates)} templat.`
      : `Digabungkan: ${nf('id').format(r.posts)} unggahan ditambahkan, ${nf('id').format(r.skipped)} sudah ada, ${nf('id').format(r.templates)} templat diperbarui.`,
  restoreFailed: (message) => `Pemulihan gagal: ${message}`,
  dataUntouched: 'Data Anda tidak diubah.',
  writeFailing: (pending, error) =>
    `${pending} catatan belum tersimpan ke riwayat${error ? ` (${error})` : ''}. Cermat menyimpannya sementara dan terus mencoba.`,
  writePending: (pending) => `Menyimpan ${pending} catatan…`,
  platforms: ID_LABELS.platforms,
  postTypes: ID_LABELS.postTypes,
  categories: ID_LABELS.categories,
  severities: ID_LABELS.severities,
  elements: ID_LABELS.elements,
  statuses: { draft: 'Draf', posted: 'Terkirim' },
  csv: {
    month: 'Bulan',
    platform: 'Platform',
    posts: 'Unggahan terkirim',
    drafts: 'Draf',
    avgScore: 'Rata-rata skor',
    rank: 'Peringkat',
    rule: 'Aturan',
    category: 'Kategori',
    severity: 'Tingkat',
    message: 'Pesan',
    postsWithFinding: 'Jumlah unggahan',
    hits: 'Jumlah kemunculan',
    date: 'Tanggal',
    status: 'Status',
    postType: 'Jenis',
    score: 'Skor',
    missing: 'Unsur belum ada',
    categories: 'Kategori temuan',
    url: 'Alamat halaman',
    allPlatforms: 'Semua platform',
    total: 'Total',
  },
};

const EN: HistoryStrings = {
  locale: 'en',
  title: 'Post history',
  intro: 'Every post and draft Cermat checked, stored only in this browser.',
  navSearch: 'Search',
  navReport: 'Monthly report',
  navData: 'Backup',
  searchHeading: 'Search the history',
  searchLabel: 'Search words',
  searchPlaceholder: 'Search words in posts, e.g. vaccination',
  ignoredWords: (words) => `Common words not searched: ${words.join(', ')}`,
  platform: 'Platform',
  allPlatforms: 'All platforms',
  from: 'From date',
  to: 'To date',
  postType: 'Post type',
  allPostTypes: 'All types',
  category: 'Finding category',
  allCategories: 'All categories',
  status: 'Status',
  allStatuses: 'Posted and drafts',
  reset: 'Reset',
  searching: 'Searching…',
  noResults: 'No posts match.',
  emptyHistory: 'The history is empty. Posts are recorded when you send them from a platform, and drafts when you press “Save draft”.',
  resultRange: (first, last, total, exact) =>
    total === null
      ? `${nf('en').format(first)}–${nf('en').format(last)} · counting…`
      : `${nf('en').format(first)}–${nf('en').format(last)} of ${exact ? '' : 'more than '}${nf('en').format(total)} results`,
  tookMs: (ms) => `(${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms)`,
  previous: 'Previous',
  next: 'Next',
  page: (n) => `Page ${n}`,
  score: 'Score',
  noScore: 'No score',
  missing: (list) => `Missing: ${list.join(', ')}`,
  allElementsPresent: '5W1H complete',
  findingsCount: (n) => `${n} finding${n === 1 ? '' : 's'}`,
  showMore: 'Show more',
  showLess: 'Show less',
  copy: 'Copy text',
  copied: 'Copied',
  delete: 'Delete',
  select: (label) => `Select ${label}`,
  deleteSelected: (n) => `Delete selected (${n})`,
  deleted: (n) => `${n} post${n === 1 ? '' : 's'} deleted.`,
  undo: 'Undo',
  restored: (n) => `${n} post${n === 1 ? '' : 's'} restored.`,
  itemLabel: (platform, date) => `${platform}, ${date}`,
  reportHeading: 'Monthly report',
  reportIntro: 'A summary to report: posts per platform per month, average score, and the most frequent findings.',
  monthFrom: 'From month',
  monthTo: 'To month',
  thisMonth: 'This month',
  lastMonth: 'Last month',
  last3Months: 'Last 3 months',
  thisYear: 'This year',
  includeDrafts: 'Include drafts in scores and findings',
  reportTitle: (from, to) => (from === to ? `Social media posts report — ${from}` : `Social media posts report — ${from} to ${to}`),
  generatedAt: (date) => `Made by Cermat on ${date}. Data from the history in this browser.`,
  posts: 'Posts sent',
  drafts: 'Drafts',
  avgScore: 'Average score',
  withErrors: 'Posts with errors',
  unscored: (n) => `${n} post${n === 1 ? '' : 's'} without a score (recorded before the check finished).`,
  chartPostsPerPlatform: 'Posts per platform per month',
  chartAvgScore: 'Average score per month',
  chartTopFindings: 'Most frequent findings (posts)',
  chartMissing: '5W1H elements most often missing',
  tablePerPlatform: 'By month and platform',
  tableTopFindings: 'Most frequent findings',
  rank: 'No.',
  finding: 'Finding',
  postsWithFinding: 'Posts',
  hits: 'Occurrences',
  noReportData: 'No posts in this period yet.',
  downloadCsv: 'Download CSV',
  downloadFindingsCsv: 'Download findings CSV',
  downloadPostsCsv: 'Download search results CSV',
  print: 'Print',
  scoreBands: ['Needs work (< 60)', 'Fair (60–79)', 'Good (≥ 80)'],
  dataHeading: 'Backup and restore',
  dataIntro:
    'Save the whole history and your templates to one file, then restore it on this computer or another. The file is checked completely before use; a damaged file is refused without changing your data.',
  backup: 'Back up',
  backingUp: 'Preparing the file…',
  backupDone: (n) => `A backup file with ${nf('en').format(n)} posts was downloaded.`,
  restore: 'Restore',
  checkingFile: 'Checking the file…',
  fileValid: (posts, templates, range) =>
    `Valid file: ${nf('en').format(posts)} posts and ${nf('en').format(templates)} templates${range ? `, ${range}` : ''}.`,
  merge: 'Merge',
  mergeHint: 'Add the posts from the file that are not here yet. The current history stays.',
  replace: 'Replace all',
  replaceHint: (current) => `Replace the whole history (${nf('en').format(current)} posts) and templates with the file.`,
  confirmReplace: 'Yes, replace all',
  cancel: 'Cancel',
  restoring: 'Restoring…',
  restoreDone: (r) =>
    r.mode === 'replace'
      ? `History restored: ${nf('en').format(r.posts)} posts and ${nf('en').format(r.templates)} templates.`
      : `Merged: ${nf('en').format(r.posts)} posts added, ${nf('en').format(r.skipped)} already here, ${nf('en').format(r.templates)} templates updated.`,
  restoreFailed: (message) => `Restore failed: ${message}`,
  dataUntouched: 'Your data was not changed.',
  writeFailing: (pending, error) =>
    `${pending} record${pending === 1 ? '' : 's'} not saved to the history yet${error ? ` (${error})` : ''}. Cermat keeps them aside and keeps trying.`,
  writePending: (pending) => `Saving ${pending} record${pending === 1 ? '' : 's'}…`,
  platforms: EN_LABELS.platforms,
  postTypes: EN_LABELS.postTypes,
  categories: EN_LABELS.categories,
  severities: EN_LABELS.severities,
  elements: EN_LABELS.elements,
  statuses: { draft: 'Draft', posted: 'Posted' },
  csv: {
    month: 'Month',
    platform: 'Platform',
    posts: 'Posts sent',
    drafts: 'Drafts',
    avgScore: 'Average score',
    rank: 'Rank',
    rule: 'Rule',
    category: 'Category',
    severity: 'Severity',
    message: 'Message',
    postsWithFinding: 'Posts',
    hits: 'Occurrences',
    date: 'Date',
    status: 'Status',
    postType: 'Type',
    score: 'Score',
    missing: 'Missing elements',
    categories: 'Finding categories',
    url: 'Page address',
    allPlatforms: 'All platforms',
    total: 'Total',
  },
};

export const HISTORY_STRINGS: Record<Locale, HistoryStrings> = { id: ID, en: EN };

export function historyStrings(locale: Locale): HistoryStrings {
  return HISTORY_STRINGS[locale];
}

/** The CSV exports' labels in the page's language. */
export function csvLabels(s: HistoryStrings): CsvLabels {
  const { allPlatforms, total, ...headers } = s.csv;
  const pick = <T extends Record<string, string>>(map: T) => (id: string) => map[id] ?? id;
  return {
    headers,
    allPlatforms,
    total,
    platform: pick(s.platforms),
    category: pick(s.categories),
    severity: pick(s.severities),
    postType: pick(s.postTypes),
    status: pick(s.statuses),
    element: pick(s.elements),
  };
}

/** `Maret 2025` from `2025-03`. */
export function monthName(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(y, m - 1, 1).toLocaleDateString(locale === 'id' ? 'id-ID' : 'en-GB', { month: 'long', year: 'numeric' });
}

export function formatDate(ms: number, locale: Locale, withTime = true): string {
  return new Date(ms).toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}

export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
}
