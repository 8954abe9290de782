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

/** The /cite/ URL once given out for one format of the page at `path`, e.g. "/cite/studies/smith2020trial.bib"; it now answers with a 301 to the page's citations file (citing/citation-file.ts). */
export function citationFilePath(path: string, extension: string): string {
  const name = path.split('/').filter(Boolean).join('/') || 'home';
  return `/cite/${name}.${extension}`;
}

/** Path of a page's citations file, every format of the page and its findings: "/" -> "/citations/home.json" (citing/citation-file.ts). */
export function citationsFilePath(path: string): string {
  return `/citations/${path.split('/').filter(Boolean).join('/') || 'home'}.json`;
}

/** "/charts/studies/smith2020trial/chart-responders.svg" for a chart on /studies/smith2020trial/. */
export function chartFilePath(pagePath: string, chartId: string, extension: string): string {
  return `/charts${pagePath}${chartId}.${extension}`;
}
