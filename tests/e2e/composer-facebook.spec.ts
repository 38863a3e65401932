/**
 * Facebook (Lexical rich text, composer in a dialog that mounts late): live check, spelling fix with the caret
 * after it and the editor's own undo, the multi-line template, the post reaching the background, no request of
 * Cermat's own. Plus the ways Cermat must step back: opted-out editors and a composer that disappears.
 */
import { expect, fixtureText, openPlatform, test, unexpectedRequests } from './support/browser';
import {
  applySpellingFix,
  DRAFT,
  expectCaretAfterFix,
  expectDraftReport,
  expectPostReceived,
  expectUndoRestores,
  finding,
  insertTemplate,
  panel,
  submit,
  typeDraft,
} from './composer-steps';

test('Facebook: checks live, fixes, inserts the template and records the post', async ({ platformContext, networkLog }) => {
  const page = await openPlatform(platformContext, 'facebook');
  await typeDraft(page, 'facebook');
  await expect.poll(() => fixtureText(page)).toBe(DRAFT);
  await expectDraftReport(page);
  await expect(panel(page)).toHaveAttribute('data-platform', 'facebook');
  // Highlights live in the page's highlight registry, one per severity; the editor's DOM is untouched.
  const highlights = await page.evaluate(() => [...CSS.highlights.keys()].sort());
  expect(highlights).toEqual(['cermat-error', 'cermat-warning']);
  expect(await page.locator('[contenteditable] mark, [contenteditable] [data-cermat]').count()).toBe(0);

  await page.waitForTimeout(1100); // past the editor's undo merge window, as a person reading the panel would be
  await applySpellingFix(page);
  await expectUndoRestores(page);
  await applySpellingFix(page);
  await expectCaretAfterFix(page);

  const text = await insertTemplate(page, 'facebook');
  await submit(page, 'facebook');
  const post = await expectPostReceived(platformContext, 'facebook', text);
  expect(post.platform).toBe('facebook');
  expect(post.url).toBe('https://www.facebook.com/');
  expect(post.report?.findings.map((f) => f.rule)).toContain('personal-data/nik');
  expect(unexpectedRequests(networkLog)).toEqual([]);
});

test('Facebook: hovering a highlighted span shows its message and fix', async ({ platformContext }) => {
  const page = await openPlatform(platformContext, 'facebook');
  await typeDraft(page, 'facebook');
  await expect(finding(page, 'spelling/non-standard')).toHaveCount(1);
  const box = await page.evaluate(() => {
    const editor = document.querySelector('[data-lexical-editor]')!;
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf('sekedar');
      if (i >= 0) {
        const r = document.createRange();
        r.setStart(n, i + 2);
        r.setEnd(n, i + 3);
        const rect = r.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x, box!.y);
  const tooltip = page.locator('cermat-tooltip').getByTestId('cermat-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('sekadar');
  await tooltip.getByTestId('cermat-tooltip-apply').click();
  await expect.poll(() => fixtureText(page)).toBe(DRAFT.replace('sekedar', 'sekadar'));
});

test('Facebook: an editor that opts out of writing assistants is left alone', async ({ platformContext }) => {
  // The opt-out on an ancestor (here the body), as sites set it for Grammarly.
  await platformContext.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => document.body.setAttribute('data-enable-grammarly', 'false')),
  );
  const page = await openPlatform(platformContext, 'facebook');
  await typeDraft(page, 'facebook');
  await expect.poll(() => fixtureText(page)).toBe(DRAFT);
  await page.waitForTimeout(500);
  expect(await page.locator('cermat-panel').count()).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
});

test('Facebook: a composer that goes away takes the panel with it, and the site keeps working', async ({ platformContext }) => {
  const page = await openPlatform(platformContext, 'facebook');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await typeDraft(page, 'facebook');
  await expect(finding(page, 'personal-data/nik')).toHaveCount(1);
  // The site rebuilds its DOM under us (a platform redesign, a closed dialog).
  await page.evaluate(() => document.querySelector('[role="dialog"]')?.remove());
  await expect(panel(page).locator('.cermat-panel')).toBeHidden();
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  // The page still works: a new composer opens and is checked again.
  await page.locator('[data-cermat-fixture="open-composer"]').click();
  await page.waitForFunction(() => (window as { __fixture?: { mounted(): boolean } }).__fixture?.mounted() === true);
  await typeDraft(page, 'facebook', 'NIK 3503114506780002');
  await expect(finding(page, 'personal-data/nik')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('Facebook: keys typed in the panel do not reach the site', async ({ platformContext }) => {
  const page = await openPlatform(platformContext, 'facebook');
  await typeDraft(page, 'facebook');
  await expect(finding(page, 'personal-data/nik')).toHaveCount(1);
  await page.evaluate(() => {
    const w = window as unknown as { __siteKeys: string[] };
    w.__siteKeys = [];
    document.addEventListener('keydown', (e) => w.__siteKeys.push(e.key));
    window.addEventListener('keyup', (e) => w.__siteKeys.push(e.key));
  });
  await panel(page).getByTestId('cermat-templates').focus();
  await page.keyboard.press('j');
  await page.keyboard.press('?');
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => (window as unknown as { __siteKeys: string[] }).__siteKeys)).toEqual([]);
});
