/**
 * Every URL path the site gives an entry, in one place: the entry's page, its frozen versions, its
 * citation files and its chart files. Nothing else builds these paths by hand (a lint rule bans
 * template literals such as `/${collection}/${id}/`), so a change to the URL scheme is made here and
 * the redirects, the versions, the links and the data files follow.
 */
import type { CollectionName } from './content-index.ts';

/** URL path of an entry, e.g. studies/smith2020trial -> "/studies/smith2020trial/"; pages sit at the root. */
export function entryPath(collection: CollectionName, id: string): string {
  if (collection === 'pages') return id === 'home' ? '/' : `/${id}/`;
  return `/${collection}/${id}/`;
}

/** Path of a frozen version of the page at `path`, e.g. versionPath("/studies/x/", 2) = "/studies/x/v/2/". */
export const versionPath = (path: string, number: number): string => `${path}v/${number}/`;

/** Whether a path is that of a frozen version (for the sitemap and the search index). */
export const isVersionPath = (path: string): boolean => /\/v\/\d+\/$/.test(new URL(path, 'https://x').pathname);

/** Id of a page in citations (CSL ids, BibTeX keys, downloaded file names): its path without slashes, e.g. "studies-smith2020trial" ("home" for /). */
export function citationId(path: string): string {
  return path.split('/').filter(Boolean).join('-') || 'home';
}

/** The /cite/ URL once given out for one format of the page at `path`, e.g. "/cite/studies/smith2020trial.bib"; it now answers with a 301 to the page's "Cite this page" (citing/citation-file.ts). */
export function citationFilePath(path: string, extension: string): string {
  const name = path.split('/').filter(Boolean).join('/') || 'home';
  return `/cite/${name}.${extension}`;
}

/** The per-page citations file once given out for the page at `path`, "/" -> "/citations/home.json"; it now answers with a 301 to the page's "Cite this page" (citing/citation-file.ts). */
export function citationsFilePath(path: string): string {
  return `/citations/${path.split('/').filter(Boolean).join('/') || 'home'}.json`;
}

/**
 * How many citation sets a site has at most (citing/citation-file.ts). At 10,000 pages a set holds about
 * ten pages (a page's script fetches its set, on demand, for a finding's formats); a site of 100 pages has
 * about one page a set. Changing it moves every page to another set: the sets are build output, linked
 * from the pages built with them, not URLs given out to cite.
 */
export const CITATION_SETS = 1024;

/** The id of the citation set of the page cited at `path` ("/studies/x/" or "/studies/x/v/2/"): "0a3". */
export function citationSetId(path: string): string {
  // FNV-1a, 32 bits: the same on every build and machine, and spread evenly over the sets.
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(path)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return (hash % CITATION_SETS).toString(16).padStart(3, '0');
}

/** Path of the citation set, the shared file that holds every format of the page cited at `path` among others: "/citation-sets/0a3.json". */
export function citationSetPath(path: string): string {
  return `/citation-sets/${citationSetId(path)}.json`;
}

/** "/charts/studies/smith2020trial/chart-responders.svg" for a chart on /studies/smith2020trial/. */
export function chartFilePath(pagePath: string, chartId: string, extension: string): string {
  return `/charts${pagePath}${chartId}.${extension}`;
}
