/**
 * One browser and one static server of dist/ per test file, opened before its
 * tests and closed after them, with every opened page watched.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, type WatchedPage } from './browser.ts';
import { assertBuilt, DIST } from './dist.ts';
import { serveDirectory, type StaticServer } from '../../src/cli/lib/static-server.ts';

export interface BrowserSuite {
  browser(): Browser;
  origin(): string;
  /** A fresh watched page in its own context; `path` is loaded when given. */
  open(path?: string): Promise<WatchedPage>;
}

export function browserSuite(): BrowserSuite {
  let browser: Browser;
  let server: StaticServer;
  const opened: WatchedPage[] = [];
  beforeAll(async () => {
    assertBuilt();
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const w of opened) await w.context.close();
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => browser,
    origin: () => server.origin,
    async open(path) {
      const watched = await openPage(browser, server.origin);
      opened.push(watched);
      if (path !== undefined) await watched.page.goto(`${server.origin}${path}`);
      return watched;
    },
  };
}
