/**
 * The admin's own templates in the extension's database (extension pages and the background only; a content script
 * asks the background). Everything that goes in is validated first; built-ins live in code, so they can be read and
 * duplicated here but never changed or deleted.
 */
import { CermatDatabase, type TemplateRecord } from '../db/database';
import { findTemplate, isBuiltinTemplate } from './catalog';
import type { TemplateDefinition } from './types';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  TEMPLATE_ID_PATTERN,
  formatProblem,
  parseTemplateFile,
  validateTemplate,
  type TemplateFile,
  type TemplateProblem,
} from './validate';

export type TemplateStoreErrorCode = 'invalid' | 'not-found' | 'built-in' | 'exists';

export class TemplateStoreError extends Error {
  constructor(
    readonly code: TemplateStoreErrorCode,
    /** What went wrong, each naming the field it is about; a single entry for not-found, built-in and exists. */
    readonly problems: TemplateProblem[],
  ) {
    super(problems.map((p) => formatProblem(p, 'en')).join('\n'));
    this.name = 'TemplateStoreError';
  }

  /** The problems in the interface language, one per line. */
  describe(locale: 'id' | 'en'): string {
    return this.problems.map((p) => formatProblem(p, locale)).join('\n');
  }
}

export interface StoredTemplate {
  template: TemplateDefinition;
  copiedFrom: string | null;
  createdAt: number;
  updatedAt: number;
}

/** What to do with an imported template whose id is taken (a built-in id is always renamed). */
export type ImportConflict = 'rename' | 'replace' | 'skip';

export interface ImportReport {
  added: string[];
  replaced: string[];
  renamed: { from: string; to: string }[];
  skipped: string[];
}

const notFound = (id: string) =>
  new TemplateStoreError('not-found', [{ path: 'id', message: { id: `Templat "${id}" tidak ditemukan.`, en: `Template "${id}" does not exist.` } }]);
const builtIn = (id: string) =>
  new TemplateStoreError('built-in', [
    {
      path: 'id',
      message: {
        id: `"${id}" adalah templat bawaan dan tidak dapat diubah atau dihapus. Gandakan dulu, lalu ubah salinannya.`,
        en: `"${id}" is a built-in template and cannot be changed or deleted. Duplicate it, then change the copy.`,
      },
    },
  ]);
const exists = (id: string) =>
  new TemplateStoreError('exists', [
    { path: 'id', message: { id: `Id "${id}" sudah dipakai templat lain; pilih id lain.`, en: `The id "${id}" is taken by another template; choose another.` } },
  ]);

function validOrThrow(input: unknown): TemplateDefinition {
  const result = validateTemplate(input);
  if (!result.ok) throw new TemplateStoreError('invalid', result.problems);
  return result.template;
}

export class TemplateStore {
  constructor(
    readonly db: CermatDatabase = new CermatDatabase(),
    /** Injectable for tests. */
    private readonly now: () => number = Date.now,
  ) {}

  private fromRecord(record: TemplateRecord): StoredTemplate | null {
    // A record written by an older version may no longer validate: it is left out rather than breaking the list.
    const result = validateTemplate(record.definition);
    if (!result.ok) return null;
    return { template: result.template, copiedFrom: record.copiedFrom, createdAt: record.createdAt, updatedAt: record.updatedAt };
  }

  /** The admin's templates, by title. */
  async list(): Promise<StoredTemplate[]> {
    const records = await this.db.templates.toArray();
    return records
      .map((r) => this.fromRecord(r))
      .filter((s): s is StoredTemplate => s !== null)
      .sort((a, b) => a.template.title.id.localeCompare(b.template.title.id, 'id'));
  }

  /** Just the definitions, for catalog.ts (templateChoices, findTemplate). */
  async definitions(): Promise<TemplateDefinition[]> {
    return (await this.list()).map((s) => s.template);
  }

  /** A built-in or a stored template. */
  async get(id: string): Promise<TemplateDefinition | undefined> {
    const builtin = findTemplate(id);
    if (builtin) return builtin;
    const record = await this.db.templates.get(id);
    return record ? this.fromRecord(record)?.template : undefined;
  }

  private async taken(id: string): Promise<boolean> {
    return isBuiltinTemplate(id) || (await this.db.templates.get(id)) !== undefined;
  }

  /** A free id: `base`, else `base-2`, `base-3` … (cut so the result stays a valid id). */
  async freeId(base: string): Promise<string> {
    const stem = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || 'templat';
    const first = TEMPLATE_ID_PATTERN.test(stem) ? stem : `templat-${stem}`.slice(0, 56);
    if (!(await this.taken(first))) return first;
    for (let n = 2; ; n++) {
      const candidate = `${first}-${n}`;
      if (!(await this.taken(candidate))) return candidate;
    }
  }

  /** Stores a new template; its id must be free (built-in ids are never free). */
  async create(input: unknown, copiedFrom: string | null = null): Promise<TemplateDefinition> {
    const template = validOrThrow(input);
    return this.db.transaction('rw', this.db.templates, async () => {
      if (await this.taken(template.id)) throw exists(template.id);
      const at = this.now();
      await this.db.templates.add({ id: template.id, definition: template, copiedFrom, createdAt: at, updatedAt: at });
      return template;
    });
  }

  /**
   * Replaces a stored template. The definition may carry a new id (a rename), which must be free.
   */
  async update(id: string, input: unknown): Promise<TemplateDefinition> {
    if (isBuiltinTemplate(id)) throw builtIn(id);
    const template = validOrThrow(input);
    return this.db.transaction('rw', this.db.templates, async () => {
      const current = await this.db.templates.get(id);
      if (!current) throw notFound(id);
      if (template.id !== id) {
        if (await this.taken(template.id)) throw exists(template.id);
        await this.db.templates.delete(id);
      }
      await this.db.templates.put({ ...current, id: template.id, definition: template, updatedAt: this.now() });
      return template;
    });
  }

  /** Copies a built-in or a stored template under a new id ("… (salinan)"), remembering which built-in it came from. */
  async duplicate(id: string): Promise<TemplateDefinition> {
    const source = await this.get(id);
    if (!source) throw notFound(id);
    const record = isBuiltinTemplate(id) ? undefined : await this.db.templates.get(id);
    const copiedFrom = isBuiltinTemplate(id) ? id : (record?.copiedFrom ?? null);
    const copy: TemplateDefinition = {
      ...structuredClone(source),
      id: await this.freeId(`${id}-salinan`),
      title: { id: `${source.title.id} (salinan)`, en: `${source.title.en} (copy)` },
    };
    return this.create(copy, copiedFrom);
  }

  async delete(id: string): Promise<void> {
    if (isBuiltinTemplate(id)) throw builtIn(id);
    await this.db.transaction('rw', this.db.templates, async () => {
      if (!(await this.db.templates.get(id))) throw notFound(id);
      await this.db.templates.delete(id);
    });
  }

  /**
   * Imports a file's text (export format, an array, or one template). Nothing is written unless every template in
   * the file is valid; all problems come back at once.
   */
  async import(json: string, onConflict: ImportConflict = 'rename'): Promise<ImportReport> {
    const parsed = parseTemplateFile(json);
    if (!parsed.ok) throw new TemplateStoreError('invalid', parsed.problems);
    const report: ImportReport = { added: [], replaced: [], renamed: [], skipped: [] };
    await this.db.transaction('rw', this.db.templates, async () => {
      for (const template of parsed.templates) {
        const at = this.now();
        const existing = await this.db.templates.get(template.id);
        if (isBuiltinTemplate(template.id) || (existing && onConflict === 'rename')) {
          if (onConflict === 'skip') {
            report.skipped.push(template.id);
            continue;
          }
          const to = await this.freeId(template.id);
          await this.db.templates.add({ id: to, definition: { ...template, id: to }, copiedFrom: null, createdAt: at, updatedAt: at });
          report.renamed.push({ from: template.id, to });
        } else if (existing) {
          if (onConflict === 'skip') {
            report.skipped.push(template.id);
            continue;
          }
          await this.db.templates.put({ ...existing, definition: template, updatedAt: at });
          report.replaced.push(template.id);
        } else {
          await this.db.templates.add({ id: template.id, definition: template, copiedFrom: null, createdAt: at, updatedAt: at });
          report.added.push(template.id);
        }
      }
    });
    return report;
  }

  /** The admin's templates (all, or the given ids, built-ins included when named) as an import-ready JSON file. */
  async export(ids?: readonly string[]): Promise<string> {
    let templates: TemplateDefinition[];
    if (ids) {
      templates = [];
      for (const id of ids) {
        const t = await this.get(id);
        if (!t) throw notFound(id);
        templates.push(t);
      }
    } else templates = await this.definitions();
    const file: TemplateFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, templates };
    return `${JSON.stringify(file, null, 2)}\n`;
  }
}
