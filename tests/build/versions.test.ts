/**
 * Frozen versions, read from dist/: every released version of every content page is built at /…/v/<n>/ from its
 * committed snapshot, names the current page as canonical, stays out of search and the sitemap, cites itself at
 * its own URL and keeps its finding anchors. The banner's data is unit-tested in tests/unit/lib/versions/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { builtPages, indexedUrls, type BuiltPage } from '../helpers/dist.ts';
import { pageVersionState, readManifest, VERSIONED_COLLECTIONS } from '../../src/lib/versions/snapshots.ts';
import { citationSetPath, entryPath } from '../../src/lib/core/urls.ts';
import type { CitationSet } from '../../src/lib/citing/citation-file.ts';
import { SITE_URL } from '../../src/lib/site.ts';
import { entryIds } from '../../src/lib/core/content-index.ts';
import { offenders } from '../helpers/offenders.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
/** Every frozen version that should be built: [version URL, current page URL, its number, the current page's number]. */
const frozen = VERSIONED_COLLECTIONS.flatMap((collection) =>
  [...entryIds(collection, '.')].flatMap((id) => {
    const versions = readManifest('.', collection, id);
    const path = entryPath(collection, id);
    const latest = pageVersionState('.', collection, id).number;
    return versions.map((v) => [`${path}v/${v.number}/`, path, v.number, latest] as const);
  }),
);
const canonical = (page: BuiltPage) => String(select('link[rel="canonical"]', page.tree)?.properties.href);
const body = (page: BuiltPage) => toString(select('[data-evidence-body]', page.tree)!);

/** A site never released (a new fork: README's forking checklist empties versions/) has no frozen version to check. */
const released = frozen.length > 0;
const NOT_RELEASED = 'no page has a released version yet (versions/ is empty): the frozen-version tests apply after the first `npm run release`';
if (!released) console.info(`tests/build/versions.test.ts: ${NOT_RELEASED}.`);

describe('frozen versions', () => {
  test.skipIf(!released)('every content page has at least version 1 released, once the site has been released', () => {
    const missing = VERSIONED_COLLECTIONS.flatMap((collection) =>
      [...entryIds(collection, '.')].filter((id) => readManifest('.', collection, id).length === 0).map((id) => `${collection}/${id}`),
    );
    expect(missing, 'pages without a released version: run `npm run release` before `npm test`').toEqual([]);
  });

  test('every frozen version is built, canonical to its current page, and left out of search', () => {
    expect(
      offenders(frozen, (url, current) => {
        const page = byUrl.get(url);
        expect(page, `${url} was not built`).toBeTruthy();
        expect(canonical(page!)).toBe(new URL(current, SITE_URL).href);
        expect(select('[data-pagefind-body]', page!.tree)).toBeFalsy();
      }),
    ).toEqual([]);
  });

  test('every frozen version cites itself by its number at its own URL, and offers the latest version', () => {
    expect(
      offenders(frozen, (url, current, n) => {
        const page = byUrl.get(url)!;
        const own = new URL(url, SITE_URL).href;
        expect(String(select('[data-cite-version-url]', page.tree)?.properties.href)).toBe(own);
        expect(toString(select('#cite-vancouver', page.tree)!)).toContain(`Version ${n}. Available from: ${own}`);
        expect(String(select('meta[name="citation_technical_report_number"]', page.tree)?.properties.content)).toBe(`Version ${n}`);
        expect(String(select('meta[name="citation_public_url"]', page.tree)?.properties.content)).toBe(own);
        const set = JSON.parse(readFileSync(join('dist', citationSetPath(url)), 'utf8')) as CitationSet;
        expect(set.pages[url]?.page.url).toBe(own);
        expect(toString(select('#cite-latest-vancouver', page.tree)!)).toContain(new URL(current, SITE_URL).href);
      }),
    ).toEqual([]);
  });

  test('every frozen version shows the banner only when a newer version exists', () => {
    expect(
      offenders(frozen, (url, current, n, latest) => {
        const banner = select('[data-version-banner]', byUrl.get(url)!.tree);
        if (n === latest) {
          expect(banner).toBeFalsy();
        } else {
          expect(banner).toBeTruthy();
          expect(String(select('a[data-latest-version]', banner!)?.properties.href)).toBe(current);
        }
      }),
    ).toEqual([]);
  });

  test('every frozen version keeps its finding anchors in the old text', () => {
    expect(
      offenders(frozen, (url) => {
        const page = byUrl.get(url)!;
        for (const item of selectAll('.cite-findings li', page.tree)) {
          const href = String(select('a', item)!.properties.href);
          expect(select(`[id="${href.slice(1)}"]`, page.tree), `${url}${href} missing`).toBeTruthy();
          expect(toString(item)).toContain(`${new URL(url, SITE_URL).href}${href}`);
        }
      }),
    ).toEqual([]);
  });

  test('every version frozen as the current one says what the current page says', () => {
    expect(
      offenders(
        frozen.filter(([, , n, latest]) => n === latest),
        (url, current) => {
          expect(body(byUrl.get(url)!)).toBe(body(byUrl.get(current)!));
        },
      ),
    ).toEqual([]);
  });

  test('the search index and the sitemap hold no frozen version', () => {
    expect(indexedUrls().filter((u) => /\/v\/\d+\//.test(u))).toEqual([]);
    const evidencePages = (['studies', 'questions', 'claims'] as const).reduce((n, collection) => n + entryIds(collection, '.').size, 0);
    expect(indexedUrls().length, 'the search index holds fewer pages than there are studies, questions and claims').toBeGreaterThanOrEqual(evidencePages);
  });
});
