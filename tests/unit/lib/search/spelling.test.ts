import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { buildVocabulary, correctQuery, maxEdits, nearestWord, readVocabulary, type Vocabulary } from '../../../../src/lib/search/spelling.ts';

/** A fictional site's index: melatonin for jet lag. */
const PAGES = [
  'Melatonin for jet lag: a randomized trial against placebo. Melatonin shortened jet lag after eastward flights.',
  'Circadian rhythm and sleep onset. Melatonin dosage and timing; insomnia and daytime sleepiness were reported.',
  'Does melatonin help jet lag? The evidence from randomised trials and a systematic review.',
  'Travellers took melatonin tablets at bedtime; adverse events were mild.',
];
const vocabulary: Vocabulary = readVocabulary(buildVocabulary(PAGES));

describe('the vocabulary', () => {
  test('counts each word of four letters or more, most frequent first, without stop words', () => {
    const file = buildVocabulary(PAGES);
    expect(file.words[0]).toBe('melatonin');
    expect(file.counts[0]).toBe(5);
    expect(file.words).toContain('circadian');
    expect(file.words).not.toContain('jet');
    expect(file.words).not.toContain('from');
    expect(file.counts).toEqual([...file.counts].sort((a, b) => b - a));
  });

  test('leaves out rare words when asked', () => {
    const common = buildVocabulary(PAGES, 2);
    expect(common.words).toContain('melatonin');
    expect(Math.min(...common.counts)).toBeGreaterThanOrEqual(2);
    expect(buildVocabulary(PAGES, 2).words).not.toContain('circadian');
  });

  test('a malformed file reads as an empty vocabulary', () => {
    expect(readVocabulary(null).size).toBe(0);
    expect(readVocabulary({ words: ['a'], counts: [] }).size).toBe(0);
    expect(readVocabulary('<!doctype html>').size).toBe(0);
  });

  test('stays small: 2,000 made-up words with counts are far under 30 kB gzip', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i.toString(36)}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!));
    const json = JSON.stringify(buildVocabulary(words.map((w, i) => `${w} `.repeat((i % 7) + 1))));
    expect(gzipSync(json).length).toBeLessThan(30 * 1024);
  });
});

describe('nearestWord', () => {
  test.each([
    ['melatonine', 'melatonin'],
    ['melatonn', 'melatonin'],
    ['mellatonin', 'melatonin'],
    ['circadain', 'circadian'],
    ['sircadian', 'circadian'],
    ['insomia', 'insomnia'],
    ['placibo', 'placebo'],
    ['plasebo', 'placebo'],
    ['randomsied', 'randomised'],
    ['dosege', 'dosage'],
  ])('corrects %s to %s', (typo, word) => {
    expect(nearestWord(typo, vocabulary)).toBe(word);
  });

  test('leaves known words, short words, numbers and far-off words alone', () => {
    expect(nearestWord('melatonin', vocabulary)).toBeUndefined();
    expect(nearestWord('lag', vocabulary)).toBeUndefined();
    expect(nearestWord('2011', vocabulary)).toBeUndefined();
    expect(nearestWord('zzzzzzzz', vocabulary)).toBeUndefined();
  });

  test('the more frequent word wins a tie', () => {
    const v: Vocabulary = new Map([
      ['trail', 1],
      ['trial', 9],
    ]);
    expect(nearestWord('trual', v)).toBe('trial');
  });

  test('allows more edits in longer words', () => {
    expect([4, 5, 6, 9, 10].map(maxEdits)).toEqual([1, 1, 2, 2, 3]);
  });
});

describe('correctQuery', () => {
  test('replaces each unknown word and keeps the rest as typed', () => {
    expect(correctQuery('Does Melatonn help jet lag?', vocabulary)).toEqual({
      query: 'Does melatonin help jet lag?',
      changes: [{ from: 'melatonn', to: 'melatonin' }],
    });
  });

  test('corrects only the words the caller names as unknown', () => {
    expect(correctQuery('placibo insomia', vocabulary, (w) => w === 'insomia')?.query).toBe('placibo insomnia');
  });

  test('gives nothing when no word can be corrected', () => {
    expect(correctQuery('how does it work', vocabulary)).toBeUndefined();
    expect(correctQuery('melatonin', vocabulary)).toBeUndefined();
  });
});
