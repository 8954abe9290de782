import { describe, expect, test } from 'vitest';
import { mentions, readerWordsFor } from '../../../../src/lib/search/reader-words.ts';

describe('readerWordsFor', () => {
  test("adds readers' words for the site terms a page uses, one way only", () => {
    expect(readerWordsFor('Relief faded within weeks; no lasting benefit.')).toEqual(['help', 'helps', 'work', 'works', 'long term', 'long lasting', 'last']);
    expect(readerWordsFor('Does it help?')).toEqual([]);
  });

  test("a page on the symptoms of the condition is found by readers' words for them", () => {
    const words = readerWordsFor('Fatigue, depression, irritable bowel syndrome and headaches were not measured.');
    expect(words).toEqual(expect.arrayContaining(['tiredness', 'exhausted', 'low mood', 'tummy', 'IBS', 'migraines']));
  });

  test('mentions finds a term in every text it is tried on: the pattern compiled once keeps no state between texts', () => {
    for (const text of ['side effects were mild', 'Side effects: none', 'no side effects.']) expect(mentions(text, 'side effects')).toBe(true);
    expect(mentions('side-effectsless', 'effects')).toBe(false);
  });
});
