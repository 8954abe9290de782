/**
 * One project root: `astro build --root <dir>` from another directory must
 * read <dir>/references/library.bib everywhere (the Markdown pipeline, the
 * schemas, the page modules), never the working directory's.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import evidenceIntegration from '../../../../src/lib/checks/evidence-integration.ts';
import { projectBibliography } from '../../../../src/lib/core/bibliography/load.ts';
import { markdownProcessor } from '../../../../src/lib/markdown/citation-options.ts';
import { projectRoot, setProjectRoot } from '../../../../src/lib/core/project-root.ts';

/** A project whose bibliography is the small fixture one, whose keys the real bibliography lacks. */
function fixtureProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'project-root-'));
  mkdirSync(join(root, 'references'));
  cpSync('tests/fixtures/markdown/library.bib', join(root, 'references', 'library.bib'));
  cpSync('tests/fixtures/markdown/provenance.yaml', join(root, 'references', 'provenance.yaml'));
  // The pages the layout links to, so the integration's project-wide checks pass.
  mkdirSync(join(root, 'src', 'content', 'pages'), { recursive: true });
  for (const page of ['home', 'about', 'methods']) writeFileSync(join(root, 'src', 'content', 'pages', `${page}.md`), `---\ntitle: ${page}\n---\n`);
  return root;
}

const cwd = process.cwd();
afterAll(() => setProjectRoot(cwd));

describe('project root', () => {
  test('the evidence-checks integration sets the root from Astro config.root', async () => {
    const root = fixtureProject();
    const setup = evidenceIntegration().hooks['astro:config:setup'] as (options: unknown) => void;
    setup({ config: { root: pathToFileURL(`${root}/`) }, updateConfig: () => undefined, logger: { warn: () => undefined, info: () => undefined } });
    expect(projectRoot()).toBe(root);
  });

  test('site modules read the bibliography under the project root, not the working directory', () => {
    setProjectRoot(fixtureProject());
    expect([...projectBibliography().references.keys()]).toEqual(['alpha2001first', 'beta2002second', 'gamma2003third', 'delta2004fourth']);
  });

  test('the Markdown pipeline resolves citations against the project root, not the working directory', async () => {
    const processor = markdownProcessor(); // as astro.config.mjs does, before any integration runs
    setProjectRoot(fixtureProject());
    const renderer = await processor.createRenderer({ syntaxHighlight: false });
    const { code } = await renderer.render('Cited [@alpha2001first].\n', {});
    expect(code).toContain('href="#bib-alpha2001first"');
  });
});
