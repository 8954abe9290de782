/** Reads the built site in dist/ (run `npm run build` first; `npm test` does). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFragments } from '../../src/cli/search-vocabulary.ts';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export const DIST = 'dist';

export interface BuiltPage {
  /** URL path, e.g. "/studies/smith2020trial/". */
  url: string;
  /** File inside dist/. */
  file: string;
  html: string;
  tree: Root;
}

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))) {
    throw new Error('dist/ is not built. Run `npm run build` (or the whole suite with `npm test`).');
  }
}

let parsed: BuiltPage[] | undefined;
/** Every built HTML page, parsed into hast once per test process (the files of a test share it; do not mutate the trees). */
export function builtPages(): BuiltPage[] {
  assertBuilt();
  parsed ??= readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort()
    .map((f) => {
      const html = readFileSync(join(DIST, f), 'utf8');
      const url = `/${f.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
      return { url, file: join(DIST, f), html, tree: fromHtml(html) };
    });
  return [...parsed];
}

/** URLs of every page in the Pagefind index, read from its fragments (a page's own files, or group files on a large site). */
export function indexedUrls(): string[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).flatMap((f) => readFragments(join(dir, f)).map((fragment) => String(fragment.url)));
}

/** Every page of a list split into pages (`/changes/`, then `/changes/page/2/`, ...), in order. */
export function listPagesOf(pages: readonly BuiltPage[], base: string): BuiltPage[] {
  const number = (url: string) => (url === base ? 1 : Number(url.slice(`${base}page/`.length, -1)));
  return pages.filter((p) => p.url === base || /^\d+\/$/.test(p.url.slice(`${base}page/`.length))).sort((a, b) => number(a.url) - number(b.url));
}

/** CSS selector of a current evidence page (question, study, claim, About…): its article is the search body and holds a rendered Markdown body. Frozen versions and built-in pages (open data, lists) are not. */
export const CURRENT_EVIDENCE_PAGE = 'article[data-pagefind-body] [data-evidence-body]';
