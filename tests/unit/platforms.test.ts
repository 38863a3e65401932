/**
 * The platform adapters' pure parts: selector data (valid, complete, consistent with the manifest), page
 * matching, site-access helpers and the panel's placement. The DOM parts (text reading, offsets, writing) run
 * in real Chromium: tests/e2e/composer-dom.spec.ts and the per-platform composer specs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/analysis/types';
import { ALL_ADAPTERS, PLATFORM_ADAPTERS, PLATFORM_MATCHES, adapterForUrl } from '../../lib/platforms';
import { matchesPattern, parseMatchPattern } from '../../lib/platforms/match-pattern';
import { sitePattern, userSiteOrigins } from '../../lib/platforms/site-access';
import { ADAPTER_IDS, type SelectorData } from '../../lib/platforms/types';
import { placePanel, type Rect } from '../../entrypoints/composer.content/placement';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SELECTOR_DIR = join(ROOT, 'lib/platforms/selectors');

function loadSelectorFiles(): { file: string; data: SelectorData & Record<string, unknown> }[] {
  return readdirSync(SELECTOR_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, data: JSON.parse(readFileSync(join(SELECTOR_DIR, file), 'utf8')) }));
}

/** Rough CSS syntax check without a DOM: balanced brackets and quotes, no empty parts. */
function looksLikeSelector(s: string): boolean {
  if (!s.trim() || /,\s*(,|$)/.test(s)) return false;
  let depth = 0;
  let quote: string | null = null;
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && quote === null;
}

describe('selector data', () => {
  const files = loadSelectorFiles();

  it('has one file per adapter, named after its id', () => {
    expect(files.map((f) => f.file).sort()).toEqual([...ADAPTER_IDS].map((id) => `${id}.json`).sort());
    for (const { file, data } of files) expect(data.id).toBe(file.replace(/\.json$/, ''));
  });

  it('gives every field the right type and only known engine platforms', () => {
    const known = new Set<string>(PLATFORMS);
    for (const { file, data } of files) {
      expect(typeof data.name, file).toBe('string');
      for (const key of ['matches', 'shadowHosts', 'frames', 'submit', 'submitTexts', 'exclude'] as const) {
        expect(Array.isArray(data[key]), `${file} ${key}`).toBe(true);
        for (const v of data[key]) expect(typeof v, `${file} ${key}`).toBe('string');
      }
      expect(typeof data.submitShortcut, file).toBe('boolean');
      expect(data.composers.length, file).toBeGreaterThan(0);
      for (const c of data.composers) {
        expect(typeof c.selector, file).toBe('string');
        expect(typeof c.label, file).toBe('string');
        if (data.id === 'generic') expect(c.platform, file).toBeUndefined();
        else expect(known.has(c.platform!), `${file}: ${c.platform}`).toBe(true);
      }
    }
  });

  it('holds syntactically sound selectors and path patterns', () => {
    for (const { file, data } of files) {
      const selectors = [...data.composers.map((c) => c.selector), ...data.shadowHosts, ...data.frames, ...data.submit, ...data.exclude];
      for (const s of selectors) expect(looksLikeSelector(s), `${file}: ${s}`).toBe(true);
      for (const p of data.paths ?? []) expect(() => new RegExp(p), `${file}: ${p}`).not.toThrow();
      for (const m of data.matches) expect(parseMatchPattern(m), `${file}: ${m}`).not.toBeNull();
    }
  });

  it('maps YouTube Studio title and description to their own engine platforms', () => {
    const youtube = files.find((f) => f.data.id === 'youtube')!.data;
    const platforms = new Set(youtube.composers.map((c) => c.platform));
    expect(platforms).toEqual(new Set(['youtube-title', 'youtube-description']));
  });

  it('puts LinkedIn behind its shadow host and Gutenberg inside its canvas iframe', () => {
    const byId = Object.fromEntries(files.map((f) => [f.data.id, f.data]));
    expect(byId.linkedin!.shadowHosts).toContain('#interop-outlet');
    expect(byId.wordpress!.frames).toContain("iframe[name='editor-canvas']");
    expect(byId.wordpress!.composers.map((c) => c.selector)).toContain('textarea#content');
  });
});

describe('manifest matches', () => {
  it('equal the host list in wxt.config.ts (the content script asks for nothing wider)', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const block = /const PLATFORM_MATCHES = \[([\s\S]*?)\];/.exec(config)![1]!;
    const listed = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect([...PLATFORM_MATCHES].sort()).toEqual(listed.sort());
  });

  it('are covered by exactly one platform adapter each', () => {
    for (const m of PLATFORM_MATCHES) {
      const owners = PLATFORM_ADAPTERS.filter((a) => a.data.matches.includes(m));
      expect(owners, m).toHaveLength(1);
    }
  });
});

describe('adapterForUrl', () => {
  const pick = (url: string) => adapterForUrl(new URL(url)).id;

  it('picks each platform by its host', () => {
    expect(pick('https://www.facebook.com/')).toBe('facebook');
    expect(pick('https://web.facebook.com/groups/1')).toBe('facebook');
    expect(pick('https://www.instagram.com/')).toBe('instagram');
    expect(pick('https://x.com/compose/post')).toBe('x');
    expect(pick('https://twitter.com/home')).toBe('x');
    expect(pick('https://www.tiktok.com/tiktokstudio/upload')).toBe('tiktok');
    expect(pick('https://studio.youtube.com/channel/UC1/videos/upload')).toBe('youtube');
    expect(pick('https://www.threads.com/')).toBe('threads');
    expect(pick('https://www.threads.net/')).toBe('threads');
    expect(pick('https://www.linkedin.com/feed/')).toBe('linkedin');
  });

  it('picks WordPress by the post editor path on any host, else the generic adapter', () => {
    expect(pick('https://diskominfo.kotimkab.go.id/wp-admin/post-new.php')).toBe('wordpress');
    expect(pick('https://example.go.id/wp-admin/post.php?post=12&action=edit')).toBe('wordpress');
    expect(pick('https://example.go.id/blog/wp-admin/post-new.php?classic-editor')).toBe('wordpress');
    expect(pick('https://example.go.id/wp-admin/edit.php')).toBe('generic');
    expect(pick('https://example.go.id/wp-admin/post.php.bak')).toBe('generic');
    expect(pick('https://www.youtube.com/watch?v=1')).toBe('generic');
  });

  it('lists every adapter once', () => {
    expect(ALL_ADAPTERS.map((a) => a.id).sort()).toEqual([...ADAPTER_IDS].sort());
  });
});

describe('match patterns', () => {
  it('match scheme, host and path', () => {
    expect(matchesPattern('https://x.com/*', new URL('https://x.com/home'))).toBe(true);
    expect(matchesPattern('https://x.com/*', new URL('http://x.com/home'))).toBe(false);
    expect(matchesPattern('https://x.com/*', new URL('https://evil-x.com/'))).toBe(false);
    expect(matchesPattern('*://*.go.id/*', new URL('http://diskominfo.kotimkab.go.id/a'))).toBe(true);
    expect(matchesPattern('*://*.go.id/*', new URL('https://go.id.evil.com/'))).toBe(false);
    expect(matchesPattern('*://*/*', new URL('https://anything.example/'))).toBe(true);
    expect(matchesPattern('*://*/*', new URL('file:///etc/passwd'))).toBe(false);
    expect(parseMatchPattern('not a pattern')).toBeNull();
  });
});

describe('site access', () => {
  it('asks for the page origin only', () => {
    expect(sitePattern('https://diskominfo.kotimkab.go.id/wp-admin/post-new.php?x=1')).toBe('https://diskominfo.kotimkab.go.id/*');
    expect(sitePattern('http://localhost:8080/a')).toBe('http://localhost/*');
    expect(sitePattern('chrome://extensions')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });

  it('registers the script on granted origins beyond the fixed platforms', () => {
    const granted = [...PLATFORM_MATCHES, 'https://b.go.id/*', 'https://a.go.id/*', 'https://a.go.id/*'];
    expect(userSiteOrigins(granted)).toEqual(['https://a.go.id/*', 'https://b.go.id/*']);
    expect(userSiteOrigins([...PLATFORM_MATCHES])).toEqual([]);
  });
});

describe('placePanel', () => {
  const viewport = { width: 1280, height: 720 };
  const size = { width: 340, height: 400 };
  const r = (left: number, top: number, width: number, height: number): Rect => ({ left, top, width, height, right: left + width, bottom: top + height });

  it('goes right of the composer when there is room', () => {
    expect(placePanel(r(390, 60, 500, 260), size, viewport, [])).toEqual({ left: 902, top: 60 });
  });

  it('goes left when the right has no room', () => {
    expect(placePanel(r(700, 100, 500, 200), size, viewport, [])).toEqual({ left: 348, top: 100 });
  });

  it('never covers the post button when another place exists', () => {
    const card = r(236, 32, 808, 359);
    const button = r(924, 338, 96, 37);
    const place = placePanel(card, size, viewport, [button]);
    const box = r(place.left, place.top, size.width, size.height);
    const overlaps = box.left < button.right && button.left < box.right && box.top < button.bottom && button.top < box.bottom;
    expect(overlaps).toBe(false);
  });

  it('stays inside the viewport', () => {
    const place = placePanel(r(0, 650, 1280, 60), size, viewport, []);
    expect(place.top + size.height).toBeLessThanOrEqual(viewport.height - 8);
    expect(place.left).toBeGreaterThanOrEqual(8);
  });
});
