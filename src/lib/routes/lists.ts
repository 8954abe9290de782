/**
 * The site's browsable lists, each split into pages (list-pages.ts): questions,
 * studies, claims, the reference library, the change log and the corrections.
 * Each list is computed once per build; routes and cross-links read the same pages.
 */
import { corrections, siteChanges, type PageChange } from '../citing/changes.ts';
import { libraryEntries, type LibraryEntry } from '../citing/reference-library.ts';
import { entries, once } from '../content/collections.ts';
import { contentPages } from './content-pages.ts';
import { loadLivingData } from '../living/living-data.ts';
import { runChanges, SURVEILLANCE_LOG } from '../living/run-changes.ts';
import { claimLinks, questionLinks, type EntryLink } from '../content/entry-links.ts';
import { listPages, pageHolding, type ListPage } from '../content/list-pages.ts';
import { studyGroups } from '../content/study-groups.ts';
import { withdrawalNotices } from '../versions/page-versions.ts';

/**
 * Most questions the home page lists, and most rows of its summary of findings;
 * the lists and each question's page hold the rest.
 */
export const HOME_ENTRIES_SHOWN = 12;

/** Most entries of a kind the search page lists for readers without JavaScript; above it, it links to the kind's list. */
export const BROWSE_SHOWN = 30;

/** A study in the list, with the group (controlled or not) it is listed under. */
export interface ListedStudy extends EntryLink {
  /** Id, heading and description of its group (see study-groups.ts). */
  group: { id: string; heading: string; description: string };
}

export const questionPages = (): Promise<ListPage<EntryLink>[]> =>
  once('list:questions', async () => listPages(questionLinks(await entries('questions')), '/questions/'));

export const claimPages = (): Promise<ListPage<EntryLink>[]> => once('list:claims', async () => listPages(claimLinks(await entries('claims')), '/claims/'));

/** Studies, controlled first; a page shows the heading of each group it holds. */
export const studyPages = (): Promise<ListPage<ListedStudy>[]> =>
  once('list:studies', async () =>
    listPages(
      studyGroups(await entries('studies')).flatMap(({ items, ...group }) => items.map((i) => ({ ...i, group }))),
      '/studies/',
    ),
  );

/**
 * Most citing pages a library entry links to; beyond them it gives their number.
 * A work cited on thousands of pages would otherwise make its library page grow with the site.
 */
export const CITED_ON_SHOWN = 50;

/**
 * What a library entry weighs, in "cited on" links (about 13 bytes gzip each):
 * its formatted reference, record links and COinS span weigh about as much as
 * 25 of them (measured on the real library: about 310 bytes gzip).
 */
export const LIBRARY_ENTRY_WEIGHT = 25;

/**
 * Library pages hold entries up to 600 link-weights (about 8 kB gzip): 24
 * uncited works, or fewer much-cited ones, each with up to CITED_ON_SHOWN links.
 */
export const libraryPages = (): Promise<ListPage<LibraryEntry>[]> =>
  once('list:library', async () =>
    listPages(libraryEntries(await contentPages()), '/references/', {
      size: 600,
      weight: (e) => LIBRARY_ENTRY_WEIGHT + Math.min(e.citedOn.length, CITED_ON_SHOWN),
    }),
  );

/** The library page that lists a cite key, with the entry's anchor. */
export async function libraryHref(key: string): Promise<string> {
  const page = pageHolding(await libraryPages(), (e) => e.key === key);
  return `${page?.path ?? '/references/'}#ref-${key}`;
}

/** Every logged change, newest first: each page's own log, each withdrawal, and what each surveillance run changed. */
export const loggedChanges = (): Promise<PageChange[]> =>
  once('logged-changes', async () =>
    siteChanges([
      ...(await contentPages()),
      ...(await withdrawalNotices()).map((n) => ({ title: n.title, path: n.noticePath, changes: [n.change] })),
      { ...SURVEILLANCE_LOG, changes: runChanges(loadLivingData()) },
    ]),
  );

export const changePages = (): Promise<ListPage<PageChange>[]> => once('list:changes', async () => listPages(await loggedChanges(), '/changes/'));

export const correctionPages = (): Promise<ListPage<PageChange>[]> =>
  once('list:corrections', async () => listPages(corrections(await loggedChanges()), '/corrections/'));

/** The groups of the studies on one page, in order, each with its studies. */
export function pageGroups(page: ListPage<ListedStudy>): (ListedStudy['group'] & { items: EntryLink[] })[] {
  const groups = new Map<string, ListedStudy['group'] & { items: EntryLink[] }>();
  for (const { group, ...link } of page.items) {
    if (!groups.has(group.id)) groups.set(group.id, { ...group, items: [] });
    groups.get(group.id)!.items.push(link);
  }
  return [...groups.values()];
}
