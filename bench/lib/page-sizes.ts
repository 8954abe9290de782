/**
 * What a browser downloads for each type of page in dist/: the HTML, the
 * stylesheets it links and the scripts it loads (with their static imports),
 * raw and gzipped (node:zlib, level 9, each file on its own); and the largest
 * page of all, by HTML + CSS.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_TYPES = ['home', 'study', 'question', 'claim', 'page', 'index', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageSize {
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

export interface SiteSizes {
  /** Number of HTML pages in dist/ (404 excluded). */
  pages: number;
  /** Median sizes per page type (types the site lacks are absent). */
  byType: Partial<Record<PageType, PageSize>>;
  /** Bytes of dist/pagefind/ (or dist/_pagefind). */
  searchIndexBytes: number;
  /** The page with the most HTML + CSS, gzip, of all pages (404 and frozen versions included). */
  largest: { path: string; size: PageSize };
}

const bytes = (data: Buffer): Bytes => ({ raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** The page type of a URL path such as `/studies/noppers2011absence/`. */
export function pageType(path: string): PageType | undefined {
  if (path === '/') return 'home';
  if (path === '/search/') return 'search';
  if (path === '/404/' || path.startsWith('/cite/')) return undefined;
  const parts = path.split('/').filter(Boolean);
  const section = { studies: 'study', questions: 'question', claims: 'claim' }[parts[0] ?? ''] as PageType | undefined;
  if (section) return parts.length === 1 || parts[1] === 'page' ? 'index' : section;
  return parts.length === 1 ? 'page' : undefined;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name));
}

function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1];

/** Stylesheets and module scripts an HTML page loads, as site paths. */
export function linkedAssets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => /rel=["']?stylesheet/.test(t))
    .map((t) => attr(t, 'href')!)
    .filter(Boolean);
  const js = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => attr(m[0], 'src')).filter((s): s is string => Boolean(s));
  return { css, js };
}

/** What counts against the 14 kB page budget: HTML and CSS, gzip. */
const heavy = (p: PageSize) => p.html.gzip + p.css.gzip;

const median = <T>(items: T[], key: (t: T) => number): T => [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)]!;

/** Measures dist/: median HTML + CSS + JS per page type, and the search index. */
export function siteSizes(dist: string): SiteSizes {
  const cache = new Map<string, Bytes>();
  const load = (path: string): Bytes => {
    const clean = path.split(/[?#]/)[0]!;
    if (!clean.startsWith('/') || !existsSync(join(dist, clean))) return ZERO;
    if (!cache.has(clean)) cache.set(clean, bytes(readFileSync(join(dist, clean))));
    return cache.get(clean)!;
  };
  const scriptClosure = (entry: string, seen: Set<string>): Bytes => {
    const clean = entry.split(/[?#]/)[0]!;
    if (seen.has(clean) || !clean.startsWith('/') || !existsSync(join(dist, clean))) return ZERO;
    seen.add(clean);
    const text = readFileSync(join(dist, clean), 'utf8');
    const imports = [...text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => posix.resolve(posix.dirname(clean), m[1]!));
    return imports.reduce((sum, i) => add(sum, scriptClosure(i, seen)), load(clean));
  };
  const grouped = new Map<PageType, PageSize[]>();
  const files = htmlFiles(dist);
  let pages = 0;
  let largest: SiteSizes['largest'] | undefined;
  for (const file of files) {
    const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    const type = pageType(path);
    if (path !== '/404/') pages++;
    const data = readFileSync(file);
    const { css, js } = linkedAssets(data.toString('utf8'));
    const seen = new Set<string>();
    const size: PageSize = {
      html: bytes(data),
      css: css.reduce((sum, href) => add(sum, load(href)), ZERO),
      js: js.reduce((sum, src) => add(sum, scriptClosure(src, seen)), ZERO),
    };
    if (type) {
      if (!grouped.has(type)) grouped.set(type, []);
      grouped.get(type)!.push(size);
    }
    if (!largest || heavy(size) > heavy(largest.size)) largest = { path, size };
  }
  const byType: Partial<Record<PageType, PageSize>> = {};
  for (const [type, sizes] of grouped) byType[type] = median(sizes, (s) => s.html.gzip + s.css.gzip + s.js.gzip);
  const searchIndexBytes = dirBytes(join(dist, 'pagefind')) || dirBytes(join(dist, '_pagefind'));
  return { pages, byType, searchIndexBytes, largest: largest ?? { path: '/', size: { html: ZERO, css: ZERO, js: ZERO } } };
}
