/** X (Draft.js compose box): the composer scenario of composer-steps.ts. */
import { composerScenario, expectPostReceived, panel, typeDraft } from './composer-steps';
import { expect, openPlatform, test, unexpectedRequests } from './support/browser';

test('X: checks live, fixes, inserts the template and records the post', async ({ platformContext, networkLog }) => {
  const page = await openPlatform(platformContext, 'x');
  await composerScenario(platformContext, page, 'x', { adapter: 'x', platform: 'x', undo: true }, networkLog, unexpectedRequests);
});

test('X: Ctrl+Enter in the compose box counts as posting', async ({ platformContext }) => {
  const page = await openPlatform(platformContext, 'x');
  await typeDraft(page, 'x', 'Info layanan: kantor tutup Senin.');
  await expect(panel(page)).toHaveAttribute('data-cermat-revision', /\d+/);
  await page.keyboard.press('Control+Enter');
  const post = await expectPostReceived(platformContext, 'x', 'Info layanan: kantor tutup Senin.');
  expect(post.platform).toBe('x');
});
