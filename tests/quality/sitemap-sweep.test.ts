/**
 * The slow tier's accessibility and privacy sweep (npm run test:slow): every URL of the
 * sitemap, and a search with results, through axe with the WCAG 2.2 AA tags, the privacy
 * check and an empty console. `npm test` sweeps one page of each template (browser.test.ts).
 */
import { describe } from 'vitest';
import { SAMPLE } from '../helpers/content.ts';
import { sweepTest } from './lib/page-sweep.ts';
import { sitemapPaths } from './lib/sitemap.ts';

describe('every page in the sitemap', () => {
  sweepTest('has no WCAG 2.2 AA violation, leaks nothing and logs nothing', () => [...sitemapPaths(), `/search/?q=${SAMPLE.rareWord}`]);
});
