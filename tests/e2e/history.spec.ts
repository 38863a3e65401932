/**
 * The history page (riwayat.html) in real Chromium with the built extension: posts recorded through the content
 * script path (a platform fixture, the background's 'post-submitted' handler), search, filters, paging, delete
 * with undo, the monthly report and its CSV, backup and restore, a corrupt restore rejected with the data intact,
 * and the history surviving a browser restart.
 *
 * The page-level tests seed the history through the page's own restore ("Pulihkan") with a file made here, so
 * they do not depend on the background wiring; the content-script and draft tests do.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { analyze } from '../../lib/analysis';
import type { Platform } from '../../lib/analysis/types';
import { buildRecord } from '../../lib/history/record';
import { extensionArgs, findChromium } from '../../scripts/chromium-path.mjs';
import { panel, submit, typeDraft } from './composer-steps';
import { EXTENSION_DIR, expect, openExtensionPage, openPlatform, test } from './support/browser';

const TOPICS = [
  'Diskominfo Kotim menggelar sosialisasi keamanan data di Aula Diskominfo pada Senin, 3 Maret 2025 pukul 09.00 WIB.',
  'Pelayanan KTP elektronik keliling hadir di Desa Sawahan pada Sabtu, 8 Maret 2025 pukul 08.00 WIB bagi warga yang belum merekam data.',
  'Vaksinasi campak untuk balita dibuka di Puskesmas Baamang setiap Selasa dan Kamis pukul 08.00–12.00 WIB.',
  'Selamat Hari Guru Nasional untuk seluruh guru di Kabupaten Kotawaringin Timur.',
  'Klarifikasi: pesan berantai tentang pemadaman listrik se-kabupaten adalah hoaks. Informasi resmi hanya melalui kanal Diskominfo.',
  'Pengumuman: pelayanan pajak kendaraan tutup sementara pada 17 Agustus 2025 dan buka kembali keesokan harinya.',
];
const PLATFORMS: Platform[] = ['facebook', 'instagram', 'x'];
/** 30 posts over three months (Jan–Mar 2025): 10 a month, platform by turn, the 5th of each ten a draft. */
const N = 30;

function seedPosts() {
  return Array.from({ length: N }, (_, i) => {
    const platform = PLATFORMS[i % PLATFORMS.length]!;
    const text = `${TOPICS[i % TOPICS.length]} Nomor ${i + 1}.`;
    const at = new Date(2025, Math.floor(i / 10), 1 + (i % 10) * 2, 10).getTime();
    return buildRecord({ platform, adapter: platform, url: `https://www.${platform}.com/`, text, report: analyze(text, { platform }), status: i % 10 === 4 ? 'draft' : 'posted', at });
  });
}

/** A backup file in dexie-export-import's format, as "Cadangkan" writes it. */
function backupFile(records = seedPosts()): string {
  const rows = records.map(({ words: _words, ...r }) => r);
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'cermat',
      databaseVersion: 2,
      tables: [
        { name: 'posts', schema: '++id', rowCount: rows.length },
        { name: 'templates', schema: 'id', rowCount: 0 },
      ],
      data: [
        { tableName: 'posts', inbound: true, rows },
        { tableName: 'templates', inbound: true, rows: [] },
      ],
    },
  });
}

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cermat-history-e2e-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function restore(page: Page, path: string, mode: 'replace' | 'merge' = 'replace'): Promise<void> {
  await page.getByTestId('restore-input').setInputFiles(path);
  await expect(page.getByTestId('restore-summary')).toBeVisible();
  if (mode === 'merge') await page.getByTestId('restore-merge').click();
  else {
    await page.getByTestId('restore-replace').click();
    await page.getByTestId('restore-replace-confirm').click();
  }
  await expect(page.getByTestId('data-message')).toBeVisible();
}

/** Waits for the result line to settle on a total (it is counted after the page is shown). */
async function expectTotal(page: Page, total: number): Promise<void> {
  await expect(page.getByTestId('history-count')).toContainText(new RegExp(`dari ${total.toLocaleString('id-ID')} hasil`));
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByTestId('history-search').fill(text);
}

async function openHistory(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await openExtensionPage(context, extensionId, 'riwayat.html');
  await expect(page.getByRole('heading', { name: 'Riwayat unggahan' })).toBeVisible();
  return page;
}

test.describe('history page (seeded through its own restore)', () => {
  test('search, filters, paging, delete with undo', async ({ extensionContext, extensionId }) => {
    const page = await openHistory(extensionContext, extensionId);
    await expect(page.getByTestId('history-count')).toContainText('Riwayat masih kosong');
    await restore(page, file('seed.json', backupFile()));
    await expect(page.getByTestId('data-message')).toContainText('Riwayat dipulihkan: 30 unggahan dan 0 templat');

    // Everything, newest first, 20 a page.
    await expectTotal(page, N);
    const items = page.getByTestId('history-item');
    await expect(items).toHaveCount(20);
    await expect(items.first().getByTestId('history-item-text')).toContainText('Nomor 30.');
    await page.getByTestId('history-next').click();
    await expect(items).toHaveCount(10);
    await expect(page.getByTestId('history-page')).toHaveText('Halaman 2');
    await expect(items.last().getByTestId('history-item-text')).toContainText('Nomor 1.');
    await page.getByTestId('history-prev').click();
    await expect(items).toHaveCount(20);

    // One word: the six topics repeat, "vaksinasi" is in posts 3, 9, 15, 21, 27.
    await search(page, 'vaksinasi ');
    await expectTotal(page, 5);
    await expect(items).toHaveCount(5);
    for (const text of await items.getByTestId('history-item-text').allTextContents()) expect(text).toContain('Vaksinasi');
    // A word being typed matches as a prefix; case and accents do not matter.
    await search(page, 'PUSKES');
    await expectTotal(page, 5);
    await search(page, 'pajak kendaraan');
    await expectTotal(page, 5);
    await search(page, 'tidakadasamasekali');
    await expect(page.getByTestId('history-count')).toHaveText('Tidak ada unggahan yang cocok.');

    // Filters: platform, status, date range, finding category.
    await search(page, '');
    await page.getByTestId('history-filter-platform').selectOption('x');
    await expectTotal(page, 10);
    for (const p of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-platform')))) expect(p).toBe('x');
    await page.getByTestId('history-filter-platform').selectOption('');
    await page.getByTestId('history-filter-status').selectOption('draft');
    await expectTotal(page, 3);
    await page.getByTestId('history-filter-status').selectOption('');
    await page.getByTestId('history-filter-from').fill('2025-02-01');
    await page.getByTestId('history-filter-to').fill('2025-02-28');
    await expectTotal(page, 10);
    await page.getByRole('button', { name: 'Atur ulang' }).click();
    await expectTotal(page, N);
    const seeded = seedPosts();
    const withSpelling = seeded.filter((r) => r.categories.includes('spelling')).length;
    if (withSpelling) {
      await page.getByTestId('history-filter-category').selectOption('spelling');
      await expectTotal(page, withSpelling);
      await page.getByTestId('history-filter-category').selectOption('');
    }

    // Delete with undo.
    await search(page, 'vaksinasi ');
    await expectTotal(page, 5);
    const first = await items.first().getAttribute('data-id');
    await items.first().getByTestId('history-item-delete').click();
    await expect(page.getByTestId('history-toast')).toContainText('1 unggahan dihapus.');
    await expectTotal(page, 4);
    await expect(page.locator(`[data-testid="history-item"][data-id="${first}"]`)).toHaveCount(0);
    await page.getByTestId('history-undo').click();
    await expect(page.getByTestId('history-toast')).toContainText('1 unggahan dikembalikan.');
    await expectTotal(page, 5);
    await expect(page.locator(`[data-testid="history-item"][data-id="${first}"]`)).toHaveCount(1);
  });

  test('monthly report with charts, CSV and a printable page', async ({ extensionContext, extensionId }) => {
    const page = await openHistory(extensionContext, extensionId);
    await restore(page, file('seed-report.json', backupFile()));
    await page.getByTestId('report-from').selectOption('2025-01');
    await page.getByTestId('report-to').selectOption('2025-03');
    await expect(page.getByTestId('report-title')).toHaveText('Laporan unggahan media sosial — Januari 2025 s.d. Maret 2025');
    await expect(page.getByTestId('report-total-posts')).toHaveText('27');
    await expect(page.getByTestId('report-total-drafts')).toHaveText('3');
    const seeded = seedPosts().filter((r) => r.status === 'posted' && r.score !== null);
    const avg = Math.round((seeded.reduce((a, r) => a + r.score!, 0) / seeded.length) * 10) / 10;
    await expect(page.getByTestId('report-avg-score')).toHaveText(avg.toLocaleString('id-ID', { maximumFractionDigits: 1 }));
    // Posts per platform per month: three months, three platforms, one stacked column each.
    const chart = page.getByTestId('report-chart-platform');
    await expect(chart.locator('g[data-category]')).toHaveCount(3);
    await expect(chart.locator('rect[data-series="Facebook"]')).toHaveCount(3);
    await expect(page.getByTestId('report-table').locator('tbody tr')).toHaveCount(9);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
    expect(csv.suggestedFilename()).toBe('cermat-laporan-2025-01_2025-03.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Bulan,Platform,Unggahan terkirim,Draf,Rata-rata skor');
    expect(lines.at(-1)).toMatch(/^Total,Semua platform,27,3,/);
    expect(lines).toHaveLength(1 + 9 + 3 + 1);

    // Printing shows the report only.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('report')).toBeVisible();
    await expect(page.getByTestId('history-search')).toBeHidden();
    await expect(page.getByTestId('backup-download')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });

  test('backup, re-import, and a corrupt restore rejected with the data intact', async ({ extensionContext, extensionId }) => {
    const page = await openHistory(extensionContext, extensionId);
    await restore(page, file('seed-backup.json', backupFile()));
    await expectTotal(page, N);

    const [backup] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()]);
    expect(backup.suggestedFilename()).toMatch(/^cermat-cadangan-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await backup.path())!, 'utf8');
    const json = JSON.parse(exported);
    expect(json.formatName).toBe('dexie');
    expect(json.data.data.find((t: { tableName: string }) => t.tableName === 'posts').rows).toHaveLength(N);

    // Re-import: merging the same file adds nothing; replacing gives the same history back.
    await restore(page, file('again.json', exported), 'merge');
    await expect(page.getByTestId('data-message')).toContainText('0 unggahan ditambahkan, 30 sudah ada');
    await restore(page, file('again.json', exported));
    await expect(page.getByTestId('data-message')).toContainText('Riwayat dipulihkan: 30 unggahan');
    await search(page, 'hoaks ');
    await expectTotal(page, 5);

    // Corrupt files: cut short, and rows missing. Refused with a clear message; nothing changes.
    for (const [name, content, message] of [
      ['cut.json', exported.slice(0, Math.floor(exported.length / 2)), 'Berkas rusak atau terpotong'],
      ['rows.json', JSON.stringify({ ...json, data: { ...json.data, data: json.data.data.map((t: { tableName: string; rows: unknown[] }) => (t.tableName === 'posts' ? { ...t, rows: t.rows.slice(1) } : t)) } }), 'tidak lengkap'],
      ['other.json', JSON.stringify({ hello: 'world' }), 'bukan berkas cadangan Cermat'],
    ] as const) {
      await page.getByTestId('restore-input').setInputFiles(file(name, content));
      await expect(page.getByTestId('restore-error')).toContainText(message);
      await expect(page.getByTestId('restore-error')).toContainText('Data Anda tidak diubah');
      await expect(page.getByTestId('restore-summary')).toHaveCount(0);
    }
    await page.reload();
    await expectTotal(page, N);
    await search(page, 'hoaks ');
    await expectTotal(page, 5);
    await expect(page.getByTestId('report-total-posts')).toBeVisible();
  });
});

test.describe('history through the background (needs the history handlers in the background)', () => {
  test('records posts submitted from a platform composer, searchable in the history page', async ({ platformContext, extensionId }) => {
    const text = 'Diskominfo Kotim menggelar pelatihan jurnalistik warga pada Kamis, 10 Juli 2025 pukul 09.00 WIB.';
    const page = await openPlatform(platformContext, 'facebook');
    await typeDraft(page, 'facebook', text);
    await expect(panel(page).getByTestId('cermat-score')).toBeVisible();
    await submit(page, 'facebook');

    const history = await openHistory(platformContext, extensionId);
    await search(history, 'jurnalistik ');
    await expect.poll(async () => {
      await history.reload();
      await search(history, 'jurnalistik ');
      return history.getByTestId('history-item').count();
    }, { timeout: 15_000 }).toBe(1);
    const item = history.getByTestId('history-item');
    await expect(item).toHaveAttribute('data-platform', 'facebook');
    await expect(item).toHaveAttribute('data-status', 'posted');
    await expect(item.getByTestId('history-item-text')).toHaveText(text);
    // The report the composer computed came along: a score and the missing place.
    await expect(item.getByTestId('history-item-score')).toHaveText(/^\d+$/);
    await expect(item.getByTestId('history-item-missing')).toContainText('Di mana');
  });

  test('a draft saved by message survives a browser restart; so does a restored history', async () => {
    const executablePath = findChromium();
    test.skip(!executablePath, 'no Chromium');
    const profile = mkdtempSync(join(tmpdir(), 'cermat-restart-'));
    const launch = () => chromium.launchPersistentContext(profile, { executablePath: executablePath!, headless: true, args: extensionArgs(EXTENSION_DIR) });
    const idOf = async (context: BrowserContext) => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      return new URL(worker.url()).host;
    };
    try {
      let context = await launch();
      let id = await idOf(context);
      let page = await openHistory(context, id);
      await restore(page, file('restart.json', backupFile()));
      const answer = await page.evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
          type: 'history-save-draft',
          draft: { platform: 'x', url: 'https://x.com/compose/post', text: 'Draf pengumuman posyandu lansia hari Jumat', report: null },
        }),
      );
      expect(answer).toMatchObject({ ok: true });
      await context.close();

      context = await launch();
      id = await idOf(context);
      page = await openHistory(context, id);
      await expectTotal(page, N + 1);
      await search(page, 'posyandu lansia ');
      await expect(page.getByTestId('history-item')).toHaveCount(1);
      await expect(page.getByTestId('history-item')).toHaveAttribute('data-status', 'draft');
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
