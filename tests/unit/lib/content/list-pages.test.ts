import { describe, expect, test } from 'vitest';
import { listPagePath, listPageRoutes, listPages, pageHolding, pageLinks } from '../../../../src/lib/content/list-pages.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('listPages', () => {
  test('a list that fits on one page keeps its own path and has no neighbours', () => {
    const [page, ...rest] = listPages(numbers(3), '/questions/', { size: 5 });
    expect(rest).toEqual([]);
    expect(page).toEqual({ items: [1, 2, 3], number: 1, count: 1, first: 1, last: 3, total: 3, path: '/questions/' });
  });

  test('splits a long list into numbered pages that link to each other, in order', () => {
    const pages = listPages(numbers(12), '/claims/', { size: 5 });
    expect(pages.map((p) => p.items)).toEqual([numbers(5), [6, 7, 8, 9, 10], [11, 12]]);
    expect(pages.map((p) => p.path)).toEqual(['/claims/', '/claims/page/2/', '/claims/page/3/']);
    expect(pages[1]).toMatchObject({ first: 6, last: 10, total: 12, count: 3, previous: '/claims/', next: '/claims/page/3/' });
    expect(pages[2]!.next).toBeUndefined();
  });

  test('an empty list is one empty page', () => {
    expect(listPages([], '/changes/')).toEqual([{ items: [], number: 1, count: 1, first: 0, last: 0, total: 0, path: '/changes/' }]);
  });

  test('heavier entries fill a page sooner, and an entry heavier than a page gets a page of its own', () => {
    const pages = listPages([1, 30, 1, 1, 5], '/references/', { size: 10, weight: (n) => n });
    expect(pages.map((p) => p.items)).toEqual([[1], [30], [1, 1, 5]]);
  });

  test('rejects a page size below one and a list path without a trailing slash', () => {
    expect(() => listPages(numbers(2), '/x/', { size: 0 })).toThrow(/at least one entry/);
    expect(() => listPagePath('/questions', 2)).toThrow(/must end in "\/"/);
  });
});

describe('list page routes and navigation', () => {
  const pages = listPages(numbers(250), '/studies/', { size: 10 });

  test('page 1 is the index route and later pages are page/n', () => {
    expect(listPageRoutes(pages).map((r) => r.params.page)).toEqual([undefined, ...numbers(24).map((n) => `page/${n + 1}`)]);
  });

  test('the navigation shows the first, the last and the pages around the current one, with gaps', () => {
    const shown = pageLinks(pages[11]!, '/studies/').map((l) => ('gap' in l ? '…' : l.current ? `[${l.number}]` : String(l.number)));
    expect(shown).toEqual(['1', '…', '10', '11', '[12]', '13', '14', '…', '25']);
    expect(pageLinks(pages[0]!, '/studies/').map((l) => ('gap' in l ? '…' : l.number))).toEqual([1, 2, 3, '…', 25]);
  });

  test('finds the page that holds an entry', () => {
    expect(pageHolding(pages, (n) => n === 101)?.path).toBe('/studies/page/11/');
    expect(pageHolding(pages, (n) => n === 999)).toBeUndefined();
  });
});
