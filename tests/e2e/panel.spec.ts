import type { Locator, Page } from '@playwright/test';
import { analyze, ELEMENT_KEYS, SEVERITIES, type AnalyzeOptions } from '../../lib/analysis';
import { expect, externalRequests, openExtensionPage, test } from './support/browser';

// The panel as the playground mounts it (no shadow root there): the same component and hooks as on the platforms.

const NIK_NO_PLACE =
  'Penyaluran bantuan sosial tahap II kepada Ibu Siti Aminah, NIK 3503114506780002, dilaksanakan pada ' +
  'Rabu, 9 Juli 2025 pukul 10.00 WIB. Informasi lebih lanjut hubungi 0812-3456-7890.';

const SPELLING =
  'Dinas Kesehatan Kabupaten Trenggalek mengadakan sosialisasi di Balai Desa Ngantru pada Kamis, 17 Juli 2025. ' +
  'Kegiatan ini bukan sekedar penyuluhan, tetapi juga praktek langsung bersama kader jumantik.';

const GREETING = 'Selamat Hari Raya Idulfitri 1446 H. Mohon maaf lahir dan batin. Keluarga besar Pemerintah Kabupaten Trenggalek.';

/** What the panel should show for `text`: score, element states, findings in display order (grouped by severity). */
function expected(text: string, options: AnalyzeOptions = {}) {
  const report = analyze(text, options);
  const elements = Object.fromEntries(
    ELEMENT_KEYS.map((k) => {
      const e = report.elements[k];
      return [k, e.found ? 'found' : e.required ? 'missing' : 'not-required'];
    }),
  );
  const findings = SEVERITIES.flatMap((s) =>
    report.findings.filter((f) => f.severity === s).map((f) => `${f.severity} ${f.category} ${f.rule}`),
  );
  return { report, score: String(report.score), elements, findings };
}

async function openPlayground(page: Promise<Page>): Promise<Page> {
  const p = await page;
  await expect(p).toHaveTitle('Cermat — Playground');
  await expect(p.locator('.cermat-panel')).toBeVisible();
  return p;
}

function panel(page: Page): Locator {
  return page.locator('.cermat-panel');
}

async function shownFindings(page: Page): Promise<string[]> {
  return panel(page)
    .getByTestId('cermat-finding')
    .evaluateAll((items) =>
      items.map((i) => `${i.getAttribute('data-severity')} ${i.getAttribute('data-category')} ${i.getAttribute('data-rule')}`),
    );
}

async function shownElements(page: Page): Promise<Record<string, string | null>> {
  const states: Record<string, string | null> = {};
  for (const key of ELEMENT_KEYS) {
    states[key] = await panel(page).getByTestId(`cermat-element-${key}`).getAttribute('data-state');
  }
  return states;
}

test.afterEach(({ networkLog }) => {
  expect(externalRequests(networkLog)).toEqual([]);
});

test('shows a quiet start state, then the score, the six elements and the findings of a draft', async ({
  extensionContext,
  extensionId,
}) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  await expect(panel(page)).toContainText('Mulai mengetik…');
  await expect(panel(page).getByTestId('cermat-score')).toHaveCount(0);
  await expect(panel(page).getByTestId('cermat-finding')).toHaveCount(0);

  await page.getByTestId('playground-post-type-select').selectOption('event');
  await page.getByTestId('playground-textarea').fill(NIK_NO_PLACE);
  const want = expected(NIK_NO_PLACE, { postType: 'event' });

  await expect(panel(page).getByTestId('cermat-score')).toHaveText(want.score);
  await expect(panel(page).getByTestId('cermat-element-where')).toHaveAttribute('data-state', 'missing');
  await expect(panel(page).getByTestId('cermat-element-where')).toContainText('Di mana');
  expect(await shownElements(page)).toEqual(want.elements);
  expect(await shownFindings(page)).toEqual(want.findings);

  const nik = panel(page).locator('[data-testid="cermat-finding"][data-rule="personal-data/nik"]');
  await expect(nik).toHaveAttribute('data-severity', 'error');
  await expect(nik).toHaveAttribute('data-category', 'personal-data');
  await expect(nik).toContainText(want.report.findings.find((f) => f.rule === 'personal-data/nik')!.message);
  await expect(nik).toContainText('3503114506780002');
  // Grouped by severity under Indonesian headings, the errors first.
  await expect(panel(page).locator('.cp-group-heading').first()).toContainText('Galat');

  // The six labels in Indonesian, the counter against the platform's limit.
  for (const label of ['Apa', 'Siapa', 'Kapan', 'Di mana', 'Mengapa', 'Bagaimana']) {
    await expect(panel(page).locator('.cp-elements')).toContainText(label);
  }
  await expect(panel(page).getByTestId('cermat-counter')).toContainText(String(want.report.counts.weighted));
  await page.getByTestId('playground-platform').selectOption('x');
  await expect(panel(page).getByTestId('cermat-counter')).toContainText('/ 280');
  await expect(panel(page).getByTestId('cermat-counter')).toHaveAttribute('data-level', 'ok');
  expect(problems).toEqual([]);
});

test('marks elements a greeting does not need as not-required', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  await page.getByTestId('playground-textarea').fill(GREETING);
  const want = expected(GREETING);
  expect(want.report.postType).toBe('greeting');
  await expect(panel(page).getByTestId('cermat-score')).toHaveText(want.score);
  expect(await shownElements(page)).toEqual(want.elements);
  expect(Object.values(want.elements)).toContain('not-required');
  expect(Object.values(want.elements)).not.toContain('missing');
});

test('a fix button writes its suggestion into the composer, in both composers', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  const textarea = page.getByTestId('playground-textarea');
  await textarea.fill(SPELLING);
  const sekedar = panel(page).locator('[data-testid="cermat-finding"][data-rule="spelling/non-standard"]', {
    hasText: 'sekedar',
  });
  const fix = sekedar.getByTestId('cermat-apply-fix');
  await expect(fix).toHaveCount(1);
  await expect(fix).toHaveText('sekedar → sekadar');
  await fix.click();
  await expect(textarea).toHaveValue(SPELLING.replace('sekedar', 'sekadar'));
  await expect(sekedar).toHaveCount(0);

  // The rich editor takes the text over; its fix goes through the same intent.
  await page.getByTestId('playground-composer-rich').check();
  const praktek = panel(page).locator('[data-testid="cermat-finding"]', { hasText: 'praktek' });
  await praktek.getByTestId('cermat-apply-fix').click();
  await expect(page.getByTestId('playground-editor')).toHaveText(
    SPELLING.replace('sekedar', 'sekadar').replace('praktek', 'praktik'),
  );
  await expect(panel(page).locator('[data-testid="cermat-finding"][data-rule="spelling/non-standard"]')).toHaveCount(0);
});

test('the guideline link asks for the finding’s reference', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  await page.getByTestId('playground-textarea').fill(NIK_NO_PLACE);
  const nik = panel(page).locator('[data-testid="cermat-finding"][data-rule="personal-data/nik"]');
  await nik.getByRole('button', { name: /Buka pedoman/ }).click();
  await expect(page.getByTestId('playground-guide-ref')).toHaveAttribute('data-ref', 'uu-pdp-pasal-4');
});

test('long lists are capped per group until "tampilkan semua"', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  const text = `Kami ${Array.from({ length: 12 }, () => 'sekedar').join(' dan ')} mengingatkan.`;
  const warnings = analyze(text).findings.filter((f) => f.severity === 'warning').length;
  expect(warnings).toBeGreaterThanOrEqual(12);
  await page.getByTestId('playground-textarea').fill(text);
  const group = panel(page).locator('.cp-group-warning');
  await expect(group.getByTestId('cermat-finding')).toHaveCount(5);
  await group.getByRole('button', { name: `Tampilkan semua (${warnings})` }).click();
  await expect(group.getByTestId('cermat-finding')).toHaveCount(warnings);
});

test('the template picker opens, inserts by click and by keyboard, and Escape closes only the picker', async ({
  extensionContext,
  extensionId,
}) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  const textarea = page.getByTestId('playground-textarea');
  const opener = panel(page).getByTestId('cermat-templates');
  await expect(opener).toHaveAttribute('aria-expanded', 'false');
  await expect(panel(page).getByTestId('cermat-template')).toHaveCount(0);

  await opener.click();
  await expect(opener).toHaveAttribute('aria-expanded', 'true');
  const ids = await panel(page)
    .getByTestId('cermat-template')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-template-id')));
  expect(ids).toEqual(['event-report', 'service-announcement', 'greeting', 'hoax-clarification']);
  await panel(page).locator('[data-testid="cermat-template"][data-template-id="greeting"]').click();
  await expect(textarea).toHaveValue(/^Selamat Hari Anak Nasional/);
  await expect(opener).toHaveAttribute('aria-expanded', 'false');
  const greeting = await textarea.inputValue();
  expect(analyze(greeting).postType).toBe('greeting');

  // Keyboard: ArrowDown opens and focuses the first template, ArrowDown again the second, Enter inserts it.
  await opener.focus();
  await page.keyboard.press('ArrowDown');
  await expect(panel(page).locator('[data-template-id="event-report"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel(page).locator('[data-template-id="service-announcement"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(textarea).toHaveValue(/^Selamat Hari Anak Nasional[^]*\n\nPENGUMUMAN\n/);
  await expect(opener).toBeFocused();

  // Escape inside the list closes the list and keeps the panel open.
  await page.keyboard.press('ArrowDown');
  await expect(panel(page).getByTestId('cermat-template').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(opener).toHaveAttribute('aria-expanded', 'false');
  await expect(opener).toBeFocused();
  await expect(panel(page).getByTestId('cermat-collapse')).toBeVisible();
});

test('collapses to a badge and expands again from the keyboard; Escape collapses', async ({
  extensionContext,
  extensionId,
}) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  await page.getByTestId('playground-textarea').fill(NIK_NO_PLACE);
  const want = expected(NIK_NO_PLACE);
  const collapse = panel(page).getByTestId('cermat-collapse');
  const badge = panel(page).getByTestId('cermat-badge');

  await collapse.focus();
  await page.keyboard.press('Enter');
  await expect(badge).toBeVisible();
  await expect(badge).toBeFocused();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await expect(badge.getByTestId('cermat-score')).toHaveText(want.score);
  await expect(panel(page).getByTestId('cermat-finding')).toHaveCount(0);

  await page.keyboard.press('Enter');
  await expect(collapse).toBeVisible();
  await expect(collapse).toBeFocused();
  await expect(collapse).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press(' ');
  await expect(badge).toBeFocused();
  await page.keyboard.press(' ');
  await expect(collapse).toBeFocused();

  // Escape from anywhere in the panel, e.g. a fix button.
  await panel(page).getByTestId('cermat-apply-fix').first().focus();
  await page.keyboard.press('Escape');
  await expect(badge).toBeFocused();
  await badge.click();
  await expect(panel(page).getByTestId('cermat-finding').first()).toBeVisible();
});

test('Tab reaches the panel’s controls in order, with a visible focus ring', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  await page.getByTestId('playground-textarea').fill(SPELLING);
  const grip = panel(page).locator('.cp-grip');
  await grip.focus();
  const order: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.dataset.testid ?? el.className;
      }),
    );
  }
  // Grip → collapse → one stop for the six elements → the first finding's fix and guideline → …
  expect(order.slice(0, 4)).toEqual(['cermat-collapse', 'cp-element-button', 'cermat-apply-fix', 'cp-guide']);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

test('keystrokes inside the panel do not reach the page’s shortcuts', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  await page.getByTestId('playground-textarea').fill(SPELLING);
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    for (const type of ['keydown', 'keyup', 'keypress']) {
      document.addEventListener(type, (e) => w.seen.push(`${type}:${(e as KeyboardEvent).key}`));
      window.addEventListener(type, (e) => w.seen.push(`window-${type}:${(e as KeyboardEvent).key}`));
    }
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

  await panel(page).getByTestId('cermat-templates').focus();
  for (const key of ['j', 'k', '?', 'Shift+/', 'Enter']) await page.keyboard.press(key);
  await panel(page).getByTestId('cermat-apply-fix').first().focus();
  await page.keyboard.press('j');
  expect(await seen()).toEqual([]);

  // The same keys typed in the page itself do reach it, so the listener works.
  await page.getByTestId('playground-textarea').press('j');
  expect(await seen()).toEqual(
    expect.arrayContaining(['keydown:j', 'keypress:j', 'keyup:j', 'window-keydown:j']),
  );
});

test('drags by the header, stays inside the viewport, and moves with arrow keys', async ({
  extensionContext,
  extensionId,
}) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByTestId('playground-textarea').fill(SPELLING);
  const root = panel(page);
  const head = root.locator('.cp-head');
  const start = (await root.boundingBox())!;
  const grab = (await head.locator('.cp-title').boundingBox())!;
  await page.mouse.move(grab.x + 10, grab.y + 5);
  await page.mouse.down();
  await page.mouse.move(grab.x - 90, grab.y + 45, { steps: 5 });
  await page.mouse.up();
  const moved = (await root.boundingBox())!;
  expect(Math.round(moved.x - start.x)).toBe(-100);
  expect(Math.round(moved.y - start.y)).toBe(40);
  await expect(root).toHaveCSS('position', 'fixed');

  // Far past the corner: the panel stops at the edge (8 px margin).
  await page.mouse.move(grab.x - 90, grab.y + 45);
  await page.mouse.down();
  await page.mouse.move(5000, 5000, { steps: 5 });
  await page.mouse.up();
  const clamped = (await root.boundingBox())!;
  expect(Math.round(clamped.x + clamped.width)).toBe(1280 - 8);
  expect(Math.round(clamped.y + clamped.height)).toBe(800 - 8);

  await root.locator('.cp-grip').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  const keyed = (await root.boundingBox())!;
  expect(Math.round(keyed.x - clamped.x)).toBe(-16);
  expect(Math.round(keyed.y - clamped.y)).toBe(-16);
});

test('switches its labels to English with the locale', async ({ extensionContext, extensionId }) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  await page.getByTestId('playground-locale').selectOption('en');
  await expect(panel(page)).toContainText('Start typing…');
  await page.getByTestId('playground-textarea').fill(NIK_NO_PLACE);
  await expect(panel(page).getByTestId('cermat-element-where')).toContainText('Where');
  await expect(panel(page).locator('.cp-group-heading').first()).toContainText('Errors');
  await expect(panel(page).getByRole('button', { name: /Open the guideline/ }).first()).toBeVisible();
});

test('looks right in light and dark mode (screenshots)', async ({ extensionContext, extensionId }, testInfo) => {
  const page = await openPlayground(openExtensionPage(extensionContext, extensionId, 'playground.html'));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('playground-platform').selectOption('x');
  await page.getByTestId('playground-sample-spelling').click();
  await expect(panel(page).getByTestId('cermat-finding').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('panel-light.png'), fullPage: true });
  await panel(page).screenshot({ path: testInfo.outputPath('panel-only-light.png') });
  await page.getByTestId('playground-sample-caption-no-time-place').click();
  await expect(panel(page).getByTestId('cermat-element-when')).toHaveAttribute('data-state', 'missing');
  await panel(page).screenshot({ path: testInfo.outputPath('panel-missing-light.png') });
  await page.getByTestId('playground-sample-spelling').click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await panel(page).getByTestId('cermat-templates').click();
  await panel(page).screenshot({ path: testInfo.outputPath('panel-only-dark.png') });
  await panel(page).getByTestId('cermat-collapse').click();
  await panel(page).screenshot({ path: testInfo.outputPath('panel-badge-dark.png') });
  const bg = await panel(page).getByTestId('cermat-badge').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgba(0, 0, 0, 0)');
});
