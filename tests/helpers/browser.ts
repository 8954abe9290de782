/**
 * Real-browser helpers: Debian's Chromium driven by playwright-core, against
 * dist/ served from a local static server. No request may leave the origin.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { assertChromium, CHROMIUM, CHROMIUM_FLAGS } from '../../src/cli/lib/chromium.ts';

export async function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console messages of any kind, and page errors. */
  console: string[];
  /** Requests to any origin other than the site's. */
  foreignRequests: string[];
}

export async function openPage(browser: Browser, origin: string): Promise<WatchedPage> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watched: WatchedPage = { page, context, console: [], foreignRequests: [] };
  page.on('console', (m) => watched.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => watched.console.push(`pageerror: ${e.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    watched.foreignRequests.push(url);
    return route.abort();
  });
  return watched;
}

/** Waits until the search page has announced a count and rendered its whole first page of results (the list drops aria-busy). */
export async function searchSettled(page: Page): Promise<void> {
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /\d+ results?/ })
    .waitFor({ timeout: 10_000 });
  await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached', timeout: 10_000 });
}
