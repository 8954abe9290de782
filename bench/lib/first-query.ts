/**
 * A first search in headless Chromium: open the page, load Pagefind, search
 * "ketamine" and load the first result. Counts every Pagefind byte the page
 * fetched from navigation on (the page may preload some) and times the query.
 */
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveDirectory } from '../../tests/helpers/static-server.ts';

export interface FirstQuery {
  /** Response body bytes of all requests under /pagefind/, as served (this server does not compress). */
  bytes: number;
  /** The same with text files (JS, JSON, CSS) gzipped, as a compressing host would send them; index files are gzip already. */
  gzipBytes: number;
  /** Pagefind files fetched. */
  files: string[];
  /** From calling Pagefind's import to the first result's data, in milliseconds. */
  ms: number;
  /** Number of results for the query. */
  results: number;
}

const TEXT = /\.(js|json|css)$/;

// A string, not a function: Vite/Vitest rewrite dynamic import() inside functions.
const QUERY = `(async () => {
  const started = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search('ketamine');
  const first = search.results[0] ? await search.results[0].data() : undefined;
  return { ms: performance.now() - started, results: search.results.length, url: first ? first.url : '' };
})()`;

/** Serves `dist` and measures the first query from `path` (a page that exists on the site). */
export async function firstQuery(dist: string, path: string): Promise<FirstQuery> {
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<{ file: string; raw: number; gzip: number }>[] = [];
    page.on('response', (response) => {
      const file = new URL(response.url()).pathname;
      if (!file.startsWith('/pagefind/')) return;
      const sized = (b: Buffer) => ({ file, raw: b.length, gzip: TEXT.test(file) ? gzipSync(b, { level: 9 }).length : b.length });
      sizes.push(response.body().then(sized, () => ({ file, raw: 0, gzip: 0 })));
    });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const result = (await page.evaluate(QUERY)) as { ms: number; results: number; url: string };
    await page.waitForLoadState('networkidle');
    const fetched = await Promise.all(sizes);
    await context.close();
    const sum = (key: 'raw' | 'gzip') => fetched.reduce((total, f) => total + f[key], 0);
    return { bytes: sum('raw'), gzipBytes: sum('gzip'), files: fetched.map((f) => f.file), ms: result.ms, results: result.results };
  } finally {
    await browser.close();
    await server.close();
  }
}
