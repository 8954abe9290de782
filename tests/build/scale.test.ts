/**
 * The site as it grows: the benchmark's seeded corpus at 400 pages and 150
 * references, built with the real pipeline. Long lists must split into pages
 * that stay small, and every evidence page must stay reachable from the home
 * page by following links, without JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/lib/corpus.ts';
import { siteSizes } from '../../bench/lib/page-sizes.ts';
import { createProject, removeProject } from '../../bench/lib/variants.ts';
import { LIST_PAGE_SIZE } from '../../src/lib/content/list-pages.ts';
import { SITE_NAME } from '../../src/lib/site.ts';
import { astroBuild, type BuildResult } from '../helpers/project.ts';

let dir: string;
let build: BuildResult;
let pages: Map<string, string>;
beforeAll(() => {
  dir = createProject('ours', generateCorpus(400, 150));
  build = astroBuild(dir);
  const dist = join(dir, 'dist');
  pages = new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name === 'index.html')
      .map((e) => [`/${relative(dist, join(e.parentPath, e.name)).replace(/index\.html$/, '')}`, readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}, 300_000);
afterAll(() => dir && removeProject(dir));

/** Same-site links of a page, without query; fragments kept. */
const links = (html: string) =>
  [...html.matchAll(/<a\b[^>]*\bhref="(\/[^"?]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).filter((href) => !href.startsWith('//'));

describe('a site of 400 pages', () => {
  test('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('splits each long list into linked pages of at most LIST_PAGE_SIZE entries', () => {
    for (const list of ['/questions/', '/claims/', '/studies/']) {
      const later = [...pages.keys()].filter((p) => p.startsWith(`${list}page/`));
      expect(later.length, list).toBeGreaterThan(0);
      for (const path of [list, ...later]) {
        const html = pages.get(path)!;
        const entries = new Set(links(html).filter((h) => new RegExp(`^${list}[^/]+/$`).test(h) && h !== `${list}page/`));
        expect(entries.size, path).toBeLessThanOrEqual(LIST_PAGE_SIZE);
        expect(html, path).toMatch(/<nav class="list-pages"/);
      }
      expect(pages.get(list), list).toContain(`href="${list}page/2/" rel="next"`);
    }
  });

  test('every page weighs at most 14 kB gzip of HTML and CSS (more for a site name over 40 characters)', () => {
    const { largest } = siteSizes(join(dir, 'dist'));
    // The site name is on every page a dozen times (header, footer, metadata, citations); gzip keeps about 4 bytes a character of it.
    const budget = 14_000 + 4 * Math.max(0, SITE_NAME.length - 40);
    expect(
      largest.size.html.gzip + largest.size.css.gzip,
      `${largest.path} (budget ${budget} bytes for a ${SITE_NAME.length}-character site name)`,
    ).toBeLessThanOrEqual(budget);
  });

  test('every study, question and claim is reachable from the home page by links alone', () => {
    const seen = new Set(['/']);
    const queue = ['/'];
    while (queue.length > 0) {
      for (const href of links(pages.get(queue.shift()!) ?? '')) {
        const path = href.split('#')[0]!;
        if (seen.has(path) || !pages.has(path)) continue;
        seen.add(path);
        queue.push(path);
      }
    }
    const evidence = [...pages.keys()].filter((p) => /^\/(studies|questions|claims)\/[^/]+\/$/.test(p) && !p.endsWith('/page/'));
    expect(evidence.length).toBeGreaterThan(350);
    expect(evidence.filter((p) => !seen.has(p))).toEqual([]);
  });
});
