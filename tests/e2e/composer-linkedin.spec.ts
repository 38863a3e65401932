/** LinkedIn (Quill inside the open shadow root of #interop-outlet): the composer scenario of composer-steps.ts. */
import { composerScenario } from './composer-steps';
import { openPlatform, test, unexpectedRequests } from './support/browser';

test('LinkedIn: checks live, fixes, inserts the template and records the post', async ({ platformContext, networkLog }) => {
  const page = await openPlatform(platformContext, 'linkedin');
  await composerScenario(platformContext, page, 'linkedin', { adapter: 'linkedin', platform: 'linkedin', undo: true }, networkLog, unexpectedRequests);
});
