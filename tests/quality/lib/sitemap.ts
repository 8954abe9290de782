/** The URLs a gate must cover: every page listed in dist/'s sitemap, as local paths. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../helpers/dist.ts';
import { SITE_URL } from '../../../src/lib/site.ts';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

/** Paths such as "/studies/smith2020trial/" from sitemap-index.xml and the sitemaps it names. */
export function sitemapPaths(dist = DIST): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const pages = locs(index).flatMap((sitemap) => locs(readFileSync(join(dist, new URL(sitemap).pathname), 'utf8')));
  for (const page of pages) {
    if (!page.startsWith(`${SITE_URL}/`)) throw new Error(`Sitemap URL ${page} is not under the site URL ${SITE_URL}`);
  }
  return pages.map((page) => new URL(page).pathname).sort();
}
