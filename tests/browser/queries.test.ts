/**
 * Realistic queries in a real browser: for each, the page a reader wants is
 * among the first three results. Also: every content page is in the index
 * once, and regions excluded from the index (header, footer, reference lists)
 * are not searchable.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, type WatchedPage } from '../helpers/browser.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { serveDirectory, type StaticServer } from '../helpers/static-server.ts';

/** [query, page expected in the top three] */
const QUERIES: [string, string][] = [
  ['Noppers', '/studies/noppers2011absence/'],
  ['Graven-Nielsen', '/studies/gravennielsen2000ketamine/'],
  ['how long does the relief last', '/questions/pain-relief-weeks-later/'],
  ['weeks later', '/questions/pain-relief-weeks-later/'],
  ['side effects', '/questions/safety/'],
  ['liver injury', '/questions/safety/'],
  ['esketamine', '/studies/noppers2011absence/'],
  ['S(+)-ketamine', '/studies/noppers2011absence/'],
  ['lignocaine', '/questions/compared-with-morphine-and-lidocaine/'],
  ['morphine', '/questions/compared-with-morphine-and-lidocaine/'],
  ['memantine', '/questions/memantine/'],
  ['temporal summation', '/questions/mechanism/'],
  ['dextromethorphan', '/studies/cohen2006intravenous/'],
  ['10.1016/S0304-3959(99)00308-5', '/studies/gravennielsen2000ketamine/'],
  ['10781923', '/studies/gravennielsen2000ketamine/'],
  ['21546160', '/questions/safety/'],
  ['NCT04436250', '/questions/ongoing-trials/'],
  ['NCT07230171', '/questions/ongoing-trials/'],
  ['reset', '/claims/large-dose-resets-pain/'],
  ['rebooting a computer', '/claims/large-dose-resets-pain/'],
  ['FM active placebo', '/studies/noppers2011absence/'],
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

async function search(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.origin).href);
    const { results } = await pagefind.search(q);
    return Promise.all(results.map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
  }, query);
}

describe('realistic queries', () => {
  test.each(QUERIES)('"%s" finds %s among the first three results', async (query, expected) => {
    const urls = await search(watched.page, query);
    expect(urls.slice(0, 3), `results: ${urls.join(', ')}`).toContain(expected);
  });

  test('text outside the article (header, footer, reference lists) is not searchable', async () => {
    // "qualified" is only in the footer, "Biomedicines" (a journal) only in reference lists.
    expect(await search(watched.page, 'qualified')).toEqual([]);
    expect(await search(watched.page, 'Biomedicines')).toEqual([]);
  });

  test('the console stays empty and nothing leaves the origin', () => {
    expect(watched.console).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
