/**
 * Every user-facing string of the panel, in Indonesian and English; the `PanelStrings` type makes the compiler ask
 * for each twin. The labels of a Report's ids (elements, categories, post types, languages) come from
 * lib/i18n/labels, shared with the other pages. Severities stay here: in the panel they head groups ("Errors").
 */
import type { Category, ElementKey, Language, Locale, PostType, Severity } from '@/lib/analysis/types';
import { reportLabels } from '@/lib/i18n/labels';

const ID_LABELS = reportLabels('id');
const EN_LABELS = reportLabels('en');

export type ElementState = 'found' | 'missing' | 'not-required';

export interface PanelStrings {
  panelLabel: string;
  brand: string;
  startTyping: string;
  startTypingHint: string;
  summaryErrors(n: number): string;
  summaryWarnings(n: number): string;
  summaryMissing(n: number): string;
  summaryReady: string;
  scoreLabel(score: number): string;
  collapse: string;
  expand(score: number | null, errors: number): string;
  moveHandle: string;
  elementsHeading: string;
  elements: Record<ElementKey, string>;
  elementStates: Record<ElementState, string>;
  elementHints: Record<ElementKey, string>;
  elementDetail(label: string, state: ElementState, evidence: string | null): string;
  findingsHeading: string;
  noFindings: string;
  severities: Record<Severity, string>;
  categories: Record<Category, string>;
  postTypes: Record<PostType, string>;
  languages: Record<Language, string>;
  showAll(n: number): string;
  showLess: string;
  fixLabel(from: string, to: string): string;
  fixDelete: string;
  fixDeleteLabel(text: string): string;
  guide: string;
  guideLabel(ref: string): string;
  counterLabel(length: number, max: number | undefined): string;
  counterUnit: string;
  counterOver(n: number): string;
  templates: string;
  templatesHeading: string;
  templatesFilter: string;
  templatesEmpty: string;
  templatesNoMatch: string;
  closeTemplates: string;
  saveDraft: string;
  saveDraftLabel: string;
  draftSaving: string;
  draftSaved(time: string): string;
  draftSaveFailed: string;
}

const ID: PanelStrings = {
  panelLabel: 'Cermat: pemeriksaan draf',
  brand: 'Cermat',
  startTyping: 'Mulai mengetik…',
  startTypingHint: 'Cermat memeriksa draf Anda di peramban ini saat Anda menulis.',
  summaryErrors: (n) => `${n} galat: jangan unggah dulu`,
  summaryWarnings: (n) => `${n} peringatan untuk diperiksa`,
  summaryMissing: (n) => `${n} unsur 5W1H belum ada`,
  summaryReady: 'Siap diunggah',
  scoreLabel: (score) => `Skor ${score} dari 100`,
  collapse: 'Ciutkan panel',
  expand: (score, errors) =>
    `Buka panel Cermat${score === null ? '' : `, skor ${score}`}${errors > 0 ? `, ${errors} galat` : ''}`,
  moveHandle: 'Pindahkan panel: seret, atau tekan tombol panah',
  elementsHeading: 'Unsur 5W1H',
  elements: ID_LABELS.elements,
  elementStates: { found: 'ada', missing: 'belum ada', 'not-required': 'tidak wajib' },
  elementHints: {
    what: 'Sebutkan kegiatan atau hal yang disampaikan.',
    who: 'Sebutkan pelaku atau instansi penyelenggara.',
    when: 'Tambahkan hari, tanggal, dan pukul.',
    where: 'Tambahkan tempat kegiatan.',
    why: 'Jelaskan tujuan atau alasannya.',
    how: 'Jelaskan cara atau jalannya kegiatan.',
  },
  elementDetail: (label, state, evidence) =>
    evidence ? `${label}: “${evidence}”` : `${label}: ${state === 'missing' ? 'belum ada' : 'tidak wajib untuk jenis unggahan ini'}`,
  findingsHeading: 'Temuan',
  noFindings: 'Tidak ada temuan.',
  severities: { error: 'Galat', warning: 'Peringatan', info: 'Info' },
  categories: ID_LABELS.categories,
  postTypes: ID_LABELS.postTypes,
  languages: ID_LABELS.languages,
  showAll: (n) => `Tampilkan semua (${n})`,
  showLess: 'Tampilkan lebih sedikit',
  fixLabel: (from, to) => `Ganti “${from}” dengan “${to}”`,
  fixDelete: 'hapus',
  fixDeleteLabel: (text) => `Hapus “${text}”`,
  guide: 'Pedoman',
  guideLabel: (ref) => `Buka pedoman: ${ref}`,
  counterLabel: (length, max) =>
    max === undefined ? `Panjang: ${length} karakter` : `Panjang: ${length} dari batas ${max} karakter`,
  counterUnit: 'karakter',
  counterOver: (n) => `lebih ${n}`,
  templates: 'Templat',
  templatesHeading: 'Sisipkan templat',
  templatesFilter: 'Cari templat',
  templatesEmpty: 'Belum ada templat.',
  templatesNoMatch: 'Tidak ada templat yang cocok.',
  closeTemplates: 'Tutup daftar templat',
  saveDraft: 'Simpan draf',
  saveDraftLabel: 'Simpan draf ini ke riwayat Cermat',
  draftSaving: 'Menyimpan…',
  draftSaved: (time) => `Draf tersimpan ${time}`,
  draftSaveFailed: 'Draf gagal disimpan',
};

const EN: PanelStrings = {
  panelLabel: 'Cermat: draft check',
  brand: 'Cermat',
  startTyping: 'Start typing…',
  startTypingHint: 'Cermat checks your draft in this browser as you write.',
  summaryErrors: (n) => `${n} error${n === 1 ? '' : 's'}: do not post yet`,
  summaryWarnings: (n) => `${n} warning${n === 1 ? '' : 's'} to check`,
  summaryMissing: (n) => `${n} 5W1H element${n === 1 ? '' : 's'} missing`,
  summaryReady: 'Ready to post',
  scoreLabel: (score) => `Score ${score} of 100`,
  collapse: 'Collapse panel',
  expand: (score, errors) =>
    `Open the Cermat panel${score === null ? '' : `, score ${score}`}${errors > 0 ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''}`,
  moveHandle: 'Move the panel: drag, or press the arrow keys',
  elementsHeading: '5W1H elements',
  elements: EN_LABELS.elements,
  elementStates: { found: 'found', missing: 'missing', 'not-required': 'not required' },
  elementHints: {
    what: 'Say what happened or what is announced.',
    who: 'Name who did it or the organising agency.',
    when: 'Add the day, date and time.',
    where: 'Add the place.',
    why: 'Explain the purpose or the reason.',
    how: 'Explain how it is done or how it went.',
  },
  elementDetail: (label, state, evidence) =>
    evidence ? `${label}: “${evidence}”` : `${label}: ${state === 'missing' ? 'missing' : 'not required for this kind of post'}`,
  findingsHeading: 'Findings',
  noFindings: 'No findings.',
  severities: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  categories: EN_LABELS.categories,
  postTypes: EN_LABELS.postTypes,
  languages: EN_LABELS.languages,
  showAll: (n) => `Show all (${n})`,
  showLess: 'Show fewer',
  fixLabel: (from, to) => `Replace “${from}” with “${to}”`,
  fixDelete: 'delete',
  fixDeleteLabel: (text) => `Delete “${text}”`,
  guide: 'Guideline',
  guideLabel: (ref) => `Open the guideline: ${ref}`,
  counterLabel: (length, max) =>
    max === undefined ? `Length: ${length} characters` : `Length: ${length} of a ${max}-character limit`,
  counterUnit: 'characters',
  counterOver: (n) => `${n} over`,
  templates: 'Templates',
  templatesHeading: 'Insert a template',
  templatesFilter: 'Search templates',
  templatesEmpty: 'No templates yet.',
  templatesNoMatch: 'No template matches.',
  closeTemplates: 'Close the template list',
  saveDraft: 'Save draft',
  saveDraftLabel: "Save this draft to Cermat's history",
  draftSaving: 'Saving…',
  draftSaved: (time) => `Draft saved ${time}`,
  draftSaveFailed: 'Could not save the draft',
};

export const PANEL_STRINGS: Record<Locale, PanelStrings> = { id: ID, en: EN };

export function panelStrings(locale: Locale): PanelStrings {
  return PANEL_STRINGS[locale] ?? ID;
}
