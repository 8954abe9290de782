import { describe, expect, test } from 'vitest';
import type { CslItem } from '../../../../src/lib/core/bibliography/types.ts';
import { certainlyAfter, reviewMatrix } from '../../../../src/lib/content/review-matrix.ts';

const work = (family: string, y: number, m?: number): CslItem =>
  ({ id: family, type: 'article-journal', author: [{ family }], issued: { 'date-parts': [m ? [y, m] : [y]] } }) as CslItem;
const items: Record<string, CslItem> = {
  old1995: work('Old', 1995),
  mid2011: work('Mid', 2011, 10),
  new2023: work('New', 2023, 11),
  review2021: work('Review', 2021),
  update2023: work('Update', 2023, 12),
};

describe('reviewMatrix', () => {
  test('marks included studies, studies after the search, and the rest as not known unless the list is complete', () => {
    const matrix = reviewMatrix(
      [
        { cite: 'review2021', included: ['old1995'], complete: false, excludedDesigns: [] },
        { cite: 'update2023', searchedTo: '2023-11-06', included: [], complete: true, excludedDesigns: [] },
      ],
      [
        { id: 'new2023', design: 'case report' },
        { id: 'old1995', design: 'case report' },
        { id: 'mid2011', design: 'randomized controlled trial' },
      ],
      (k) => items[k]!,
    );
    expect(matrix.studies.map((s) => s.id)).toEqual(['old1995', 'mid2011', 'new2023']);
    expect(matrix.rows.map((r) => [r.bound, ...r.cells])).toEqual([
      ['published 2021', 'included', 'not known', 'after search'],
      ['searched to 2023-11-06', 'not included', 'not included', 'not included'],
    ]);
  });

  test('a study of a design the review ruled out is not eligible, unless it is seen included or came later', () => {
    const studies = [
      { id: 'old1995', design: 'case report' },
      { id: 'mid2011', design: 'randomized controlled trial' },
      { id: 'new2023', design: 'case report' },
    ];
    const rct = { cite: 'review2021', included: [], complete: false, excludedDesigns: ['case report'], onlyIncluded: 'randomized trials' };
    const [row] = reviewMatrix([rct], studies, (k) => items[k]!).rows;
    expect(row!.cells).toEqual(['not eligible', 'not known', 'after search']);
    expect(row!.onlyIncluded).toBe('randomized trials');
    const [seen] = reviewMatrix([{ ...rct, included: ['old1995'] }], studies, (k) => items[k]!).rows;
    expect(seen!.cells[0]).toBe('included');
  });

  test('a date is after a bound only when it is certainly after, at the coarser precision', () => {
    expect(certainlyAfter('2023-11', '2023-11-06')).toBe(false);
    expect(certainlyAfter('2023-12', '2023-11-06')).toBe(true);
    expect(certainlyAfter('2022', '2021')).toBe(true);
    expect(certainlyAfter('2021-04', '2021')).toBe(false);
  });
});
