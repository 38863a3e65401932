/**
 * The service worker: routes typed messages (lib/messaging), owns the history database (lib/history), injects the
 * engine into a composer page on demand, opens the guide, and keeps the composer script registered on the sites
 * the user enabled (optional host permissions). The last posts also stay in memory for the tests' debug message.
 */
import { getDatabase } from '@/lib/db/database';
import { applyRetention } from '@/lib/history/retention';
import { chainHandlers, historyHandlers, historyRepository } from '@/lib/history/handlers';
import { registerHandlers, type SubmittedPost } from '@/lib/messaging';
import { browserStorage } from '@/lib/settings/browser-storage';
import { liveSettings } from '@/lib/settings/live';
import { syncSiteScripts } from '@/lib/platforms/site-access';
import { TemplateStore } from '@/lib/templates/store';

/** Posts kept in memory (the history issue replaces this with its database). */
const KEEP_POSTS = 50;
const ENGINE_FILE = '/engine.js';
/** How long a changed retention setting must stay unchanged before it deletes anything. */
const RETENTION_SETTLE_MS = 5 * 60 * 1000;

export default defineBackground(() => {
  const posts: SubmittedPost[] = [];

  registerHandlers(chainHandlers({
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
    // Content scripts cannot open the extension's database: they ask here for the admin's own templates.
    'templates-custom': () => new TemplateStore(getDatabase()).definitions(),
  }, historyHandlers));

  // History retention: applied at start and once a day. A changed setting waits a few minutes, so typing "365"
  // through "3" never deletes anything. (Settings allow 7 to 3,650 days; a year by default, for annual reports.)
  const settings = liveSettings(browserStorage());
  const retain = () => {
    const days = settings.current().retentionDays;
    if (days > 0) applyRetention(historyRepository().db, days).catch(() => undefined);
  };
  let retainTimer: ReturnType<typeof setTimeout> | undefined;
  settings.ready.then(retain, () => undefined);
  settings.onChange(() => {
    clearTimeout(retainTimer);
    retainTimer = setTimeout(retain, RETENTION_SETTLE_MS);
  });
  setInterval(retain, 24 * 60 * 60 * 1000);

  const sync = (inject: boolean) => () => {
    syncSiteScripts(inject).catch(() => undefined);
  };
  browser.permissions.onAdded.addListener(sync(true));
  browser.permissions.onRemoved.addListener(sync(false));
  browser.runtime.onInstalled.addListener(sync(false));
  browser.runtime.onStartup.addListener(sync(false));
});
