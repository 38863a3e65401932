import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Category } from '../../lib/analysis';

/** Categories where a false alarm would make an admin distrust Cermat (or hide a real post). */
const SAFETY: Category[] = [
  'personal-data',
  'child-protection',
  'hate-speech',
  'profanity',
  'pornography',
  'gambling',
  'political-neutrality',
  'violence-threat',
  'hoax-marker',
];

const dir = join(__dirname, '../fixtures/clean');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('clean corpus: ordinary government posts raise no safety warning or error', () => {
  it('has a corpus worth the name', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const alarms = analyze(text).findings.filter((f) => SAFETY.includes(f.category) && f.severity !== 'info');
    expect(alarms.map((f) => `${f.rule}: "${f.text}"`)).toEqual([]);
  });
});
