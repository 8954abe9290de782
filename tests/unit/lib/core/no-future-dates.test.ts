import { describe, expect, test } from 'vitest';
import { futureDateProblem, futureYearProblem, latestAllowedDate } from '../../../../src/lib/core/no-future-dates.ts';
import { IsoDate } from '../../../../src/schemas/common.ts';

const noon = () => Date.UTC(2026, 11, 7, 12);

describe('no date from the future', () => {
  test('today is SOURCE_DATE_EPOCH when set, plus one day for time zones', () => {
    expect(latestAllowedDate({ SOURCE_DATE_EPOCH: String(Date.UTC(2020, 0, 31) / 1000) }, noon)).toBe('2020-02-01');
  });

  test('without SOURCE_DATE_EPOCH, today is the clock', () => {
    expect(latestAllowedDate({}, noon)).toBe('2026-12-08');
    expect(latestAllowedDate({ SOURCE_DATE_EPOCH: 'not a number' }, noon)).toBe('2026-12-08');
  });

  test('refuses a date or a year after the latest allowed, and accepts that day itself', () => {
    expect(futureDateProblem('2026-12-08', '2026-12-08')).toBeUndefined();
    expect(futureDateProblem('2026-12-09', '2026-12-08')).toMatch(/2026-12-09 lies in the future/);
    expect(futureYearProblem(2026, '2026-12-08')).toBeUndefined();
    expect(futureYearProblem(2027, '2026-12-08')).toMatch(/year 2027 lies in the future/);
  });
});

describe('IsoDate', () => {
  test('refuses a review date in 2099', () => {
    const result = IsoDate.safeParse('2099-01-01');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/2099-01-01 lies in the future/);
    expect(IsoDate.safeParse(new Date('2099-01-01')).success).toBe(false);
  });

  test('refuses a timestamp with a time zone, which would shift the day (D8)', () => {
    // YAML reads `2026-03-01T01:00:00+05:00` as this instant, which is 2026-02-28 in UTC.
    const result = IsoDate.safeParse(new Date('2026-03-01T01:00:00+05:00'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/write the date alone as YYYY-MM-DD/);
  });

  test('accepts a bare date as YAML reads it, and as text', () => {
    expect(IsoDate.parse(new Date('2026-03-01'))).toBe('2026-03-01');
    expect(IsoDate.parse('2011-10-01')).toBe('2011-10-01');
  });
});
