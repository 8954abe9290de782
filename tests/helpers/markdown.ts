/** Renders Markdown exactly as the site does, with a chosen bibliography. */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { markdownProcessor } from '../../src/lib/markdown/citation-options.ts';

export const FIXTURE_BIBLIOGRAPHY = 'tests/fixtures/markdown/library.bib';

export async function renderMarkdownFile(path: string, bibliography = FIXTURE_BIBLIOGRAPHY): Promise<string> {
  const renderer = await markdownProcessor(process.cwd(), bibliography, { glossaryLinks: false }).createRenderer({ syntaxHighlight: false });
  const result = await renderer.render(readFileSync(path, 'utf8'), { fileURL: pathToFileURL(path) });
  return result.code;
}
