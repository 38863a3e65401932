/**
 * YouTube Studio (two plain contenteditable #textbox fields): the description is checked as
 * `youtube-description`, the title as `youtube-title` (its own 100-character limit).
 */
import { composerScenario, finding, panel } from './composer-steps';
import { editorLocator, expect, fixtureText, openPlatform, test, unexpectedRequests } from './support/browser';

test('YouTube Studio: checks the description live, fixes, inserts the template and records the post', async ({ platformContext, networkLog }) => {
  const page = await openPlatform(platformContext, 'youtube-studio');
  await composerScenario(
    platformContext,
    page,
    'youtube-studio',
    { adapter: 'youtube', platform: 'youtube-description', undo: true },
    networkLog,
    unexpectedRequests,
  );
});

test('YouTube Studio: the title is its own composer with the title limit', async ({ platformContext }) => {
  const page = await openPlatform(platformContext, 'youtube-studio');
  const title = editorLocator(page, 'youtube-studio', 'title');
  const before = await fixtureText(page, 'title');
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' sekedar');
  await expect(panel(page)).toHaveAttribute('data-platform', 'youtube-title');
  await finding(page, 'spelling/non-standard').getByTestId('cermat-apply-fix').click();
  await expect.poll(() => fixtureText(page, 'title')).toBe(`${before} sekadar`);
  // The description is untouched.
  expect(await fixtureText(page)).toBe('');
  // Over 100 characters the title gets the platform's length error.
  await page.keyboard.type(' ' + 'kata '.repeat(20));
  await expect(finding(page, 'platform-limit/length')).toHaveAttribute('data-severity', 'error');
});
