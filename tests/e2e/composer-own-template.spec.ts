/**
 * The admin's own templates reach the composer: a built-in copied and changed in the options page (the extension
 * database) shows in the panel's picker on a platform page (the content script asks the background for it) and in
 * the popup's quick templates, and inserting it writes its own text into the editor's own state.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { findTemplate, renderTemplate } from '../../lib/templates';
import { DRAFT, panel, squash, typeDraft } from './composer-steps';
import { editorLocator, expect, fixtureText, openExtensionPage, openPlatform, test } from './support/browser';

const OWN_ID = 'pengumuman-salinan';
const OWN_TITLE = 'Pengumuman Disdukcapil';
/** A first line only the copy has, so the insert cannot be the built-in's. */
const OWN_FIRST_LINE = 'KABAR DISDUKCAPIL TRENGGALEK';

/** The copy's lines as the extension renders them for Facebook with no agency profile. */
function ownLines(): string[] {
  const builtin = findTemplate('pengumuman')!;
  const own = { ...builtin, id: OWN_ID, body: `${OWN_FIRST_LINE}\n\n${builtin.body}` };
  return renderTemplate(own, { platform: 'facebook', profile: {} })
    .text.split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Copies the built-in "pengumuman" in the options page, gives the copy a title and a first line of its own. */
async function createOwnTemplate(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await openExtensionPage(context, extensionId, 'options.html');
  await expect(page.getByTestId('templates-section')).toBeVisible();
  await page.locator('[data-testid="template-row"][data-template-id="pengumuman"]').getByTestId('template-duplicate').click();
  const editor = page.getByTestId('template-editor');
  await expect(editor).toHaveAttribute('data-template-id', OWN_ID);
  const body = await editor.getByTestId('template-body').inputValue();
  await editor.getByTestId('template-body').fill(`${OWN_FIRST_LINE}\n\n${body}`);
  await editor.getByTestId('template-title-id').fill(OWN_TITLE);
  await editor.getByTestId('template-save').click();
  await expect(editor).toHaveCount(0);
  await expect(page.locator(`[data-testid="template-row"][data-template-id="${OWN_ID}"]`).getByTestId('template-title')).toHaveText(OWN_TITLE);
  await page.close();
}

async function expectOwnTemplateInserted(page: Page): Promise<void> {
  const lines = ownLines();
  expect(lines[0]).toBe(OWN_FIRST_LINE);
  await expect.poll(() => fixtureText(page)).toContain(OWN_FIRST_LINE);
  const text = await fixtureText(page);
  for (const line of lines) expect(text).toContain(line);
  expect(squash(text).startsWith(squash(DRAFT))).toBe(true);
}

test('an own template from the options page is in the panel picker and inserts its own text', async ({ platformContext, extensionId }) => {
  await createOwnTemplate(platformContext, extensionId);
  const page = await openPlatform(platformContext, 'facebook');
  await typeDraft(page, 'facebook');
  await expect.poll(() => fixtureText(page)).toBe(DRAFT);
  await editorLocator(page, 'facebook').click();
  await page.keyboard.press('Control+End');
  await panel(page).getByTestId('cermat-templates').click();
  const own = panel(page).locator(`[data-testid="cermat-template"][data-template-id="${OWN_ID}"]`);
  await expect(own).toContainText(OWN_TITLE);
  // The built-ins are still there beside it.
  await expect(panel(page).locator('[data-testid="cermat-template"][data-template-id="pengumuman"]')).toHaveCount(1);
  await own.click();
  await expectOwnTemplateInserted(page);
});

test('an own template is a popup quick template and lands in the Facebook composer', async ({ platformContext, extensionId }) => {
  await createOwnTemplate(platformContext, extensionId);
  const page = await openPlatform(platformContext, 'facebook');
  await typeDraft(page, 'facebook');
  await expect(panel(page).getByTestId('cermat-score')).toHaveText(/\d+/);
  const probe = await openExtensionPage(platformContext, extensionId, 'popup.html');
  const tab = await probe.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url?.startsWith('https://www.facebook.com/'))?.id ?? -1;
  });
  await probe.close();
  expect(tab).toBeGreaterThan(-1);
  const popup = await openExtensionPage(platformContext, extensionId, `popup.html?tab=${tab}`);
  const button = popup.locator(`[data-testid="popup-template"][data-template-id="${OWN_ID}"]`);
  await expect(button).toHaveText(OWN_TITLE);
  await button.click();
  await expect(popup.getByTestId('popup-template-message')).toHaveAttribute('data-state', 'inserted');
  await expectOwnTemplateInserted(page);
});
