/** Shows "review overdue" on a page whose next review date has passed, by the reader's clock. */
import { isOverdue } from '../lib/rules/review-due.ts';

const today = new Date().toISOString().slice(0, 10);
for (const el of document.querySelectorAll<HTMLElement>('[data-review-due]')) {
  const flag = el.parentElement?.querySelector<HTMLElement>('[data-review-overdue]');
  if (flag && isOverdue(el.dataset.reviewDue ?? '', today)) flag.hidden = false;
}
