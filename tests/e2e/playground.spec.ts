import type { Page } from '@playwright/test';
import { analyze, ELEMENT_KEYS, type AnalyzeOptions, type ElementKey } from '../../lib/analysis';
import { expect, externalRequests, openExtensionPage, test } from './support/browser';

const NIK_NO_PLACE =
  'Penyaluran bantuan sosial tahap II kepada Ibu Siti Aminah, NIK 3503114506780002, dilaksanakan pada ' +
  'Rabu, 9 Juli 2025 pukul 10.00 WIB. Informasi lebih lanjut hubungi 0812-3456-7890.';

const COMPLETE =
  'Bupati Trenggalek meresmikan Pasar Rakyat Panggul di Jalan Raya Panggul No. 12, Kecamatan Panggul, ' +
  'pada Senin, 14 Juli 2025 pukul 09.00 WIB. Pasar dibangun kembali agar 250 pedagang mendapat tempat ' +
  'berjualan yang bersih dan aman. Peresmian ditandai dengan pengguntingan pita. #PasarRakyat #Trenggalek';

/** What the playground shows, in the shape the tests compare. */
interface ShownReport {
  score: number;
  language: string | null;
  postType: string | null;
  elements: Record<ElementKey, string | null>;
  findings: (string | null)[];
  characters: number;
}

async function shownReport(page: Page): Promise<ShownReport> {
  const elements = {} as Record<ElementKey, string | null>;
  for (const key of ELEMENT_KEYS) {
    elements[key] = await page.getByTestId(`playground-element-${key}`).getAttribute('data-state');
  }
  return {
    score: Number(await page.getByTestId('playground-score').textContent()),
    language: await page.getByTestId('playground-language').getAttribute('data-value'),
    postType: await page.getByTestId('playground-post-type').getAttribute('data-value'),
    elements,
    findings: await page
      .getByTestId('playground-finding')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-rule'))),
    characters: Number(await page.getByTestId('playground-count-characters').textContent()),
  };
}

/** The same engine run in Node: the playground must show exactly this. */
function expectedReport(text: string, options: AnalyzeOptions = {}): ShownReport {
  const report = analyze(text, options);
  const elements = {} as Record<ElementKey, string | null>;
  for (const key of ELEMENT_KEYS) {
    const e = report.elements[key];
    elements[key] = e.found ? 'found' : e.required ? 'missing' : 'not-required';
  }
  return {
    score: report.score,
    language: report.language,
    postType: report.postType,
    elements,
    findings: report.findings.map((f) => f.rule),
    characters: report.counts.characters,
  };
}

async function openPlayground(page: Promise<Page>): Promise<Page> {
  const p = await page;
  await expect(p).toHaveTitle('Cermat — Playground');
  await expect(p.getByTestId('playground-report')).toBeVisible();
  return p;
}

test.afterEach(({ networkLog }) => {
  // The privacy promise: drafts never leave the browser, whatever the test did.
  expect(externalRequests(networkLog)).toEqual([]);
});

test('reports a draft with a NIK and no place: score shown, Di mana missing', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  // An event report must tell where; forcing the type keeps this about the playground, not the classifier.
  await page.getByTestId('playground-post-type-select').selectOption('event');
  await page.getByTestId('playground-textarea').fill(NIK_NO_PLACE);

  await expect(page.getByTestId('playground-count-characters')).toHaveText(String(NIK_NO_PLACE.length));
  await expect(page.getByTestId('playground-score')).toHaveText(/^\d{1,3}$/);
  const score = Number(await page.getByTestId('playground-score').textContent());
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  await expect(page.getByTestId('playground-post-type')).toHaveAttribute('data-value', 'event');
  await expect(page.getByTestId('playground-element-where')).toHaveAttribute('data-state', 'missing');
  await expect(page.getByTestId('playground-element-where')).toContainText('Di mana');
  expect(await shownReport(page)).toEqual(expectedReport(NIK_NO_PLACE, { postType: 'event' }));
});

test('updates the report as the draft changes, in both composers', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  await page.getByTestId('playground-textarea').fill(NIK_NO_PLACE);
  await expect(page.getByTestId('playground-count-characters')).toHaveText(String(NIK_NO_PLACE.length));
  const before = await shownReport(page);
  expect(before).toEqual(expectedReport(NIK_NO_PLACE));
  await expect(page.getByTestId('playground-count-hashtags')).toHaveText('0');

  // The rich editor takes over the text, then the complete draft replaces it.
  await page.getByTestId('playground-composer-rich').check();
  const editor = page.getByTestId('playground-editor');
  await expect(editor).toHaveText(NIK_NO_PLACE);
  await editor.fill(COMPLETE);
  await expect(page.getByTestId('playground-count-characters')).toHaveText(String(COMPLETE.length));
  await expect(page.getByTestId('playground-count-hashtags')).toHaveText('2');
  const after = await shownReport(page);
  expect(after).toEqual(expectedReport(COMPLETE));
  expect(after).not.toEqual(before);

  // Key by key, as a person types.
  await editor.press('End');
  await editor.pressSequentially(' Ayo!');
  await expect(page.getByTestId('playground-count-characters')).toHaveText(String(COMPLETE.length + 5));
  expect(await shownReport(page)).toEqual(expectedReport(`${COMPLETE} Ayo!`));
});

test('loads samples with one click and counts by the chosen platform', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  const samples = page.locator('[data-testid^="playground-sample-"]');
  expect(await samples.count()).toBeGreaterThanOrEqual(4);
  await page.getByTestId('playground-sample-personal-data').click();
  const text = await page.getByTestId('playground-textarea').inputValue();
  expect(text).toContain('3503114506780002');
  expect(await shownReport(page)).toEqual(expectedReport(text));

  // X counts every link as 23 characters; without a platform the count is plain code points.
  const withLink = 'Jadwal lengkap ada di https://example.go.id/pengumuman/jadwal-pelayanan-kependudukan-2025';
  await page.getByTestId('playground-textarea').fill(withLink);
  await expect(page.getByTestId('playground-count-weighted')).toHaveText(String(withLink.length));
  await page.getByTestId('playground-platform').selectOption('x');
  await expect(page.getByTestId('playground-count-weighted')).toHaveText(
    String(analyze(withLink, { platform: 'x' }).counts.weighted),
  );
  await expect(page.getByTestId('playground-count-weighted')).not.toHaveText(String(withLink.length));
});

test('keeps every request inside the extension', async ({ extensionContext, extensionId, networkLog }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  for (const composer of ['textarea', 'rich'] as const) {
    await page.getByTestId(`playground-composer-${composer}`).check();
    for (const id of ['event-report', 'caption-no-time-place', 'personal-data', 'greeting']) {
      await page.getByTestId(`playground-sample-${id}`).click();
    }
  }
  await page.getByTestId('playground-platform').selectOption('instagram');
  // The log must have seen the extension's own files, or it recorded nothing at all.
  expect(networkLog).toContainEqual(`chrome-extension://${extensionId}/playground.html`);
  expect(networkLog.some((url) => /^chrome-extension:\/\/[a-p]{32}\/chunks\//.test(url))).toBe(true);
  expect(externalRequests(networkLog)).toEqual([]);
});
