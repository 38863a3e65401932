/**
 * Checks a template that comes from outside the code (an import, the options page's editor) and returns it in the
 * strict shape the renderer expects. Every problem names the field it is about (`fields[1].name`) in words an admin
 * can act on; lenient spellings are accepted and normalised (a title given as plain text serves both languages).
 */
import { ELEMENT_KEYS, PLATFORMS, POST_TYPES, type ElementKey, type Platform, type PostType } from '../analysis/types';
import { namesIn, parseTemplateText } from './syntax';
import { PROFILE_PLACEHOLDERS, type Bilingual, type TemplateDefinition, type TemplateField } from './types';

export interface TemplateProblem {
  /** Where: `title.id`, `fields[2].element`, `variants.x`, or `templates[3].body` in an import. */
  path: string;
  message: Bilingual;
}

export type ValidationResult = { ok: true; template: TemplateDefinition } | { ok: false; problems: TemplateProblem[] };

export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,63}$/;
const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
const MAX_TEXT = 10_000;
const TOP_KEYS = new Set(['id', 'title', 'description', 'language', 'postType', 'fields', 'body', 'variants', 'hashtags']);
const FIELD_KEYS = new Set(['name', 'label', 'element', 'example', 'required', 'multiline', 'options', 'fallback']);
const FALLBACKS = ['agencyName', 'region'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Formats one problem for a list shown to the admin or printed by the command line. */
export function formatProblem(p: TemplateProblem, locale: 'id' | 'en'): string {
  return p.path ? `${p.path}: ${p.message[locale]}` : p.message[locale];
}

class Collector {
  readonly problems: TemplateProblem[] = [];
  add(path: string, id: string, en: string): void {
    this.problems.push({ path, message: { id, en } });
  }
}

function text(c: Collector, value: unknown, path: string, opts: { required?: boolean; max?: number } = {}): string | undefined {
  if (value === undefined || value === null) {
    if (opts.required) c.add(path, 'wajib diisi.', 'is required.');
    return undefined;
  }
  if (typeof value !== 'string') {
    c.add(path, `harus berupa teks, bukan ${kind(value)}.`, `must be text, not ${kind(value)}.`);
    return undefined;
  }
  if (opts.required && !value.trim()) {
    c.add(path, 'tidak boleh kosong.', 'must not be empty.');
    return undefined;
  }
  const max = opts.max ?? MAX_TEXT;
  if (value.length > max) {
    c.add(path, `terlalu panjang (${value.length} karakter, paling banyak ${max}).`, `is too long (${value.length} characters, at most ${max}).`);
    return undefined;
  }
  return value;
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** A bilingual text, or plain text that serves both languages. */
function bilingual(c: Collector, value: unknown, path: string, required: boolean, max = 200): Bilingual | undefined {
  if (typeof value === 'string') {
    const s = text(c, value, path, { required, max });
    return s === undefined ? undefined : { id: s.trim(), en: s.trim() };
  }
  if (value === undefined && !required) return undefined;
  if (!isObject(value)) {
    c.add(path, 'harus berupa teks atau objek {"id": "…", "en": "…"}.', 'must be text or an object {"id": "…", "en": "…"}.');
    return undefined;
  }
  const id = text(c, value.id, `${path}.id`, { required: true, max });
  const en = value.en === undefined ? id : text(c, value.en, `${path}.en`, { required: true, max });
  return id !== undefined && en !== undefined ? { id: id.trim(), en: en.trim() } : undefined;
}

function unknownKeys(c: Collector, obj: Record<string, unknown>, allowed: Set<string>, path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.has(key)) {
      c.add(path ? `${path}.${key}` : key, `properti tidak dikenal (yang dikenal: ${[...allowed].join(', ')}).`, `unknown property (known: ${[...allowed].join(', ')}).`);
    }
  }
}

function field(c: Collector, value: unknown, path: string): TemplateField | undefined {
  if (!isObject(value)) {
    c.add(path, 'harus berupa objek isian {"name", "label", "example", "required"}.', 'must be a field object {"name", "label", "example", "required"}.');
    return undefined;
  }
  unknownKeys(c, value, FIELD_KEYS, path);
  const before = c.problems.length;
  const name = text(c, value.name, `${path}.name`, { required: true, max: 40 });
  if (name !== undefined && !FIELD_NAME_PATTERN.test(name)) {
    c.add(`${path}.name`, `"${name}" tidak valid: gunakan huruf, angka, "-" atau "_", diawali huruf.`, `"${name}" is invalid: use letters, digits, "-" or "_", starting with a letter.`);
  } else if (name !== undefined && (PROFILE_PLACEHOLDERS as readonly string[]).includes(name)) {
    c.add(`${path}.name`, `"${name}" sudah dipakai profil instansi; pilih nama lain.`, `"${name}" is taken by the agency profile; choose another name.`);
  }
  const label = bilingual(c, value.label, `${path}.label`, true, 80);
  let element: ElementKey | undefined;
  if (value.element !== undefined) {
    if (typeof value.element === 'string' && (ELEMENT_KEYS as readonly string[]).includes(value.element)) element = value.element as ElementKey;
    else c.add(`${path}.element`, `harus salah satu dari: ${ELEMENT_KEYS.join(', ')}.`, `must be one of: ${ELEMENT_KEYS.join(', ')}.`);
  }
  const example = text(c, value.example ?? '', `${path}.example`, { max: 2000 }) ?? '';
  let required = true;
  if (value.required !== undefined) {
    if (typeof value.required === 'boolean') required = value.required;
    else c.add(`${path}.required`, 'harus true atau false.', 'must be true or false.');
  }
  let multiline: boolean | undefined;
  if (value.multiline !== undefined) {
    if (typeof value.multiline === 'boolean') multiline = value.multiline;
    else c.add(`${path}.multiline`, 'harus true atau false.', 'must be true or false.');
  }
  let options: string[] | undefined;
  if (value.options !== undefined) {
    if (Array.isArray(value.options) && value.options.length > 0 && value.options.every((o) => typeof o === 'string' && o.trim())) {
      options = (value.options as string[]).map((o) => o.trim());
    } else c.add(`${path}.options`, 'harus berupa daftar teks yang tidak kosong.', 'must be a non-empty list of texts.');
  }
  let fallback: TemplateField['fallback'];
  if (value.fallback !== undefined) {
    if ((FALLBACKS as readonly unknown[]).includes(value.fallback)) fallback = value.fallback as TemplateField['fallback'];
    else c.add(`${path}.fallback`, `harus salah satu dari: ${FALLBACKS.join(', ')}.`, `must be one of: ${FALLBACKS.join(', ')}.`);
  }
  if (c.problems.length > before || name === undefined || label === undefined) return undefined;
  const out: TemplateField = { name, label, example, required };
  if (element) out.element = element;
  if (multiline !== undefined) out.multiline = multiline;
  if (options) out.options = options;
  if (fallback) out.fallback = fallback;
  return out;
}

/** Checks that a body or variant parses and uses only known names. */
function templateText(c: Collector, source: string, path: string, known: Set<string>): void {
  const parsed = parseTemplateText(source);
  if (!parsed.ok) {
    c.add(path, `${parsed.problem.message.id} (posisi ${parsed.problem.at})`, `${parsed.problem.message.en} (offset ${parsed.problem.at})`);
    return;
  }
  for (const name of namesIn(parsed.nodes)) {
    if (!known.has(name)) {
      c.add(path, `{{${name}}} bukan nama isian templat ini (yang ada: ${[...known].join(', ')}).`, `{{${name}}} is not a field of this template (known: ${[...known].join(', ')}).`);
    }
  }
}

/** Validates one template definition. */
export function validateTemplate(value: unknown): ValidationResult {
  const c = new Collector();
  if (!isObject(value)) {
    c.add('', `Templat harus berupa objek JSON, bukan ${kind(value)}.`, `A template must be a JSON object, not ${kind(value)}.`);
    return { ok: false, problems: c.problems };
  }
  unknownKeys(c, value, TOP_KEYS, '');
  const id = text(c, value.id, 'id', { required: true, max: 64 });
  if (id !== undefined && !TEMPLATE_ID_PATTERN.test(id)) {
    c.add('id', `"${id}" tidak valid: 2–64 karakter huruf kecil, angka atau "-" (contoh: "liputan-kegiatan").`, `"${id}" is invalid: 2–64 lower-case letters, digits or "-" (e.g. "event-report").`);
  }
  const title = bilingual(c, value.title, 'title', true, 120);
  const description = bilingual(c, value.description, 'description', false, 400);

  let language: 'id' | 'en' = 'id';
  if (value.language !== undefined) {
    if (value.language === 'id' || value.language === 'en') language = value.language;
    else c.add('language', 'harus "id" atau "en".', 'must be "id" or "en".');
  }
  let postType: PostType | undefined;
  if (typeof value.postType === 'string' && (POST_TYPES as readonly string[]).includes(value.postType)) postType = value.postType as PostType;
  else c.add('postType', `harus salah satu dari: ${POST_TYPES.join(', ')}.`, `must be one of: ${POST_TYPES.join(', ')}.`);

  const fields: TemplateField[] = [];
  if (value.fields === undefined) {
    // A template may be plain text with no fields.
  } else if (!Array.isArray(value.fields)) c.add('fields', 'harus berupa daftar isian.', 'must be a list of fields.');
  else {
    const seen = new Set<string>();
    value.fields.forEach((raw, i) => {
      const f = field(c, raw, `fields[${i}]`);
      if (!f) return;
      if (seen.has(f.name)) c.add(`fields[${i}].name`, `"${f.name}" dipakai dua kali.`, `"${f.name}" is used twice.`);
      seen.add(f.name);
      fields.push(f);
    });
  }
  // Names of fields that failed for another reason still count, so one mistake is not reported three times.
  const declared = Array.isArray(value.fields)
    ? value.fields.flatMap((f) => (isObject(f) && typeof f.name === 'string' ? [f.name] : []))
    : [];
  const known = new Set<string>([...declared, ...PROFILE_PLACEHOLDERS]);

  const body = text(c, value.body, 'body', { required: true });
  if (body !== undefined) templateText(c, body, 'body', known);

  const variants: Partial<Record<Platform, string>> = {};
  if (value.variants !== undefined) {
    if (!isObject(value.variants)) c.add('variants', 'harus berupa objek {"x": "…", "instagram": "…"}.', 'must be an object {"x": "…", "instagram": "…"}.');
    else {
      for (const [key, v] of Object.entries(value.variants)) {
        if (!(PLATFORMS as readonly string[]).includes(key)) {
          c.add(`variants.${key}`, `platform tidak dikenal (pilihan: ${PLATFORMS.join(', ')}).`, `unknown platform (choices: ${PLATFORMS.join(', ')}).`);
          continue;
        }
        const s = text(c, v, `variants.${key}`, { required: true });
        if (s === undefined) continue;
        templateText(c, s, `variants.${key}`, known);
        variants[key as Platform] = s;
      }
    }
  }

  let hashtags: string[] | undefined;
  if (value.hashtags !== undefined) {
    if (!Array.isArray(value.hashtags)) c.add('hashtags', 'harus berupa daftar tagar.', 'must be a list of hashtags.');
    else {
      hashtags = [];
      value.hashtags.forEach((h, i) => {
        if (typeof h !== 'string' || !/^#?[\p{L}\p{N}_]+$/u.test(h.trim())) {
          c.add(`hashtags[${i}]`, 'harus satu tagar tanpa spasi (contoh: "#SiagaBencana").', 'must be one hashtag without spaces (e.g. "#SiagaBencana").');
        } else hashtags!.push(h.trim().startsWith('#') ? h.trim() : `#${h.trim()}`);
      });
    }
  }

  if (c.problems.length || id === undefined || title === undefined || postType === undefined || body === undefined) {
    return { ok: false, problems: c.problems };
  }
  const template: TemplateDefinition = { id, title, language, postType, fields, body, variants };
  if (description) template.description = description;
  if (hashtags?.length) template.hashtags = hashtags;
  return { ok: true, template };
}

/** The export format; an import also accepts one template object or a plain array of them. */
export const EXPORT_FORMAT = 'cermat-templates';
export const EXPORT_VERSION = 1;

export interface TemplateFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  templates: TemplateDefinition[];
}

export type ImportParse = { ok: true; templates: TemplateDefinition[] } | { ok: false; problems: TemplateProblem[] };

/**
 * Reads an import file's text: every template is validated and all problems are returned at once, each path
 * prefixed with the template's place (`templates[2] "my-id".fields[0].name`), so one fix-and-retry suffices.
 */
export function parseTemplateFile(json: string): ImportParse {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (err) {
    return {
      ok: false,
      problems: [{ path: '', message: { id: `Berkas bukan JSON yang valid: ${(err as Error).message}`, en: `The file is not valid JSON: ${(err as Error).message}` } }],
    };
  }
  let list: unknown[];
  if (Array.isArray(value)) list = value;
  else if (isObject(value) && 'templates' in value) {
    if (value.format !== undefined && value.format !== EXPORT_FORMAT) {
      return { ok: false, problems: [{ path: 'format', message: { id: `harus "${EXPORT_FORMAT}".`, en: `must be "${EXPORT_FORMAT}".` } }] };
    }
    if (value.version !== undefined && value.version !== EXPORT_VERSION) {
      return {
        ok: false,
        problems: [{ path: 'version', message: { id: `versi ${String(value.version)} tidak didukung (yang didukung: ${EXPORT_VERSION}).`, en: `version ${String(value.version)} is not supported (supported: ${EXPORT_VERSION}).` } }],
      };
    }
    if (!Array.isArray(value.templates)) {
      return { ok: false, problems: [{ path: 'templates', message: { id: 'harus berupa daftar templat.', en: 'must be a list of templates.' } }] };
    }
    list = value.templates;
  } else list = [value];
  if (list.length === 0) {
    return { ok: false, problems: [{ path: '', message: { id: 'Berkas tidak berisi templat.', en: 'The file holds no template.' } }] };
  }

  const templates: TemplateDefinition[] = [];
  const problems: TemplateProblem[] = [];
  const ids = new Set<string>();
  list.forEach((raw, i) => {
    const rawId = isObject(raw) && typeof raw.id === 'string' ? ` "${raw.id}"` : '';
    const where = list.length > 1 || Array.isArray(value) || (isObject(value) && 'templates' in value) ? `templates[${i}]${rawId}` : '';
    const result = validateTemplate(raw);
    if (!result.ok) {
      for (const p of result.problems) problems.push({ path: [where, p.path].filter(Boolean).join('.'), message: p.message });
      return;
    }
    if (ids.has(result.template.id)) {
      problems.push({ path: `${where}.id`.replace(/^\./, ''), message: { id: `"${result.template.id}" muncul dua kali dalam berkas.`, en: `"${result.template.id}" appears twice in the file.` } });
      return;
    }
    ids.add(result.template.id);
    templates.push(result.template);
  });
  return problems.length ? { ok: false, problems } : { ok: true, templates };
}
