import { describe, expect, test } from 'vitest';
import { readerWordsFor } from '../../../../src/lib/search/reader-words.ts';

describe('readerWordsFor', () => {
  test("adds readers' words for the site terms a page uses, one way only", () => {
    expect(readerWordsFor('Relief faded within weeks; no lasting benefit.')).toEqual(['help', 'helps', 'work', 'works', 'long term', 'long lasting', 'last']);
    expect(readerWordsFor('Does it help?')).toEqual([]);
  });
});
