/**
 * When a page is next due for review, from the date it was last checked and the
 * site's review policy. Dates stay YYYY-MM-DD text, so the built page never
 * depends on the time zone or on the day it was built; whether a page is overdue
 * is decided in the reader's browser (src/scripts/review-due.ts) and printed by the build.
 */

/** Review policy: every evidence page is checked against its sources again this many months after its last check (see Methods). */
export const REVIEW_EVERY_MONTHS = 12;

const pad = (n: number) => String(n).padStart(2, '0');

/** The date `months` after `date`, kept within the month (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The date a page checked on `lastReviewed` is next due for review. */
export const reviewDue = (lastReviewed: string, months: number = REVIEW_EVERY_MONTHS): string => addMonths(lastReviewed, months);

/** Whether a review due on `due` is overdue on `today` (both YYYY-MM-DD). */
export const isOverdue = (due: string, today: string): boolean => today > due;

/** Files whose `lastReviewed` is more than the policy's months before `today`, with their due dates. */
export function overduePages(entries: readonly { file: string; frontmatter: Record<string, unknown> }[], today: string): { file: string; due: string }[] {
  return entries.flatMap(({ file, frontmatter }) => {
    const last = frontmatter.lastReviewed;
    const text = last instanceof Date ? last.toISOString().slice(0, 10) : typeof last === 'string' ? last : undefined;
    if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return [];
    const due = reviewDue(text);
    return isOverdue(due, today) ? [{ file, due }] : [];
  });
}
