/**
 * The service worker: routes typed messages (lib/messaging). For now it keeps the last posts in memory (the
 * history issue will store them), injects the engine into a composer page on demand, opens the guide, and keeps
 * the composer script registered on the sites the user enabled (optional host permissions).
 */
import { registerHandlers, type SubmittedPost } from '@/lib/messaging';
import { syncSiteScripts } from '@/lib/platforms/site-access';

/** Posts kept in memory (the history issue replaces this with its database). */
const KEEP_POSTS = 50;
const ENGINE_FILE = '/engine.js';

export default defineBackground(() => {
  const posts: SubmittedPost[] = [];

  registerHandlers({
    'post-submitted': (message) => {
      const { type: _type, ...post } = message;
      posts.push(post);
      if (posts.length > KEEP_POSTS) posts.splice(0, posts.length - KEEP_POSTS);
      return { ok: true, stored: posts.length };
    },
    'debug-last-posts': () => posts.slice(),
    'load-engine': async (_message, sender) => {
      if (sender.tabId === undefined) return { ok: false, error: 'not from a tab' };
      try {
        await browser.scripting.executeScript({
          target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
          files: [ENGINE_FILE],
        });
        return { ok: true };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    },
    'open-guide': async ({ ref }) => {
      const getURL = browser.runtime.getURL as (path: string) => string;
      await browser.tabs.create({ url: getURL(`/guide.html#${encodeURIComponent(ref)}`) });
      return { ok: true };
    },
    'sync-sites': async () => ({ sites: await syncSiteScripts(true) }),
  });

  const sync = (inject: boolean) => () => {
    syncSiteScripts(inject).catch(() => undefined);
  };
  browser.permissions.onAdded.addListener(sync(true));
  browser.permissions.onRemoved.addListener(sync(false));
  browser.runtime.onInstalled.addListener(sync(false));
  browser.runtime.onStartup.addListener(sync(false));
});
