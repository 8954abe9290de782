/**
 * Finishes what rehype-citation renders:
 * - links each number of an in-text citation to the bibliography entry with
 *   that number (its own `linkCitations` crashes on locators and links the end
 *   of a range such as "1–3" to the wrong entry), but not the digits of the
 *   citation's own prefix, such as "table 2" in `[see table 2 in @key]`;
 * - gives the bibliography a heading;
 * - appends DOI and PubMed links to every entry that has them;
 * - records which works the page cites, for metadata and search.
 */
import { relative } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import type { Bibliography } from '../core/bibliography/types.ts';
import { identifierLinks } from '../core/bibliography/identifiers.ts';
import { citationAffixes } from './rehype-evidence-citation.ts';
import { EvidenceBuildError } from '../core/build-error.ts';
import { recordProblem } from '../core/build-problems.ts';
import { REFERENCES_HEADING_ID } from '../core/settings.ts';
import { eachElement, type HastParent } from './hast-walk.ts';

export interface CitationLinksOptions {
  /** Returns the parsed bibliography for the page being rendered (memoised by the caller). */
  load: (page?: VFile) => Bibliography;
}

/** Whether a hast node is an element with the class `name`. */
export const hasClass = (node: ElementContent, name: string): node is Element =>
  node.type === 'element' && Array.isArray(node.properties?.className) && node.properties.className.includes(name);

export default function rehypeCitationLinks({ load }: CitationLinksOptions) {
  return (tree: Root, file: VFile) => {
    const bibliography = load(file);
    const keyByNumber = new Map<string, string>();
    let refs: { node: Element; parent: HastParent; index: number } | undefined;
    /** The in-text citations, in document order: linked once the reference list has given every number its key. */
    const citations: Element[] = [];

    // One walk: a citation's own markup (its numbers and words) holds no reference list, so it is not walked.
    eachElement(tree, (node, index, parent) => {
      if (String(node.properties?.id ?? '').startsWith('citation--')) {
        citations.push(node);
        return false;
      }
      if (node.properties?.id === 'refs') refs = { node, parent, index };
      if (!hasClass(node, 'csl-entry')) return;
      const key = String(node.properties?.id ?? '').replace(/^bib-/, '');
      const margin = node.children.find((c) => hasClass(c, 'csl-left-margin'));
      const number = margin ? toString(margin).replace(/\D/g, '') : '';
      if (number === '') {
        fail(
          file,
          `reference-list entry "${key}" has no number (no csl-left-margin holding digits in the markup rehype-citation made), so its citations cannot be linked.`,
          'the markup of rehype-citation or citeproc has changed: update src/lib/markdown/rehype-citation-links.ts to read the entry numbers from it.',
        );
      }
      keyByNumber.set(number, key);
      const reference = bibliography.references.get(key);
      const links = reference ? identifierLinks(reference.csl) : [];
      if (links.length === 0) return;
      const target = node.children.findLast((c): c is Element => c.type === 'element') ?? node;
      target.children.push(
        { type: 'text', value: ' ' },
        ...links.flatMap((link, i): ElementContent[] => [
          ...(i > 0 ? [{ type: 'text', value: ' · ' } as Text] : []),
          { type: 'element', tagName: 'a', properties: { href: link.href, className: [`ref-${link.kind}`] }, children: [{ type: 'text', value: link.label }] },
        ]),
      );
    });

    recordCitedKeys(file, [...keyByNumber.values()]);

    if (refs) {
      refs.node.properties.dataPagefindIgnore = '';
      refs.parent.children.splice(refs.index, 0, {
        type: 'element',
        tagName: 'h2',
        properties: { id: REFERENCES_HEADING_ID, dataPagefindIgnore: '' },
        children: [{ type: 'text', value: 'References' }],
      });
    }

    for (const node of citations) {
      const id = String(node.properties.id);
      const affixes = citationAffixes(file).get(id.slice(id.lastIndexOf('--') + 2)) ?? [];
      const found = new Set<string>();
      node.children = node.children.flatMap((child) => (child.type === 'text' ? linkNumbers(child.value, keyByNumber, affixes, found) : [child]));
      const lost = affixes.find((affix) => /\d/.test(affix) && !found.has(affix));
      if (lost !== undefined) {
        fail(
          file,
          `cannot tell the citation numbers in "${toString(node)}" from the digits in its own text "${lost}", which the citation style changed.`,
          'name the page or table in the sentence instead, e.g. "(table 2) [@key]".',
        );
      }
    }
  };
}

/**
 * Links each citation number in `value` to its entry. Digits inside a
 * citation's own prefix or suffix text ("see table 2 in") are words, not
 * citation numbers, and stay text; each affix seen is added to `found`.
 */
function linkNumbers(value: string, keyByNumber: Map<string, string>, affixes: readonly string[], found: Set<string>): ElementContent[] {
  const words: [number, number][] = [];
  for (const affix of affixes) {
    for (let at = value.indexOf(affix); at !== -1; at = value.indexOf(affix, at + affix.length)) {
      words.push([at, at + affix.length]);
      found.add(affix);
    }
  }
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(/\d+/g)) {
    const key = keyByNumber.get(match[0]);
    if (!key || words.some(([start, end]) => match.index >= start && match.index < end)) continue;
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push({ type: 'element', tagName: 'a', properties: { href: `#bib-${key}` }, children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/** Records the problem for the build and throws it (Astro would swallow a plain throw). */
function fail(file: VFile, problem: string, fix: string): never {
  const error = new EvidenceBuildError({ file: file.path ? relative(file.cwd, file.path) : '(unnamed Markdown)' }, problem, fix);
  recordProblem(error);
  throw error;
}

/**
 * Hands the page's cited keys (in bibliography order) to Astro, which exposes
 * them as `remarkPluginFrontmatter.citedKeys` from `render(entry)`.
 */
function recordCitedKeys(file: VFile, keys: string[]): void {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter.citedKeys = keys;
}
