import { describe, expect, test } from 'vitest';
import { followUpShort, readingLabel, studyFactsLine } from '../../../../src/lib/content/study-facts.ts';

describe('followUpShort', () => {
  test('says when the source does not state the follow-up, and when there was none after the session', () => {
    expect(followUpShort(null)).toBe('follow-up not stated');
    expect(followUpShort(undefined)).toBe('follow-up not stated');
    expect(followUpShort(0)).toBe('follow-up: session only');
  });

  test('gives days, weeks, months or years, whichever is whole and short', () => {
    expect([1, 7, 13, 30, 42, 56, 90, 182, 365, 730, 540].map(followUpShort)).toEqual([
      'follow-up: 1 day',
      'follow-up: 7 days',
      'follow-up: 13 days',
      'follow-up: 30 days',
      'follow-up: 6 weeks',
      'follow-up: 8 weeks',
      'follow-up: 3 months',
      'follow-up: 6 months',
      'follow-up: 1 year',
      'follow-up: 2 years',
      'follow-up: 18 months',
    ]);
  });
});

describe('studyFactsLine', () => {
  test('joins design, participants and the short follow-up', () => {
    expect(studyFactsLine({ design: 'randomized controlled trial', nEnrolled: 24, followUpDays: 56 })).toBe(
      'Randomized controlled trial · 24 participants · follow-up: 8 weeks',
    );
    expect(studyFactsLine({ design: 'case report', nEnrolled: 1, followUpDays: null })).toBe('Case report · 1 participant · follow-up not stated');
  });

  test('leaves out what raw front matter lacks', () => {
    expect(studyFactsLine({ followUpDays: 7 })).toBe('follow-up: 7 days');
  });
});

describe('readingLabel', () => {
  test('says plainly whether we read the full text or only the abstract', () => {
    expect(readingLabel('full text')).toBe('Full text');
    expect(readingLabel('abstract')).toBe('Abstract only');
  });
});
