import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext, type Frame, type Locator, type Page } from '@playwright/test';
import { extensionArgs, findChromium, missingChromiumMessage } from '../../../scripts/chromium-path.mjs';
import type { FixtureApi, FixtureWindow } from '../../fixtures/platforms/api';
import {
  FIXTURE_HOSTS,
  fixtureUrl,
  platformFixture,
  type FixtureName,
  type FixtureUrlOptions,
} from '../../fixtures/platforms/registry';
import { startPlatformServer, type PlatformServer } from './platform-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built extension; CERMAT_EXTENSION_DIR points the tests at another build (e.g. a copy or an unpacked zip). */
export const EXTENSION_DIR = process.env.CERMAT_EXTENSION_DIR
  ? resolve(process.env.CERMAT_EXTENSION_DIR)
  : join(ROOT, '.output', 'chrome-mv3');

export interface ExtensionFixtures {
  /** A fresh Chromium profile with the built extension loaded. */
  extensionContext: BrowserContext;
  /** The extension's id, read from its service worker's URL. */
  extensionId: string;
  /** Every URL the context's pages and service worker requested, from launch on. */
  networkLog: string[];
  /**
   * The same browser as `extensionContext`, once the platform fixture pages are ready to serve: open
   * https://www.facebook.com/, https://x.com/home … in it with `openPlatform`.
   */
  platformContext: BrowserContext;
}

export interface ExtensionWorkerFixtures {
  /** The HTTPS server behind the platforms' real hosts (one per worker). */
  platformServer: PlatformServer;
}

const logs = new WeakMap<BrowserContext, string[]>();

async function launchExtension(extraArgs: readonly string[]): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage());
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run \`npx wxt build\` first (npm run test:e2e does).`);
  }
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    args: [...extensionArgs(EXTENSION_DIR), ...extraArgs],
    ignoreHTTPSErrors: true,
  });
}

export const test = base.extend<ExtensionFixtures, ExtensionWorkerFixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern, so an empty one is required.
  // Listening is instant; the certificate and the page bundles are made on first use (platformContext).
  platformServer: [
    async ({}, use) => {
      const server = await startPlatformServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // Every extension browser resolves the platforms' hosts to the fixture server and every other host to
  // nothing, so a request that would leave the machine fails (and still shows in networkLog).
  extensionContext: async ({ platformServer }, use) => {
    const context = await launchExtension(platformServer.chromiumArgs);
    const log: string[] = [];
    // Service worker requests reach the context's `request` event as well as the pages'.
    context.on('request', (request) => log.push(request.url()));
    context.on('page', (page) => page.on('websocket', (ws) => log.push(ws.url())));
    logs.set(context, log);
    await use(context);
    await context.close();
  },
  extensionId: async ({ extensionContext }, use) => {
    const worker =
      extensionContext.serviceWorkers()[0] ?? (await extensionContext.waitForEvent('serviceworker', { timeout: 15_000 }));
    await use(new URL(worker.url()).host);
  },
  networkLog: async ({ extensionContext }, use) => {
    await use(logs.get(extensionContext) ?? []);
  },
  platformContext: async ({ extensionContext, platformServer }, use) => {
    await platformServer.ready();
    await use(extensionContext);
  },
});

export { expect } from '@playwright/test';

/** Opens one of the extension's pages (e.g. `playground.html`) in a new tab. */
export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** URLs that leave the browser: anything but the extension's own files and inline data. */
export function externalRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => !/^(chrome-extension|data|blob):/.test(url));
}

const FIXTURE_ORIGINS = new Set(FIXTURE_HOSTS.map((host) => `https://${host}`));

/**
 * The privacy check for tests on platform pages: URLs other than the fixture hosts (which the pages
 * themselves load), the extension's files and inline data. Must be empty: drafts never leave the browser.
 */
export function unexpectedRequests(urls: readonly string[]): string[] {
  return externalRequests(urls).filter((url) => {
    try {
      return !FIXTURE_ORIGINS.has(new URL(url).origin);
    } catch {
      return true;
    }
  });
}

export interface OpenPlatformOptions extends FixtureUrlOptions {
  /**
   * Make the composer's editor ready before returning (default true): click its opener for `mount: 'click'`
   * fixtures, then wait until `__fixture.mounted()`. With false the page is returned as loaded.
   */
  compose?: boolean;
}

/** Opens a platform fixture at its real URL (e.g. https://www.facebook.com/) in a new tab of `context`. */
export async function openPlatform(context: BrowserContext, name: FixtureName, options: OpenPlatformOptions = {}): Promise<Page> {
  const fixture = platformFixture(name);
  const page = await context.newPage();
  await page.goto(fixtureUrl(name, options));
  await page.waitForFunction(() => (window as FixtureWindow).__fixture !== undefined);
  if (options.compose !== false) {
    if (fixture.mount === 'click' && fixture.selectors.open) await page.locator(fixture.selectors.open).click();
    await page.waitForFunction(() => (window as FixtureWindow).__fixture?.mounted() === true);
  }
  return page;
}

/** The frame a fixture's editor lives in: the page's main frame, or WordPress's editor canvas. */
export async function editorFrame(page: Page, name: FixtureName): Promise<Frame> {
  const selector = platformFixture(name).selectors.frame;
  if (!selector) return page.mainFrame();
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  if (!frame) throw new Error(`${name}: ${selector} has no frame`);
  return frame;
}

/** A field's (first) editable element (default: the main field), through the editor's iframe when it has one. */
export function editorLocator(page: Page, name: FixtureName, field?: string): Locator {
  const { selectors } = platformFixture(name);
  const css = field ? selectors.fields[field] : selectors.editor;
  if (!css) throw new Error(`${name} has no field "${field}"`);
  // The first match: WordPress's block editor has one editable element per paragraph.
  return (selectors.frame ? page.frameLocator(selectors.frame).locator(css) : page.locator(css)).first();
}

/** A field's text from the editor's own state (`__fixture.getText`). */
export function fixtureText(page: Page, field?: string): Promise<string> {
  return page.evaluate((f) => (window as FixtureWindow).__fixture?.getText(f) ?? '', field);
}

export type FixtureState = Pick<FixtureApi, 'platform' | 'fields' | 'submitted' | 'submissions' | 'changes'> & {
  mounted: boolean;
  texts: Record<string, string>;
};

/** Everything `__fixture` knows, as plain data. */
export function fixtureState(page: Page): Promise<FixtureState> {
  return page.evaluate(() => {
    const api = (window as FixtureWindow).__fixture;
    if (!api) throw new Error('This page has no window.__fixture');
    const texts: Record<string, string> = {};
    for (const field of api.fields) texts[field] = api.getText(field);
    return {
      platform: api.platform,
      fields: api.fields,
      mounted: api.mounted(),
      texts,
      submitted: [...api.submitted],
      submissions: api.submissions.map((s) => ({ ...s })),
      changes: api.changes,
    };
  });
}

export interface ContentScriptWorld {
  /** The extension's origin, chrome-extension://<id>. */
  origin: string;
  /** The extension's name. */
  name: string;
  frameId: string;
}

/**
 * The isolated worlds extensions have injected content scripts into, in the page and its same-process
 * frames (read over CDP, so without relying on anything the content script does).
 */
export async function contentScriptWorlds(page: Page): Promise<ContentScriptWorld[]> {
  const session = await page.context().newCDPSession(page);
  const worlds: ContentScriptWorld[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
      worlds.push({ origin: context.origin, name: context.name, frameId: aux.frameId ?? '' });
    }
  });
  // Enabling reports every existing context before it returns.
  await session.send('Runtime.enable');
  await session.detach();
  return worlds;
}

/** Whether the built manifest's content_scripts declare `url` (match patterns and exclude_matches). */
export function manifestInjects(url: string, extensionDir = EXTENSION_DIR): boolean {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[]; exclude_matches?: string[] }[];
  };
  return (manifest.content_scripts ?? []).some(
    (script) =>
      (script.matches ?? []).some((pattern) => matchesPattern(pattern, url)) &&
      !(script.exclude_matches ?? []).some((pattern) => matchesPattern(pattern, url)),
  );
}

/** A WebExtension match pattern (`https://*.example.com/*`, `<all_urls>`) against a URL. */
export function matchesPattern(pattern: string, url: string): boolean {
  const target = new URL(url);
  if (pattern === '<all_urls>') return /^(https?|file|ftp|wss?):$/.test(target.protocol);
  const parts = /^(\*|[a-z-]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const protocol = target.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (target.hostname !== base && !target.hostname.endsWith(`.${base}`)) return false;
    } else if (host.replace(/:\d+$/, '') !== target.hostname) return false;
  }
  const escaped = path.split('*').map((literal) => literal.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(target.pathname + target.search);
}
