/**
 * `npm run screenshots`: PNG screenshots of the built site for review in pull
 * requests, into tmp/screenshots/. It builds nothing: it serves dist/ as it is
 * (run `npm run build` first) and opens, in Chromium, the home page, the first
 * study, question and claim, /studies/ and a search for a word of that study's
 * title, each at 1280 px in the light scheme and at 390 px in the dark one.
 */
import type { CollectionName } from '../lib/core/content-index.ts';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { assertChromium, CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.ts';
import { firstEntryPath } from './lib/dist-pages.ts';
import { serveDirectory } from './lib/static-server.ts';

const DIST = 'dist';
export const SCREENSHOT_DIR = 'tmp/screenshots';

export interface Viewport {
  name: string;
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
  /** Device pixels per CSS pixel (a phone draws at 3). */
  scale: number;
}

export const VIEWPORTS: readonly Viewport[] = [
  { name: 'desktop-light', width: 1280, height: 800, colorScheme: 'light', scale: 1 },
  { name: 'phone-dark', width: 390, height: 844, colorScheme: 'dark', scale: 2 },
];

/** The first page of a collection in dist/. */
function firstEntry(collection: CollectionName): string {
  const path = firstEntryPath(DIST, collection);
  if (!path) throw new Error(`npm run screenshots: ${join(DIST, collection)}/ has no pages. Build the site with \`npm run build\`.`);
  return path;
}

/** A word to search for: the longest word of a title, lowercased (ties: the first). */
export function searchWord(title: string): string {
  const words = title.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return words.reduce((best, w) => (w.length > best.length ? w : best), '');
}

async function shoot(browser: Browser, origin: string, pages: Record<string, string>): Promise<string[]> {
  const written: string[] = [];
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: viewport.scale,
      colorScheme: viewport.colorScheme,
    });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      if (path.startsWith('/search/')) {
        await page.locator('[data-search-results]:not([aria-busy])').waitFor({ state: 'attached', timeout: 10_000 });
      }
      const file = join(SCREENSHOT_DIR, `${name}-${viewport.name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
    }
    await context.close();
  }
  return written;
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'pagefind'))) {
    console.error('npm run screenshots: dist/ is not built. Run `npm run build` first.');
    return 1;
  }
  assertChromium();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const server = await serveDirectory(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const study = firstEntry('studies');
    const probe = await browser.newPage();
    await probe.goto(`${server.origin}${study}`);
    const word = searchWord(await probe.locator('h1').innerText());
    await probe.close();
    const pages = {
      home: '/',
      study,
      question: firstEntry('questions'),
      claim: firstEntry('claims'),
      studies: '/studies/',
      search: `/search/?q=${encodeURIComponent(word)}`,
    };
    const written = await shoot(browser, server.origin, pages);
    console.log(`Wrote ${written.length} screenshots to ${SCREENSHOT_DIR}/ (${Object.values(pages).join(', ')}):`);
    for (const file of written) console.log(`  ${file}`);
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  process.exit(await main());
}
