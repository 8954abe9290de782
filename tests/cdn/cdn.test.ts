/**
 * The built site as Cloudflare Pages serves it: dist/ through `wrangler pages dev` (workerd, offline),
 * which reads dist/_headers and dist/_redirects as the CDN does. Headers and caching, real 301s for
 * renamed pages, a 404 status for unknown URLs, and search working under the header policy in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage, searchSettled } from '../helpers/browser.ts';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { startPagesDev, type PagesDevServer } from '../../src/cli/lib/pages-dev.ts';
import { collectRedirects, parseRedirectsFile } from '../../src/lib/checks/redirects.ts';
import { LEGACY_CITE_REDIRECTS, type CitationSet } from '../../src/lib/citing/citation-file.ts';
import { citationFilePath, citationsFilePath } from '../../src/lib/core/urls.ts';
import { readContentFrontmatter } from '../../src/lib/core/front-matter-syntax.ts';
import { TOPIC } from '../../src/topic.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = /max-age=0, must-revalidate/;

let server: PagesDevServer;
let browser: Browser | undefined;

beforeAll(async () => {
  assertBuilt();
  server = await startPagesDev(DIST);
  console.log(`wrangler pages dev answered ${server.startedInMs} ms after it was started`);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 30_000);

const get = (path: string) => fetch(`${server.origin}${path}`, { redirect: 'manual' });
const firstFile = (dir: string) => readdirSync(join(DIST, dir)).sort()[0]!;

describe('headers from dist/_headers', () => {
  test('an HTML page carries the security headers and revalidates', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self';.*frame-ancestors 'none'$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('cache-control')).toMatch(REVALIDATE);
    expect(response.headers.get('cache-control')).not.toMatch(/immutable/);
  });

  test('a hashed Astro asset and a Pagefind chunk are immutable for a year', async () => {
    for (const path of [
      `/_astro/${firstFile('_astro')}`,
      `/pagefind/fragment/${firstFile('pagefind/fragment')}`,
      `/pagefind/index/${firstFile('pagefind/index')}`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(IMMUTABLE);
    }
  });

  test('the Pagefind files whose names never change revalidate', async () => {
    for (const path of ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toMatch(REVALIDATE);
    }
  });
});

describe('renamed pages and unknown URLs', () => {
  test('dist/_redirects lists every formerIds URL of the content, with and without its trailing slash', () => {
    const { redirects } = collectRedirects(readContentFrontmatter(process.cwd()).entries, process.cwd());
    const rules = parseRedirectsFile(readFileSync(join(DIST, '_redirects'), 'utf8'));
    const expected = Object.entries(redirects).flatMap(([from, to]) => [`${from.replace(/\/$/, '')} ${to} 301`, `${from} ${to} 301`]);
    expect(rules.map((r) => `${r.from} ${r.to} ${r.status}`).sort()).toEqual([...expected, ...LEGACY_CITE_REDIRECTS].sort());
  });

  test('every static rule in dist/_redirects answers 301 with its new URL', async () => {
    for (const { from, to } of parseRedirectsFile(readFileSync(join(DIST, '_redirects'), 'utf8')).filter((r) => !r.from.includes('*'))) {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(to);
    }
  });

  test("every /cite/ download and /citations/ file given out before (frozen versions too) answers 301 with its page's #cite, which answers 200", async () => {
    const sets = readdirSync(join(DIST, 'citation-sets')).map((name) => JSON.parse(readFileSync(join(DIST, 'citation-sets', name), 'utf8')) as CitationSet);
    const cited = sets.flatMap((set) => Object.keys(set.pages));
    // Frozen versions are cited too once the site has been released (a new fork has none yet).
    const released = readdirSync('versions', { recursive: true, encoding: 'utf8' }).some((f) => /\/\d+\.md$/.test(f));
    expect(
      cited.some((path) => /\/v\/\d+\/$/.test(path)),
      'a citation for each frozen version',
    ).toBe(released);
    for (const path of cited) {
      for (const old of [...['bib', 'ris', 'json'].map((ext) => citationFilePath(path, ext)), citationsFilePath(path)]) {
        const response = await get(old);
        expect(response.status, old).toBe(301);
        expect(response.headers.get('location'), old).toBe(`${path}#cite`);
      }
      const target = await get(path);
      expect(target.status, path).toBe(200);
      expect(await target.text(), path).toContain('id="cite"');
    }
  });

  test('a citation set answers 200 with JSON: no rule catches it', async () => {
    const [name] = readdirSync(join(DIST, 'citation-sets'));
    const response = await get(`/citation-sets/${name}`);
    expect(response.status).toBe(200);
    expect(Object.keys((await response.json()) as object)).toEqual(['pages']);
  });

  test('an unknown URL answers 404 with the 404 page', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<title>Page not found');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });
});

describe('in Chromium', () => {
  test('search finds results under the header Content-Security-Policy, and the console stays empty', async () => {
    browser = await launchChromium();
    const watched = await openPage(browser, server.origin);
    const response = await watched.page.goto(`${server.origin}/search/?${new URLSearchParams({ q: TOPIC.intervention.inText }).toString()}`);
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    await searchSettled(watched.page);
    expect(await watched.page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
    expect(watched.console).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  }, 60_000);
});
