/**
 * The DOM helpers of lib/platforms/dom in real Chromium: reading an editor's text with its line structure, the
 * map from text offsets to DOM Ranges (highlights and selections depend on it) and back, and writing through
 * the editor. Synthetic structures cover each editor's markup; the real editors (Lexical, Draft.js, Quill)
 * check that the text read from the DOM agrees with the editor's own text.
 */
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import { expect, openPlatform, test as base, editorLocator } from './support/browser';
import type { FixtureName } from '../fixtures/platforms/registry';

let bundle: string | null = null;

/** A blank page (in the extension's browser: the only Chromium there is) with the helpers loaded. */
const test = base.extend<{ blank: Page }>({
  blank: async ({ extensionContext }, use) => {
    const page = await extensionContext.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await withDom(page);
    await use(page);
    await page.close();
  },
});

/** lib/platforms/dom bundled for the page, as window.__cermatDom. */
async function domBundle(): Promise<string> {
  bundle ??= (
    await build({
      stdin: {
        contents:
          "export { readEditable } from './lib/platforms/dom/text';" +
          "export { writeEditable, writeTextarea } from './lib/platforms/dom/write';" +
          "export { isOptedOut } from './lib/platforms/dom/opt-out';" +
          "export { closestComposed, queryAllDeep, editingHost } from './lib/platforms/dom/find';",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: '__cermatDom',
      write: false,
      target: 'chrome120',
    })
  ).outputFiles[0]!.text;
  return bundle;
}

async function withDom(page: Page): Promise<void> {
  await page.addScriptTag({ content: await domBundle() });
}

interface DomApi {
  readEditable(root: HTMLElement): {
    text: string;
    range(s: number, e: number): Range | null;
    offsetOf(n: Node, o: number): number | null;
  };
  writeEditable(root: HTMLElement, s: number, e: number, t: string): Promise<{ ok: boolean; method: string | null; text: string }>;
  isOptedOut(el: Element): boolean;
  queryAllDeep(root: Document, selector: string, scope: { shadowHosts?: string[] }): Element[];
}
type DomWindow = Window & { __cermatDom: DomApi };

/** Reads `html` as an editor and checks every offset maps to a Range with exactly that text, and back. */
async function readAndMap(page: Page, html: string): Promise<{ text: string; mismatches: string[] }> {
  return page.evaluate((markup) => {
    const dom = (window as unknown as DomWindow).__cermatDom;
    const root = document.createElement('div');
    root.contentEditable = 'true';
    root.innerHTML = markup;
    document.body.replaceChildren(root);
    const read = dom.readEditable(root);
    const mismatches: string[] = [];
    const t = read.text;
    for (let s = 0; s <= t.length; s++) {
      for (let e = s; e <= Math.min(t.length, s + 6); e++) {
        const r = read.range(s, e);
        const want = t.slice(s, e);
        // A Range's toString has no line breaks between blocks: compare without them.
        if (!r || r.toString() !== want.replace(/\n/g, '')) mismatches.push(`[${s},${e}) ${JSON.stringify(want)} → ${JSON.stringify(r?.toString())}`);
        if (r && e === s) {
          const back = read.offsetOf(r.startContainer, r.startOffset);
          if (back !== s) mismatches.push(`caret ${s} → ${back}`);
        }
      }
    }
    return { text: t, mismatches: mismatches.slice(0, 10) };
  }, html);
}

test.describe('reading editors', () => {
  test('Lexical paragraphs, an empty one between', async ({ blank: page }) => {
    const { text, mismatches } = await readAndMap(
      page,
      '<p dir="ltr"><span data-lexical-text="true">Satu dua</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">tiga </span><b><strong data-lexical-text="true">empat</strong></b></p>',
    );
    expect(text).toBe('Satu dua\n\ntiga empat');
    expect(mismatches).toEqual([]);
  });

  test('Draft.js blocks, an empty one between', async ({ blank: page }) => {
    const block = (key: string, inner: string) =>
      `<div data-block="true" data-editor="e" data-offset-key="${key}-0-0"><div data-offset-key="${key}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">${inner}</div></div>`;
    const { text, mismatches } = await readAndMap(
      page,
      `<div data-contents="true">${block('a', '<span data-offset-key="a-0-0"><span data-text="true">NIK 3503114506780002</span></span>')}${block('b', '<span data-offset-key="b-0-0"><br data-text="true"></span>')}${block('c', '<span><span data-text="true">sekedar</span></span>')}</div>`,
    );
    expect(text).toBe('NIK 3503114506780002\n\nsekedar');
    expect(mismatches).toEqual([]);
  });

  test('line breaks inside a block, a trailing placeholder <br> ignored', async ({ blank: page }) => {
    const { text, mismatches } = await readAndMap(page, 'baris satu<br>baris dua<br><br>baris empat<br>');
    expect(text).toBe('baris satu\nbaris dua\n\nbaris empat');
    expect(mismatches).toEqual([]);
  });

  test('Chrome contenteditable lines (text, then <div> lines)', async ({ blank: page }) => {
    const { text, mismatches } = await readAndMap(page, 'Judul<div>isi pertama</div><div><br></div><div>isi kedua</div>');
    expect(text).toBe('Judul\nisi pertama\n\nisi kedua');
    expect(mismatches).toEqual([]);
  });

  test('emoji (surrogate pairs) and nested inline formatting keep offsets in UTF-16', async ({ blank: page }) => {
    const { text, mismatches } = await readAndMap(page, '<p>Selamat 🎉 <em>Hari <strong>Guru</strong></em>!</p>');
    expect(text).toBe('Selamat 🎉 Hari Guru!');
    expect(mismatches).toEqual([]);
  });

  test('opt-out attributes on the editor or an ancestor', async ({ blank: page }) => {
    const result = await page.evaluate(() => {
      const dom = (window as unknown as DomWindow).__cermatDom;
      document.body.innerHTML =
        '<div data-gramm="false"><div id="a" contenteditable="true"></div></div>' +
        '<div id="b" contenteditable="true" data-enable-grammarly="false"></div>' +
        '<div data-gramm="true"><div id="c" contenteditable="true"></div></div>';
      return ['a', 'b', 'c'].map((id) => dom.isOptedOut(document.getElementById(id)!));
    });
    expect(result).toEqual([true, true, false]);
  });

  test('finds editors inside the open shadow roots it is told about', async ({ blank: page }) => {
    const count = await page.evaluate(() => {
      const dom = (window as unknown as DomWindow).__cermatDom;
      const host = document.createElement('div');
      host.id = 'interop-outlet';
      host.attachShadow({ mode: 'open' }).innerHTML = '<div class="ql-editor" contenteditable="true"></div>';
      document.body.append(host);
      return [
        dom.queryAllDeep(document, '.ql-editor', { shadowHosts: ['#interop-outlet'] }).length,
        dom.queryAllDeep(document, '.ql-editor', {}).length,
      ];
    });
    expect(count).toEqual([1, 0]);
  });
});

/** What the real editors hold after typing several lines, against what the reader makes of their DOM. */
async function compareWithEditor(page: Page, name: FixtureName): Promise<{ editor: string; read: string; mismatches: number }> {
  await withDom(page);
  const editor = editorLocator(page, name);
  await editor.click();
  await page.keyboard.type('Baris pertama NIK 3503114506780002.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Baris ketiga 🎉 sekedar.');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Baris keempat.');
  return editor.evaluate((el) => {
    const dom = (window as unknown as DomWindow).__cermatDom;
    const root = el as HTMLElement;
    const read = dom.readEditable(root);
    let mismatches = 0;
    const words = [...read.text.matchAll(/\S+/g)];
    for (const w of words) {
      const r = read.range(w.index!, w.index! + w[0].length);
      if (r?.toString() !== w[0]) mismatches++;
    }
    const api = (window as unknown as { __fixture: { getText(): string } }).__fixture;
    return { editor: api.getText(), read: read.text, mismatches };
  });
}

for (const name of ['facebook', 'x', 'linkedin', 'youtube-studio'] as const) {
  test(`the reader agrees with the real editor: ${name}`, async ({ platformContext }) => {
    const page = await openPlatform(platformContext, name);
    const { editor, read, mismatches } = await compareWithEditor(page, name);
    expect(mismatches).toBe(0);
    // Lines are the same lines; editors differ only in how many newlines separate paragraphs.
    const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
    expect(lines(read)).toEqual(lines(editor));
    expect(read).toContain('NIK 3503114506780002.');
  });
}

test('writing replaces exactly a span and inserts lines, in the editor state (Lexical)', async ({ platformContext }) => {
  const page = await openPlatform(platformContext, 'facebook');
  await withDom(page);
  const editor = editorLocator(page, 'facebook');
  await editor.click();
  await page.keyboard.type('Ini sekedar contoh sekedar.');
  const result = await editor.evaluate(async (el) => {
    const dom = (window as unknown as DomWindow).__cermatDom;
    const root = el as HTMLElement;
    const second = dom.readEditable(root).text.lastIndexOf('sekedar');
    const fix = await dom.writeEditable(root, second, second + 'sekedar'.length, 'sekadar');
    const lines = await dom.writeEditable(root, 0, 0, 'Baris A\nBaris B\n');
    const api = (window as unknown as { __fixture: { getText(): string } }).__fixture;
    return { fix, lines, state: api.getText() };
  });
  expect(result.fix).toMatchObject({ ok: true, method: 'insertText' });
  expect(result.lines.ok).toBe(true);
  expect(result.state.split('\n').filter(Boolean)).toEqual(['Baris A', 'Baris B', 'Ini sekedar contoh sekadar.']);
});

test('a caret anywhere inside an empty line maps to that line', async ({ blank: page }) => {
  const offsets = await page.evaluate(() => {
    const dom = (window as unknown as DomWindow).__cermatDom;
    const root = document.createElement('div');
    root.contentEditable = 'true';
    root.innerHTML =
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">ab</span></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span id="empty"><br data-text="true"></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">cd</span></span></div></div>';
    document.body.replaceChildren(root);
    const read = dom.readEditable(root);
    const empty = document.getElementById('empty')!;
    const firstLine = root.querySelector('.public-DraftStyleDefault-block')!;
    return { text: read.text, inSpan: read.offsetOf(empty, 0), afterFirstText: read.offsetOf(firstLine, 1) };
  });
  expect(offsets).toEqual({ text: 'ab\n\ncd', inSpan: 3, afterFirstText: 2 });
});
