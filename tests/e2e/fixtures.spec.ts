/**
 * The platform fixture composers themselves, WITHOUT relying on what the extension does: each loads at its
 * platform's real URL with the extension loaded (and its content script injected where the manifest says),
 * and the editor's OWN state follows the ways the adapters write: the keyboard, document.execCommand
 * ('insertText') over a selected range, and a synthetic paste carrying a DataTransfer. The post button
 * records the text. The expected texts also document each engine's newline semantics for the adapters.
 */
import type { Locator, Page } from '@playwright/test';
import type { FixtureWindow } from '../fixtures/platforms/api';
import { PLATFORM_FIXTURES, fixtureUrl, type EditorEngine, type PlatformFixture } from '../fixtures/platforms/registry';
import {
  contentScriptWorlds,
  editorLocator,
  expect,
  fixtureState,
  fixtureText,
  manifestInjects,
  openPlatform,
  test,
  unexpectedRequests,
} from './support/browser';

const TYPED = 'Halo warga Kotim';
const REPLACED = 'Halo masyarakat Kotim';
const PASTED = 'Baris pertama\nBaris kedua\n\nParagraf baru';

/** What each engine's state reads after typing "Baris satu", Enter, "Baris dua". */
const AFTER_ENTER: Record<EditorEngine, string> = {
  // Enter makes a paragraph; Lexical's getTextContent() joins paragraphs with a blank line.
  'lexical-rich-text': 'Baris satu\n\nBaris dua',
  // Enter makes a LineBreakNode inside the one paragraph.
  'lexical-plain-text': 'Baris satu\nBaris dua',
  // A new ContentBlock; getPlainText() joins blocks with one newline.
  'draft-js': 'Baris satu\nBaris dua',
  // A new line (<p>); Quill's getText() has one newline per line (the DOM's innerText shows two).
  quill: 'Baris satu\nBaris dua',
  contenteditable: 'Baris satu\nBaris dua',
  // A new paragraph block; the fixture joins blocks with a blank line.
  gutenberg: 'Baris satu\n\nBaris dua',
  textarea: 'Baris satu\nBaris dua',
};

/** What each engine's state reads after a synthetic paste of PASTED into the empty editor. */
const AFTER_PASTE: Record<EditorEngine, string> = {
  // Every pasted newline becomes a paragraph break, the blank line an empty paragraph.
  'lexical-rich-text': 'Baris pertama\n\nBaris kedua\n\n\n\nParagraf baru',
  'lexical-plain-text': PASTED,
  'draft-js': PASTED,
  quill: PASTED,
  contenteditable: PASTED,
  // Blank lines split blocks, single newlines stay line breaks (as Gutenberg's paste handler does).
  gutenberg: PASTED,
  // An untrusted paste event has no default action, and a textarea has no paste handler of its own.
  textarea: '',
};

/** After a paste of "Satu\nDua" over "warga Kotim\n\nBaris dua" in "Halo warga Kotim\n\nBaris dua di sini". */
const AFTER_SPANNING_PASTE: Record<EditorEngine, string> = {
  'lexical-rich-text': 'Halo Satu\n\nDua di sini',
  'lexical-plain-text': 'Halo Satu\nDua di sini',
  'draft-js': 'Halo Satu\nDua di sini',
  quill: 'Halo Satu\nDua di sini',
  contenteditable: 'Halo Satu\nDua di sini',
  gutenberg: '', // one contenteditable per block: a selection cannot span blocks
  textarea: '',
};

/** Puts the caret at the end of the field, or selects `find` in it, through the browser's own selection. */
async function select(editor: Locator, find?: string): Promise<void> {
  await editor.evaluate((el, target) => {
    const doc = el.ownerDocument;
    // The native selection, as an extension's isolated world sees it (a page may patch its own `document`).
    const selection = Document.prototype.getSelection.call(doc);
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      el.focus();
      const start = target === undefined ? el.value.length : el.value.indexOf(target);
      if (start < 0) throw new Error(`"${target}" is not in the field`);
      el.setSelectionRange(start, start + (target?.length ?? 0));
      return;
    }
    (el as HTMLElement).focus();
    if (!selection) throw new Error('No selection');
    if (target === undefined) {
      selection.selectAllChildren(el);
      selection.collapseToEnd();
      return;
    }
    const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const start = node.data.indexOf(target);
      if (start >= 0) {
        selection.setBaseAndExtent(node, start, node, start + target.length);
        return;
      }
    }
    throw new Error(`"${target}" is not in the editor's DOM`);
  }, find);
}

/** `document.execCommand('insertText')` in the editor's document, over the current selection. */
function execInsertText(editor: Locator, text: string): Promise<boolean> {
  return editor.evaluate((el, t) => el.ownerDocument.execCommand('insertText', false, t), text);
}

/** A paste event carrying a DataTransfer, as an extension can dispatch it (untrusted). */
function syntheticPaste(editor: Locator, text: string): Promise<boolean> {
  return editor.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    return el.dispatchEvent(event);
  }, text);
}

async function expectText(page: Page, expected: string, field?: string): Promise<void> {
  await expect.poll(() => fixtureText(page, field), { timeout: 2_000 }).toBe(expected);
}

async function typeInto(page: Page, fixture: PlatformFixture, text: string): Promise<Locator> {
  const editor = editorLocator(page, fixture.name);
  await editor.click();
  await page.keyboard.type(text);
  return editor;
}

// One browser per platform, several pages each: a launch costs more than a page.
test.describe.configure({ timeout: 90_000 });

for (const fixture of PLATFORM_FIXTURES) {
  test(`${fixture.name}: ${fixture.engine} composer at https://${fixture.host}${fixture.path}`, async ({
    platformContext,
    networkLog,
  }) => {
    // The fixture pages' own errors (their bundles are served from /__cermat_fixture__/), not the extension's.
    const errors: string[] = [];
    platformContext.on('weberror', (error) => {
      const { message, stack } = error.error();
      if (stack?.includes('/__cermat_fixture__/')) errors.push(message);
    });

    await test.step('loads at its real URL, with the content script where the manifest matches', async () => {
      const page = await openPlatform(platformContext, fixture.name);
      expect(page.url()).toBe(fixtureUrl(fixture.name));
      await expect(page).toHaveTitle(fixture.title);
      const state = await fixtureState(page);
      expect(state).toMatchObject({ platform: fixture.name, mounted: true, submitted: [] });
      expect(state.fields).toEqual(Object.keys(fixture.selectors.fields));
      await expect(editorLocator(page, fixture.name)).toBeVisible();
      await expect(page.locator(fixture.selectors.submit)).toBeVisible();
      if (manifestInjects(page.url())) {
        await expect.poll(async () => (await contentScriptWorlds(page)).length, { timeout: 5_000 }).toBeGreaterThan(0);
      } else {
        test.info().annotations.push({ type: 'note', description: `the manifest declares no content script for ${page.url()}` });
      }
      await page.close();
    });

    if (fixture.mount !== 'immediate') {
      await test.step(`composes late (${fixture.mount})`, async () => {
        const page = await openPlatform(platformContext, fixture.name, { compose: false, delay: 1_500 });
        expect((await fixtureState(page)).mounted).toBe(false);
        await expect(editorLocator(page, fixture.name)).toHaveCount(0);
        if (fixture.mount === 'click') {
          await page.waitForTimeout(1_000);
          expect((await fixtureState(page)).mounted).toBe(false);
          await page.locator(fixture.selectors.open ?? 'missing-open-selector').click();
        }
        await expect(editorLocator(page, fixture.name)).toBeVisible();
        expect((await fixtureState(page)).mounted).toBe(true);
        await page.close();
      });
    }

    await test.step('typing with the keyboard updates the editor state', async () => {
      const page = await openPlatform(platformContext, fixture.name);
      await typeInto(page, fixture, 'Baris satu');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Baris dua');
      await expectText(page, AFTER_ENTER[fixture.engine]);
      for (const field of Object.keys(fixture.selectors.fields).slice(1)) {
        await editorLocator(page, fixture.name, field).click();
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type('Judul unggahan');
        await expectText(page, 'Judul unggahan', field);
      }
      await expectText(page, AFTER_ENTER[fixture.engine]);
      await page.close();
    });

    await test.step("execCommand('insertText') over a selected range updates the editor state", async () => {
      const page = await openPlatform(platformContext, fixture.name);
      const editor = await typeInto(page, fixture, TYPED);
      await expectText(page, TYPED);
      // Past the history's merge window (Lexical's is 300 ms, Quill's 1 s), so undo has a step of its own to revert.
      await page.waitForTimeout(fixture.engine === 'quill' ? 1_100 : 400);
      await select(editor, 'warga');
      expect(await execInsertText(editor, 'masyarakat')).toBe(true);
      await expectText(page, REPLACED);
      if (fixture.engine !== 'textarea') await expect(editor).toContainText(REPLACED);
      if (await page.evaluate(() => typeof (window as FixtureWindow).__fixture?.undo === 'function')) {
        await page.evaluate(() => (window as FixtureWindow).__fixture?.undo?.());
        await expectText(page, TYPED);
      }
      await page.close();
    });

    await test.step('a synthetic paste of multi-line text updates the editor state', async () => {
      const page = await openPlatform(platformContext, fixture.name);
      const editor = editorLocator(page, fixture.name);
      await select(editor);
      await syntheticPaste(editor, PASTED);
      await expectText(page, AFTER_PASTE[fixture.engine]);
      if (fixture.engine === 'textarea') {
        // A textarea takes the same text through execCommand instead, newlines and all.
        expect(await execInsertText(editor, PASTED)).toBe(true);
        await expectText(page, PASTED);
      }
      await page.close();
    });

    if (fixture.engine !== 'textarea' && fixture.engine !== 'gutenberg') {
      await test.step('a synthetic paste over a range spanning two paragraphs replaces it', async () => {
        const page = await openPlatform(platformContext, fixture.name, { text: 'Halo warga Kotim\n\nBaris dua di sini' });
        const editor = editorLocator(page, fixture.name);
        await editor.evaluate(async (el) => {
          const doc = el.ownerDocument;
          (el as HTMLElement).focus();
          // Draft.js re-renders on focus and puts the DOM selection back where its state had it: let it.
          await new Promise((resolve) => setTimeout(resolve, 0));
          const nodes: Text[] = [];
          const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
          const from = nodes.find((node) => node.data.includes('warga'));
          const to = nodes.find((node) => node.data.includes('dua'));
          if (!from || !to) throw new Error('The start text is not in the editor');
          Document.prototype.getSelection.call(doc)?.setBaseAndExtent(from, from.data.indexOf('warga'), to, to.data.indexOf('dua') + 3);
          // Lexical and Draft.js take the selection from the (asynchronous) selectionchange event; a paste
          // dispatched before it lands at their previous selection. Firing it now makes the order certain.
          doc.dispatchEvent(new Event('selectionchange'));
        });
        await syntheticPaste(editor, 'Satu\nDua');
        await expectText(page, AFTER_SPANNING_PASTE[fixture.engine]);
        await page.close();
      });
    }

    await test.step('the post button records the text', async () => {
      const page = await openPlatform(platformContext, fixture.name);
      await typeInto(page, fixture, TYPED);
      await expectText(page, TYPED);
      await page.locator(fixture.selectors.submit).click();
      await expect.poll(async () => (await fixtureState(page)).submitted).toEqual([TYPED]);
      const state = await fixtureState(page);
      expect(state.submissions[0]?.[state.fields[0] ?? '']).toBe(TYPED);
      if (fixture.afterSubmit === 'close') {
        expect(state.mounted).toBe(false);
        await expect(editorLocator(page, fixture.name)).toHaveCount(0);
      } else {
        expect(state.mounted).toBe(true);
        expect(state.texts[state.fields[0] ?? '']).toBe(fixture.afterSubmit === 'clear' ? '' : TYPED);
      }
      await page.close();
    });

    await test.step('starts with ?text= through the editor state', async () => {
      const page = await openPlatform(platformContext, fixture.name, { text: 'Paragraf satu\n\nParagraf dua' });
      await expectText(page, 'Paragraf satu\n\nParagraf dua');
      await page.close();
    });

    expect(errors).toEqual([]);
    expect(unexpectedRequests(networkLog)).toEqual([]);
  });
}
