import type { BrowserContext, Page } from '@playwright/test';
import { getGuideSection, GUIDE_SECTIONS } from '../../lib/guide';
import { GUIDE_REFS } from '../../lib/rules/refs';
import { expect, externalRequests, openExtensionPage, test } from './support/browser';

// The offline guideline reference (guide.html): deep links, search, the finding's "Pedoman" link, and no network.

const NIK_DRAFT =
  'Penyaluran bantuan sosial tahap II kepada Ibu Siti Aminah, NIK 3503114506780002, dilaksanakan pada ' +
  'Rabu, 9 Juli 2025 pukul 10.00 WIB.';

function section(page: Page, id: string) {
  return page.locator(`section[id="${id}"][data-testid="guide-section"]`);
}

async function openGuide(context: BrowserContext, extensionId: string, hash = ''): Promise<Page> {
  const page = await openExtensionPage(context, extensionId, `guide.html${hash}`);
  await expect(page.getByTestId('guide-toc')).toBeVisible();
  return page;
}

test.afterEach(({ networkLog }) => {
  expect(externalRequests(networkLog)).toEqual([]);
});

test('a deep link opens its section in view, with its source', async ({ extensionContext, extensionId }) => {
  const page = await openGuide(extensionContext, extensionId, '#uu-pdp-pasal-4');
  await expect(page).toHaveTitle('Cermat — Pedoman');
  const pdp = section(page, 'uu-pdp-pasal-4');
  await expect(pdp).toBeInViewport();
  await expect(pdp).toHaveClass(/active/);
  await expect(pdp.getByRole('heading', { level: 2 })).toHaveText(getGuideSection('uu-pdp-pasal-4')!.title.id);
  await expect(pdp.getByTestId('guide-source')).toContainText('UU Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi');
  await expect(page.getByTestId('guide-toc').locator('a[aria-current="location"]')).toHaveAttribute('href', '#uu-pdp-pasal-4');
  // The first section is far above: the page really scrolled.
  await expect(section(page, '5w1h')).not.toBeInViewport();
});

test('every section is on the page, each with a source; Permenpan-RB 83/2012 carries its status', async ({ extensionContext, extensionId }) => {
  const page = await openGuide(extensionContext, extensionId);
  await expect(page.getByTestId('guide-section')).toHaveCount(GUIDE_SECTIONS.length);
  await expect(page.getByTestId('guide-source')).toHaveCount(GUIDE_SECTIONS.length);
  const ids = await page.getByTestId('guide-section').evaluateAll((els) => els.map((e) => e.id));
  for (const ref of GUIDE_REFS) expect(ids).toContain(ref);
  await expect(section(page, 'permenpan-rb-83-2012').getByTestId('guide-status')).toContainText('Status belum terverifikasi');
});

test('following a link to another section scrolls to it; an unknown section says so', async ({ extensionContext, extensionId }) => {
  const page = await openGuide(extensionContext, extensionId, '#uu-ite-pasal-26');
  await section(page, 'uu-ite-pasal-26').getByRole('link', { name: 'UU PDP Pasal 4' }).click();
  await expect(page).toHaveURL(/guide\.html#uu-pdp-pasal-4$/);
  await expect(section(page, 'uu-pdp-pasal-4')).toBeInViewport();

  await page.goto(page.url().replace(/#.*$/, '#tidak-ada'));
  await expect(page.getByTestId('guide-missing')).toHaveText('Bagian "tidak-ada" tidak ada di pedoman ini.');
});

test('search finds sections as you type and opens the chosen one', async ({ extensionContext, extensionId }) => {
  const page = await openGuide(extensionContext, extensionId);
  const search = page.getByTestId('guide-search');

  await search.fill('data pribadi');
  const results = page.getByTestId('guide-result');
  await expect(results.first()).toHaveAttribute('data-id', 'uu-pdp-pasal-4');
  await expect(results.first().locator('mark').first()).toHaveText(/data|pribadi/i);

  await search.fill('judi');
  await expect(results.first()).toHaveAttribute('data-id', 'uu-ite-pasal-27');
  await results.first().getByRole('link').click();
  await expect(page).toHaveURL(/#uu-ite-pasal-27$/);
  await expect(section(page, 'uu-ite-pasal-27')).toBeInViewport();

  // Enter opens the best match.
  await search.fill('jam 8 pagi');
  await expect(results.first()).toHaveAttribute('data-id', 'eyd-v-waktu');
  await search.press('Enter');
  await expect(page).toHaveURL(/#eyd-v-waktu$/);
  await expect(section(page, 'eyd-v-waktu')).toBeInViewport();

  await search.fill('xyzzy');
  await expect(page.getByTestId('guide-results')).toContainText('Tidak ada bagian yang cocok');
  await expect(results).toHaveCount(0);
  await search.press('Escape');
  await expect(page.getByTestId('guide-results')).toHaveCount(0);
});

test('English switches the titles and adds the summaries', async ({ extensionContext, extensionId }) => {
  const page = await openGuide(extensionContext, extensionId, '#uu-pdp-pasal-4');
  await page.getByTestId('guide-lang').getByRole('button', { name: 'English' }).click();
  const s = getGuideSection('uu-pdp-pasal-4')!;
  await expect(section(page, 'uu-pdp-pasal-4').getByRole('heading', { level: 2 })).toHaveText(s.title.en);
  await expect(section(page, 'uu-pdp-pasal-4')).toContainText(s.summaryEn);
  await expect(page).toHaveURL(/\?lang=en#uu-pdp-pasal-4$/);
});

test('with the network blocked and the browser offline the guide still works', async ({ extensionContext, extensionId }) => {
  const blocked: string[] = [];
  await extensionContext.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await extensionContext.setOffline(true);
  try {
    const page = await openGuide(extensionContext, extensionId, '#uu-sppa-pasal-19');
    await expect(section(page, 'uu-sppa-pasal-19')).toBeInViewport();
    await expect(page.getByTestId('guide-section')).toHaveCount(GUIDE_SECTIONS.length);
    await page.getByTestId('guide-search').fill('netralitas');
    await expect(page.getByTestId('guide-result').first()).toHaveAttribute('data-id', /^(skb-2-2022|pp-94-2021)$/);
    // The page is styled from its own stylesheet (system fonts only).
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toMatch(/system-ui/);
    // Every resource the page used came from the extension itself.
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(resources.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
    expect(blocked).toEqual([]);
  } finally {
    await extensionContext.setOffline(false);
    await extensionContext.unrouteAll();
  }
});

test('a finding’s "Pedoman" link in the playground opens its section in a new tab', async ({ extensionContext, extensionId }) => {
  const page = await openExtensionPage(extensionContext, extensionId, 'playground.html');
  await expect(page.locator('.cermat-panel')).toBeVisible();
  await page.getByTestId('playground-textarea').fill(NIK_DRAFT);
  const nik = page.locator('.cermat-panel [data-testid="cermat-finding"][data-rule="personal-data/nik"]');
  const [guide] = await Promise.all([
    extensionContext.waitForEvent('page'),
    nik.getByRole('button', { name: /Buka pedoman/ }).click(),
  ]);
  await guide.waitForLoadState();
  await expect(guide).toHaveURL(`chrome-extension://${extensionId}/guide.html#uu-pdp-pasal-4`);
  await expect(section(guide, 'uu-pdp-pasal-4')).toBeInViewport();
  await expect(section(guide, 'uu-pdp-pasal-4')).toHaveClass(/active/);
  // The playground still records the request (its own test relies on it).
  await expect(page.getByTestId('playground-guide-ref')).toHaveAttribute('data-ref', 'uu-pdp-pasal-4');
});
