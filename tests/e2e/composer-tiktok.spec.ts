/** TikTok Studio (Draft.js caption, mounted late): the composer scenario of composer-steps.ts. */
import { composerScenario } from './composer-steps';
import { openPlatform, test, unexpectedRequests } from './support/browser';

test('TikTok Studio: checks live, fixes, inserts the template and records the post', async ({ platformContext, networkLog }) => {
  const page = await openPlatform(platformContext, 'tiktok');
  await composerScenario(platformContext, page, 'tiktok', { adapter: 'tiktok', platform: 'tiktok', undo: true }, networkLog, unexpectedRequests);
});
