import { describe, expect, test } from 'vitest';
import { statedDuration, statedPValues, statedPercents, statesInterval } from '../../../../src/lib/rules/stated-numbers.ts';

describe('percentages a sentence states', () => {
  test('reads every unsigned percentage with all its decimals, written as % or per cent', () => {
    expect(statedPercents('16.25% improved, 40 percent did not, and 7 per cent 3 PerCent')).toEqual([16.25, 40, 7, 3]);
  });

  test('skips a signed change and a number that is part of a longer one', () => {
    expect(statedPercents('pain fell −12% and +126.3%, then -5 %; 1.5% stayed')).toEqual([1.5]);
  });
});

describe('P values a sentence states', () => {
  test('reads each P value as written and as a number, with or without spaces and a leading zero', () => {
    expect(statedPValues('P<0.05 overall, p = .001 at week 8, P ≥ 1 for sleep')).toEqual([
      { text: 'P<0.05', value: 0.05 },
      { text: 'p = .001', value: 0.001 },
      { text: 'P ≥ 1', value: 1 },
    ]);
  });

  test('a letter p inside a word is not a P value', () => {
    expect(statedPValues('group=2, sleep=0.5')).toEqual([]);
  });
});

describe('confidence intervals a sentence states', () => {
  test('finds "95% CI" with or without spaces, and the words "confidence interval"', () => {
    expect(statesInterval('mean 2.1 (95% CI 1.0 to 3.2)')).toBe(true);
    expect(statesInterval('mean 2.1 (95 % CI 1.0 to 3.2)')).toBe(true);
    expect(statesInterval('mean 2.1 (95%CI 1.0 to 3.2)')).toBe(true);
    expect(statesInterval('a wide Confidence Interval')).toBe(true);
  });

  test('a percentage or the letters CI alone are not an interval', () => {
    expect(statesInterval('95% of patients; CI not reported')).toBe(false);
    expect(statesInterval('95% CIs')).toBe(false);
  });
});

describe('the duration a follow-up states', () => {
  test('converts each unit to the range of days it may mean', () => {
    expect(statedDuration('48 hours')).toEqual({ words: '48 hours', min: 2, max: 2 });
    expect(statedDuration('3 days')).toEqual({ words: '3 days', min: 3, max: 3 });
    expect(statedDuration('8 weeks')).toEqual({ words: '8 weeks', min: 56, max: 56 });
    expect(statedDuration('6 months')).toEqual({ words: '6 months', min: 168, max: 186 });
    expect(statedDuration('2 years')).toEqual({ words: '2 years', min: 730, max: 732 });
  });

  test('reads numbers of two digits, decimals and number words', () => {
    expect(statedDuration('12 weeks')).toEqual({ words: '12 weeks', min: 84, max: 84 });
    expect(statedDuration('2.5 years')).toEqual({ words: '2.5 years', min: 912, max: 915 });
    expect(statedDuration('1.25 years')).toEqual({ words: '1.25 years', min: 456, max: 458 });
    expect(statedDuration('Twelve weeks')).toEqual({ words: 'Twelve weeks', min: 84, max: 84 });
  });

  test('reads a singular unit, a hyphenated one and one written without a space', () => {
    expect(statedDuration('1 week')).toEqual({ words: '1 week', min: 7, max: 7 });
    expect(statedDuration('an 8-week trial')).toEqual({ words: '8-week', min: 56, max: 56 });
    expect(statedDuration('4weeks')).toEqual({ words: '4weeks', min: 28, max: 28 });
  });

  test('keeps the longest duration, wherever it comes in the text', () => {
    expect(statedDuration('six months, with visits every 2 weeks')).toEqual({ words: 'six months', min: 168, max: 186 });
    expect(statedDuration('2 weeks, then six months')).toEqual({ words: 'six months', min: 168, max: 186 });
    expect(statedDuration('4 to 6 weeks')).toEqual({ words: '6 weeks', min: 42, max: 42 });
  });

  test('of two durations of the same length, the one stated first is kept', () => {
    expect(statedDuration('8 weeks (56 days)')).toEqual({ words: '8 weeks', min: 56, max: 56 });
  });

  test('a text with no duration states none', () => {
    expect(statedDuration('Not stated')).toBeUndefined();
    expect(statedDuration('no follow-up')).toBeUndefined();
  });
});
