/**
 * Raw HTML and unsafe link targets in a body are refused on the syntax tree,
 * through the real Markdown pipeline, with the file's own line number.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { afterEach, describe, expect, test } from 'vitest';
import { reportOf } from '../../../../src/lib/core/build-error.ts';
import { takeProblems } from '../../../../src/lib/core/build-problems.ts';
import { markupProblems, stringProblems, unsafeUrl } from '../../../../src/lib/core/safe-markup.ts';
import { renderMarkdownFile } from '../../../helpers/markdown.ts';

const SECURITY = 'tests/fixtures/security';
const cases = readdirSync(SECURITY)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => [f, readFileSync(join(SECURITY, f), 'utf8')] as const);

/** A page with three lines of front matter, a paragraph, then `appended` on line 7. */
function page(appended: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'safe-markup-')), 'page.md');
  writeFileSync(path, `---\ntitle: A page\n---\n\nA first paragraph.\n\n${appended}`);
  return path;
}

async function failure(path: string): Promise<string> {
  try {
    await renderMarkdownFile(path);
  } catch (error) {
    return reportOf(error);
  }
  throw new Error('the pipeline accepted the page');
}

afterEach(() => {
  takeProblems();
});

describe('remark-safe-markup', () => {
  test.each(cases)('refuses the red-team input %s, naming the line and what to write instead', async (_name, body) => {
    const path = page(body);
    const report = await failure(path);
    // Named as the build names it, from the project folder (wherever that is; a copy under /tmp too).
    expect(report).toContain(`${relative(process.cwd(), path)}:7:`);
    expect(report).toMatch(/raw HTML|URL scheme "javascript:"/);
    expect(report).toContain('Fix:');
  });

  test('records the problem so the build fails even where Astro swallows the error', async () => {
    await failure(page('<script>x</script>\n'));
    expect(takeProblems().map((p) => p.report)).toEqual([expect.stringContaining('raw HTML "<script>x</script>"')]);
  });

  test('accepts https, http, site-relative and fragment links, and text such as P<0.05', async () => {
    const path = page('See [a](https://doi.org/10.1/x), [b](http://example.org/), [c](/studies/x/), [d](#top), [e](../x/) and P<0.05 or a < b > c.\n');
    await expect(renderMarkdownFile(path)).resolves.toContain('P&#x3C;0.05');
  });

  test('refuses images and reference definitions with unsafe targets too', () => {
    const problems = markupProblems(fromMarkdown('![i](data:text/html,x)\n\n[r][d]\n\n[d]: vbscript:x\n'));
    expect(problems.map((p) => [p.problem, p.line])).toEqual([
      ['an image with the URL scheme "data:" (in "data:text/html,x")', 1],
      ['a link with the URL scheme "vbscript:" (in "vbscript:x")', 5],
    ]);
  });
});

describe('unsafeUrl', () => {
  test.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JavaScript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:'],
    ['  javascript:alert(1)', 'javascript:'],
    ['data:text/html,<script>', 'data:'],
    ['mailto:someone@example.org', 'mailto:'],
    ['//evil.example/', 'scheme-relative'],
  ])('refuses %j', (url, expected) => {
    expect(unsafeUrl(url)).toContain(expected);
  });

  test.each(['https://example.org/', 'HTTP://example.org/', '/studies/x/', '#a', '?q=1', 'x/y', ''])('accepts %j', (url) => {
    expect(unsafeUrl(url)).toBeUndefined();
  });
});

describe('stringProblems (front matter and BibTeX strings)', () => {
  test('refuses a bare javascript: URL, raw HTML and a Markdown link to javascript:', () => {
    expect(stringProblems('javascript:alert(document.domain)')).toHaveLength(1);
    expect(stringProblems('A title <img src=x onerror=alert(1)>')).toEqual([expect.objectContaining({ problem: expect.stringContaining('raw HTML') })]);
    expect(stringProblems('see [x](javascript:alert(1))')).toHaveLength(1);
    expect(stringProblems('javascript: alert(1)', true)).toHaveLength(1);
  });

  test('accepts ordinary text with colons and comparisons', () => {
    expect(stringProblems('Pain (cutoff: 67%), P<0.05, n > 10')).toEqual([]);
    expect(stringProblems('Note:see the table')).toEqual([]);
    expect(stringProblems('https://doi.org/10.1002/ejp.2010.11.003')).toEqual([]);
  });
});
