/**
 * The review × study matrix on the systematic-reviews page: for each review, which
 * studies of the site's condition it included, which appeared after its search (or after the
 * review itself, when its search date is not known), which its design criteria
 * rule out, and which we could not tell.
 */
import type { CslItem } from '../core/bibliography/types.ts';
import { shortLabel, year } from './labels.ts';

/** What a question records about one review (front matter `reviews`). */
export interface ReviewCoverage {
  cite: string;
  searchedTo?: string | undefined;
  included: string[];
  complete: boolean;
  excludedDesigns: readonly string[];
  onlyIncluded?: string | undefined;
  note?: string | undefined;
}

/** A study as the matrix needs it: its id and its design. */
export interface MatrixStudy {
  id: string;
  design: string;
}

export type Cell = 'included' | 'not included' | 'after search' | 'not eligible' | 'not known';

export interface MatrixRow {
  cite: string;
  label: string;
  /** "searched to 2021" or "published 2018" when the search date is not known. */
  bound: string;
  /** What the review included only, when that rules out some designs. */
  onlyIncluded?: string | undefined;
  note?: string | undefined;
  cells: Cell[];
}

export interface Matrix {
  studies: { id: string; label: string }[];
  rows: MatrixRow[];
}

/** A work's publication date as "YYYY" or "YYYY-MM". */
function published(item: CslItem): string {
  const [y, m] = item.issued?.['date-parts']?.[0] ?? [];
  return m ? `${y}-${String(m).padStart(2, '0')}` : String(y ?? year(item) ?? '');
}

/** Whether `date` is certainly after `bound`, compared at the coarser of their precisions. */
export function certainlyAfter(date: string, bound: string): boolean {
  const n = Math.min(date.length, bound.length);
  return date.slice(0, n) > bound.slice(0, n);
}

export function reviewMatrix(reviews: readonly ReviewCoverage[], studyList: readonly MatrixStudy[], item: (key: string) => CslItem): Matrix {
  const studies = studyList
    .map(({ id, design }) => ({ id, design, label: shortLabel(item(id)), date: published(item(id)) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  const rows = reviews.map((review) => {
    const own = published(item(review.cite));
    const bound = review.searchedTo ?? own;
    const cells = studies.map(({ id, date, design }): Cell => {
      if (review.included.includes(id)) return 'included';
      if (certainlyAfter(date, bound)) return 'after search';
      if (review.excludedDesigns.includes(design)) return 'not eligible';
      return review.complete ? 'not included' : 'not known';
    });
    return {
      cite: review.cite,
      label: shortLabel(item(review.cite)),
      bound: review.searchedTo ? `searched to ${review.searchedTo}` : `published ${own}`,
      onlyIncluded: review.onlyIncluded,
      note: review.note,
      cells,
    };
  });
  return { studies: studies.map(({ id, label }) => ({ id, label })), rows };
}
