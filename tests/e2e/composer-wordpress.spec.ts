/**
 * WordPress on an agency's own host (diskominfo.kotimkab.go.id): not in the manifest, so Cermat runs there
 * only once the user enabled the site (optional host permission). A permission prompt cannot be clicked in a
 * headless browser, so the grant is given the one other way Chrome knows: the copy of the extension these
 * tests load lists the site in host_permissions. Everything after the grant is the real path: the background
 * sees a granted origin beyond the platforms, registers the composer script there (scripting API), and the
 * script picks the WordPress adapter by the editor's path (Gutenberg in its iframe canvas, the classic
 * textarea with its highlight overlay).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { extensionArgs, findChromium } from '../../scripts/chromium-path.mjs';
import { composerScenario, DRAFT, panel, typeDraft } from './composer-steps';
import { EXTENSION_DIR, expect, fixtureText, manifestInjects, openPlatform, test as base, unexpectedRequests } from './support/browser';

const SITE = 'https://diskominfo.kotimkab.go.id/*';

const test = base.extend<{ sitesContext: BrowserContext; sitesLog: string[] }>({
  sitesContext: async ({ platformServer }, use) => {
    await platformServer.ready();
    const dir = mkdtempSync(join(tmpdir(), 'cermat-granted-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const manifestFile = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { host_permissions: string[] };
    manifest.host_permissions.push(SITE);
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const context = await chromium.launchPersistentContext('', {
      executablePath: findChromium() ?? undefined,
      headless: true,
      args: [...extensionArgs(dir), ...platformServer.chromiumArgs],
    });
    // The background registers the script when it starts: wait for it, as a user would wait for the popup.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          type Script = { matches?: string[] };
          const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Script[]> } } }).chrome;
          return (await api.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
        }),
      )
      .toEqual([SITE]);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  sitesLog: async ({ sitesContext }, use) => {
    const log: string[] = [];
    sitesContext.on('request', (request) => log.push(request.url()));
    await use(log);
  },
});

test('WordPress is not touched on a site the user did not enable', async ({ platformContext }) => {
  expect(manifestInjects('https://diskominfo.kotimkab.go.id/wp-admin/post-new.php')).toBe(false);
  const page = await openPlatform(platformContext, 'wordpress-classic');
  await typeDraft(page, 'wordpress-classic');
  await expect.poll(() => fixtureText(page)).toBe(DRAFT);
  await page.waitForTimeout(500);
  expect(await panel(page).count()).toBe(0);
});

test('WordPress block editor (Gutenberg in its iframe canvas) on an enabled site', async ({ sitesContext, sitesLog }) => {
  const page = await openPlatform(sitesContext, 'wordpress');
  // The highlights are drawn in the canvas's own document (its own highlight registry).
  await composerScenario(sitesContext, page, 'wordpress', { adapter: 'wordpress', platform: 'wordpress', undo: false }, sitesLog, unexpectedRequests);
  const canvasHighlights = await page
    .frameLocator('iframe[name="editor-canvas"]')
    .locator('body')
    .evaluate(() => [...CSS.highlights.keys()]);
  expect(canvasHighlights).toContain('cermat-error');
});

test('WordPress classic editor (textarea) on an enabled site', async ({ sitesContext, sitesLog }) => {
  const page = await openPlatform(sitesContext, 'wordpress-classic');
  await composerScenario(sitesContext, page, 'wordpress-classic', { adapter: 'wordpress', platform: 'wordpress', undo: true }, sitesLog, unexpectedRequests);
  // Textareas hold no DOM text: the overlay underlines the spans instead.
  await expect(page.locator('cermat-mirror')).toHaveCount(1);
});

test('any other page of an enabled site gets the generic adapter (no platform limits, no post button)', async ({ sitesContext }) => {
  // The fixture server answers `?classic-editor` with the classic editor's textarea on any path.
  const page = await openPlatform(sitesContext, 'wordpress-classic', { path: '/halaman/kontak?classic-editor' });
  await typeDraft(page, 'wordpress-classic');
  await expect(panel(page).locator('[data-testid="cermat-finding"][data-rule="personal-data/nik"]')).toHaveCount(1);
  await expect(panel(page)).toHaveAttribute('data-platform', '');
  await panel(page).locator('[data-testid="cermat-finding"][data-rule="spelling/non-standard"] [data-testid="cermat-apply-fix"]').click();
  await expect.poll(() => fixtureText(page)).toBe(DRAFT.replace('sekedar', 'sekadar'));
});
