/**
 * Search in a real browser, on the built site: the header box leads to the
 * search page, which runs Pagefind and lists matching pages.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, type WatchedPage } from '../helpers/browser.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { serveDirectory, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertBuilt();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function resultLinks(watched: WatchedPage): Promise<string[]> {
  await watched.page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
  return watched.page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  test('the header search box on a content page opens the search page with results', async () => {
    const watched = await openPage(browser, server.origin);
    await watched.page.goto(`${server.origin}/studies/noppers2011absence/`);
    await watched.page.getByRole('searchbox', { name: 'Search the evidence' }).fill('midazolam');
    await watched.page.getByRole('button', { name: 'Search' }).click();
    await watched.page.waitForURL('**/search/?q=midazolam');
    expect(await resultLinks(watched)).toContain('/studies/noppers2011absence/');
    expect(watched.console).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });

  test('content pages load no JavaScript', async () => {
    const watched = await openPage(browser, server.origin);
    const scripts: string[] = [];
    watched.page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await watched.page.goto(`${server.origin}/studies/noppers2011absence/`);
    await watched.page.goto(`${server.origin}/`);
    expect(scripts).toEqual([]);
    await watched.context.close();
  });
});
