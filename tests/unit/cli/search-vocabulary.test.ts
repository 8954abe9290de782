import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { fragmentText, writeSearchVocabulary } from '../../../src/cli/search-vocabulary.ts';
import { VOCABULARY_FILE } from '../../../src/lib/search/spelling.ts';

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A site folder with Pagefind fragments as Pagefind writes them: gzip of a signature and the page's JSON. */
function siteWith(fragments: Record<string, string>): string {
  site = mkdtempSync(join(tmpdir(), 'vocabulary-'));
  mkdirSync(join(site, 'pagefind', 'fragment'), { recursive: true });
  for (const [name, body] of Object.entries(fragments)) writeFileSync(join(site, 'pagefind', 'fragment', name), gzipSync(body));
  return site;
}

test('writes the words of every fragment, title and content, next to the bundle', () => {
  const dir = siteWith({
    'en_a.pf_fragment': `pagefind_dcd${JSON.stringify({ content: 'Melatonin before bedtime.', meta: { title: 'Melatonin timing' } })}`,
    'en_b.pf_fragment': `pagefind_dcd${JSON.stringify({ content: 'Circadian rhythm and melatonin.', meta: {} })}`,
  });
  expect(writeSearchVocabulary(dir).words).toBe(5);
  const file = JSON.parse(readFileSync(join(dir, VOCABULARY_FILE), 'utf8'));
  expect(file.words[0]).toBe('melatonin');
  expect(file.counts[0]).toBe(3);
  expect(file.words).toEqual(expect.arrayContaining(['timing', 'bedtime', 'circadian', 'rhythm']));
  expect(file.words).not.toContain('before');
});

test('a file that is not a Pagefind fragment fails with its name and the fix', () => {
  const dir = siteWith({ 'en_x.pf_fragment': '{"content":"no signature"}' });
  expect(() => fragmentText(join(dir, 'pagefind', 'fragment', 'en_x.pf_fragment'))).toThrow(/en_x\.pf_fragment: not a Pagefind fragment .*npm run build/);
});

test('a site without a Pagefind bundle fails, saying to run Pagefind first', () => {
  site = mkdtempSync(join(tmpdir(), 'vocabulary-'));
  expect(() => writeSearchVocabulary(site)).toThrow(/pagefind\/fragment does not exist: run Pagefind first/);
});
