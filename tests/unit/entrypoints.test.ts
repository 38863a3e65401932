import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * WXT turns entrypoints with these names into browser page overrides (chrome_url_overrides): an entrypoint called
 * `history` would replace the browser's own History page (Ctrl+H). Cermat overrides no browser page.
 */
const OVERRIDE_NAMES = ['history', 'newtab', 'bookmarks'];

describe('entrypoints', () => {
  it('overrides no browser page', () => {
    const names = readdirSync(join(__dirname, '../../entrypoints')).map((n) => n.replace(/\.(html|tsx?)$/, ''));
    expect(names.filter((n) => OVERRIDE_NAMES.includes(n))).toEqual([]);
  });
});
