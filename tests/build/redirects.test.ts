/**
 * Stable URLs, built from one copy of the project (with its frozen versions) and tests/fixtures/redirects laid
 * over it. A renamed entry lists its old id in `formerIds`, and the built site answers the old URL with a
 * redirect to the new one: a meta-refresh page for any host, and a real 301 from dist/_redirects where the host
 * reads it (checked in Cloudflare's runtime, wrangler pages dev). A withdrawn claim (its file removed, listed in
 * versions/withdrawn.json) keeps its frozen versions online with the reason, and its current URL explains the
 * withdrawal. A withdrawal of a page never released fails in tests/unit/lib/versions/version-checks.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, projectCopy, removeCopy, type BuildResult } from '../helpers/project.ts';
import { startPagesDev } from '../../src/cli/lib/pages-dev.ts';
import { SITE_URL } from '../../src/lib/site.ts';

let dir: string;
let result: BuildResult;
const built = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
const page = (path: string) => fromHtml(built(`${path}index.html`));

beforeAll(() => {
  dir = projectCopy('tests/fixtures/redirects', { withVersions: true });
  result = astroBuild(dir);
}, 360_000);
afterAll(() => removeCopy(dir));

describe('renamed pages', () => {
  test('the old URL redirects to the new one, with a real 301 where the host reads _redirects, and the new page is unchanged', async () => {
    expect(result.status, result.output).toBe(0);
    const old = built('questions/long-term-relief/index.html');
    expect(old).toMatch(/<meta http-equiv="refresh" content="0;url=\/questions\/pain-relief-weeks-later\/"/);
    expect(old).toContain('href="https://ketamine-fibromyalgia-evidence.example.org/questions/pain-relief-weeks-later/"');
    expect(built('questions/pain-relief-weeks-later/index.html')).toContain('data-evidence-body');

    expect(built('_redirects')).toContain('/questions/long-term-relief/ /questions/pain-relief-weeks-later/ 301\n');
    const server = await startPagesDev(join(dir, 'dist'));
    try {
      for (const old of ['/questions/long-term-relief/', '/questions/long-term-relief']) {
        const response = await fetch(`${server.origin}${old}`, { redirect: 'manual' });
        expect(response.status, old).toBe(301);
        expect(response.headers.get('location'), old).toBe('/questions/pain-relief-weeks-later/');
      }
    } finally {
      await server.stop();
    }
  }, 120_000);
});

describe('withdrawn pages', () => {
  const current = '/claims/clinic-chain-great-success/';
  const reason = 'Test case: the page was taken down to check that its versions stay online.';

  test('a frozen version stays online with the withdrawn banner and its reason, self-canonical, out of search', () => {
    expect(result.status, result.output).toBe(0);
    const tree = page(`${current}v/1/`);
    const banner = select('[data-withdrawn-banner]', tree);
    expect(banner).toBeTruthy();
    expect(toString(banner!)).toContain('withdrawn on 2026-12-05');
    expect(toString(select('[data-withdrawal-reason]', banner!)!)).toBe(`Reason: ${reason}`);
    expect(select('[data-withdrawal-notice]', banner!)?.properties.href).toBe(current);
    expect(select('[data-version-banner]', tree)).toBeFalsy();
    expect(toString(select('h1', tree)!)).toBe('A chain of ketamine clinics has had great success treating people with fibromyalgia');
    expect(select('[data-evidence-body]', tree)).toBeTruthy();
    expect(select('link[rel="canonical"]', tree)?.properties.href).toBe(new URL(`${current}v/1/`, SITE_URL).href);
    expect(select('meta[name="robots"]', tree)?.properties.content).toBe('noindex');
    expect(select('[data-pagefind-body]', tree)).toBeFalsy();
    expect(select('#cite-latest-vancouver', tree)).toBeFalsy();
  });

  test('the current URL explains the withdrawal, links every version, and stays out of search, the sitemap and the lists', () => {
    const tree = page(current);
    const notice = select('[data-withdrawal-notice]', tree)!;
    expect(toString(select('h1', notice)!)).toBe('A chain of ketamine clinics has had great success treating people with fibromyalgia');
    expect(toString(notice)).toContain('withdrew this page on 2026-12-05');
    expect(toString(select('[data-withdrawal-reason]', notice)!)).toBe(`Reason: ${reason}`);
    // Every version the site froze of the page, newest first, as its versions.json lists them.
    const frozen = (JSON.parse(readFileSync('versions/claims/clinic-chain-great-success/versions.json', 'utf8')) as { number: number }[]).map((v) => v.number);
    const expected = [...frozen].sort((a, b) => b - a).map((n) => `${current}v/${n}/`);
    expect(selectAll('[data-withdrawn-versions] a', notice).map((a) => a.properties.href)).toEqual(expected);
    expect(select('meta[name="robots"]', tree)?.properties.content).toBe('noindex');
    expect(select('[data-pagefind-body]', tree)).toBeFalsy();
    expect(built('sitemap-0.xml')).not.toContain('clinic-chain-great-success');
    expect(built('claims/index.html')).not.toContain(current);
  });

  test('the change log and the corrections list the withdrawal as a correction', () => {
    for (const list of ['changes/', 'corrections/']) {
      const item = selectAll('li', page(`/${list}`)).find((li) => selectAll('a', li).some((a) => a.properties.href === current));
      expect(item, list).toBeTruthy();
      expect(toString(item!), list).toContain(`Page withdrawn. ${reason}`);
      expect(item!.properties.dataChangeType, list).toBe('correction');
    }
  });
});
