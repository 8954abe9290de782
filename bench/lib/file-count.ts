/**
 * How many files a build deploys: Cloudflare Pages' free plan takes at most
 * 20,000 files a site. Counted in dist/ by kind (pages, the search index's one
 * fragment per page, citations files, chart files, the rest), and projected to
 * a larger site from two measured sizes.
 */
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';

/** Most files a Cloudflare Pages site may deploy on the free plan. */
export const FREE_PLAN_FILES = 20_000;

export type FileKind = 'pages' | 'search fragments' | 'search other' | 'citations' | 'charts' | 'other';

export interface FileCount {
  total: number;
  byKind: Record<FileKind, number>;
}

/** The kind of a file, by its path inside dist/ ("studies/x/index.html"). */
export function fileKind(path: string): FileKind {
  const parts = path.split('/');
  if (parts.at(-1) === 'index.html' || parts.at(-1) === '404.html') return 'pages';
  if (parts[0] === 'pagefind' || parts[0] === '_pagefind') return parts[1] === 'fragment' ? 'search fragments' : 'search other';
  if (parts[0] === 'citations' || parts[0] === 'cite') return 'citations';
  if (parts[0] === 'charts') return 'charts';
  return 'other';
}

/** Every file in dist/, by kind. */
export function countFiles(dist: string): FileCount {
  const byKind: Record<FileKind, number> = { pages: 0, 'search fragments': 0, 'search other': 0, citations: 0, charts: 0, other: 0 };
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  for (const e of files) byKind[fileKind(relative(dist, `${e.parentPath}${sep}${e.name}`).split(sep).join('/'))]++;
  return { total: files.length, byKind };
}

/**
 * Files at `pages` pages, on the straight line through two measured builds of the same corpus
 * generator (files grow by a fixed number per page plus a fixed overhead). Exact only where
 * every kind grows linearly: the search index's chunks and list pages do, in steps.
 */
export function projectFiles(a: { pages: number; files: number }, b: { pages: number; files: number }, pages: number): number {
  if (a.pages === b.pages) throw new Error(`two different sizes are needed to project a file count, got ${a.pages} twice`);
  const perPage = (b.files - a.files) / (b.pages - a.pages);
  return Math.round(a.files + perPage * (pages - a.pages));
}
