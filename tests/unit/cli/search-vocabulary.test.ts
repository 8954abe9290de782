import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { fragmentTexts, writeSearchVocabulary } from '../../../src/cli/search-vocabulary.ts';
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
  expect(() => fragmentTexts(join(dir, 'pagefind', 'fragment', 'en_x.pf_fragment'))).toThrow(/en_x\.pf_fragment: not a Pagefind fragment .*npm run build/);
});

test('a site without a Pagefind bundle fails, saying to run Pagefind first', () => {
  site = mkdtempSync(join(tmpdir(), 'vocabulary-'));
  expect(() => writeSearchVocabulary(site)).toThrow(/pagefind\/fragment does not exist: run Pagefind first/);
});

test("reads Pagefind's group files, several pages' fragments in one, as it writes them beyond max_fragments", () => {
  const dir = siteWith({
    'en_group_abc1234.pf_fragment': `pagefind_dcd${JSON.stringify({
      en_1: { content: 'Melatonin before bedtime.', meta: { title: 'Melatonin timing' } },
      en_2: { content: 'Circadian rhythm.', meta: {} },
    })}`,
    'en_c.pf_fragment': `pagefind_dcd${JSON.stringify({ content: 'Daylight exposure.', meta: {} })}`,
  });
  expect(fragmentTexts(join(dir, 'pagefind', 'fragment', 'en_group_abc1234.pf_fragment'))).toEqual([
    'Melatonin timing Melatonin before bedtime.',
    ' Circadian rhythm.',
  ]);
  writeSearchVocabulary(dir);
  expect(JSON.parse(readFileSync(join(dir, VOCABULARY_FILE), 'utf8')).words).toEqual(expect.arrayContaining(['melatonin', 'circadian', 'daylight']));
});

test('fragment files that give no words fail, naming the folder, instead of writing an empty vocabulary', () => {
  const dir = siteWith({ 'en_group_abc.pf_fragment': `pagefind_dcd${JSON.stringify({ unexpected: { text: 'Melatonin' } })}` });
  expect(() => writeSearchVocabulary(dir)).toThrow(/1 fragment files gave no words; has Pagefind changed its fragment format/);
});

test('reads the group files Pagefind itself writes when a site has more pages than max_fragments', async () => {
  site = mkdtempSync(join(tmpdir(), 'vocabulary-'));
  const { createIndex, close } = await import('pagefind');
  try {
    const { index } = await createIndex({ maxFragments: 1 });
    for (const [url, words] of [
      ['/a/', 'Melatonin before bedtime'],
      ['/b/', 'Circadian rhythm shifts'],
      ['/c/', 'Daylight exposure helps'],
    ])
      await index!.addHTMLFile({ url, content: `<html lang="en"><body><main><h1>${words}</h1><p>${words}.</p></main></body></html>` });
    await index!.writeFiles({ outputPath: join(site, 'pagefind') });
  } finally {
    await close();
  }
  const names = readdirSync(join(site, 'pagefind', 'fragment'));
  expect(names.every((n) => n.startsWith('en_group_'))).toBe(true);
  writeSearchVocabulary(site);
  expect(JSON.parse(readFileSync(join(site, VOCABULARY_FILE), 'utf8')).words).toEqual(expect.arrayContaining(['melatonin', 'circadian', 'daylight']));
});
