/** Instagram (Lexical plain-text caption in the create-post dialog, mounted late): the composer scenario of composer-steps.ts. */
import { composerScenario } from './composer-steps';
import { openPlatform, test, unexpectedRequests } from './support/browser';

test('Instagram: checks live, fixes, inserts the template and records the post', async ({ platformContext, networkLog }) => {
  const page = await openPlatform(platformContext, 'instagram');
  await composerScenario(platformContext, page, 'instagram', { adapter: 'instagram', platform: 'instagram', undo: true }, networkLog, unexpectedRequests);
});
