/**
 * Gates that need their own build: a clean build of the same sources in another
 * folder is byte-identical with dist/ (which `npm run build` wrote before the tests);
 * and (without a build) markup in BibTeX or front matter is refused.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { assertBuilt, DIST } from '../helpers/dist.ts';
import { projectCopy, removeCopy } from '../helpers/project.ts';
import { differingFiles } from './lib/reproducibility.ts';
import { frontMatterMarkupProblems } from '../../src/lib/checks/front-matter-markup.ts';
import { parseFrontmatterOrThrow } from '../../src/lib/core/front-matter-syntax.ts';
import { parseBibliography } from '../../src/lib/core/bibliography/check.ts';

const FIXTURES = 'tests/fixtures/quality';
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

/** `npm run build` in a project copy: Astro, then Pagefind, exactly as the build script does. */
/** The README's build command, `npm run build` (Astro, Pagefind and the search vocabulary), run in `dir`. */
function fullBuild(dir: string): void {
  const run = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', timeout: 280_000, env: { ...process.env, NO_COLOR: '1' } });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

describe('reproducible builds', () => {
  test('a clean build of the same sources, in another folder, is byte-identical with dist/', () => {
    assertBuilt();
    const copy = projectCopy(undefined, { withVersions: true });
    copies.push(copy);
    fullBuild(copy);
    expect(differingFiles(DIST, join(copy, 'dist')), 'dist/ must be a fresh `npm run build` of these sources (npm test builds it first)').toEqual([]);
  }, 300_000);

  test('the comparer reports a file that differs by one byte and a file in one build only', () => {
    expect(differingFiles(join(FIXTURES, 'dist-a'), join(FIXTURES, 'dist-b'))).toEqual([
      'sub/index.html: content differs',
      'only-here.txt: only in the second build',
    ]);
  });
});

describe('markup in BibTeX or front matter', () => {
  // Refused at the input since issue 27 (src/lib/core/safe-markup.ts), so no build reaches the templates' escaping;
  // tests/browser/security.test.ts checks the page-level defences with markup injected after a build.
  test('is refused before the build, naming the file, the line and the field', () => {
    const project = join(FIXTURES, 'escaping/project');
    const file = 'src/content/questions/escaping-fixture.md';
    const source = readFileSync(join(project, file), 'utf8');
    const { frontmatter } = parseFrontmatterOrThrow(source, file);
    const reports = frontMatterMarkupProblems(frontmatter, source, file).map((p) => p.report);
    expect(reports).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^src\/content\/questions\/escaping-fixture\.md:2: front matter "title": raw HTML "<b>"/),
        expect.stringMatching(/escaping-fixture\.md:4: front matter "answer": raw HTML "<script>/),
      ]),
    );
    const bib = readFileSync(join(FIXTURES, 'escaping/library-append.bib'), 'utf8');
    expect(() => parseBibliography(bib, 'library.bib')).toThrow(/library\.bib:3: entry "mallory2020markup", field author: has raw HTML/);
  });
});
