import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CermatDatabase } from '../../lib/db/database';
import { BUILTIN_TEMPLATES, getBuiltinTemplate, parseTemplateFile, templateChoices } from '../../lib/templates';
import { TemplateStore, TemplateStoreError } from '../../lib/templates/store';

let db: CermatDatabase;
let store: TemplateStore;
let clock = 1_000;
let dbCount = 0;

beforeEach(() => {
  db = new CermatDatabase(`cermat-test-${++dbCount}`);
  clock = 1_000;
  store = new TemplateStore(db, () => clock++);
});

afterEach(async () => {
  await db.delete();
});

const mine = {
  id: 'agenda-rt',
  title: { id: 'Agenda RT', en: 'Neighbourhood agenda' },
  postType: 'event',
  fields: [{ name: 'what', label: 'Kegiatan', element: 'what', example: 'kerja bakti', required: true }],
  body: 'Ayo ikut {{what}} bersama {{agency}}.\n\n{{hashtags}}',
};

async function failure(p: Promise<unknown>): Promise<TemplateStoreError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TemplateStoreError) return err;
    throw err;
  }
  throw new Error('expected a TemplateStoreError');
}

describe('TemplateStore', () => {
  it('creates, lists, reads and updates a template', async () => {
    const created = await store.create(mine);
    expect(created.title).toEqual({ id: 'Agenda RT', en: 'Neighbourhood agenda' });
    expect((await store.list()).map((s) => [s.template.id, s.createdAt, s.updatedAt, s.copiedFrom])).toEqual([['agenda-rt', 1000, 1000, null]]);
    expect((await store.get('agenda-rt'))?.body).toBe(mine.body);

    await store.update('agenda-rt', { ...mine, body: 'Ayo ikut {{what}}.' });
    const [after] = await store.list();
    expect(after!.template.body).toBe('Ayo ikut {{what}}.');
    expect([after!.createdAt, after!.updatedAt]).toEqual([1000, 1001]);
    // The picker sees it after the built-ins.
    expect(templateChoices(await store.definitions()).at(-1)).toEqual({ id: 'agenda-rt', title: 'Agenda RT', postType: 'event' });
  });

  it('renames on update when the id changes, and refuses a taken id', async () => {
    await store.create(mine);
    await store.create({ ...mine, id: 'lain' });
    await store.update('agenda-rt', { ...mine, id: 'agenda-rw' });
    expect((await store.list()).map((s) => s.template.id).sort()).toEqual(['agenda-rw', 'lain']);
    const err = await failure(store.update('agenda-rw', { ...mine, id: 'lain' }));
    expect(err.code).toBe('exists');
    expect(err.describe('id')).toBe('id: Id "lain" sudah dipakai templat lain; pilih id lain.');
  });

  it('rejects an invalid template with messages that name the field, and writes nothing', async () => {
    const err = await failure(store.create({ ...mine, postType: 'berita', fields: [{ name: 'what' }] }));
    expect(err.code).toBe('invalid');
    expect(err.problems.map((p) => p.path)).toEqual(['postType', 'fields[0].label']);
    expect(err.describe('en')).toBe(
      'postType: must be one of: event, announcement, greeting, hoax-clarification, other.\nfields[0].label: must be text or an object {"id": "…", "en": "…"}.',
    );
    expect(await store.list()).toEqual([]);
  });

  it('never lets a custom template take a built-in id', async () => {
    const err = await failure(store.create({ ...mine, id: 'pengumuman' }));
    expect(err.code).toBe('exists');
  });

  it('protects built-ins: they cannot be updated or deleted', async () => {
    for (const p of [store.update('pengumuman', mine), store.delete('klarifikasi-hoaks')]) {
      const err = await failure(p);
      expect(err.code).toBe('built-in');
      expect(err.problems[0]!.message.id).toMatch(/templat bawaan dan tidak dapat diubah atau dihapus/);
    }
    expect(await store.get('pengumuman')).toBe(getBuiltinTemplate('pengumuman'));
  });

  it('duplicates a built-in into an editable copy that remembers its origin', async () => {
    const copy = await store.duplicate('klarifikasi-hoaks');
    expect(copy.id).toBe('klarifikasi-hoaks-salinan');
    expect(copy.title).toEqual({ id: 'Klarifikasi hoaks (salinan)', en: 'Hoax clarification (copy)' });
    expect(copy.body).toBe(getBuiltinTemplate('klarifikasi-hoaks')!.body);
    expect((await store.list())[0]!.copiedFrom).toBe('klarifikasi-hoaks');

    // The copy can change; the built-in does not.
    await store.update(copy.id, { ...copy, body: `${copy.body}\n\n#CekFakta` });
    expect((await store.get(copy.id))!.body.endsWith('#CekFakta')).toBe(true);
    expect(getBuiltinTemplate('klarifikasi-hoaks')!.body.endsWith('#CekFakta')).toBe(false);

    // A second copy gets the next free id; a copy of the copy keeps the built-in as its origin.
    expect((await store.duplicate('klarifikasi-hoaks')).id).toBe('klarifikasi-hoaks-salinan-2');
    const copy3 = await store.duplicate(copy.id);
    expect(copy3.id).toBe('klarifikasi-hoaks-salinan-salinan');
    expect((await store.list()).find((s) => s.template.id === copy3.id)!.copiedFrom).toBe('klarifikasi-hoaks');
  });

  it('deletes a custom template; deleting an unknown one says so', async () => {
    await store.create(mine);
    await store.delete('agenda-rt');
    expect(await store.list()).toEqual([]);
    const err = await failure(store.delete('agenda-rt'));
    expect(err.code).toBe('not-found');
    expect(err.describe('en')).toBe('id: Template "agenda-rt" does not exist.');
  });

  it('exports to the import format and imports it back', async () => {
    await store.create(mine);
    await store.duplicate('pengumuman');
    const file = await store.export();
    const parsed = JSON.parse(file);
    expect(parsed.format).toBe('cermat-templates');
    expect(parsed.version).toBe(1);
    expect(parsed.templates.map((t: { id: string }) => t.id)).toEqual(['agenda-rt', 'pengumuman-salinan']);
    expect(parseTemplateFile(file).ok).toBe(true);

    const other = new TemplateStore(new CermatDatabase(`cermat-test-${++dbCount}`));
    try {
      expect(await other.import(file)).toEqual({ added: ['agenda-rt', 'pengumuman-salinan'], replaced: [], renamed: [], skipped: [] });
      expect(await other.definitions()).toEqual(await store.definitions());
    } finally {
      await other.db.delete();
    }
  });

  it('exports chosen templates, built-ins included', async () => {
    const file = JSON.parse(await store.export(['liputan-kegiatan']));
    expect(file.templates).toEqual([getBuiltinTemplate('liputan-kegiatan')]);
    expect((await failure(store.export(['tidak-ada']))).code).toBe('not-found');
  });

  it('resolves id conflicts on import: rename (default), replace or skip; a built-in id is always renamed', async () => {
    await store.create(mine);
    const builtin = getBuiltinTemplate('imbauan')!;
    const file = JSON.stringify([{ ...mine, body: 'Baru {{what}}' }, builtin]);

    expect(await store.import(file)).toEqual({
      added: [],
      replaced: [],
      renamed: [
        { from: 'agenda-rt', to: 'agenda-rt-2' },
        { from: 'imbauan', to: 'imbauan-2' },
      ],
      skipped: [],
    });
    expect((await store.get('agenda-rt'))!.body).toBe(mine.body);
    expect((await store.get('agenda-rt-2'))!.body).toBe('Baru {{what}}');

    expect(await store.import(file, 'replace')).toMatchObject({ replaced: ['agenda-rt'], renamed: [{ from: 'imbauan', to: 'imbauan-3' }] });
    expect((await store.get('agenda-rt'))!.body).toBe('Baru {{what}}');
    expect(await store.get('imbauan')).toBe(builtin);

    expect(await store.import(file, 'skip')).toEqual({ added: [], replaced: [], renamed: [], skipped: ['agenda-rt', 'imbauan'] });
  });

  it('imports nothing when one template in the file is invalid, and lists every problem', async () => {
    const file = JSON.stringify({ templates: [mine, { ...mine, id: 'Rusak!', body: '{{tidakada}}' }] });
    const err = await failure(store.import(file));
    expect(err.code).toBe('invalid');
    expect(err.describe('id').split('\n')).toEqual([
      'templates[1] "Rusak!".id: "Rusak!" tidak valid: 2–64 karakter huruf kecil, angka atau "-" (contoh: "liputan-kegiatan").',
      'templates[1] "Rusak!".body: {{tidakada}} bukan nama isian templat ini (yang ada: what, agency, region, hashtags, signOff).',
    ]);
    expect(await store.list()).toEqual([]);
    expect((await failure(store.import('not json'))).problems[0]!.message.en).toMatch(/^The file is not valid JSON/);
  });

  it('skips a stored record that no longer validates instead of breaking the list', async () => {
    await store.create(mine);
    await db.templates.add({ id: 'lama', definition: { id: 'lama' }, copiedFrom: null, createdAt: 1, updatedAt: 1 });
    expect((await store.list()).map((s) => s.template.id)).toEqual(['agenda-rt']);
    expect(await store.get('lama')).toBeUndefined();
  });

  it('stores each built-in as a copy unchanged', async () => {
    for (const t of BUILTIN_TEMPLATES) await store.duplicate(t.id);
    const copies = await store.definitions();
    expect(copies).toHaveLength(BUILTIN_TEMPLATES.length);
    for (const c of copies) {
      const from = getBuiltinTemplate(c.id.replace(/-salinan$/, ''))!;
      expect({ ...c, id: from.id, title: from.title }).toEqual(from);
    }
  });
});
