/**
 * Long lists split into numbered pages, so that every page stays small however
 * large the site grows. Page 1 keeps the list's own address (`/questions/`);
 * page n is `/questions/page/n/`. A list that fits on one page is unchanged.
 */

/** Entries shown on one page of a list (questions, studies, claims, the reference library, the change log). */
export const LIST_PAGE_SIZE = 100;

/** One page of a list. */
export interface ListPage<T> {
  /** The entries on this page, in list order. */
  items: T[];
  /** This page's number, from 1. */
  number: number;
  /** How many pages the list has. */
  count: number;
  /** Position in the whole list of this page's first and last entry, from 1. */
  first: number;
  last: number;
  /** Entries in the whole list. */
  total: number;
  /** This page's path. */
  path: string;
  /** The previous and next pages' paths, where there are such pages. */
  previous?: string;
  next?: string;
}

/** The path of page `n` of the list at `base` (a path ending in `/`). */
export function listPagePath(base: string, n: number): string {
  if (!base.endsWith('/')) throw new Error(`A list's path must end in "/": got "${base}".`);
  return n === 1 ? base : `${base}page/${n}/`;
}

export interface ListPageOptions<T> {
  /** How much one page holds, in units of `weight`. Default LIST_PAGE_SIZE. */
  size?: number;
  /**
   * How much an entry weighs (default 1: `size` entries a page). An entry that
   * carries links of its own (a reference and the pages citing it) weighs more,
   * so its pages hold fewer entries. An entry heavier than `size` gets a page to itself.
   */
  weight?: (item: T) => number;
}

/** Splits `items`, in order, into pages for the list at `base`. An empty list is one empty page. */
export function listPages<T>(items: readonly T[], base: string, options: ListPageOptions<T> = {}): ListPage<T>[] {
  const { size = LIST_PAGE_SIZE, weight = () => 1 } = options;
  if (!(size >= 1)) throw new Error(`A list page holds at least one entry: got a size of ${size}.`);
  const groups: T[][] = [[]];
  let load = 0;
  for (const item of items) {
    const w = weight(item);
    if (groups.at(-1)!.length > 0 && load + w > size) {
      groups.push([]);
      load = 0;
    }
    groups.at(-1)!.push(item);
    load += w;
  }
  const count = groups.length;
  let before = 0;
  return groups.map((pageItems, i) => {
    const number = i + 1;
    const page: ListPage<T> = {
      items: pageItems,
      number,
      count,
      first: pageItems.length > 0 ? before + 1 : 0,
      last: before + pageItems.length,
      total: items.length,
      path: listPagePath(base, number),
      ...(number > 1 ? { previous: listPagePath(base, number - 1) } : {}),
      ...(number < count ? { next: listPagePath(base, number + 1) } : {}),
    };
    before += pageItems.length;
    return page;
  });
}

/** The page of `pages` that holds the first entry matching `match`. */
export function pageHolding<T>(pages: readonly ListPage<T>[], match: (item: T) => boolean): ListPage<T> | undefined {
  return pages.find((p) => p.items.some(match));
}

/**
 * The `getStaticPaths` entries of a list's `[...page].astro` route: page 1 at
 * the list's own path (`page` undefined), page n at `page/n`.
 */
export function listPageRoutes<T>(pages: readonly ListPage<T>[]): { params: { page: string | undefined }; props: { page: ListPage<T> } }[] {
  return pages.map((page) => ({ params: { page: page.number === 1 ? undefined : `page/${page.number}` }, props: { page } }));
}

/** A link in a list's page navigation; `current` marks this page, `gap` an elided run of pages. */
export type PageLink = { number: number; path: string; current: boolean } | { gap: true };

/**
 * The page numbers a list's navigation shows: the first, the last, and those
 * within `around` of the current page, with gaps between, so the navigation
 * stays short on a list of hundreds of pages. Every page is still reachable by
 * following "Next".
 */
export function pageLinks(page: Pick<ListPage<unknown>, 'number' | 'count' | 'path'>, base: string, around = 2): PageLink[] {
  const numbers = [...new Set([1, page.count, ...Array.from({ length: 2 * around + 1 }, (_, i) => page.number - around + i)])]
    .filter((n) => n >= 1 && n <= page.count)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [i, n] of numbers.entries()) {
    if (i > 0 && n - numbers[i - 1]! > 1) links.push({ gap: true });
    links.push({ number: n, path: listPagePath(base, n), current: n === page.number });
  }
  return links;
}
