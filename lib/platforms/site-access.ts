/**
 * Sites beyond the fixed platforms (an agency's WordPress, any site with a textarea) are opt-in: the popup asks
 * for the site's origin through the optional host permission (every host, listed in the
 * manifest's optional_host_permissions), and the background then registers the same composer content script there with
 * chrome.scripting. Revoking the permission unregisters it. Nothing runs on a site the user did not enable.
 */
import { browser } from 'wxt/browser';
import { PLATFORM_MATCHES } from './index';
import { matchesPattern } from './match-pattern';

/** The built content script (WXT names it after entrypoints/composer.content). */
export const COMPOSER_SCRIPT_FILE = '/content-scripts/composer.js';
// WXT's typed paths list pages and unlisted scripts, not content scripts: this one is built all the same.
const SCRIPT = COMPOSER_SCRIPT_FILE as never;
export const SITES_SCRIPT_ID = 'cermat-enabled-sites';

/** The origin pattern that enables a page's site, e.g. `https://diskominfo.example.go.id/*`; null for non-web URLs. */
export function sitePattern(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** Whether a fixed platform already covers the page (no permission to ask for). */
export function isPlatformPage(pageUrl: string): boolean {
  try {
    const url = new URL(pageUrl);
    return PLATFORM_MATCHES.some((p) => matchesPattern(p, url));
  } catch {
    return false;
  }
}

/** For the popup, inside the click handler (permission requests need a user gesture). */
export async function enableSite(pageUrl: string): Promise<boolean> {
  const pattern = sitePattern(pageUrl);
  if (!pattern) return false;
  const granted = await browser.permissions.request({ origins: [pattern] });
  // The background's permissions.onAdded registers the script; syncing here too covers a sleeping worker.
  if (granted) await browser.runtime.sendMessage({ type: 'sync-sites' }).catch(() => undefined);
  return granted;
}

export async function disableSite(pageUrl: string): Promise<boolean> {
  const pattern = sitePattern(pageUrl);
  if (!pattern) return false;
  const removed = await browser.permissions.remove({ origins: [pattern] });
  if (removed) await browser.runtime.sendMessage({ type: 'sync-sites' }).catch(() => undefined);
  return removed;
}

export async function isSiteEnabled(pageUrl: string): Promise<boolean> {
  const pattern = sitePattern(pageUrl);
  if (!pattern) return false;
  return browser.permissions.contains({ origins: [pattern] });
}

/** Granted origins that the manifest's fixed platform list does not already cover. */
export function userSiteOrigins(granted: readonly string[]): string[] {
  const fixed = new Set(PLATFORM_MATCHES);
  return [...new Set(granted.filter((o) => !fixed.has(o)))].sort();
}

/**
 * Background: makes the registered content script match exactly the user-enabled sites, and runs it in their
 * open tabs when `injectOpenTabs` (just after a grant, so the user needs no reload).
 */
export async function syncSiteScripts(injectOpenTabs = false): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const sites = userSiteOrigins(origins);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SITES_SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SITES_SCRIPT_ID] });
  if (!sites.length) return sites;
  await browser.scripting.registerContentScripts([
    {
      id: SITES_SCRIPT_ID,
      matches: sites,
      excludeMatches: [...PLATFORM_MATCHES],
      js: [SCRIPT],
      runAt: 'document_idle',
      // Gutenberg's and TinyMCE's iframes are same-origin: the top frame's script reaches into them.
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
  if (injectOpenTabs) {
    const tabs = await browser.tabs.query({ url: sites });
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined
          ? undefined
          : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRIPT] }).catch(() => undefined),
      ),
    );
  }
  return sites;
}
