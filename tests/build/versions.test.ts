/**
 * Frozen versions, read from dist/: every released version of every content page is built at /…/v/<n>/ from its
 * committed snapshot, names the current page as canonical, stays out of search and the sitemap, cites itself at
 * its own URL and keeps its finding anchors. The banner's data is unit-tested in tests/unit/lib/versions/.
 */
import { existsSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { builtPages, indexedUrls, type BuiltPage } from '../helpers/dist.ts';
import { pageIds, pageVersionState, readManifest, VERSIONED_COLLECTIONS } from '../../src/lib/versions/snapshots.ts';
import { entryPath } from '../../src/lib/checks/redirects.ts';
import { SITE_URL } from '../../src/lib/site.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
/** Every frozen version that should be built: [version URL, current page URL, its number, the current page's number]. */
const frozen = VERSIONED_COLLECTIONS.flatMap((collection) =>
  pageIds('.', collection).flatMap((id) => {
    const versions = readManifest('.', collection, id);
    const path = entryPath(collection, id);
    const latest = pageVersionState('.', collection, id).number;
    return versions.map((v) => [`${path}v/${v.number}/`, path, v.number, latest] as const);
  }),
);
const canonical = (page: BuiltPage) => String(select('link[rel="canonical"]', page.tree)?.properties.href);
const body = (page: BuiltPage) => toString(select('[data-evidence-body]', page.tree)!);

describe('frozen versions', () => {
  test('every content page has at least version 1 released', () => {
    for (const collection of VERSIONED_COLLECTIONS)
      for (const id of pageIds('.', collection)) expect(readManifest('.', collection, id).length, `${collection}/${id}`).toBeGreaterThan(0);
    expect(frozen.length).toBeGreaterThan(30);
  });

  test.each(frozen)('%s is built, canonical to %s, and left out of search', (url, current) => {
    const page = byUrl.get(url);
    expect(page, `${url} was not built`).toBeTruthy();
    expect(canonical(page!)).toBe(new URL(current, SITE_URL).href);
    expect(select('[data-pagefind-body]', page!.tree)).toBeFalsy();
  });

  test.each(frozen)('%s cites itself as version %i at its own URL, and offers the latest version', (url, current, n) => {
    const page = byUrl.get(url)!;
    const own = new URL(url, SITE_URL).href;
    expect(String(select('[data-cite-version-url]', page.tree)?.properties.href)).toBe(own);
    expect(toString(select('#cite-vancouver', page.tree)!)).toContain(`Version ${n}. Available from: ${own}`);
    expect(String(select('meta[name="citation_technical_report_number"]', page.tree)?.properties.content)).toBe(`Version ${n}`);
    expect(String(select('meta[name="citation_public_url"]', page.tree)?.properties.content)).toBe(own);
    expect(existsSync(`dist/citations${url.replace(/\/$/, '')}.json`)).toBe(true);
    expect(toString(select('#cite-latest-vancouver', page.tree)!)).toContain(new URL(current, SITE_URL).href);
  });

  test.each(frozen)('%s shows the banner only when a newer version exists', (url, current, n, latest) => {
    const banner = select('[data-version-banner]', byUrl.get(url)!.tree);
    if (n === latest) {
      expect(banner).toBeFalsy();
    } else {
      expect(banner).toBeTruthy();
      expect(String(select('a[data-latest-version]', banner!)?.properties.href)).toBe(current);
    }
  });

  test.each(frozen)('%s keeps its finding anchors in the old text', (url) => {
    const page = byUrl.get(url)!;
    for (const item of selectAll('.cite-findings li', page.tree)) {
      const href = String(select('a', item)!.properties.href);
      expect(select(`[id="${href.slice(1)}"]`, page.tree), `${url}${href} missing`).toBeTruthy();
      expect(toString(item)).toContain(`${new URL(url, SITE_URL).href}${href}`);
    }
  });

  test.each(frozen.filter(([, , n, latest]) => n === latest))('%s, frozen as the current version, says what the current page says', (url, current) => {
    expect(body(byUrl.get(url)!)).toBe(body(byUrl.get(current)!));
  });

  test('the search index and the sitemap hold no frozen version', () => {
    expect(indexedUrls().filter((u) => /\/v\/\d+\//.test(u))).toEqual([]);
    expect(indexedUrls().length).toBeGreaterThan(30);
  });
});
