/**
 * The options page's templates section in real Chromium with the built extension: a built-in is copied, the copy
 * changed and kept across a reload, then deleted; a bad import file is refused with problems naming the bad field
 * and changes nothing; a good file is imported (renamed on an id clash); the export downloads parseable JSON.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, test } from './support/browser';

const GOOD = {
  id: 'kabar-desa',
  title: { id: 'Kabar Desa', en: 'Village news' },
  postType: 'announcement',
  fields: [{ name: 'desa', label: 'Desa', example: 'Desa Karangan', required: true }],
  body: 'Kabar dari {{desa}} untuk warga.',
};

const BAD_FILE = {
  format: 'cermat-templates',
  version: 1,
  templates: [
    { ...GOOD, id: 'kabar-kecamatan', title: 'Kabar Kecamatan' },
    { ...GOOD, id: 'rusak', postType: 'berita', body: 'Halo {{kelurahan}}' },
  ],
};

async function openOptions(page: Page): Promise<void> {
  await expect(page.getByTestId('templates-section')).toBeVisible();
}

const row = (page: Page, id: string) => page.locator(`[data-testid="template-row"][data-template-id="${id}"]`);

async function importFile(page: Page, name: string, content: string): Promise<void> {
  await page.getByTestId('template-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('a built-in is copied, the copy edited and kept across a reload, then deleted', async ({ extensionContext, extensionId }) => {
  const page = await openExtensionPage(extensionContext, extensionId, 'options.html');
  await openOptions(page);
  const builtin = row(page, 'pengumuman');
  await expect(builtin.getByTestId('template-title')).toHaveText('Pengumuman');
  // Built-ins can only be copied.
  await expect(builtin.getByTestId('template-edit')).toHaveCount(0);
  await expect(builtin.getByTestId('template-delete')).toHaveCount(0);

  await builtin.getByTestId('template-duplicate').click();
  const copy = row(page, 'pengumuman-salinan');
  await expect(copy.getByTestId('template-title')).toHaveText('Pengumuman (salinan)');
  await expect(copy).toContainText('salinan dari pengumuman');

  // The copy opens in the editor; a placeholder that is no field is named before saving.
  const editor = page.getByTestId('template-editor');
  await expect(editor).toHaveAttribute('data-template-id', 'pengumuman-salinan');
  const body = await editor.getByTestId('template-body').inputValue();
  await editor.getByTestId('template-body').fill('Halo {{kelurahan}}');
  await expect(editor.getByTestId('template-problems')).toContainText('body: {{kelurahan}} bukan nama isian templat ini');
  await editor.getByTestId('template-body').fill(body);
  await expect(editor.getByTestId('template-problems')).toHaveCount(0);
  await editor.getByTestId('template-title-id').fill('Pengumuman Disdukcapil');
  // A title emptied is refused by the store, naming the field; what was typed stays.
  await editor.getByTestId('template-title-en').fill('');
  await editor.getByTestId('template-save').click();
  await expect(editor.getByTestId('template-problems')).toContainText('title.en: tidak boleh kosong.');
  await expect(editor.getByTestId('template-title-id')).toHaveValue('Pengumuman Disdukcapil');
  await editor.getByTestId('template-title-en').fill('Civil registry notice');
  await editor.getByTestId('template-save').click();
  await expect(editor).toHaveCount(0);
  await expect(page.getByTestId('template-notice')).toContainText('Templat “Pengumuman Disdukcapil” tersimpan.');

  await page.reload();
  await openOptions(page);
  await expect(row(page, 'pengumuman-salinan').getByTestId('template-title')).toHaveText('Pengumuman Disdukcapil');
  await row(page, 'pengumuman-salinan').getByTestId('template-edit').click();
  await expect(page.getByTestId('template-body')).toHaveValue(body);
  await page.getByTestId('template-cancel').click();

  await row(page, 'pengumuman-salinan').getByTestId('template-delete').click();
  await expect(row(page, 'pengumuman-salinan')).toHaveCount(0);
  await expect(row(page, 'pengumuman').getByTestId('template-title')).toHaveText('Pengumuman');
  await page.reload();
  await openOptions(page);
  await expect(row(page, 'pengumuman-salinan')).toHaveCount(0);
});

test('imports refuse a bad file naming the bad field, take a good one and export to JSON', async ({ extensionContext, extensionId }) => {
  const page = await openExtensionPage(extensionContext, extensionId, 'options.html');
  await openOptions(page);
  await expect(page.getByTestId('template-export')).toBeDisabled();

  await importFile(page, 'kabar.json', JSON.stringify(GOOD));
  await expect(page.getByTestId('template-notice')).toHaveAttribute('data-kind', 'ok');
  await expect(page.getByTestId('template-notice')).toContainText('kabar.json diimpor: 1 templat.');
  await expect(row(page, 'kabar-desa').getByTestId('template-title')).toHaveText('Kabar Desa');

  await importFile(page, 'rusak.json', JSON.stringify(BAD_FILE));
  await expect(page.getByTestId('template-notice')).toHaveAttribute('data-kind', 'error');
  await expect(page.getByTestId('template-notice')).toContainText('rusak.json tidak dapat diimpor. Templat yang ada tidak berubah.');
  const problems = page.getByTestId('template-problems').getByRole('listitem');
  await expect(problems.filter({ hasText: 'templates[1] "rusak".postType: harus salah satu dari' })).toHaveCount(1);
  await expect(problems.filter({ hasText: 'templates[1] "rusak".body: {{kelurahan}} bukan nama isian' })).toHaveCount(1);
  // Nothing from the bad file was written, and what was there is intact.
  await expect(row(page, 'kabar-kecamatan')).toHaveCount(0);
  await expect(row(page, 'kabar-desa')).toHaveCount(1);
  await expect(row(page, 'pengumuman')).toHaveCount(1);

  await importFile(page, 'bukan.json', '{"templates": [');
  await expect(page.getByTestId('template-problems')).toContainText('Berkas bukan JSON yang valid');
  await expect(row(page, 'kabar-desa')).toHaveCount(1);

  // The same template again: its id is taken, so the copy is renamed rather than replacing it.
  await importFile(page, 'kabar.json', JSON.stringify({ format: 'cermat-templates', version: 1, templates: [GOOD] }));
  await expect(page.getByTestId('template-notice')).toContainText('kabar-desa → kabar-desa-2');
  await expect(row(page, 'kabar-desa-2')).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-export').click()]);
  expect(download.suggestedFilename()).toBe('cermat-templat.json');
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; templates: { id: string; body: string }[] };
  expect(file.format).toBe('cermat-templates');
  expect(file.templates.map((t) => t.id).sort()).toEqual(['kabar-desa', 'kabar-desa-2']);
  expect(file.templates[0]!.body).toBe(GOOD.body);

  await page.reload();
  await openOptions(page);
  await expect(row(page, 'kabar-desa')).toHaveCount(1);
  await expect(row(page, 'kabar-desa-2')).toHaveCount(1);
});
