/** How a finding statement's text is read from the syntax tree: as a reader sees it. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, test } from 'vitest';
import { readerText } from '../../../../src/lib/core/content-tree.ts';

describe('readerText', () => {
  test('the paragraphs of a list item are read with a space between them, and citations are dropped', () => {
    const tree = fromMarkdown('- It may work [@key].\n\n  See the answer.\n');
    expect(readerText(tree.children[0]!)).toBe('It may work. See the answer.');
  });

  test('a single paragraph is read as written, without image text', () => {
    expect(readerText(fromMarkdown('It *may* work ![chart](x.png) here.').children[0]!)).toBe('It may work here.');
  });
});
