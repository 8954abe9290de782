/**
 * The reference library: every bibliography entry with its links, the pages
 * that cite it, a COinS span for reference managers, and the whole
 * bibliography as BibTeX, RIS and CSL-JSON downloads (citation-js formats all
 * of them from the one parsed bibliography).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { projectBibliography } from '../core/bibliography/load.ts';
import type { Bibliography, CslItem } from '../core/bibliography/types.ts';
import { identifierLinks, type IdentifierLink } from '../core/bibliography/identifiers.ts';
import { unwrapRis } from './page-citation.ts';
import { bibtexForImport } from './library-bibtex.ts';
import { formatReference } from '../core/bibliography/reference-format.ts';
import { exportItem, registryRecord, withIdentifierLines, withWebsiteTitles } from './export-items.ts';
import { displayName, familyName, namedAuthors } from '../core/bibliography/names.ts';

/** A page that cites a reference. */
export interface CitingPage {
  /** Page heading. */
  title: string;
  /** Page path, e.g. "/studies/smith2020trial/". */
  path: string;
  /** Cite keys the page cites. */
  keys: readonly string[];
}

/** One row of the library. */
export interface LibraryEntry {
  key: string;
  text: string;
  links: IdentifierLink[];
  coins: string;
  /** Where it is cited: links to the entry in each page's reference list. */
  citedOn: { title: string; href: string }[];
}

/** The library's download files, by file name under /references/. */
export const LIBRARY_FILES = {
  'library.bib': { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  'library.ris': { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  'library.json': { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type LibraryFile = keyof typeof LIBRARY_FILES;

const KEV_GENRE: Record<string, [string, string | undefined]> = {
  'article-journal': ['info:ofi/fmt:kev:mtx:journal', 'article'],
  report: ['info:ofi/fmt:kev:mtx:book', 'report'],
  thesis: ['info:ofi/fmt:kev:mtx:dissertation', undefined],
};

/** An item's date as far as the source gives it, "2011", "2011-10" or "2011-10-04" (`rft.date`). */
export function kevDate(item: CslItem): string | undefined {
  const [year, month, day] = item.issued?.['date-parts']?.[0] ?? [];
  if (year === undefined) return undefined;
  return [String(year), ...[month, day].filter((part) => part !== undefined).map((part) => String(part).padStart(2, '0'))].join('-');
}

type Name = NonNullable<CslItem['author']>[number];

/**
 * One `rft.au`: "Family, Given" for a person; a name in one part (an organisation, written `{OKAPI
 * Consortium}` in BibTeX, or a literal) with a trailing comma, which
 * Zotero's reader takes as a single-field creator in its place (without it, "OKAPI Consortium" was
 * split into given name "OKAPI" and family name "Consortium"; `rft.aucorp` also keeps it whole but
 * moves it to the first position).
 */
export const kevAuthor = (a: Name): string => (a.literal !== undefined || !a.given ? `${displayName(a)},` : displayName(a));

/**
 * An OpenURL ContextObject (COinS `title` attribute) for one reference. Zotero's reader
 * (Zotero.Utilities.parseContextObject, used by its COinS translator) takes one creator per
 * `rft.au` ("Family, Given"), merging them with `rft.aulast`/`rft.aufirst`; `rft.stitle` as the
 * journal abbreviation; `rft.pub` as the publisher (a report's institution) in every format;
 * `rft.inst` and `rft.degree` as a thesis's university and type in the dissertation format;
 * `rft.date` to the day the source gives; `rft.language`; and, in the Dublin Core format,
 * `rft.type` as the item type when Zotero has it ("dataset", "webpage"), `rft.publisher` and
 * `rft.source` (a website's title).
 */
export function coins(item: CslItem): string {
  const record = registryRecord(item);
  const [format, genre] = KEV_GENRE[item.type] ?? ['info:ofi/fmt:kev:mtx:dc', 'document'];
  const journal = format.endsWith('journal');
  const thesis = format.endsWith('dissertation');
  const dc = format.endsWith(':dc');
  const authors = namedAuthors(item);
  const first = authors[0];
  const dcType = journal ? undefined : record ? 'dataset' : item.type === 'webpage' ? 'webpage' : undefined;
  const [spage, epage] = (item.page ?? '').split(/[-–]/);
  const pairs: [string, unknown][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', format],
    ['rft.genre', genre],
    [journal ? 'rft.atitle' : 'rft.title', item.title],
    ['rft.jtitle', journal ? item['container-title'] : undefined],
    ['rft.stitle', journal ? item['container-title-short'] : undefined],
    // A first author in one part goes by rft.au alone: Zotero would add rft.aulast as a second creator.
    ['rft.aulast', first?.given ? familyName(first) : undefined],
    ['rft.aufirst', first?.given],
    ...authors.map((a): [string, unknown] => ['rft.au', kevAuthor(a)]),
    ['rft.type', dcType],
    ['rft.publisher', record ? record.registry : dc ? item.publisher : undefined],
    ['rft.pub', !dc && !thesis && !journal ? item.publisher : undefined],
    ['rft.inst', thesis ? item.publisher : undefined],
    ['rft.degree', thesis ? item.genre : undefined],
    ['rft.source', item.type === 'webpage' ? (item['container-title'] ?? item.publisher) : undefined],
    ['rft.identifier', record?.number],
    ['rft.date', kevDate(item)],
    ['rft.volume', item.volume],
    ['rft.issue', item.issue],
    ['rft.spage', spage || undefined],
    ['rft.epage', epage || undefined],
    ['rft.language', item.language],
    ['rft_id', item.DOI ? `info:doi/${item.DOI}` : undefined],
    ['rft_id', item.PMID ? `info:pmid/${item.PMID}` : undefined],
    ['rft_id', !item.DOI && !item.PMID ? item.URL : undefined],
  ];
  return pairs
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
}

/** Every bibliography entry, in file order, with the pages that cite it. */
export function libraryEntries(pages: readonly CitingPage[]): LibraryEntry[] {
  const { references } = projectBibliography();
  return [...references.values()].map(({ key, csl }) => ({
    key,
    text: formatReference(csl),
    links: identifierLinks(csl),
    coins: coins(csl),
    citedOn: pages.filter((p) => p.keys.includes(key)).map((p) => ({ title: p.title, href: `${p.path}#bib-${key}` })),
  }));
}

/** The body of one library download. */
export const libraryFile = (name: LibraryFile): string => libraryFileOf(projectBibliography(), name);

/** The body of one library download of a given bibliography. */
export function libraryFileOf(bibliography: Bibliography, name: LibraryFile): string {
  if (name === 'library.bib') return bibtexForImport(bibliography);
  if (name === 'library.json')
    return (
      JSON.stringify(
        bibliography.items.map((item) => exportItem(item)),
        null,
        2,
      ) + '\n'
    );
  const items = bibliography.items.map((item) => exportItem(item, { identifiersInNote: false }));
  const ris = unwrapRis(new Cite(items).format('ris', { format: 'text' }));
  return withIdentifierLines(withWebsiteTitles(ris, items), bibliography.items);
}
