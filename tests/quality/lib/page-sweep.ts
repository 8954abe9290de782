/**
 * The sweep of built pages in a real browser: axe with the WCAG 2.2 AA tags,
 * privacy (no foreign request, cookie, web font or analytics) and an empty console
 * (so no Content-Security-Policy violation). `npm test` sweeps one page of each
 * template (tests/quality/browser.test.ts); `npm run test:slow` sweeps every page
 * in the sitemap (tests/quality/sitemap-sweep.test.ts).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, searchSettled, type WatchedPage } from '../../helpers/browser.ts';
import { assertBuilt, DIST } from '../../helpers/dist.ts';
import { serveDirectory, type StaticServer } from '../../../src/cli/lib/static-server.ts';
import { axeViolations, describeViolations } from './axe.ts';
import { privacyReport, watchFonts } from './privacy.ts';

/**
 * One path of each template, in the order given: a path's template is its first segment with every
 * later segment but `v` and `page` read as a slug, so `/studies/a/` and `/studies/b/` share one,
 * and `/studies/`, `/studies/a/v/1/` and `/changes/page/2/` each have their own.
 */
export function oneOfEachTemplate(paths: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const [first, ...rest] = path.split('?')[0]!.split('/').filter(Boolean);
    const template = [first, ...rest.map((s) => (s === 'v' || s === 'page' ? s : '*'))].join('/') + (path.includes('?') ? '?' : '');
    if (!seen.has(template)) seen.set(template, path);
  }
  return [...seen.values()];
}

/**
 * One test that visits each path in one browser page and lists every page with an axe violation,
 * a privacy leak or a console message. `paths` is called when the test runs (dist/ is read then).
 */
export function sweepTest(name: string, paths: () => readonly string[]): void {
  let browser: Browser;
  let site: StaticServer;
  let watched: WatchedPage;
  let fonts: string[];
  beforeAll(async () => {
    assertBuilt();
    site = await serveDirectory(DIST);
    browser = await launchChromium();
    watched = await openPage(browser, site.origin);
    fonts = watchFonts(watched);
    await watched.page.goto(`${site.origin}/favicon.svg`, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test(
    name,
    async () => {
      const offenders: string[] = [];
      for (const path of paths()) {
        watched.console.length = 0;
        watched.foreignRequests.length = 0;
        fonts.length = 0;
        await watched.page.goto(`${site.origin}${path}`, { waitUntil: 'load', timeout: 15_000 });
        if (path.startsWith('/search/?q=')) await searchSettled(watched.page);
        const violations = describeViolations(await axeViolations(watched.page));
        const privacy = await privacyReport(watched, fonts);
        const leaks = (Object.entries(privacy) as [string, string[]][]).flatMap(([kind, found]) => found.map((f) => `${kind}: ${f}`));
        for (const problem of [...violations, ...leaks, ...watched.console.map((m) => `console: ${m}`)]) offenders.push(`${path}: ${problem}`);
      }
      expect(offenders).toEqual([]);
    },
    600_000,
  );
}
