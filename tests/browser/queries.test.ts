/**
 * Realistic queries in a real browser: for each, a page a reader wants is
 * among the first results. Also: every content page is in the index
 * once, and regions excluded from the index (header, footer, reference lists)
 * are not searchable.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, type WatchedPage } from '../helpers/browser.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { serveDirectory, type StaticServer } from '../../src/cli/lib/static-server.ts';

/**
 * [query, pages a reader would accept among the first three results]. Where
 * several pages answer the query equally well, any of them is accepted.
 */
const QUERIES: [string, string[]][] = [
  ['Noppers', ['/studies/noppers2011absence/']],
  ['Graven-Nielsen', ['/studies/gravennielsen2000ketamine/']],
  ['how long does the relief last', ['/questions/pain-relief-weeks-later/', '/questions/pain-relief-during-infusion/']],
  ['weeks later', ['/questions/pain-relief-weeks-later/']],
  ['side effects', ['/questions/safety/']],
  ['liver injury', ['/questions/safety/']],
  ['esketamine', ['/questions/ongoing-trials/', '/glossary/', '/studies/noppers2011absence/']],
  // A synonym: the Noppers page says "S-ketamine", never "esketamine".
  ['esketamine midazolam', ['/studies/noppers2011absence/']],
  // The glossary defines the spelling; the trial uses it.
  ['S(+)-ketamine', ['/studies/noppers2011absence/', '/glossary/']],
  ['lignocaine', ['/questions/compared-with-morphine-and-lidocaine/', '/studies/sorensen1995pain/']],
  ['morphine', ['/questions/compared-with-morphine-and-lidocaine/', '/studies/sorensen1995pain/']],
  ['memantine', ['/questions/memantine/']],
  ['temporal summation', ['/questions/mechanism/', '/studies/gravennielsen2000ketamine/']],
  ['dextromethorphan', ['/studies/cohen2006intravenous/']],
  ['10.1016/S0304-3959(99)00308-5', ['/studies/gravennielsen2000ketamine/']],
  ['10781923', ['/studies/gravennielsen2000ketamine/']],
  ['21546160', ['/questions/safety/']],
  ['NCT04436250', ['/questions/ongoing-trials/']],
  ['NCT07230171', ['/questions/ongoing-trials/']],
  ['reset', ['/claims/large-dose-resets-pain/']],
  ['rebooting a computer', ['/claims/large-dose-resets-pain/']],
  ['FM active placebo', ['/studies/noppers2011absence/']],
];

let browser: Browser;
let server: StaticServer;
let watched: WatchedPage;

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
  watched = await openPage(browser, server.origin);
  await watched.page.goto(`${server.origin}/search/`);
});
afterAll(async () => {
  await watched?.context.close();
  await browser?.close();
  await server?.close();
});

/**
 * Pagefind's own API in the page, set up as the search page sets it up (no web worker: the CSP's Trusted
 * Types refuse a worker made from a plain URL); a string, so Vite cannot rewrite the dynamic import.
 */
async function search(page: Page, query: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pagefind = (await import('/pagefind/pagefind.js')).createInstance({ noWorker: true });
    const { results } = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(results.map(async (r) => (await r.data()).url));
  })()`) as Promise<string[]>;
}

describe('realistic queries', () => {
  test.each(QUERIES)('"%s" finds one of %j among the first three results', async (query, accepted) => {
    const urls = await search(watched.page, query);
    const hits = urls.slice(0, 3).filter((url) => accepted.includes(url));
    expect(hits, `top 3 of: ${urls.join(', ')}`).not.toEqual([]);
  });

  test('text outside the article (header, footer, reference lists) is not searchable', async () => {
    // "qualified" is only in the footer, "Ochsner" (a journal name) only in reference lists.
    // First, that each word is on the page, outside the article, so the empty search means something.
    const outside = (selector: string) =>
      watched.page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent).join(' ')`) as Promise<string>;
    await watched.page.goto(`${server.origin}/methods/`);
    expect(await outside('footer')).toMatch(/qualified/);
    expect(await outside('[data-pagefind-body] #refs[data-pagefind-ignore]')).toMatch(/Ochsner/);
    await watched.page.goto(`${server.origin}/search/`);
    expect(await search(watched.page, 'qualified')).toEqual([]);
    expect(await search(watched.page, 'Ochsner')).toEqual([]);
  });

  test('the console stays empty and nothing leaves the origin', () => {
    expect(watched.console).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
