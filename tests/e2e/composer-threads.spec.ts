/** Threads (Lexical rich text): the composer scenario of composer-steps.ts. */
import { composerScenario } from './composer-steps';
import { openPlatform, test, unexpectedRequests } from './support/browser';

test('Threads: checks live, fixes, inserts the template and records the post', async ({ platformContext, networkLog }) => {
  const page = await openPlatform(platformContext, 'threads');
  await composerScenario(platformContext, page, 'threads', { adapter: 'threads', platform: 'threads', undo: true }, networkLog, unexpectedRequests);
});
