/** When rehype-citation itself fails, the build error says where to look and keeps the original error. */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { afterEach, describe, expect, test } from 'vitest';
import { EvidenceBuildError } from '../../../../src/lib/core/build-error.ts';
import { takeProblems } from '../../../../src/lib/core/build-problems.ts';
import { readFileSync } from 'node:fs';
import { Cite } from '../../../../src/lib/core/bibliography/check.ts';
import { loadBibliography } from '../../../../src/lib/core/bibliography/load.ts';
import type { Bibliography, CslItem } from '../../../../src/lib/core/bibliography/types.ts';
import rehypeEvidenceCitation from '../../../../src/lib/markdown/rehype-evidence-citation.ts';

const BIB = 'tests/fixtures/markdown/library.bib';

/** A bibliography parsed by citation-js alone, without the loader's checks. */
function unchecked(file: string): Bibliography {
  const text = readFileSync(file, 'utf8');
  const items = new Cite(text, { generateGraph: false }).data as unknown as CslItem[];
  return { file, text, items, references: new Map(items.map((csl) => [csl.id, { key: csl.id, line: 1, csl }])) };
}

afterEach(() => {
  takeProblems();
});

describe('rehype-evidence-citation', () => {
  test('wraps a rehype-citation failure in a build error that keeps the original error as its cause', async () => {
    const transform = rehypeEvidenceCitation({
      load: () => loadBibliography(BIB),
      bibliography: 'tests/fixtures/markdown/no-such-file.bib',
      root: () => process.cwd(),
      csl: 'vancouver',
    });
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'A [@alpha2001first].' }] }],
    };
    const failure = await transform(tree, new VFile({ path: `${process.cwd()}/src/content/pages/example.md` })).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(EvidenceBuildError);
    const error = failure as EvidenceBuildError;
    expect(error.report).toMatch(/^src\/content\/pages\/example\.md: rehype-citation failed: .+\n {2}Fix: .*README\.md \("How it works"\)/);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toContain((error.cause as Error).message);
  });

  const paragraph = (text: string): Root => ({
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }],
  });

  test('markup in a reference comes back as text, never as elements', async () => {
    // The loader refuses markup in BibTeX fields (bibtex-field-rules.ts); this is the layer behind it, so the entry is parsed unchecked.
    const bib = 'tests/fixtures/quality/escaping/library-append.bib';
    expect(() => loadBibliography(bib)).toThrow(/field title: has raw HTML/);
    const transform = rehypeEvidenceCitation({ load: () => unchecked(bib), bibliography: bib, root: () => process.cwd(), csl: 'vancouver' });
    const tree = paragraph('A [@mallory2020markup].');
    await transform(tree, new VFile({ value: 'A [@mallory2020markup].', path: `${process.cwd()}/src/content/pages/example.md` }));
    const text = toString(tree);
    expect(text).toContain('<b>bold</b>');
    expect(text).not.toContain('\uE000');
  });

  test('a page whose Markdown spells the hidden character as a reference still gets it back as "<", as before', async () => {
    const transform = rehypeEvidenceCitation({ load: () => loadBibliography(BIB), bibliography: BIB, root: () => process.cwd(), csl: 'vancouver' });
    const tree = paragraph('A \uE000 and [@alpha2001first].');
    await transform(tree, new VFile({ value: 'A &#xE000; and [@alpha2001first].', path: `${process.cwd()}/src/content/pages/example.md` }));
    expect(toString(tree)).toMatch(/^A < and /);
  });
});
