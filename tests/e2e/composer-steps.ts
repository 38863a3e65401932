/**
 * Steps shared by the composer specs (tests/e2e/composer-<platform>.spec.ts): type a draft into a platform
 * fixture's real editor, read the panel, apply a fix, insert the template, post, and ask the background what
 * it received. Everything the tests assert about the editor is read from the editor's own state
 * (`__fixture.getText()`), never from the DOM.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { Platform } from '../../lib/analysis/types';
import type { SubmittedPost } from '../../lib/messaging';
import { findTemplate, renderTemplate } from '../../lib/templates';
import { platformFixture, type FixtureName } from '../fixtures/platforms/registry';
import { editorLocator, expect, fixtureState, fixtureText } from './support/browser';

/** An event post with a NIK, no place, and a non-standard spelling ("sekedar" → "sekadar"). */
export const DRAFT =
  'Diskominfo menggelar sosialisasi kepada Ibu Siti, NIK 3503114506780002, pada Rabu, 9 Juli 2025 ' +
  'pukul 10.00 WIB. Ini sekedar info.';
export const FIXED = DRAFT.replace('sekedar', 'sekadar');

/** The template the specs insert: a hoax clarification, multi-line on every platform (X's variant too). */
export const TEMPLATE_ID = 'klarifikasi-hoaks';

/** The engine platform each fixture's composer maps to (its adapter decides the same). */
const FIXTURE_PLATFORM: Record<FixtureName, Platform> = {
  facebook: 'facebook',
  instagram: 'instagram',
  threads: 'threads',
  x: 'x',
  'x-home': 'x',
  tiktok: 'tiktok',
  linkedin: 'linkedin',
  'youtube-studio': 'youtube-description',
  wordpress: 'wordpress',
  'wordpress-classic': 'wordpress',
};

/** The non-empty lines the template renders to for a fixture (no agency profile set: default settings). */
export function templateLines(name: FixtureName): string[] {
  const text = renderTemplate(findTemplate(TEMPLATE_ID)!, { platform: FIXTURE_PLATFORM[name], profile: {} }).text;
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The panel's shadow host (Playwright's CSS pierces its open shadow root). */
export function panel(page: Page): Locator {
  return page.locator('cermat-panel');
}

export function finding(page: Page, rule: string): Locator {
  return panel(page).locator(`[data-testid="cermat-finding"][data-rule="${rule}"]`);
}

export function element(page: Page, key: string): Locator {
  return panel(page).getByTestId(`cermat-element-${key}`);
}

/** Whitespace-insensitive comparison: editors join paragraphs with one or two newlines. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Focuses the fixture's main editor (or `field`), puts the caret at its end and types `text` like a person. */
export async function typeDraft(page: Page, name: FixtureName, text = DRAFT, field?: string): Promise<void> {
  const editor = editorLocator(page, name, field);
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** The draft's findings and 5W1H state as the panel shows them. */
export async function expectDraftReport(page: Page): Promise<void> {
  await expect(finding(page, 'personal-data/nik')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'personal-data/nik')).toHaveAttribute('data-category', 'personal-data');
  await expect(element(page, 'where')).toHaveAttribute('data-state', 'missing');
  await expect(element(page, 'who')).toHaveAttribute('data-state', 'found');
  await expect(finding(page, 'spelling/non-standard')).toHaveAttribute('data-category', 'spelling');
}

/** Applies the spelling fix from the panel; the editor's own state must hold exactly the fixed text. */
export async function applySpellingFix(page: Page): Promise<void> {
  await finding(page, 'spelling/non-standard').getByTestId('cermat-apply-fix').first().click();
  await expect.poll(() => fixtureText(page)).toBe(FIXED);
  await expect(finding(page, 'spelling/non-standard')).toHaveCount(0);
}

/** The caret ends after the replaced span: typing goes on right after "sekadar". */
export async function expectCaretAfterFix(page: Page): Promise<void> {
  await page.keyboard.type('!');
  await expect.poll(() => fixtureText(page)).toBe(FIXED.replace('sekadar', 'sekadar!'));
  await page.keyboard.press('Backspace');
  await expect.poll(() => fixtureText(page)).toBe(FIXED);
}

/** Undo in the editor's own history takes the fix back in one step. */
export async function expectUndoRestores(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __fixture: { undo(): void } }).__fixture.undo());
  await expect.poll(() => fixtureText(page)).toBe(DRAFT);
}

/** Inserts the example template at the caret; every line must be in the editor's own state, the draft kept. */
export async function insertTemplate(page: Page, name: FixtureName): Promise<string> {
  await editorLocator(page, name).click();
  await page.keyboard.press('Control+End');
  await panel(page).getByTestId('cermat-templates').click();
  await panel(page).locator(`[data-testid="cermat-template"][data-template-id="${TEMPLATE_ID}"]`).click();
  const lines = templateLines(name);
  await expect.poll(() => fixtureText(page)).toContain(lines[lines.length - 1]!);
  const text = await fixtureText(page);
  for (const line of lines) expect(text).toContain(line);
  expect(squash(text).startsWith(squash(FIXED))).toBe(true);
  // Multi-line: the lines stay lines (a newline between each), in the editor's own state.
  expect(lines.length).toBeGreaterThan(1);
  expect(text.split('\n').filter((l) => l.trim()).length).toBeGreaterThanOrEqual(1 + lines.length);
  return text;
}

/** Clicks the platform's post button; the fixture records it, the background receives it. */
export async function submit(page: Page, name: FixtureName): Promise<void> {
  const { selectors } = platformFixture(name);
  await page.locator(selectors.submit).click();
  await expect.poll(async () => (await fixtureState(page)).submitted.length).toBe(1);
}

/** The posts the background received (`debug-last-posts`), asked from an extension page. */
export async function receivedPosts(context: BrowserContext): Promise<SubmittedPost[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${id}/playground.html`);
    return await page.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<SubmittedPost[]> } } }).chrome;
      return api.runtime.sendMessage({ type: 'debug-last-posts' });
    });
  } finally {
    await page.close();
  }
}

/** Waits until the background holds a post whose text squashes to `text`. */
export async function expectPostReceived(context: BrowserContext, adapter: string, text: string): Promise<SubmittedPost> {
  let found: SubmittedPost | undefined;
  await expect
    .poll(async () => {
      found = (await receivedPosts(context)).find((p) => p.adapter === adapter && squash(p.text) === squash(text));
      return Boolean(found);
    })
    .toBe(true);
  return found!;
}

export interface ScenarioOptions {
  /** The adapter expected to report the post (facebook … wordpress). */
  adapter: string;
  /** The engine platform of the main field. */
  platform: string;
  /** Whether the fixture's editor has an undo of its own to check. */
  undo: boolean;
}

/**
 * The whole path on one platform: type the draft; the panel shows the NIK error and the missing place; the
 * spelling fix lands in the editor's state (undo takes it back, the caret ends after it); the multi-line
 * template lands at the caret; the post reaches the background with its report; nothing left the browser.
 */
export async function composerScenario(
  context: BrowserContext,
  page: Page,
  name: FixtureName,
  options: ScenarioOptions,
  networkLog: readonly string[],
  unexpectedRequests: (urls: readonly string[]) => string[],
): Promise<void> {
  await typeDraft(page, name);
  await expect.poll(() => fixtureText(page)).toBe(DRAFT);
  await expectDraftReport(page);
  await expect(panel(page)).toHaveAttribute('data-platform', options.platform);

  // A person reads the panel before fixing; editors (Quill, Lexical) merge edits made within a second into one
  // undo step, which would make undo take back the last typed letters together with the fix.
  if (options.undo) await page.waitForTimeout(1100);
  await applySpellingFix(page);
  if (options.undo) {
    await expectUndoRestores(page);
    await applySpellingFix(page);
  }
  await expectCaretAfterFix(page);

  const text = await insertTemplate(page, name);
  await submit(page, name);
  const post = await expectPostReceived(context, options.adapter, text);
  expect(post.platform).toBe(options.platform);
  expect(post.report?.findings.map((f) => f.rule)).toContain('personal-data/nik');
  expect(post.url).toBe(page.url());
  expect(unexpectedRequests(networkLog)).toEqual([]);
}
