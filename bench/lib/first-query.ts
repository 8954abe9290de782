/**
 * A first search in headless Chromium: open the page, load Pagefind, search
 * "ketamine" and show or load the first result. Counts every Pagefind byte the
 * page fetched from navigation on, until the network is idle, and the time from
 * navigation start to the first result.
 */
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveDirectory } from '../../src/cli/lib/static-server.ts';

export interface FirstQuery {
  /** Response body bytes of the requests under /pagefind/ received before the first result appeared, as served (this server does not compress). */
  bytes: number;
  /** The same with text files (JS, JSON, CSS) gzipped, as a compressing host would send them; index files are gzip already. */
  gzipBytes: number;
  /** Gzip bytes of every /pagefind/ request until the network is idle: the whole first page of results (our page shows ten). */
  allGzipBytes: number;
  /** Pagefind files fetched before the first result appeared. */
  files: string[];
  /** From the start of navigation to the first result (its card on the page, or its data from the API), in milliseconds. */
  ms: number;
  /** Number of results for the query. */
  results: number;
}

const TEXT = /\.(js|json|css)$/;

// Strings, not functions: Vite/Vitest rewrite dynamic import() inside functions.
// Times are performance.now(): milliseconds since the navigation started.
const API_QUERY = `(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search('ketamine');
  const first = search.results[0] ? await search.results[0].data() : undefined;
  return { ms: performance.now(), results: search.results.length, url: first ? first.url : '' };
})()`;

/**
 * How the first query is made: through the page's own search form (our site's
 * /search/?q=…, which sets its Pagefind options first), or by calling
 * Pagefind's API on a page (Starlight, whose search is a modal dialog).
 */
export type QueryMode = { ui: true; path: string; resultSelector: string; countPattern: RegExp } | { ui: false; path: string };

/** Records, in the page, when the first element matching `selector` appears (performance.now()). */
const watchFirst = (selector: string) => `(() => {
  const seen = () => { if (window.__firstResultAt === undefined && document.querySelector(${JSON.stringify(selector)})) window.__firstResultAt = performance.now(); };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
})()`;

/**
 * Time of the first result (ms since navigation) and the result count. Calls
 * `atFirstResult` once the API query has returned (its requests may run in a
 * web worker, out of the page's resource timing, so they are counted then).
 */
async function runQuery(
  page: import('playwright-core').Page,
  origin: string,
  mode: QueryMode,
  atFirstResult: () => void,
): Promise<{ ms: number; results: number }> {
  if (!mode.ui) {
    await page.goto(`${origin}${mode.path}`, { waitUntil: 'load' });
    const result = (await page.evaluate(API_QUERY)) as { ms: number; results: number };
    atFirstResult();
    return result;
  }
  await page.addInitScript(watchFirst(mode.resultSelector));
  await page.goto(`${origin}${mode.path}?q=ketamine`, { waitUntil: 'commit' });
  await page.locator(mode.resultSelector).first().waitFor({ timeout: 30_000 });
  const ms = (await page.evaluate('window.__firstResultAt')) as number;
  const status = (await page.locator('body').textContent()) ?? '';
  return { ms, results: Number(mode.countPattern.exec(status)?.[1] ?? Number.NaN) };
}

/** When each /pagefind/ request finished, from the page's resource timing (ms since navigation). */
const RESOURCE_ENDS = `performance.getEntriesByType('resource')
  .map((e) => ({ file: new URL(e.name).pathname, end: e.responseEnd }))
  .filter((e) => e.file.startsWith('/pagefind/'))`;

/** Serves `dist` and measures the first query for "ketamine" made as `mode` says. */
export async function firstQuery(dist: string, mode: QueryMode): Promise<FirstQuery> {
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
    let apiResponses: number | undefined;
    const result = await runQuery(page, server.origin, mode, () => (apiResponses = sizes.length));
    await page.waitForLoadState('networkidle');
    const ends = (await page.evaluate(RESOURCE_ENDS)) as { file: string; end: number }[];
    const fetched = await Promise.all(sizes);
    await context.close();
    // Requests finished by the time the first result was shown (the rest of the results page comes after):
    // from the page's resource timing for a search page, or everything before the API query returned.
    const needed = new Set(ends.filter((e) => e.end <= result.ms).map((e) => e.file));
    const first = apiResponses === undefined ? fetched.filter((f) => needed.has(f.file)) : fetched.slice(0, apiResponses);
    const sum = (list: typeof fetched, key: 'raw' | 'gzip') => list.reduce((total, f) => total + f[key], 0);
    return {
      bytes: sum(first, 'raw'),
      gzipBytes: sum(first, 'gzip'),
      allGzipBytes: sum(fetched, 'gzip'),
      files: first.map((f) => f.file),
      ms: result.ms,
      results: result.results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
