/** A fresh copy of the fictional living-evidence site (tests/fixtures/living/site) to change and render. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownProcessor } from '../../src/lib/markdown/citation-options.ts';
import { clearLivingDataCache } from '../../src/lib/living/living-data.ts';

export const LIVING_FIXTURE = 'tests/fixtures/living/site';

/** Copies the fixture site to a temporary folder and returns its root. */
export function livingSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'living-'));
  cpSync(LIVING_FIXTURE, root, { recursive: true });
  clearLivingDataCache();
  return root;
}

/** Rewrites one file of the site with `change` applied to its text. */
export function editFile(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  clearLivingDataCache();
}

/** Renders `markdown` as a page of the site at `root` would be rendered, from a file `name` in it. */
export async function renderIn(root: string, markdown: string, name = 'page.md'): Promise<string> {
  const path = join(root, name);
  writeFileSync(path, markdown);
  const renderer = await markdownProcessor(root, 'references/library.bib', { glossaryLinks: false }).createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown, { fileURL: pathToFileURL(path) })).code;
}
