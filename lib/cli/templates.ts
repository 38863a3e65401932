/**
 * `cermat templates`: lists the caption templates and fills one for a platform, the same renderer the panel uses.
 *   cermat templates [--json] [--templates FILE]
 *   cermat templates render ID [--platform P] [--field name=value]… [--examples] [--profile FILE] [--json]
 * Filled text goes to stdout; fields still to fill and a text too long for the platform are noted on stderr.
 */
import { PLATFORMS, type Locale, type Platform } from '../analysis/types';
import {
  allTemplates,
  exampleFields,
  findTemplate,
  formatProblem,
  parseTemplateFile,
  renderTemplate,
  TemplateRenderError,
  templatePlatforms,
  type AgencyProfile,
  type Bilingual,
  type TemplateDefinition,
} from '../templates';
import { CliError, EXIT_OK, EXIT_USAGE, oneOf, parseArgs, peekLocale, type OptionSpec } from './args';
import type { Command } from './command';
import { readText } from './inputs';
import type { Io } from './io';

const LOCALES = ['id', 'en'] as const;

/** Options that may be given many times; taken out before the shared parser, which allows each option once. */
const REPEATABLE = ['field', 'hashtag'] as const;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'json' },
  { name: 'platform', value: PLATFORMS.join('|') },
  { name: 'examples' },
  { name: 'profile', value: 'FILE' },
  { name: 'agency', value: 'NAME' },
  { name: 'region', value: 'NAME' },
  { name: 'sign-off', value: 'TEXT' },
  { name: 'templates', value: 'FILE' },
  { name: 'lang', value: 'id|en' },
  { name: 'help', short: 'h' },
];

const HELP: Record<Locale, string> = {
  id: `Penggunaan:
  cermat templates [--json] [--templates BERKAS]
  cermat templates render ID [--platform P] [--field nama=nilai]... [opsi]

Tanpa perintah: daftar templat bawaan (dan templat dari --templates). --json mencetak id, title, language,
postType, platforms dan fields setiap templat.

render ID: mencetak teks templat yang sudah diisi. Isian yang kosong tetap tertulis sebagai [Label] dan
disebutkan di stderr.
  --platform P           ${PLATFORMS.filter((p) => p !== 'youtube-title').join(', ')}
  --field nama=nilai     mengisi satu isian (boleh berulang)
  --examples             mengisi isian yang kosong dengan contohnya
  --profile BERKAS       profil instansi JSON {"agencyName", "region", "hashtags", "signOff"}
  --agency NAMA, --region NAMA, --hashtag TAGAR (berulang), --sign-off TEKS
                         bagian profil langsung dari baris perintah (menimpa --profile)
  --json                 hasil lengkap: text, placeholders, missing, length, limit, fits

Opsi umum:
  --templates BERKAS     templat instansi (berkas ekspor Cermat, daftar, atau satu templat JSON)
  --lang id|en           bahasa pesan (bawaan: id)
  -h, --help             bantuan ini

Kode keluar: 0 berhasil; 2 penggunaan salah, templat tidak dikenal, atau berkas tidak valid.
`,
  en: `Usage:
  cermat templates [--json] [--templates FILE]
  cermat templates render ID [--platform P] [--field name=value]... [options]

Without a subcommand: the built-in templates (and those from --templates). --json prints each template's id,
title, language, postType, platforms and fields.

render ID: prints the filled template text. Fields left empty stay as [Label] and are listed on stderr.
  --platform P           ${PLATFORMS.filter((p) => p !== 'youtube-title').join(', ')}
  --field name=value     fills one field (repeatable)
  --examples             fills empty fields with their examples
  --profile FILE         agency profile JSON {"agencyName", "region", "hashtags", "signOff"}
  --agency NAME, --region NAME, --hashtag TAG (repeatable), --sign-off TEXT
                         parts of the profile on the command line (override --profile)
  --json                 the full result: text, placeholders, missing, length, limit, fits

Common options:
  --templates FILE       the agency's templates (a Cermat export, a list, or one template as JSON)
  --lang id|en           message language (default: id)
  -h, --help             this help

Exit codes: 0 success; 2 bad usage, unknown template, or invalid file.
`,
};

/** A usage problem worded here (the shared message table belongs to `check`). */
class TemplatesError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly details: string[] = [],
  ) {
    super(text.en);
  }
  render(locale: Locale): string {
    return [this.text[locale], ...this.details.map((d) => `  - ${d}`)].join('\n');
  }
}

interface Split {
  rest: string[];
  repeated: Record<(typeof REPEATABLE)[number], string[]>;
}

function splitRepeatable(argv: readonly string[]): Split {
  const rest: string[] = [];
  const repeated: Split['repeated'] = { field: [], hashtag: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const name = REPEATABLE.find((n) => arg === `--${n}` || arg.startsWith(`--${n}=`));
    if (!name) {
      rest.push(arg);
      continue;
    }
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
    if (value === undefined) throw new CliError('missingValue', { flag: `--${name}`, hint: name === 'field' ? 'nama=nilai' : '#Tagar' });
    repeated[name].push(value);
  }
  return { rest, repeated };
}

async function loadTemplates(path: string | undefined, io: Io, locale: Locale): Promise<TemplateDefinition[]> {
  if (path === undefined) return [];
  const parsed = parseTemplateFile(await readText(path, io, locale));
  if (!parsed.ok) {
    throw new TemplatesError(
      { id: `berkas templat "${path}" tidak valid (${parsed.problems.length} masalah):`, en: `template file "${path}" is invalid (${parsed.problems.length} problem(s)):` },
      parsed.problems.map((p) => formatProblem(p, locale)),
    );
  }
  return parsed.templates;
}

async function loadProfile(path: string | undefined, io: Io, locale: Locale): Promise<AgencyProfile> {
  if (path === undefined) return {};
  const raw = await readText(path, io, locale);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new TemplatesError({
      id: `profil "${path}" bukan JSON yang valid: ${(err as Error).message}.`,
      en: `profile "${path}" is not valid JSON: ${(err as Error).message}.`,
    });
  }
  const bad = (key: string, id: string, en: string) =>
    new TemplatesError({ id: `profil "${path}": ${key} ${id}`, en: `profile "${path}": ${key} ${en}` });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad('', 'harus berupa objek {"agencyName", "region", "hashtags", "signOff"}.', 'must be an object {"agencyName", "region", "hashtags", "signOff"}.');
  }
  const v = value as Record<string, unknown>;
  const profile: AgencyProfile = {};
  for (const key of ['agencyName', 'region', 'signOff'] as const) {
    if (v[key] === undefined) continue;
    if (typeof v[key] !== 'string') throw bad(key, 'harus berupa teks.', 'must be text.');
    profile[key] = v[key] as string;
  }
  if (v.hashtags !== undefined) {
    if (!Array.isArray(v.hashtags) || !v.hashtags.every((h) => typeof h === 'string')) {
      throw bad('hashtags', 'harus berupa daftar teks.', 'must be a list of texts.');
    }
    profile.hashtags = v.hashtags as string[];
  }
  return profile;
}

function listing(templates: readonly TemplateDefinition[]) {
  return templates.map((t) => ({
    id: t.id,
    title: t.title,
    language: t.language,
    postType: t.postType,
    platforms: templatePlatforms(t),
    fields: t.fields.map((f) => ({
      name: f.name,
      label: f.label,
      element: f.element ?? null,
      required: f.required,
      example: f.example,
      ...(f.options ? { options: f.options } : {}),
    })),
  }));
}

function table(templates: readonly TemplateDefinition[], locale: Locale): string {
  const idWidth = Math.max(...templates.map((t) => t.id.length));
  const typeWidth = Math.max(...templates.map((t) => t.postType.length));
  const lines = templates.map((t) => `${t.id.padEnd(idWidth)}  ${t.postType.padEnd(typeWidth)}  ${t.title[locale]}`);
  const hint =
    locale === 'en'
      ? `\n${templates.length} templates. Fill one with: cermat templates render ID --platform P --field name=value\n`
      : `\n${templates.length} templat. Isi salah satunya dengan: cermat templates render ID --platform P --field nama=nilai\n`;
  return `${lines.join('\n')}\n${hint}`;
}

function parseFields(pairs: readonly string[], template: TemplateDefinition): Record<string, string> {
  const fields: Record<string, string> = {};
  const names = template.fields.map((f) => f.name);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new TemplatesError({
        id: `--field "${pair}" harus berbentuk nama=nilai (isian ${template.id}: ${names.join(', ')}).`,
        en: `--field "${pair}" must look like name=value (fields of ${template.id}: ${names.join(', ')}).`,
      });
    }
    const name = pair.slice(0, eq);
    if (!names.includes(name)) {
      throw new TemplatesError({
        id: `templat ${template.id} tidak memiliki isian "${name}". Isian yang ada: ${names.join(', ')}.`,
        en: `template ${template.id} has no field "${name}". Its fields: ${names.join(', ')}.`,
      });
    }
    fields[name] = pair.slice(eq + 1);
  }
  return fields;
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const { rest, repeated } = splitRepeatable(argv);
  const { options, positionals } = parseArgs(rest, OPTIONS, 'templates');
  const str = (name: string) => {
    const v = options.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const locale = str('lang') === undefined ? 'id' : oneOf('--lang', str('lang')!, LOCALES);
  if (options.has('help')) {
    io.out(HELP[locale]);
    return EXIT_OK;
  }
  const custom = await loadTemplates(str('templates'), io, locale);
  const [sub, id, ...extra] = positionals;

  if (sub === undefined || sub === 'list') {
    if (id !== undefined) throw new TemplatesError({ id: `argumen berlebih: "${id}".`, en: `unexpected argument: "${id}".` });
    const templates = allTemplates(custom);
    io.out(options.has('json') ? `${JSON.stringify(listing(templates), null, 2)}\n` : table(templates, locale));
    return EXIT_OK;
  }
  if (sub !== 'render') {
    throw new TemplatesError({
      id: `perintah templates tidak dikenal: "${sub}". Gunakan "list" atau "render ID".`,
      en: `unknown templates subcommand: "${sub}". Use "list" or "render ID".`,
    });
  }
  if (id === undefined) {
    throw new TemplatesError({ id: 'render memerlukan ID templat (lihat "cermat templates").', en: 'render needs a template ID (see "cermat templates").' });
  }
  if (extra.length) throw new TemplatesError({ id: `argumen berlebih: "${extra[0]}".`, en: `unexpected argument: "${extra[0]}".` });
  const template = findTemplate(id, custom);
  if (!template) {
    throw new TemplatesError({
      id: `templat tidak dikenal: "${id}". Templat yang ada: ${allTemplates(custom).map((t) => t.id).join(', ')}.`,
      en: `unknown template: "${id}". Available: ${allTemplates(custom).map((t) => t.id).join(', ')}.`,
    });
  }
  const platform = str('platform') === undefined ? undefined : oneOf<Platform>('--platform', str('platform')!, PLATFORMS);
  const given = parseFields(repeated.field, template);
  const fields = options.has('examples') ? { ...exampleFields(template), ...given } : given;

  const profile = await loadProfile(str('profile'), io, locale);
  if (str('agency') !== undefined) profile.agencyName = str('agency');
  if (str('region') !== undefined) profile.region = str('region');
  if (str('sign-off') !== undefined) profile.signOff = str('sign-off');
  if (repeated.hashtag.length) profile.hashtags = repeated.hashtag;

  let result;
  try {
    result = renderTemplate(template, { platform, fields, profile });
  } catch (err) {
    if (err instanceof TemplateRenderError) throw new TemplatesError(err.messages);
    throw err;
  }
  if (options.has('json')) io.out(`${JSON.stringify({ id: template.id, platform: platform ?? null, ...result })}\n`);
  else io.out(`${result.text}\n`);

  if (result.placeholders.length) {
    const names = [...new Set(result.placeholders.map((p) => p.name))].join(', ');
    io.err(
      locale === 'en'
        ? `cermat: still to fill (shown as [Label]): ${names}. Use --field name=value or --examples.\n`
        : `cermat: isian yang belum diisi (tertulis [Label]): ${names}. Gunakan --field nama=nilai atau --examples.\n`,
    );
  }
  if (!result.fits) {
    io.err(
      locale === 'en'
        ? `cermat: ${result.length} characters, over the ${platform} limit of ${result.limit}. Shorten the fields.\n`
        : `cermat: ${result.length} karakter, melebihi batas ${platform} (${result.limit}). Persingkat isiannya.\n`,
    );
  }
  return EXIT_OK;
}

export const templatesCommand: Command = {
  name: 'templates',
  summary: {
    id: 'daftar templat keterangan dan klarifikasi hoaks, atau mengisi satu templat untuk suatu platform',
    en: 'list caption and hoax-clarification templates, or fill one for a platform',
  },
  async run(argv, io) {
    try {
      return await run(argv, io);
    } catch (err) {
      const locale = peekLocale(argv);
      if (err instanceof CliError) {
        io.err(`cermat: ${err.render(locale)}\n`);
        return err.exitCode;
      }
      if (err instanceof TemplatesError) {
        io.err(`cermat: ${err.render(locale)}\n`);
        return EXIT_USAGE;
      }
      throw err;
    }
  },
};
