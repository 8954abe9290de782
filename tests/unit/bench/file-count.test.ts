/** The bench's file count: what a build deploys, by kind, and its projection to a larger site. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { countFiles, fileKind, FREE_PLAN_FILES, projectFiles } from '../../../bench/lib/file-count.ts';
import { fileProjection, targets, type Row } from '../../../bench/lib/report.ts';

const dist = mkdtempSync(join(tmpdir(), 'file-count-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('file count', () => {
  test('counts every file of dist/ by kind', () => {
    for (const file of [
      'index.html',
      '404.html',
      'studies/a/index.html',
      'studies/a/v/1/index.html',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind.js',
      'citations/home.json',
      'citations/studies/a/v/1.json',
      'charts/studies/a/chart-x.svg',
      '_redirects',
      'data/studies.csv',
    ]) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), 'x');
    }
    expect(countFiles(dist)).toEqual({
      total: 13,
      byKind: { pages: 4, 'search fragments': 2, 'search other': 2, citations: 2, charts: 1, other: 2 },
    });
    expect(fileKind('cite/studies/a.bib')).toBe('citations');
  });

  test('projects a count along the line through two measured sizes', () => {
    expect(projectFiles({ pages: 100, files: 410 }, { pages: 1000, files: 2210 }, 10_000)).toBe(20_210);
    expect(projectFiles({ pages: 1000, files: 2210 }, { pages: 100, files: 410 }, 10_000)).toBe(20_210);
    expect(() => projectFiles({ pages: 100, files: 1 }, { pages: 100, files: 2 }, 10_000)).toThrow(/two different sizes/);
  });

  const row = (pages: number, total: number, references = 20): Row => ({
    pages,
    references,
    variant: 'ours',
    totalSeconds: 10,
    files: { total, byKind: { pages: 0, 'search fragments': 0, 'search other': 0, citations: 0, charts: 0, other: total } },
  });

  test('the report projects 10,000 pages from the two largest sizes built, and says it was not built', () => {
    expect(fileProjection([row(20, 90), row(100, 410), row(1000, 2210)])).toBe(
      '- N=10000, M=20: files projected (not built) on the line through N=100 and N=1000, 2.000 a page: 20210 NOT met',
    );
    expect(fileProjection([row(100, 410), row(1000, 1310)])).toMatch(/: 10310 met$/);
    expect(fileProjection([row(1000, 2210)])).toBeUndefined();
    expect(fileProjection([row(100, 410), row(1000, 2210), row(10_000, 20_500)])).toBeUndefined();
  });

  test(`a built size reports its count against the free plan's ${FREE_PLAN_FILES}`, () => {
    const sized = (r: Row): Row => ({
      ...r,
      sizes: {
        pages: r.pages,
        byType: {},
        searchIndexBytes: 0,
        largest: { path: '/', size: { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } } },
      },
    });
    expect(targets([sized(row(10_000, 20_001))])).toContain(`files ≤ ${FREE_PLAN_FILES}: 20001 NOT met`);
    expect(targets([sized(row(10_000, 20_000))])).toContain(`files ≤ ${FREE_PLAN_FILES}: 20000 met`);
  });
});
