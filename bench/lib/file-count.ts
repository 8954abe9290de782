/**
 * How many files a build deploys: Cloudflare Pages' free plan takes at most
 * 20,000 files a site. Counted in dist/ by kind (pages, the search index's
 * fragments, citation sets, chart files, the rest), and projected to a larger
 * site from two measured sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { CITATION_SETS } from '../../src/lib/core/urls.ts';

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
  if (parts[0] === 'citation-sets' || parts[0] === 'citations' || parts[0] === 'cite') return 'citations';
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
 * The most files a kind can have whatever the size of the site: Pagefind writes at most `max_fragments`
 * fragment files (pagefind.yml in `root`, the project), and the citations are in at most CITATION_SETS sets.
 */
export function fileCaps(root: string): Partial<Record<FileKind, number>> {
  const { max_fragments: maxFragments } = (parse(readFileSync(join(root, 'pagefind.yml'), 'utf8')) ?? {}) as { max_fragments?: number };
  return { ...(maxFragments ? { 'search fragments': maxFragments } : {}), citations: CITATION_SETS };
}

/**
 * Files at `pages` pages: each kind on the straight line through two measured builds of the same corpus
 * generator (a fixed number per page plus a fixed overhead), held at its cap (fileCaps). Approximate: the
 * citation sets fill up along a curve, not a line, and the search index's chunks grow in steps.
 */
export function projectFiles(
  a: { pages: number; files: FileCount },
  b: { pages: number; files: FileCount },
  pages: number,
  caps: Partial<Record<FileKind, number>> = {},
): number {
  if (a.pages === b.pages) throw new Error(`two different sizes are needed to project a file count, got ${a.pages} twice`);
  let total = 0;
  for (const kind of Object.keys(a.files.byKind) as FileKind[]) {
    const perPage = (b.files.byKind[kind] - a.files.byKind[kind]) / (b.pages - a.pages);
    total += Math.min(caps[kind] ?? Infinity, Math.max(0, a.files.byKind[kind] + perPage * (pages - a.pages)));
  }
  return Math.round(total);
}
