import { describe, expect, test } from 'vitest';
import { addMonths, isOverdue, overduePages, reviewDue } from '../../../../src/lib/rules/review-due.ts';

describe('review due dates', () => {
  test('a page is due for review 12 months after its last check', () => {
    expect(reviewDue('2026-11-28')).toBe('2027-11-28');
  });

  test('adding months keeps the day within the month and crosses years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
  });

  test('a review is overdue only after its due date', () => {
    expect(isOverdue('2027-11-28', '2027-11-28')).toBe(false);
    expect(isOverdue('2027-11-28', '2027-11-29')).toBe(true);
  });

  test('the build lists the files whose review is overdue, from text or YAML dates', () => {
    const entries = [
      { file: 'a.md', frontmatter: { lastReviewed: '2025-01-01' } },
      { file: 'b.md', frontmatter: { lastReviewed: new Date('2026-11-28T00:00:00Z') } },
      { file: 'c.md', frontmatter: {} },
    ];
    expect(overduePages(entries, '2026-11-28')).toEqual([{ file: 'a.md', due: '2026-01-01' }]);
  });
});
