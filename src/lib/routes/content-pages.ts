/**
 * Every content page of the site with what citations need: heading, path,
 * summary, date checked, change log and the cite keys it cites. One list for
 * the citation downloads, the reference library's backlinks and the change feed.
 */
import { render, type CollectionEntry } from 'astro:content';
import { entries, once } from '../content/collections.ts';
import type { Change } from '../../schemas/change.ts';
import type { CitableFinding, CitablePage } from '../citing/page-citation.ts';
import { pageFindings } from '../citing/page-findings.ts';
import { entryPath } from '../core/urls.ts';
import { citedKeysOf } from '../search/search-index.ts';
import { projectRoot } from '../core/project-root.ts';
import { pageVersionState } from '../versions/snapshots.ts';

export interface ContentPage extends CitablePage {
  /** Cite keys the page's body cites, in order of first citation. */
  keys: string[];
  /** The page's log of substantive changes. */
  changes: Change[];
  /** Findings citable on their own (src/lib/citing/page-findings.ts). */
  findings: CitableFinding[];
}

type Entry = CollectionEntry<'studies' | 'questions' | 'claims' | 'pages'>;

async function page(entry: Entry, path: string, description: string): Promise<ContentPage> {
  const { remarkPluginFrontmatter } = await render(entry);
  const { title, lastReviewed, changes } = entry.data;
  const version = { number: pageVersionState(projectRoot(), entry.collection, entry.id).number };
  const findings = pageFindings(entry.collection, entry.id, entry.data);
  return { title, path, description, lastReviewed, version, changes, findings, keys: citedKeysOf(remarkPluginFrontmatter) };
}

/** All content pages: home first, then studies, questions, claims and the other pages (computed once per build). */
export function contentPages(): Promise<ContentPage[]> {
  return once('content-pages', async () => {
    const pages = await entries('pages');
    return Promise.all([
      ...pages.filter((e) => e.id === 'home').map((e) => page(e, entryPath('pages', e.id), e.data.description)),
      ...(await entries('studies')).map((e) => page(e, entryPath('studies', e.id), e.data.summary)),
      ...(await entries('questions')).map((e) => page(e, entryPath('questions', e.id), e.data.answer)),
      ...(await entries('claims')).map((e) => page(e, entryPath('claims', e.id), e.data.verdictReason)),
      ...pages.filter((e) => e.id !== 'home').map((e) => page(e, entryPath('pages', e.id), e.data.description)),
    ]);
  });
}

/** The newest date any content page was checked: the version of the list pages, which change when what they list does. */
export async function latestReview(): Promise<string> {
  return (await contentPages()).reduce((latest, p) => (p.lastReviewed > latest ? p.lastReviewed : latest), '');
}
