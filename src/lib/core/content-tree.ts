/**
 * Content Markdown read as mdast, the way the site's pipeline reads it: CommonMark
 * plus GFM (tables, autolinks) and remark-directive's syntax (the data-bound
 * `:approved-count` and `::registrations-table`), so checks that look into a body
 * see links, headings and directives as nodes instead of grepping the text.
 */
import type { Nodes, Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';

/** The mdast of a content body. */
export function contentTree(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm(), directive()], mdastExtensions: [gfmFromMarkdown(), directiveFromMarkdown()] });
}

/** A citation as written in Markdown, `[@key]` or `[see @a; @b]`, which mdast keeps as text. */
const CITATION = /\s*\[[^\]]*@[^\]]*\]/g;

/** Blocks that hold other blocks. */
const CONTAINERS: ReadonlySet<string> = new Set(['root', 'list', 'listItem', 'blockquote']);

/** The words a reader sees in a node: link text kept, targets, emphasis marks and `[@key]` citations dropped, spaces collapsed. */
export function readerText(node: Nodes): string {
  // Blocks inside a block (the paragraphs of a list item) are read with a space between them, as a reader sees them.
  const text =
    CONTAINERS.has(node.type) && 'children' in node
      ? node.children.map((child) => readerText(child as Nodes)).join(' ')
      : toString(node, { includeImageAlt: false });
  return text.replace(CITATION, '').replace(/\s+/g, ' ').trim();
}
