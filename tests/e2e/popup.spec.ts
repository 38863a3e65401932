/**
 * The popup in real Chromium with the built extension, opened as a page and pointed at a tab with `?tab=<id>`
 * (a real popup speaks about the active tab): the draft status, the checklist whose hand ticks stay with the draft
 * across a reopen and a browser restart, the options' checklist and language, and the links.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { extensionArgs, findChromium, missingChromiumMessage } from '../../scripts/chromium-path.mjs';
import { analyze, ELEMENT_KEYS } from '../../lib/analysis';
import type { ComposerStatus } from '../../lib/settings/composer-status';
import { engineOptions } from '../../lib/settings/engine-options';
import { defaultSettings } from '../../lib/settings/schema';
import { DRAFT, panel, TEMPLATE_ID, templateLines, typeDraft } from './composer-steps';
import { EXTENSION_DIR, expect, fixtureText, openPlatform, test as base } from './support/browser';

interface Browser {
  context: BrowserContext;
  id: string;
  close(): Promise<void>;
}

const test = base.extend<{ profileDir: string; ext: Browser; launch: () => Promise<Browser> }>({
  // Playwright reads fixture dependencies from the destructuring pattern: an empty one is required.
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cermat-popup-'));
    await use(dir);
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // A temp directory left behind is harmless.
    }
  },
  /** Launches Chromium on the same profile directory (call again after closing: a browser restart). */
  launch: async ({ profileDir, platformServer }, use) => {
    const open: BrowserContext[] = [];
    await use(async () => {
      const executablePath = findChromium();
      if (!executablePath) throw new Error(missingChromiumMessage());
      await platformServer.ready();
      const context = await chromium.launchPersistentContext(profileDir, {
        executablePath,
        headless: true,
        args: [...extensionArgs(EXTENSION_DIR), ...platformServer.chromiumArgs],
        ignoreHTTPSErrors: true,
      });
      open.push(context);
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      return { context, id: new URL(worker.url()).host, close: () => context.close() };
    });
    for (const c of open) await c.close().catch(() => undefined);
  },
  ext: async ({ launch }, use) => {
    await use(await launch());
  },
});

/** The tab id of the first tab whose URL starts with `prefix`, asked from an extension page. */
async function tabId(b: Browser, prefix: string): Promise<number> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.id}/popup.html`);
  const id = await page.evaluate(async (p) => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(p))?.id ?? -1;
  }, prefix);
  await page.close();
  expect(id).toBeGreaterThan(-1);
  return id;
}

async function openPopup(b: Browser, tab: number): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.id}/popup.html?tab=${tab}`);
  await expect(page.getByTestId('popup-checklist')).toBeVisible();
  return page;
}

async function openOptions(b: Browser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.id}/options.html`);
  await expect(page.getByTestId('section-profile')).toBeVisible();
  return page;
}

const item = (page: Page, id: string) => page.locator(`[data-testid="checklist-item"][data-item="${id}"]`);

test('a tab without a composer: no draft, the default checklist, the links', async ({ ext }) => {
  const options = await openOptions(ext);
  const popup = await openPopup(ext, await tabId(ext, `chrome-extension://${ext.id}/options.html`));
  await expect(popup.getByTestId('popup-no-draft')).toHaveText('Tidak ada draf aktif di tab ini');
  await expect(popup.getByTestId('popup-draft')).toHaveAttribute('data-state', 'none');
  await expect(popup.getByTestId('checklist-item')).toHaveText([
    'Sumber informasi sudah diverifikasi',
    'Unsur 5W1H lengkap',
    'Tidak memuat data pribadi',
    'Netral: tidak memihak peserta pemilu',
    'Foto memiliki keterangan dan teks alternatif',
    'Tagar dan akun resmi instansi dicantumkan',
  ]);
  await expect(popup.getByTestId('checklist-progress')).toHaveText('0 dari 6 selesai');
  // Not a web page: Cermat cannot be enabled there.
  await expect(popup.getByTestId('popup-site')).toHaveAttribute('data-state', 'unsupported');
  await expect(popup.getByTestId('popup-recent')).toContainText(/Belum ada unggahan tercatat\.|Riwayat belum tersedia\./);
  await expect(popup.getByTestId('popup-templates')).toBeVisible();

  // The links open the extension's pages in new tabs (the tab's URL is what counts: a page may still be missing).
  const tabUrls = () =>
    popup.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> } } }).chrome.tabs.query({});
      return tabs.map((t) => t.pendingUrl ?? t.url ?? '');
    });
  for (const [button, path] of [['open-history', 'riwayat.html'], ['open-guide', 'guide.html']] as const) {
    await popup.getByTestId(button).click();
    await expect.poll(tabUrls).toContain(`chrome-extension://${ext.id}/${path}`);
  }
  await options.close();
});

test('hand ticks stay with the draft across a reopen and a browser restart', async ({ ext, launch }) => {
  await openPlatform(ext.context, 'facebook', { compose: false });
  let popup = await openPopup(ext, await tabId(ext, 'https://www.facebook.com/'));
  await expect(popup.getByTestId('popup-site')).toHaveAttribute('data-state', 'platform');
  await item(popup, 'source-verified').getByRole('checkbox').check();
  await item(popup, 'photo-caption').getByRole('checkbox').check();
  await item(popup, 'photo-caption').getByRole('checkbox').uncheck();
  await expect(popup.getByTestId('checklist-progress')).toHaveText('1 dari 6 selesai');
  await popup.close();

  popup = await openPopup(ext, await tabId(ext, 'https://www.facebook.com/'));
  await expect(item(popup, 'source-verified').getByRole('checkbox')).toBeChecked();
  await expect(item(popup, 'photo-caption').getByRole('checkbox')).not.toBeChecked();

  await ext.close();
  const again = await launch();
  await openPlatform(again.context, 'facebook', { compose: false });
  popup = await openPopup(again, await tabId(again, 'https://www.facebook.com/'));
  await expect(item(popup, 'source-verified').getByRole('checkbox')).toBeChecked();
  await expect(popup.getByTestId('checklist-progress')).toHaveText('1 dari 6 selesai');
});

test('the popup follows the options: checklist items and the interface language', async ({ ext }) => {
  const options = await openOptions(ext);
  // The agency requires the superior's approval, and adds an item of its own.
  await options.locator('[data-testid="checklist-edit"][data-item="approval"]').getByTestId('checklist-enabled').check();
  await options.getByTestId('checklist-add').click();
  await options.getByTestId('checklist-label').last().fill('Lampiran surat sudah dicek');
  await options.getByTestId('locale-select').selectOption('en');
  await expect(options.getByTestId('save-status')).toHaveText('Saved');

  const popup = await openPopup(ext, await tabId(ext, `chrome-extension://${ext.id}/options.html`));
  await expect(popup.getByRole('heading', { name: 'Pre-posting checklist' })).toBeVisible();
  await expect(popup.getByTestId('popup-no-draft')).toHaveText('No active draft in this tab');
  await expect(popup.getByTestId('checklist-item')).toHaveText([
    'The source has been verified',
    '5W1H is complete',
    'No personal data',
    'Neutral: takes no side in an election',
    'Approved by the superior',
    'Photos have a caption and alt text',
    "The agency's hashtags and accounts are included",
    'Lampiran surat sudah dicek',
  ]);
  await expect(popup.getByTestId('open-options')).toHaveText('Settings');

  // Back to Indonesian while the popup is open: it follows at once.
  await options.getByTestId('locale-select').selectOption('id');
  await expect(popup.getByRole('heading', { name: 'Daftar periksa sebelum unggah' })).toBeVisible();
});

/**
 * Answers `composer-status` in a tab as the composer content script does, with a Report the engine made here (an
 * injected content script of the extension's own, through chrome.scripting from an extension page).
 */
async function answerStatus(b: Browser, tab: number, status: ComposerStatus): Promise<void> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.id}/popup.html`);
  await page.evaluate(
    async ({ tab, status }) => {
      type Chrome = {
        scripting: { executeScript(o: object): Promise<unknown> };
        runtime: { onMessage: { addListener(l: (m: { type?: string }, s: unknown, send: (a: unknown) => void) => boolean): void } };
      };
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      await c.scripting.executeScript({
        target: { tabId: tab },
        args: [status],
        func: (answer: unknown) => {
          (globalThis as unknown as { chrome: Chrome }).chrome.runtime.onMessage.addListener((m, _s, send) => {
            if (m?.type === 'composer-status') send(answer);
            return false;
          });
        },
      });
    },
    { tab, status },
  );
  await page.close();
}

test('a draft in the tab: score, missing elements, top findings and auto-ticks from its Report', async ({ ext }) => {
  const options = await openOptions(ext);
  await options.getByTestId('profile-hashtags').fill('#KabarTrenggalek');
  await expect(options.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await openPlatform(ext.context, 'facebook', { compose: false });
  const tab = await tabId(ext, 'https://www.facebook.com/');
  const settings = { ...defaultSettings(), profile: { ...defaultSettings().profile, hashtags: ['KabarTrenggalek'] } };
  const report = analyze(DRAFT, engineOptions(settings, { platform: 'facebook' }));
  await answerStatus(ext, tab, { adapter: 'facebook', platform: 'facebook', url: 'https://www.facebook.com/', text: DRAFT, report, at: Date.now() });

  const popup = await openPopup(ext, tab);
  await expect(popup.getByTestId('popup-draft')).toHaveAttribute('data-state', 'draft');
  await expect(popup.getByTestId('popup-score')).toHaveText(String(report.score));
  const missing = ELEMENT_KEYS.filter((k) => report.elements[k].required && !report.elements[k].found);
  expect(missing).toContain('where');
  await expect(popup.getByTestId('popup-missing').locator('li')).toHaveCount(missing.length);
  await expect(popup.getByTestId('popup-missing').locator('[data-element="where"]')).toHaveText('Di mana');
  const shown = popup.getByTestId('popup-finding');
  await expect(shown).toHaveCount(Math.min(3, report.findings.length));
  // Errors first: the NIK.
  await expect(shown.first()).toHaveAttribute('data-rule', 'personal-data/nik');
  await expect(shown.first()).toContainText('3503114506780002');

  await expect(item(popup, 'no-personal-data')).toHaveAttribute('data-auto', 'true');
  await expect(item(popup, 'no-personal-data').getByRole('checkbox')).not.toBeChecked();
  await expect(item(popup, 'no-personal-data').getByRole('checkbox')).toBeDisabled();
  await expect(item(popup, 'no-personal-data').getByTestId('checklist-reason')).toHaveText('Diperiksa otomatis: 1 temuan.');
  await expect(item(popup, 'neutral').getByRole('checkbox')).toBeChecked();
  await expect(item(popup, 'neutral').getByTestId('checklist-reason')).toHaveText('Diperiksa otomatis: Tidak ada temuan.');
  await expect(item(popup, 'five-w-one-h').getByTestId('checklist-reason')).toContainText('Di mana');
  await expect(item(popup, 'hashtags').getByTestId('checklist-reason')).toHaveText('Diperiksa otomatis: Belum ada: #KabarTrenggalek.');
  // Items the engine cannot judge stay with the admin.
  await expect(item(popup, 'source-verified')).toHaveAttribute('data-auto', 'false');
  await expect(item(popup, 'source-verified').getByRole('checkbox')).toBeEnabled();
});

// The real content script's answer: enable once the composer controller calls listenForComposerStatus
// (lib/settings/composer-status.ts).
test('a draft typed on Facebook reaches the popup through the composer content script', async ({ ext }) => {
  const page = await openPlatform(ext.context, 'facebook');
  await typeDraft(page, 'facebook');
  await expect(panel(page).getByTestId('cermat-score')).toHaveText(/\d+/);
  const score = await panel(page).getByTestId('cermat-score').textContent();
  const popup = await openPopup(ext, await tabId(ext, 'https://www.facebook.com/'));
  await expect(popup.getByTestId('popup-draft')).toHaveAttribute('data-state', 'draft');
  await expect(popup.getByTestId('popup-score')).toHaveText(score ?? '');
  await expect(popup.getByTestId('popup-finding').first()).toHaveAttribute('data-rule', 'personal-data/nik');
  await expect(item(popup, 'no-personal-data').getByRole('checkbox')).not.toBeChecked();
});

test('a quick template from the popup lands in the Facebook composer', async ({ ext }) => {
  const page = await openPlatform(ext.context, 'facebook');
  await typeDraft(page, 'facebook');
  await expect(panel(page).getByTestId('cermat-score')).toHaveText(/\d+/);
  const popup = await openPopup(ext, await tabId(ext, 'https://www.facebook.com/'));
  const buttons = popup.getByTestId('popup-template');
  await expect(buttons.first()).toBeVisible();
  expect(await buttons.count()).toBeGreaterThan(1);
  await popup.locator(`[data-testid="popup-template"][data-template-id="${TEMPLATE_ID}"]`).click();
  await expect(popup.getByTestId('popup-template-message')).toHaveAttribute('data-state', 'inserted');
  const lines = templateLines('facebook');
  // Read from the editor's own state: the draft kept, the template after it.
  await expect.poll(() => fixtureText(page)).toContain(lines[0]!);
  const text = await fixtureText(page);
  for (const line of lines) expect(text).toContain(line);
  expect(text.startsWith(DRAFT)).toBe(true);
});

test('a quick template without a composer in the tab asks to click the text box first', async ({ ext }) => {
  const options = await openOptions(ext);
  const popup = await openPopup(ext, await tabId(ext, `chrome-extension://${ext.id}/options.html`));
  await popup.locator(`[data-testid="popup-template"][data-template-id="${TEMPLATE_ID}"]`).click();
  await expect(popup.getByTestId('popup-template-message')).toHaveText('Klik kotak tulisan di halaman dulu');
  await options.close();
});
