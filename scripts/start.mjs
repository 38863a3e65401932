#!/usr/bin/env node
// `npm start`: builds the extension and opens Chromium with it on the bundled playground page.
// Headed when a display exists; without one it saves screenshots of the playground instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extensionArgs, findChromium, missingChromiumMessage } from './chromium-path.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const SCREENSHOT_DIR = join(ROOT, 'screenshots');
const VIEWPORT = { width: 1280, height: 900 };

function section(title) {
  console.log(`\n== ${title}`);
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

function build() {
  section('Building the extension (wxt build)');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail('The build failed; see the output above.');
  if (!existsSync(join(EXTENSION_DIR, 'playground.html'))) fail(`The build did not produce ${EXTENSION_DIR}/playground.html.`);
}

async function launch(executablePath, headless) {
  // Imported here so a missing browser is reported before Playwright loads.
  const { chromium } = await import('@playwright/test');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    viewport: headless ? VIEWPORT : null,
    args: extensionArgs(EXTENSION_DIR),
  });
  // The extension's id is only known once its service worker runs.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/playground.html`);
  await page.getByTestId('playground-report').waitFor();
  return { context, page };
}

async function runHeaded(executablePath) {
  section('Opening Chromium with Cermat on the playground');
  const { context } = await launch(executablePath, false);
  console.log('Type in the playground or load a sample draft. Close the browser window to finish.');
  const closed = new Promise((done) => context.on('close', done));
  process.once('SIGINT', () => void context.close());
  await closed;
}

/** Puts `text` into the current composer the way a person would (one input event, like a paste). */
async function typeInto(page, composer, text) {
  const box = page.getByTestId(composer === 'textarea' ? 'playground-textarea' : 'playground-editor');
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  const expected = [...text].length;
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="playground-count-characters"]')?.textContent === String(n),
    expected,
  );
}

async function runHeadless(executablePath) {
  section('No display found: running headless and saving screenshots');
  const { context, page } = await launch(executablePath, true);
  try {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const samples = await page
      .locator('[data-testid^="playground-sample-"]')
      .evaluateAll((buttons) =>
        buttons.map((b) => ({ id: b.dataset.testid.replace('playground-sample-', ''), text: b.dataset.text ?? '' })),
      );
    if (!samples.length) throw new Error('The playground shows no sample drafts.');
    const files = [];
    for (const [i, sample] of samples.entries()) {
      // Alternate the two composers so both appear in the screenshots.
      const composer = i % 2 === 0 ? 'textarea' : 'rich';
      await page.getByTestId(`playground-composer-${composer}`).check();
      await page.getByTestId('playground-platform').selectOption(composer === 'textarea' ? 'wordpress' : 'facebook');
      await typeInto(page, composer, sample.text);
      const file = join(SCREENSHOT_DIR, `${String(i + 1).padStart(2, '0')}-${sample.id}.png`);
      await page.screenshot({ path: file, fullPage: true });
      files.push(file);
    }
    section('Screenshots saved');
    console.log(`Folder: ${SCREENSHOT_DIR}`);
    for (const file of files) console.log(`  ${relative(SCREENSHOT_DIR, file)}`);
    console.log('\nRun `npm start` on a machine with a display to try the playground yourself.');
  } finally {
    await context.close();
  }
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) fail(missingChromiumMessage());
  build();
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  console.log(`\nChromium: ${executablePath}`);
  if (hasDisplay) await runHeaded(executablePath);
  else await runHeadless(executablePath);
}

main().then(
  () => process.exit(0),
  (error) => fail(`npm start failed: ${error instanceof Error ? error.stack ?? error.message : error}`),
);
