/**
 * 'Simpan draf' on Facebook: the panel's button stores the draft in the history (read back through the background
 * from an extension page), a second save updates the same record with the inserted template, and the post, even
 * rewritten, turns that very record into 'posted' (same uid, the template kept) instead of adding a second one.
 */
import type { BrowserContext } from '@playwright/test';
import type { PostSummary } from '../../lib/history/search';
import { DRAFT, panel, squash, submit, TEMPLATE_ID, templateLines, typeDraft } from './composer-steps';
import { editorLocator, expect, fixtureText, openPlatform, test } from './support/browser';

/** The newest history records (`history-recent`), asked from an extension page. */
async function recentRecords(context: BrowserContext): Promise<PostSummary[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${id}/playground.html`);
    return await page.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<PostSummary[]> } } }).chrome;
      return api.runtime.sendMessage({ type: 'history-recent', limit: 5 });
    });
  } finally {
    await page.close();
  }
}

test('Facebook: Simpan draf stores the draft, a second save updates it, the post marks it posted', async ({ platformContext }) => {
  const page = await openPlatform(platformContext, 'facebook');
  await typeDraft(page, 'facebook');
  await expect.poll(() => fixtureText(page)).toBe(DRAFT);
  await expect(panel(page).getByTestId('cermat-draft-status')).toHaveAttribute('data-state', 'none');

  const save = panel(page).getByTestId('cermat-save-draft');
  await expect(save).toHaveText('Simpan draf');
  await save.click();
  const status = panel(page).getByTestId('cermat-draft-status');
  await expect(status).toHaveAttribute('data-state', 'saved');
  await expect(status).toContainText('Draf tersimpan');

  let draft: PostSummary | undefined;
  await expect
    .poll(async () => {
      draft = (await recentRecords(platformContext)).find((r) => squash(r.text) === squash(DRAFT));
      return draft?.status;
    })
    .toBe('draft');
  expect(draft!.adapter).toBe('facebook');
  expect(draft!.platform).toBe('facebook');
  expect(draft!.url).toBe('https://www.facebook.com/');
  expect(draft!.templateId).toBeNull();
  expect(draft!.score).not.toBeNull();
  const uid = draft!.uid;

  // The template from the panel's picker, then a second save: the same record, now with the template.
  await page.keyboard.press('Control+End');
  await panel(page).getByTestId('cermat-templates').click();
  await panel(page).locator(`[data-testid="cermat-template"][data-template-id="${TEMPLATE_ID}"]`).click();
  const lines = templateLines('facebook');
  await expect.poll(() => fixtureText(page)).toContain(lines[lines.length - 1]!);
  const text = await fixtureText(page);
  await save.click();
  await expect
    .poll(async () => {
      const record = (await recentRecords(platformContext)).find((r) => r.uid === uid);
      return record ? { text: squash(record.text), templateId: record.templateId, status: record.status } : null;
    })
    .toEqual({ text: squash(text), templateId: TEMPLATE_ID, status: 'draft' });

  // Rewritten before posting (too different for the history's own draft matching): the uid alone ties them.
  const final = 'Pengumuman: layanan perpustakaan daerah libur pada Senin, 18 Agustus 2025.';
  await editorLocator(page, 'facebook').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(final);
  await expect.poll(() => fixtureText(page)).toBe(final);
  await submit(page, 'facebook');
  await expect
    .poll(async () => {
      const records = await recentRecords(platformContext);
      return records.map((r) => ({ uid: r.uid, status: r.status, text: squash(r.text), templateId: r.templateId }));
    })
    .toEqual([{ uid, status: 'posted', text: final, templateId: TEMPLATE_ID }]);
});
