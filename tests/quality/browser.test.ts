/**
 * Quality gates in a real browser, on one page of each template (every URL of the
 * sitemap in `npm run test:slow`, tests/quality/sitemap-sweep.test.ts): axe with the
 * WCAG 2.2 AA tags, privacy (no foreign request, cookie, web font or analytics), and
 * an empty console (so no Content-Security-Policy violation). Keyboard reachability
 * and focus indicators on one page of each type. Each gate also runs on a fixture it must reject.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, searchSettled, type WatchedPage } from '../helpers/browser.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { serveDirectory, type StaticServer } from '../../src/cli/lib/static-server.ts';
import { AXE_EXCEPTIONS, axeViolations, describeViolations } from './lib/axe.ts';
import { keyboardReport } from './lib/keyboard.ts';
import { privacyReport, watchFonts, type PrivacyReport } from './lib/privacy.ts';
import { sitemapPaths } from './lib/sitemap.ts';
import { oneOfEachTemplate, sweepTest } from './lib/page-sweep.ts';
import { SAMPLE, searchPath } from '../helpers/content.ts';

const FIXTURES = 'tests/fixtures/quality';
/** One page of each kind, taken from the content (tests/helpers/content.ts), so a fork's pages serve too. */
const ONE_OF_EACH_TYPE = [
  '/',
  `/studies/${SAMPLE.study}/`,
  `/questions/${SAMPLE.askedQuestion}/`,
  `/claims/${SAMPLE.claim}/`,
  '/about/',
  searchPath(SAMPLE.commonWord),
];
const RARE_SEARCH = searchPath(SAMPLE.rareWord);

let browser: Browser;
let site: StaticServer;
let fixtures: StaticServer;

beforeAll(async () => {
  assertBuilt();
  [site, fixtures] = await Promise.all([serveDirectory(DIST), serveDirectory(FIXTURES)]);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), fixtures?.close()]);
});

interface Visit {
  watched: WatchedPage;
  privacy: () => Promise<PrivacyReport>;
}

/** Opens a page in a fresh context and waits until the network is idle. */
async function visit(server: StaticServer, path: string): Promise<Visit> {
  const watched = await openPage(browser, server.origin);
  const fonts = watchFonts(watched);
  await watched.page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { watched, privacy: () => privacyReport(watched, fonts) };
}

/** Search results are rendered by script: wait for the announced count. */
async function settle({ watched }: Visit, path: string): Promise<void> {
  if (path.startsWith('/search/?q=')) await searchSettled(watched.page);
}

describe('one page of each template', () => {
  test('the sitemap lists the pages of every type', () => {
    expect(sitemapPaths()).toEqual(
      expect.arrayContaining(['/', `/studies/${SAMPLE.study}/`, `/questions/${SAMPLE.askedQuestion}/`, `/claims/${SAMPLE.claim}/`, '/search/', '/about/']),
    );
  });

  sweepTest('has no WCAG 2.2 AA violation, leaks nothing and logs nothing (every page: npm run test:slow)', () =>
    oneOfEachTemplate([...ONE_OF_EACH_TYPE, RARE_SEARCH, ...sitemapPaths()]),
  );

  test('one page of each template: slugs, version numbers and list page numbers are read as one template', () => {
    expect(
      oneOfEachTemplate([
        '/',
        '/studies/',
        '/studies/a/',
        '/studies/b/',
        '/studies/a/v/1/',
        '/studies/b/v/2/',
        '/changes/page/2/',
        '/changes/page/3/',
        '/search/',
        '/search/?q=x',
      ]),
    ).toEqual(['/', '/studies/', '/studies/a/', '/studies/a/v/1/', '/changes/page/2/', '/search/', '/search/?q=x']);
  });

  test('every axe exception has a reason', () => {
    for (const [rule, reason] of Object.entries(AXE_EXCEPTIONS)) expect(reason.length, rule).toBeGreaterThan(20);
  });
});

describe('on a phone, 390 px wide', () => {
  test.each(ONE_OF_EACH_TYPE)('%s has no WCAG 2.2 AA violation (wide tables scroll by keyboard too)', async (path) => {
    const watched = await openPage(browser, site.origin);
    try {
      await watched.page.setViewportSize({ width: 390, height: 844 });
      await watched.page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      if (path.startsWith('/search/?q=')) await searchSettled(watched.page);
      const violations = describeViolations(await axeViolations(watched.page));
      expect(violations, violations.join('\n')).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });
});

describe('keyboard', () => {
  test.each(ONE_OF_EACH_TYPE)('every control on %s is reachable with Tab and shows a focus indicator', async (path) => {
    const opened = await visit(site, path);
    try {
      await settle(opened, path);
      expect(await keyboardReport(opened.watched.page)).toEqual({ unreachable: [], noIndicator: [] });
    } finally {
      await opened.watched.context.close();
    }
  });
});

describe('search under the Content-Security-Policy', () => {
  test('runs Pagefind, finds results and reports no CSP violation', async () => {
    const opened = await visit(site, RARE_SEARCH);
    try {
      await settle(opened, RARE_SEARCH);
      expect(await opened.watched.page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
      expect(await opened.watched.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toContain(
        "script-src 'self' 'wasm-unsafe-eval'",
      );
      expect(opened.watched.console).toEqual([]);
    } finally {
      await opened.watched.context.close();
    }
  });
});

describe('the gates reject bad pages', () => {
  test('axe reports an image without alt text', async () => {
    const opened = await visit(fixtures, '/inaccessible/');
    const rules = (await axeViolations(opened.watched.page)).map((v) => v.id);
    await opened.watched.context.close();
    expect(rules).toContain('image-alt');
  });

  test('the keyboard check reports a control Tab skips and a button without a focus ring', async () => {
    const opened = await visit(fixtures, '/inaccessible/');
    const report = await keyboardReport(opened.watched.page);
    await opened.watched.context.close();
    expect(report).toEqual({ unreachable: ['a[href="/somewhere/"] "A link that Tab skips"'], noIndicator: ['button "No focus ring"'] });
  });

  test('the privacy check reports a remote font, a cookie and analytics', async () => {
    const opened = await visit(fixtures, '/tracking/');
    const report = await opened.privacy();
    await opened.watched.context.close();
    expect(report.foreignRequests).toEqual(['https://fonts.googleapis.com/css2?family=Roboto']);
    expect(report.fonts).toEqual(['https://fonts.googleapis.com/css2?family=Roboto']);
    expect(report.cookies).toEqual(['127.0.0.1: visitor', 'document.cookie: visitor=42']);
    expect(report.analytics).toEqual(['gtag', 'dataLayer']);
  });
});
