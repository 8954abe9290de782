import { describe, expect, test } from 'vitest';
import { ReaderQuestion, ReaderQuestions } from '../../../src/schemas/reader-question.ts';

const messages = (input: unknown) => {
  const result = ReaderQuestion.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('ReaderQuestion', () => {
  test('accepts phrasings with their one-sentence answer, and defaults to none', () => {
    expect(messages({ askedAs: ['who funds this site'], answer: 'The site takes no money from clinics.' })).toEqual([]);
    expect(ReaderQuestions.parse(undefined)).toEqual([]);
  });

  test('rejects a phrasing with "|", which would split it in search metadata', () => {
    expect(messages({ askedAs: ['who funds | runs this site'], answer: 'The site takes no money from clinics.' })).toEqual([
      expect.stringContaining('cannot contain "|"'),
    ]);
  });

  test('rejects a question without phrasings, a short answer and an unknown field', () => {
    expect(messages({ askedAs: [], answer: 'short' })).toEqual([
      expect.stringContaining('at least one askedAs'),
      expect.stringContaining('one whole sentence'),
    ]);
    expect(messages({ askedAs: ['who funds this site'], answer: 'The site takes no money from clinics.', anchor: '#x' })).toEqual([
      expect.stringContaining('anchor'),
    ]);
  });
});
