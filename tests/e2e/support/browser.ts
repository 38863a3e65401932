import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { extensionArgs, findChromium, missingChromiumMessage } from '../../../scripts/chromium-path.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

export interface ExtensionFixtures {
  /** A fresh Chromium profile with the built extension loaded. */
  extensionContext: BrowserContext;
  /** The extension's id, read from its service worker's URL. */
  extensionId: string;
  /** Every URL the context's pages and service worker requested, from launch on. */
  networkLog: string[];
}

const logs = new WeakMap<BrowserContext, string[]>();

async function launchExtension(): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage());
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run \`npx wxt build\` first (npm run test:e2e does).`);
  }
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    args: extensionArgs(EXTENSION_DIR),
  });
}

export const test = base.extend<ExtensionFixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern, so an empty one is required.
  extensionContext: async ({}, use) => {
    const context = await launchExtension();
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
