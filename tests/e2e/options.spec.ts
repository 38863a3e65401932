/**
 * The options page in real Chromium with the built extension: the agency profile survives a reload and a browser
 * restart (a persistent profile directory, closed and launched again), a bad rule pack is refused with messages that
 * name the bad entry and changes nothing, a good pack and custom words are used by the engine, a storage error keeps
 * what was typed, and the interface switches to English.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { extensionArgs, findChromium, missingChromiumMessage } from '../../scripts/chromium-path.mjs';
import { EXTENSION_DIR, expect } from './support/browser';

const GOOD_PACK = {
  name: 'Diskominfo Trenggalek',
  version: '1',
  rules: [
    {
      id: 'trenggalek/nama-dinas',
      category: 'custom',
      severity: 'warning',
      ref: 'custom-rules',
      message: { id: 'Tulis nama resmi dinas.', en: 'Write the official name of the office.' },
      replacements: { 'dinas kominfo tg': 'Diskominfo Trenggalek' },
    },
  ],
};

const BAD_PACK = {
  name: 'Rusak',
  rules: [
    GOOD_PACK.rules[0],
    { id: 'trenggalek/tanpa-kata', category: 'custom', severity: 'gawat', ref: 'custom-rules', message: 'x' },
  ],
};

interface Browser {
  context: BrowserContext;
  id: string;
  close(): Promise<void>;
}

/** Chromium with the built extension and a profile directory that outlives the browser (a restart reuses it). */
async function launch(userDataDir: string): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage());
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: extensionArgs(EXTENSION_DIR),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, id: new URL(worker.url()).host, close: () => context.close() };
}

const test = base.extend<{ profileDir: string; ext: Browser }>({
  // Playwright reads fixture dependencies from the destructuring pattern: an empty one is required.
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'cermat-options-'));
    await use(dir);
    // Chromium may still be writing its profile for a moment after closing.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // A temp directory left behind is harmless.
    }
  },
  ext: async ({ profileDir }, use) => {
    const b = await launch(profileDir);
    await use(b);
    await b.close().catch(() => undefined);
  },
});

async function openOptions(b: Browser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.id}/options.html`);
  await expect(page.getByTestId('section-profile')).toBeVisible();
  return page;
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

async function importFile(page: Page, name: string, content: string) {
  await page.getByTestId('pack-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('the agency profile survives a reload and a browser restart', async ({ ext, profileDir }) => {
  let page = await openOptions(ext);
  await expect(page.getByRole('heading', { name: 'Profil instansi' })).toBeVisible();
  await page.getByTestId('profile-agencyName').fill('Dinas Komunikasi dan Informatika Kabupaten Trenggalek');
  await page.getByTestId('profile-region').fill('Kabupaten Trenggalek');
  await page.getByTestId('profile-hashtags').fill('#KabarTrenggalek, #TrenggalekMeroket');
  await page.getByTestId('profile-signOff').fill('Salam hangat, Diskominfo Trenggalek');
  await page.getByTestId('profile-account-instagram').fill('@kominfo.trenggalek');
  await saved(page);

  await page.reload();
  await expect(page.getByTestId('profile-agencyName')).toHaveValue('Dinas Komunikasi dan Informatika Kabupaten Trenggalek');
  await expect(page.getByTestId('profile-hashtags')).toHaveValue('#KabarTrenggalek #TrenggalekMeroket');

  await ext.close();
  const again = await launch(profileDir);
  try {
    page = await openOptions(again);
    await expect(page.getByTestId('profile-agencyName')).toHaveValue('Dinas Komunikasi dan Informatika Kabupaten Trenggalek');
    await expect(page.getByTestId('profile-region')).toHaveValue('Kabupaten Trenggalek');
    await expect(page.getByTestId('profile-hashtags')).toHaveValue('#KabarTrenggalek #TrenggalekMeroket');
    await expect(page.getByTestId('profile-signOff')).toHaveValue('Salam hangat, Diskominfo Trenggalek');
    await expect(page.getByTestId('profile-account-instagram')).toHaveValue('@kominfo.trenggalek');
  } finally {
    await again.close();
  }
});

test('a bad rule pack is refused naming the bad entry, and nothing is lost', async ({ ext }) => {
  const page = await openOptions(ext);
  await page.getByTestId('profile-agencyName').fill('Diskominfo Trenggalek');
  await importFile(page, 'trenggalek.json', JSON.stringify(GOOD_PACK));
  await expect(page.getByTestId('pack-notice')).toHaveAttribute('data-kind', 'imported');
  await expect(page.getByTestId('pack-current')).toContainText('Paket “Diskominfo Trenggalek”: 1 aturan.');
  await saved(page);

  await importFile(page, 'rusak.json', JSON.stringify(BAD_PACK));
  await expect(page.getByTestId('pack-notice')).toHaveAttribute('data-kind', 'invalid');
  await expect(page.getByTestId('pack-notice')).toContainText('Berkas rusak.json tidak dapat dipakai. Paket yang ada tidak diubah.');
  await expect(page.getByTestId('pack-problems').getByRole('listitem')).toHaveText([
    'rusak.json rules[1] ("trenggalek/tanpa-kata"): "severity" must be one of error, warning, info',
    'rusak.json rules[1] ("trenggalek/tanpa-kata"): needs at least one of "terms", "patterns" or "replacements"',
  ]);

  await importFile(page, 'bukan.json', '{"rules": [');
  await expect(page.getByTestId('pack-notice')).toHaveAttribute('data-kind', 'json');
  await expect(page.getByTestId('pack-notice')).toContainText('Berkas bukan.json bukan JSON yang sah');

  // The good pack and what was typed are still there, after a reload too.
  await page.reload();
  await expect(page.getByTestId('pack-current')).toContainText('Paket “Diskominfo Trenggalek”: 1 aturan.');
  await expect(page.getByTestId('profile-agencyName')).toHaveValue('Diskominfo Trenggalek');
});

test('the engine uses an imported pack and the custom words', async ({ ext }) => {
  const page = await openOptions(ext);
  await importFile(page, 'trenggalek.json', JSON.stringify(GOOD_PACK));
  await expect(page.getByTestId('pack-notice')).toHaveAttribute('data-kind', 'imported');

  await page.getByTestId('word-input').fill('oknum');
  await page.getByTestId('word-suggestion').fill('petugas');
  await page.getByTestId('word-save').click();
  await expect(page.getByTestId('custom-word')).toHaveAttribute('data-word', 'oknum');

  // A word already in the list is refused, and stays in the form.
  await page.getByTestId('word-input').fill('Oknum');
  await page.getByTestId('word-save').click();
  await expect(page.getByTestId('word-problem')).toHaveText('Kata ini sudah ada di daftar.');
  await expect(page.getByTestId('word-input')).toHaveValue('Oknum');

  await page.getByTestId('try-text').fill('Dinas Kominfo TG menegur oknum yang lalai.');
  const findings = page.getByTestId('try-finding');
  await expect(findings).toHaveCount(2);
  await expect(findings.nth(0)).toHaveAttribute('data-rule', 'trenggalek/nama-dinas');
  await expect(findings.nth(0)).toContainText('Diskominfo Trenggalek');
  await expect(findings.nth(1)).toHaveAttribute('data-rule', /^custom-word\//);
  await expect(findings.nth(1)).toContainText('petugas');
  await saved(page);

  // Removing the pack takes its finding away; the custom word stays.
  await page.getByTestId('pack-remove').click();
  await expect(page.getByTestId('pack-current')).toContainText('Belum ada paket aturan.');
  await expect(findings).toHaveCount(1);
  await expect(findings.first()).toHaveAttribute('data-rule', /^custom-word\//);
});

test('a storage error keeps what was typed, says so, and the value is back after a reload', async ({ ext }) => {
  const page = await openOptions(ext);
  // storage.sync takes at most 8 KB per item: a profile with 1,000 hashtags is refused.
  const many = Array.from({ length: 1000 }, (_, i) => `#Tagar${i}`).join(' ');
  await page.getByTestId('profile-hashtags').fill(many);
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'error', { timeout: 10_000 });
  await expect(status).toContainText('Gagal menyimpan');
  await expect(status).toContainText('sudah dicadangkan di perangkat ini');
  await expect(page.getByTestId('profile-hashtags')).toHaveValue(many);

  await page.reload();
  await expect(page.getByTestId('profile-hashtags')).toHaveValue(new RegExp(`^#Tagar0 #Tagar1 .* #Tagar999$`));
});

test('the retention period refuses a bad number without losing the stored one', async ({ ext }) => {
  const page = await openOptions(ext);
  const days = page.getByTestId('retention-days');
  await expect(days).toHaveValue('365');
  await days.fill('3');
  await expect(page.getByTestId('retention-hint')).toHaveText('Masukkan angka antara 7 dan 3650.');
  await days.fill('90');
  await saved(page);
  await page.reload();
  await expect(page.getByTestId('retention-days')).toHaveValue('90');
});

test('switching to English changes every label and stays after a reload; "follow the browser" follows it', async ({ ext }) => {
  const page = await openOptions(ext);
  await expect(page.getByRole('heading', { name: 'Pengaturan Cermat' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByTestId('locale-select').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Cermat settings' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Agency profile' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Agency rule pack' })).toBeVisible();
  await expect(page.getByText('Agency name', { exact: true })).toBeVisible();
  await expect(page.getByTestId('rule-category').first()).toContainText('Personal data');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Agency profile' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Checklist' })).toBeVisible();

  // "Ikuti peramban": the browser's own interface language, as browser.i18n sees it.
  const ui = await page.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
  await page.getByTestId('locale-select').selectOption('auto');
  await expect(page.getByRole('heading', { name: /^en/i.test(ui) ? 'Agency profile' : 'Profil instansi' })).toBeVisible();
  await page.getByTestId('locale-select').selectOption('id');
  await expect(page.getByRole('heading', { name: 'Profil instansi' })).toBeVisible();
});

test('the manifest name and description come from the locale files', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/options.html`);
  const seen = await page.evaluate(() => {
    const c = (globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string; getUILanguage(): string }; runtime: { getManifest(): { name: string; description: string; default_locale?: string } } } }).chrome;
    const m = c.runtime.getManifest();
    return { name: m.name, description: m.description, locale: m.default_locale, ui: c.i18n.getUILanguage(), message: c.i18n.getMessage('extDescription') };
  });
  const file = /^en/i.test(seen.ui) ? 'en' : 'id';
  const messages = JSON.parse(readFileSync(new URL(`../../locales/${file}.json`, import.meta.url), 'utf8')) as { extName: string; extDescription: string };
  expect(seen.locale).toBe('id');
  expect(seen.name).toBe(messages.extName);
  expect(seen.description).toBe(messages.extDescription);
  expect(seen.message).toBe(messages.extDescription);
});

/** Debian's Chromium reads machine policy here; writing it needs root (CI runs as root). */
const POLICY_DIR = '/etc/chromium/policies/managed';

function policyDirWritable(): boolean {
  if (findChromium() !== '/usr/bin/chromium') return false;
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** An unpacked extension's id: the first 32 hex digits of SHA-256 of its path, written with the letters a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

test('enterprise policy (storage.managed) pre-sets the agency settings and shows them locked', async ({ profileDir }) => {
  test.skip(!policyDirWritable(), `needs Debian's Chromium and a writable ${POLICY_DIR} (root)`);
  const file = join(POLICY_DIR, `cermat-e2e-${process.pid}.json`);
  const policy = {
    '3rdparty': {
      extensions: {
        [unpackedExtensionId(EXTENSION_DIR)]: {
          profile: { agencyName: 'Dinas Komunikasi dan Informatika Kabupaten Trenggalek', hashtags: ['KabarTrenggalek'] },
          categories: { gambling: true },
          customWords: [{ id: 'p1', word: 'oknum', severity: 'error', suggestion: 'petugas' }],
          rulePack: { name: 'Paket Pemkab', version: '3', rules: [GOOD_PACK.rules[0]] },
          retentionDays: 365,
        },
      },
    },
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(policy));
  let ext: Browser | null = null;
  try {
    ext = await launch(profileDir);
    const page = await openOptions(ext);
    await expect(page.getByTestId('profile-agencyName')).toHaveValue('Dinas Komunikasi dan Informatika Kabupaten Trenggalek');
    await expect(page.getByTestId('profile-agencyName')).toBeDisabled();
    await expect(page.getByTestId('profile-hashtags')).toHaveValue('#KabarTrenggalek');
    await expect(page.getByTestId('profile-hashtags')).toBeDisabled();
    await expect(page.getByTestId('section-profile').getByTestId('locked')).toHaveCount(2);
    // What the policy leaves open stays the admin's.
    await expect(page.getByTestId('profile-region')).toBeEnabled();
    await page.getByTestId('profile-region').fill('Kabupaten Trenggalek');
    await saved(page);

    await expect(page.getByTestId('pack-current')).toContainText('Paket “Paket Pemkab”: 1 aturan.');
    await expect(page.getByTestId('pack-current').getByTestId('locked')).toHaveText('Diatur oleh instansi');
    await expect(page.getByTestId('pack-remove')).toBeDisabled();
    await expect(page.getByTestId('category-gambling')).toBeDisabled();
    await expect(page.getByTestId('category-spelling')).toBeEnabled();
    await expect(page.getByTestId('retention-days')).toHaveValue('365');
    await expect(page.getByTestId('retention-days')).toBeDisabled();
    await expect(page.locator('[data-testid="custom-word"][data-word="oknum"]').getByTestId('locked')).toBeVisible();

    // The engine uses the agency's pack and words.
    await page.getByTestId('try-text').fill('Dinas Kominfo TG menegur oknum.');
    await expect(page.getByTestId('try-finding')).toHaveCount(2);
    await expect(page.getByTestId('try-finding').nth(0)).toHaveAttribute('data-rule', 'trenggalek/nama-dinas');
    await expect(page.getByTestId('try-finding').nth(1)).toHaveAttribute('data-rule', 'custom-word/managed-p1');
  } finally {
    rmSync(file, { force: true });
    await ext?.close().catch(() => undefined);
  }
});
