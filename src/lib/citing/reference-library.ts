/**
 * The reference library: every bibliography entry with its links, the pages
 * that cite it, a COinS span for reference managers, and the whole
 * bibliography as BibTeX, RIS and CSL-JSON downloads (citation-js formats all
 * of them from the one parsed bibliography).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { projectBibliography } from '../core/bibliography/load.ts';
import type { CslItem } from '../core/bibliography/types.ts';
import { identifierLinks, type IdentifierLink } from '../core/bibliography/identifiers.ts';
import { unwrapRis } from './page-citation.ts';
import { formatReference } from '../core/bibliography/reference-format.ts';
import { exportItem, registryRecord, withWebsiteTitles } from './export-items.ts';
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

const KEV_GENRE: Record<string, [string, string]> = {
  'article-journal': ['info:ofi/fmt:kev:mtx:journal', 'article'],
  report: ['info:ofi/fmt:kev:mtx:book', 'report'],
};

/**
 * An OpenURL ContextObject (COinS `title` attribute) for one reference. Zotero's reader
 * (Zotero.Utilities.parseContextObject, used by its COinS translator) takes one creator per
 * `rft.au` ("Family, Given"), merging them with `rft.aulast`/`rft.aufirst`; `rft.stitle` as the
 * journal abbreviation; and, in the Dublin Core format, `rft.type` as the item type when Zotero
 * has it ("dataset", "webpage"), `rft.publisher` and `rft.source` (a website's title).
 */
export function coins(item: CslItem): string {
  const record = registryRecord(item);
  const [format, genre] = KEV_GENRE[item.type] ?? ['info:ofi/fmt:kev:mtx:dc', 'document'];
  const journal = format.endsWith('journal');
  const authors = namedAuthors(item);
  const first = authors[0];
  const dcType = journal ? undefined : record ? 'dataset' : item.type === 'webpage' ? 'webpage' : undefined;
  const [spage, epage] = (item.page ?? '').split(/[-–]/);
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const pairs: [string, unknown][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', format],
    ['rft.genre', genre],
    [journal ? 'rft.atitle' : 'rft.title', item.title],
    ['rft.jtitle', journal ? item['container-title'] : undefined],
    ['rft.stitle', journal ? item['container-title-short'] : undefined],
    ['rft.aulast', first && (familyName(first) ?? first.literal)],
    ['rft.aufirst', first?.given],
    ...authors.map((a): [string, unknown] => ['rft.au', displayName(a)]),
    ['rft.type', dcType],
    ['rft.publisher', record ? record.registry : format.endsWith(':dc') ? item.publisher : undefined],
    ['rft.source', item.type === 'webpage' ? (item['container-title'] ?? item.publisher) : undefined],
    ['rft.identifier', record?.number],
    ['rft.date', year],
    ['rft.volume', item.volume],
    ['rft.issue', item.issue],
    ['rft.spage', spage || undefined],
    ['rft.epage', epage || undefined],
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
export function libraryFile(name: LibraryFile): string {
  const bibliography = projectBibliography();
  if (name === 'library.bib') return bibliography.text;
  const items = bibliography.items.map(exportItem);
  if (name === 'library.json') return JSON.stringify(items, null, 2) + '\n';
  return withWebsiteTitles(unwrapRis(new Cite(items).format('ris', { format: 'text' })), items);
}
