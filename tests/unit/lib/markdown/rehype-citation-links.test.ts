/**
 * rehype-citation-links reads each entry's number from citeproc's markup; when
 * that markup changes it must fail, not guess a number.
 */
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { afterEach, describe, expect, test } from 'vitest';
import { takeProblems } from '../../../../src/lib/core/build-problems.ts';
import { loadBibliography } from '../../../../src/lib/core/bibliography/load.ts';
import rehypeCitationLinks from '../../../../src/lib/markdown/rehype-citation-links.ts';

const load = () => loadBibliography('tests/fixtures/markdown/library.bib');

const div = (className: string, children: Element['children'], id?: string): Element => ({
  type: 'element',
  tagName: 'div',
  properties: { className: [className], ...(id ? { id } : {}) },
  children,
});

/** A reference list of one entry, as rehype-citation renders it, with `margin` as the entry's left margin (none if undefined). */
function referenceList(margin: string | undefined): Root {
  const entry = div(
    'csl-entry',
    [
      ...(margin === undefined ? [] : [div('csl-left-margin', [{ type: 'text', value: margin }])]),
      div('csl-right-inline', [{ type: 'text', value: 'Alpha A, Beta B. First test article.' }]),
    ],
    'bib-alpha2001first',
  );
  return { type: 'root', children: [{ ...div('references', [entry]), properties: { id: 'refs', className: ['references'] } }] };
}

const run = (tree: Root) => rehypeCitationLinks({ load })(tree, new VFile({ path: `${process.cwd()}/src/content/pages/example.md` }));

afterEach(() => {
  takeProblems();
});

describe('rehype-citation-links numbering', () => {
  test('reads the number of an entry from its left margin', () => {
    expect(() => run(referenceList('1. '))).not.toThrow();
  });

  test('fails the build when a reference-list entry has no number in the markup', () => {
    expect(() => run(referenceList(undefined))).toThrow(
      'src/content/pages/example.md: reference-list entry "alpha2001first" has no number (no csl-left-margin holding digits in the markup rehype-citation made)',
    );
    expect(takeProblems()).toHaveLength(1);
  });

  test('fails the build when the left margin of an entry holds no digits', () => {
    expect(() => run(referenceList(' '))).toThrow('reference-list entry "alpha2001first" has no number');
  });
});
