/**
 * The "did you mean" vocabulary written next to the Pagefind bundle
 * (src/cli/search-vocabulary.ts), read from dist/. The misspellings are derived
 * from the vocabulary itself (a letter dropped, doubled or swapped for a
 * neighbouring vowel in the site's most frequent long words), so a fork with
 * other content is tested on its own words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { nearestWord, readVocabulary, VOCABULARY_FILE, type VocabularyFile } from '../../src/lib/search/spelling.ts';

const raw = readFileSync(join(DIST, VOCABULARY_FILE), 'utf8');
const file = JSON.parse(raw) as VocabularyFile;
const vocabulary = readVocabulary(file);

/** Typical typing slips in `word`: an inner letter dropped, a letter doubled, a vowel replaced by another. */
function slips(word: string): string[] {
  const mid = Math.floor(word.length / 2);
  const vowel = [...word].findIndex((c, i) => i > 0 && 'aeiou'.includes(c));
  return [
    word.slice(0, mid) + word.slice(mid + 1),
    word.slice(0, mid) + word[mid]! + word.slice(mid),
    vowel > 0 ? word.slice(0, vowel) + (word[vowel] === 'i' ? 'e' : 'i') + word.slice(vowel + 1) : word,
  ].filter((typo) => typo !== word && !vocabulary.has(typo));
}

test('the vocabulary holds the indexed words, most frequent first, within 30 kB gzip', () => {
  expect(file.words.length).toBeGreaterThan(100);
  expect(file.words.length).toBe(file.counts.length);
  expect(file.counts).toEqual([...file.counts].sort((a, b) => b - a));
  expect(gzipSync(raw).length).toBeLessThanOrEqual(30 * 1024);
});

test("nine in ten slips in the site's 30 most frequent long words are corrected back to the word", () => {
  const words = file.words.filter((w) => w.length >= 8).slice(0, 30);
  expect(words).toHaveLength(30);
  const cases = words.flatMap((word) => slips(word).map((typo) => ({ word, typo, got: nearestWord(typo, vocabulary) })));
  const wrong = cases.filter((c) => c.got !== c.word);
  expect(wrong.length / cases.length, wrong.map((c) => `${c.typo} -> ${c.got ?? 'nothing'} (meant ${c.word})`).join('\n')).toBeLessThanOrEqual(0.1);
});
