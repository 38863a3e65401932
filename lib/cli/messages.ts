/**
 * Every sentence the command line prints, in Indonesian first with an English twin (`--lang en`).
 * Kept in one table so a new subcommand reuses the wording and the translations stay side by side.
 */
import type { Locale } from '../analysis/types';

type Params = Record<string, string | number>;
type Template = string | ((p: Params) => string);

const MESSAGES = {
  // Usage problems (exit 2).
  noCommand: {
    id: 'tidak ada perintah. Jalankan "cermat --help" untuk melihat perintah yang tersedia.',
    en: 'no command given. Run "cermat --help" to see the available commands.',
  },
  unknownCommand: {
    id: (p) => `perintah tidak dikenal: "${p.command}". Perintah yang tersedia: ${p.available}.`,
    en: (p) => `unknown command: "${p.command}". Available commands: ${p.available}.`,
  },
  unknownOption: {
    id: (p) => `opsi tidak dikenal: ${p.flag}. Jalankan "cermat ${p.command ? `${p.command} ` : ''}--help" untuk daftar opsi.`,
    en: (p) => `unknown option: ${p.flag}. Run "cermat ${p.command ? `${p.command} ` : ''}--help" for the list of options.`,
  },
  missingValue: {
    id: (p) => `opsi ${p.flag} memerlukan nilai (${p.hint}).`,
    en: (p) => `option ${p.flag} needs a value (${p.hint}).`,
  },
  unexpectedValue: {
    id: (p) => `opsi ${p.flag} tidak menerima nilai.`,
    en: (p) => `option ${p.flag} does not take a value.`,
  },
  repeatedOption: {
    id: (p) => `opsi ${p.flag} diberikan lebih dari sekali.`,
    en: (p) => `option ${p.flag} is given more than once.`,
  },
  invalidChoice: {
    id: (p) => `nilai ${p.flag} tidak valid: "${p.value}". Pilihan: ${p.choices}.`,
    en: (p) => `invalid value for ${p.flag}: "${p.value}". Choices: ${p.choices}.`,
  },
  conflictingModes: {
    id: (p) => `${p.a} tidak dapat digabung dengan ${p.b}: pilih satu sumber masukan.`,
    en: (p) => `${p.a} cannot be combined with ${p.b}: choose one input source.`,
  },
  csvNeedsColumn: {
    id: '--csv memerlukan --column NAMA (kolom yang berisi teks unggahan).',
    en: '--csv needs --column NAME (the column that holds the post text).',
  },
  columnNeedsCsv: {
    id: '--column hanya berlaku bersama --csv BERKAS.',
    en: '--column only applies together with --csv FILE.',
  },
  stdinTwice: {
    id: 'masukan standar ("-") hanya dapat dibaca sekali.',
    en: 'standard input ("-") can only be read once.',
  },
  noInput: {
    id: 'tidak ada masukan. Berikan BERKAS, "-" untuk masukan standar, --jsonl atau --csv.',
    en: 'no input. Give a FILE, "-" for standard input, --jsonl or --csv.',
  },

  // Unreadable input (exit 2).
  readError: {
    id: (p) => `tidak dapat membaca ${p.what} "${p.path}": ${p.reason}.`,
    en: (p) => `cannot read ${p.what} "${p.path}": ${p.reason}.`,
  },
  whatFile: { id: 'berkas', en: 'file' },
  whatRules: { id: 'paket aturan', en: 'rule pack' },
  notFound: { id: 'berkas tidak ditemukan', en: 'no such file' },
  isDirectory: { id: 'itu sebuah direktori, bukan berkas', en: 'it is a directory, not a file' },
  noPermission: { id: 'tidak ada izin membaca', en: 'permission denied' },
  rulesJson: {
    id: (p) => `paket aturan "${p.path}" bukan JSON yang valid: ${p.reason}.`,
    en: (p) => `rule pack "${p.path}" is not valid JSON: ${p.reason}.`,
  },
  rulesInvalid: {
    id: (p) => `paket aturan "${p.path}" tidak valid (${p.count} masalah):`,
    en: (p) => `rule pack "${p.path}" is invalid (${p.count} problem(s)):`,
  },
  jsonlLine: {
    id: (p) => `baris ${p.line}: ${p.reason}`,
    en: (p) => `line ${p.line}: ${p.reason}`,
  },
  jsonlBadJson: {
    id: (p) => `JSON tidak valid (${p.reason})`,
    en: (p) => `invalid JSON (${p.reason})`,
  },
  jsonlNotObject: {
    id: 'harus berupa objek JSON {"id", "text", "platform"?}',
    en: 'must be a JSON object {"id", "text", "platform"?}',
  },
  jsonlNoText: {
    id: 'kolom "text" harus berupa teks',
    en: 'field "text" must be a string',
  },
  jsonlBadField: {
    id: (p) => `"${p.field}" tidak valid: "${p.value}" (pilihan: ${p.choices})`,
    en: (p) => `invalid "${p.field}": "${p.value}" (choices: ${p.choices})`,
  },
  jsonlSummary: {
    id: (p) => `${p.bad} dari ${p.total} baris JSON tidak dapat diperiksa.`,
    en: (p) => `${p.bad} of ${p.total} JSON lines could not be checked.`,
  },
  csvNoHeader: {
    id: (p) => `CSV "${p.path}" kosong atau tidak memiliki baris judul.`,
    en: (p) => `CSV "${p.path}" is empty or has no header row.`,
  },
  csvNoColumn: {
    id: (p) => `CSV "${p.path}" tidak memiliki kolom "${p.column}". Kolom yang ada: ${p.available}.`,
    en: (p) => `CSV "${p.path}" has no column "${p.column}". Its columns: ${p.available}.`,
  },
  csvRow: {
    id: (p) => `baris data ${p.row}: ${p.reason}`,
    en: (p) => `data row ${p.row}: ${p.reason}`,
  },
  csvRowMissing: {
    id: (p) => `baris ini tidak memiliki nilai untuk kolom "${p.column}"`,
    en: (p) => `this row has no value for column "${p.column}"`,
  },
  csvSummaryErrors: {
    id: (p) => `${p.bad} dari ${p.total} baris CSV tidak dapat diperiksa.`,
    en: (p) => `${p.bad} of ${p.total} CSV rows could not be checked.`,
  },
  fileSummaryErrors: {
    id: (p) => `${p.bad} dari ${p.total} masukan tidak dapat dibaca.`,
    en: (p) => `${p.bad} of ${p.total} inputs could not be read.`,
  },
  noDictionary: {
    id: (p) => `kamus ejaan tidak dapat dimuat, pemeriksaan salah ketik dilewati (${p.reason})`,
    en: (p) => `the spelling dictionary could not be loaded; the typo check is skipped (${p.reason})`,
  },
  internal: {
    id: (p) => `kesalahan internal mesin pemeriksa: ${p.reason}`,
    en: (p) => `internal error in the checking engine: ${p.reason}`,
  },

  // Human-readable report.
  stdinName: { id: '(masukan standar)', en: '(standard input)' },
  score: { id: 'Skor', en: 'Score' },
  language: { id: 'bahasa', en: 'language' },
  postType: { id: 'jenis unggahan', en: 'post type' },
  elementsTitle: { id: 'Unsur 5W1H', en: '5W1H elements' },
  elementMissing: { id: 'tidak ditemukan — wajib untuk jenis unggahan ini', en: 'missing — required for this post type' },
  elementNotRequired: { id: 'tidak ditemukan — tidak wajib', en: 'not found — not required' },
  findingsTitle: { id: 'Temuan', en: 'Findings' },
  noFindings: { id: 'Tidak ada temuan.', en: 'No findings.' },
  suggestion: { id: 'saran', en: 'suggestion' },
  alternatives: { id: 'alternatif', en: 'alternatives' },
  reference: { id: 'rujukan', en: 'reference' },
  countsLine: {
    id: (p) => `${p.characters} karakter${p.weighted} · ${p.hashtags} tagar · ${p.mentions} sebutan`,
    en: (p) => `${p.characters} characters${p.weighted} · ${p.hashtags} hashtags · ${p.mentions} mentions`,
  },
  weighted: { id: (p) => ` (${p.n} menurut hitungan ${p.platform})`, en: (p) => ` (${p.n} as ${p.platform} counts)` },
  severityCounts: {
    id: (p) => `${p.error} kesalahan, ${p.warning} peringatan, ${p.info} info`,
    en: (p) => `${p.error} errors, ${p.warning} warnings, ${p.info} info`,
  },

  // CSV summary table.
  colRow: { id: 'Baris', en: 'Row' },
  colScore: { id: 'Skor', en: 'Score' },
  colLanguage: { id: 'Bahasa', en: 'Lang' },
  colPostType: { id: 'Jenis', en: 'Type' },
  colMissing: { id: 'Unsur kurang', en: 'Missing' },
  colErrors: { id: 'Kesalahan', en: 'Errors' },
  colWarnings: { id: 'Peringatan', en: 'Warnings' },
  colInfo: { id: 'Info', en: 'Info' },
  colText: { id: 'Teks', en: 'Text' },
  rowError: { id: 'GAGAL', en: 'FAILED' },
  tableSummary: {
    id: (p) =>
      `${p.rows} baris diperiksa · rata-rata skor ${p.mean} · ${p.withErrors} baris dengan kesalahan · ${p.withWarnings} baris dengan peringatan`,
    en: (p) =>
      `${p.rows} rows checked · mean score ${p.mean} · ${p.withErrors} rows with errors · ${p.withWarnings} rows with warnings`,
  },
  tableByCategory: { id: 'Temuan per kategori', en: 'Findings by category' },
  tableByRule: { id: 'Aturan tersering', en: 'Most frequent rules' },
} satisfies Record<string, Record<Locale, Template>>;

export type MessageKey = keyof typeof MESSAGES;

/** The message `key` in `locale`, with its parameters filled in. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template: Template = MESSAGES[key][locale];
  return typeof template === 'function' ? template(params) : template;
}

export const ELEMENT_LABELS: Record<Locale, Record<string, string>> = {
  id: { what: 'Apa', who: 'Siapa', when: 'Kapan', where: 'Di mana', why: 'Mengapa', how: 'Bagaimana' },
  en: { what: 'What', who: 'Who', when: 'When', where: 'Where', why: 'Why', how: 'How' },
};

export const SEVERITY_LABELS: Record<Locale, Record<string, string>> = {
  id: { error: 'KESALAHAN', warning: 'PERINGATAN', info: 'INFO' },
  en: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
};

export const POST_TYPE_LABELS: Record<Locale, Record<string, string>> = {
  id: {
    event: 'kegiatan',
    announcement: 'pengumuman',
    greeting: 'ucapan',
    'hoax-clarification': 'klarifikasi hoaks',
    other: 'lainnya',
  },
  en: {
    event: 'event',
    announcement: 'announcement',
    greeting: 'greeting',
    'hoax-clarification': 'hoax clarification',
    other: 'other',
  },
};

export const LANGUAGE_LABELS: Record<Locale, Record<string, string>> = {
  id: { id: 'Indonesia', en: 'Inggris', jv: 'Jawa', su: 'Sunda', ms: 'Melayu', und: 'tidak diketahui' },
  en: { id: 'Indonesian', en: 'English', jv: 'Javanese', su: 'Sundanese', ms: 'Malay', und: 'undetermined' },
};
