/**
 * The built site, read from dist/ without a browser: nothing half-built,
 * every citation resolved and linked, every content page searchable.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { builtPages, CURRENT_EVIDENCE_PAGE, DIST, indexedUrls } from '../helpers/dist.ts';
import { comparisonText } from '../../src/lib/content/result-comparison.ts';
import { offenders } from '../helpers/offenders.ts';

const pages = builtPages();
const contentPages = pages.filter((p) => select(CURRENT_EVIDENCE_PAGE, p.tree));

describe('built site', () => {
  test('has the expected kinds of page', () => {
    const urls = pages.map((p) => p.url);
    expect(urls).toEqual(
      expect.arrayContaining(['/', '/questions/', '/studies/', '/claims/', '/search/', '/about/', '/methods/', '/corrections/', '/references/']),
    );
    for (const kind of ['studies', 'questions', 'claims']) {
      const ids = readdirSync(`src/content/${kind}`)
        .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
        .map((f) => f.replace(/\.md$/, ''));
      expect(ids.length, kind).toBeGreaterThan(0);
      expect(urls).toEqual(expect.arrayContaining(ids.map((id) => `/${kind}/${id}/`)));
    }
    expect(contentPages.length).toBeGreaterThanOrEqual(5);
  });

  test('every page has a non-empty main element', () => {
    expect(
      offenders(
        pages.map((p) => [p.url, p] as const),
        (_, page) => {
          const main = select('main', page.tree);
          expect(main, 'no <main>').toBeTruthy();
          expect(toString(main!).trim().length).toBeGreaterThan(20);
        },
      ),
    ).toEqual([]);
  });

  test('every content page has a non-empty Markdown body', () => {
    expect(
      offenders(
        contentPages.map((p) => [p.url, p] as const),
        (_, page) => {
          const body = select('[data-evidence-body]', page.tree);
          expect(body, 'no data-evidence-body element').toBeTruthy();
          expect(toString(body!).trim().length).toBeGreaterThan(50);
        },
      ),
    ).toEqual([]);
  });

  test('no page prints an unresolved citation', () => {
    expect(
      offenders(
        pages.map((p) => [p.url, p] as const),
        (_, page) => {
          const text = toString(select('body', page.tree)!);
          expect(text).not.toMatch(/\[[^\]]*@[\p{L}\d_]/u);
          expect(text).not.toContain('NO_PRINTED_FORM');
        },
      ),
    ).toEqual([]);
  });

  test('every page links every in-text citation to an entry on the page', () => {
    expect(
      offenders(
        pages.map((p) => [p.url, p] as const),
        (_, page) => {
          const citations = selectAll('.citation', page.tree);
          for (const citation of citations) {
            const links = selectAll('a', citation);
            expect(links.length, `citation ${String(citation.properties.id)} has no link`).toBeGreaterThan(0);
            for (const link of links) {
              const target = String(link.properties.href).replace(/^#/, '');
              expect(select(`[id="${target}"]`, page.tree), `missing target #${target}`).toBeTruthy();
            }
          }
          if (citations.length > 0) expect(select('#refs .csl-entry', page.tree), 'cites but has no bibliography').toBeTruthy();
        },
      ),
    ).toEqual([]);
  });

  test('no page has a broken internal link or anchor', () => {
    expect(
      offenders(
        pages.map((p) => [p.url, p] as const),
        (_, page) => {
          const byUrl = new Map(pages.map((p) => [p.url, p]));
          const broken: string[] = [];
          for (const link of selectAll('a[href]', page.tree)) {
            const href = String(link.properties.href);
            if (/^[a-z]+:/i.test(href)) continue;
            const url = new URL(href, `https://site.invalid${page.url}`);
            const target = byUrl.get(url.pathname);
            if (!target) {
              // Downloads and feeds are files in dist/, not pages.
              const isFile = /\.[a-z0-9]+$/i.test(url.pathname) && existsSync(join(DIST, decodeURIComponent(url.pathname)));
              if (!isFile && !url.pathname.startsWith('/pagefind/')) broken.push(href);
              continue;
            }
            const id = decodeURIComponent(url.hash.slice(1));
            if (id && !select(`[id="${id}"]`, target.tree)) broken.push(href);
          }
          expect(broken).toEqual([]);
        },
      ),
    ).toEqual([]);
  });

  test('every content page, and the built-in pages readers ask about, is in the search index exactly once', () => {
    const searchable = pages
      .filter((p) => select('[data-pagefind-body]', p.tree))
      .map((p) => p.url)
      .sort();
    expect(indexedUrls().sort()).toEqual(searchable);
    expect(searchable).toEqual(expect.arrayContaining([...contentPages.map((p) => p.url), '/data/', '/corrections/', '/changes/']));
    expect(
      searchable.filter((url) => /\/page\/\d+\/$/.test(url)),
      'later pages of a list are not indexed',
    ).toEqual([]);
  });

  test('each study page shows the counts of its results as its front matter gives them', () => {
    let rows = 0;
    for (const f of readdirSync('src/content/studies').filter((f) => f.endsWith('.md') && !f.startsWith('_'))) {
      const page = pages.find((p) => p.url === `/studies/${f.replace(/\.md$/, '')}/`)!;
      const { results = [] } = parseFrontmatter(readFileSync(`src/content/studies/${f}`, 'utf8')).frontmatter as {
        results?: ({ id: string; values: number[]; denominators?: number[] } & Parameters<typeof comparisonText>[0])[];
      };
      for (const r of results.filter((r) => r.denominators)) {
        const cells = selectAll('td', select(`tr[id="${r.id}"]`, page.tree)!).map((td) => toString(td));
        expect(cells.slice(0, r.values.length), `${f} ${r.id}`).toEqual(r.values.map((v, i) => `${v}/${r.denominators![i]}`));
        const comparison = comparisonText(r);
        if (comparison) expect(cells[r.values.length]).toBe(comparison);
        rows += 1;
      }
    }
    expect(rows, 'no study result with counts to check').toBeGreaterThan(0);
  });
});

describe('reading order', () => {
  const home = pages.find((p) => p.url === '/')!;
  /** Position of the first element matching `selector` in document order. */
  const position = (selector: string) => {
    const found = select(selector, home.tree);
    expect(found, `no ${selector} on /`).toBeTruthy();
    return selectAll('*', home.tree).indexOf(found!);
  };

  test('on the home page the bottom line, the summary table and the questions come before the reference list', () => {
    const refs = position('#refs');
    expect(position('#the-bottom-line')).toBeLessThan(position('.sof table'));
    expect(position('.sof table')).toBeLessThan(refs);
    expect(position('.entry-points ul, .entry-points ol')).toBeLessThan(refs);
  });

  test('the home page has no kicker and every other content page names its kind in one', () => {
    expect(select('.kicker', home.tree)).toBeUndefined();
    for (const page of contentPages.filter((p) => p.url !== '/')) {
      const kicker = toString(select('.kicker', page.tree) ?? { type: 'root', children: [] });
      expect(kicker, page.url).toMatch(/^(Study|Question|Claim checked|About this site)$/);
    }
    expect(toString(select('.kicker', pages.find((p) => p.url.startsWith('/studies/') && p.url !== '/studies/')!.tree)!)).toBe('Study');
  });
});

describe('lists of studies', () => {
  test('give short, typed facts: no free text after "follow-up" in an entry of /studies/', () => {
    const list = pages.find((p) => p.url === '/studies/')!;
    const entries = selectAll('.entry-list li', list.tree).map((li) => toString(select('.note', li) ?? li));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const after = /.*follow-up(.*)$/.exec(entry)?.[1];
      expect(after, `no follow-up in "${entry}"`).toBeDefined();
      expect(after!.length, entry).toBeLessThanOrEqual(80);
      expect(after, entry).toMatch(/^(: (session only|\d+ (day|week|month|year)s?)| not stated)$/);
    }
  });
});
