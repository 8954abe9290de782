/**
 * Marks the statements of a finding in a Markdown body as plain-language passages
 * (`data-plain-language`, as the components mark short answers, summaries and
 * verdict reasons), so the readability gate scores them. A statement is the list
 * item, or else the paragraph, that links to a question's short answer: the same
 * blocks the wording rule holds to the finding's certainty (src/lib/rules/finding-statements.ts),
 * such as every point of the home page's bottom line. No heading or layout is assumed.
 */
import type { Element, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { findingOf } from '../rules/finding-statements.ts';

/** The attribute the readability gate selects on. */
export const PLAIN_LANGUAGE = 'dataPlainLanguage';

export function markFindingStatements(tree: Root): void {
  visitParents(tree, 'element', (node, ancestors) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || findingOf(node.properties.href) === undefined) return;
    const elements = ancestors.filter((a): a is Element => a.type === 'element');
    const block = elements.findLast((a) => a.tagName === 'li') ?? elements.findLast((a) => a.tagName === 'p');
    if (block) block.properties[PLAIN_LANGUAGE] = '';
  });
}

export default function rehypePlainLanguage() {
  return (tree: Root) => markFindingStatements(tree);
}
