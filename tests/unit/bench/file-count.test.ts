/** The bench's file count: what a build deploys, by kind, and its projection to a larger site. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { countFiles, fileCaps, fileKind, FREE_PLAN_FILES, projectFiles, type FileCount, type FileKind } from '../../../bench/lib/file-count.ts';
import { CITATION_SETS } from '../../../src/lib/core/urls.ts';
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
      'citation-sets/0a3.json',
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

  const count = (byKind: Partial<Record<FileKind, number>>): FileCount => {
    const all = { pages: 0, 'search fragments': 0, 'search other': 0, citations: 0, charts: 0, other: 0, ...byKind };
    return { total: Object.values(all).reduce((a, b) => a + b, 0), byKind: all };
  };

  test('projects each kind along the line through two measured sizes, held at its cap', () => {
    const small = { pages: 100, files: count({ pages: 105, 'search fragments': 100, citations: 95, other: 110 }) };
    const big = { pages: 1000, files: count({ pages: 1005, 'search fragments': 1000, citations: 640, other: 200 }) };
    // Uncapped: 10,005 + 10,000 + 6,090 + 1,100.
    expect(projectFiles(small, big, 10_000)).toBe(27_195);
    expect(projectFiles(big, small, 10_000)).toBe(27_195);
    expect(projectFiles(small, big, 10_000, { 'search fragments': 4000, citations: 1024 })).toBe(10_005 + 4000 + 1024 + 1100);
    expect(() => projectFiles(small, { ...small, files: big.files }, 10_000)).toThrow(/two different sizes/);
  });

  test("the caps are the project's: Pagefind's max_fragments (pagefind.yml) and the number of citation sets", () => {
    const caps = fileCaps(process.cwd());
    expect(caps.citations).toBe(CITATION_SETS);
    expect(caps['search fragments']).toBeGreaterThan(0);
    // At 10,000 pages, the HTML pages and both capped kinds leave room for the rest of the site on the free plan.
    expect(10_100 + caps['search fragments']! + caps.citations!).toBeLessThan(FREE_PLAN_FILES - 1000);
  });

  const row = (pages: number, total: number, references = 20): Row => ({
    pages,
    references,
    variant: 'ours',
    totalSeconds: 10,
    files: count({ other: total }),
  });

  test('the report projects 10,000 pages from the two largest sizes built, and says it was not built', () => {
    expect(fileProjection([row(20, 90), row(100, 410), row(1000, 2210)], 10_000, {})).toBe(
      '- N=10000, M=20: files projected (not built) through N=100 and N=1000, each kind on its line: 20210 NOT met',
    );
    expect(fileProjection([row(100, 410), row(1000, 1310)], 10_000, { citations: 5 })).toMatch(/each kind on its line \(citations ≤ 5\): 10310 met$/);
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
