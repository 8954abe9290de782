/**
 * Gates that need their own builds: two clean builds of the same sources are
 * byte-identical, and markup in BibTeX or front matter is rendered as text.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, projectCopy, removeCopy } from '../helpers/project.ts';
import { differingFiles } from './lib/reproducibility.ts';

const FIXTURES = 'tests/fixtures/quality';
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

/** `npm run build` in a project copy: Astro, then Pagefind, exactly as the build script does. */
function fullBuild(dir: string): void {
  const astro = astroBuild(dir);
  expect(astro.status, astro.output).toBe(0);
  const pagefind = spawnSync(process.execPath, [join(dir, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(pagefind.status, `${pagefind.stdout}\n${pagefind.stderr}`).toBe(0);
}

describe('reproducible builds', () => {
  test('two clean builds of the same sources, in different folders, are byte-identical', () => {
    const [first, second] = [projectCopy(), projectCopy()];
    copies.push(first, second);
    fullBuild(first);
    fullBuild(second);
    expect(differingFiles(join(first, 'dist'), join(second, 'dist'))).toEqual([]);
  }, 300_000);

  test('the comparer reports a file that differs by one byte and a file in one build only', () => {
    expect(differingFiles(join(FIXTURES, 'dist-a'), join(FIXTURES, 'dist-b'))).toEqual([
      'sub/index.html: content differs',
      'only-here.txt: only in the second build',
    ]);
  });
});

/** The site's own scripts: JSON-LD data blocks and bundled module files. */
const ownScript = (s: Element) => s.properties.type === 'application/ld+json' || String(s.properties.src ?? '').startsWith('/_astro/');

describe('escaping', () => {
  const built = (() => {
    let html: string | undefined;
    return () => {
      if (html !== undefined) return html;
      const dir = projectCopy(join(FIXTURES, 'escaping/project'));
      copies.push(dir);
      appendFileSync(join(dir, 'references/library.bib'), readFileSync(join(FIXTURES, 'escaping/library-append.bib'), 'utf8'));
      const result = astroBuild(dir);
      expect(result.status, result.output).toBe(0);
      html = readFileSync(join(dir, 'dist/questions/escaping-fixture/index.html'), 'utf8');
      return html;
    };
  })();

  test('a script tag in a reference title renders as text and runs nowhere', () => {
    const tree = fromHtml(built());
    const entry = select('#refs .csl-entry', tree)!;
    expect(toString(entry)).toContain('A title with <script>alert(1)</script> and');
    expect(selectAll('script', entry)).toEqual([]);
    expect(selectAll('script', tree).filter((s) => !ownScript(s))).toEqual([]);
  }, 300_000);

  test('other markup in a reference title and author renders as text, not as elements', () => {
    const entry = select('#refs .csl-entry', fromHtml(built()))!;
    expect(toString(entry)).toContain('and <b>bold</b> markup');
    expect(selectAll('b, i, em, strong', entry).map((e) => toString(e))).toEqual([]);
  }, 300_000);

  test('front matter holding markup and a script tag renders as text, and only the site’s own scripts are present', () => {
    const tree = fromHtml(built());
    expect(toString(select('h1', tree)!)).toBe('Does <b>bold</b> front matter <script>alert(2)</script> render as text?');
    expect(toString(select('#short-answer', tree)!)).toContain('An answer with <script>alert(4)</script> in it, probably.');
    expect(toString(select('title', tree)!)).toBe('Escaping <b>fixture</b> <script>alert(5)</script>');
    expect(selectAll('h1 b, h1 script, #short-answer b, #short-answer script', tree)).toEqual([]);
    expect(String(select('meta[name="description"]', tree)!.properties.content)).toBe('An answer with <script>alert(4)</script> in it, probably.');
    const scripts = selectAll('script', tree);
    expect(scripts.filter((s) => !ownScript(s))).toEqual([]);
    for (const data of scripts.filter((s) => s.properties.type === 'application/ld+json')) expect(() => JSON.parse(toString(data))).not.toThrow();
  }, 300_000);
});
