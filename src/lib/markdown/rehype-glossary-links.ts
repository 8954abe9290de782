/**
 * The first use of each glossary term in a page's body links to its glossary
 * entry, as the plain-language passages already do (src/lib/content/glossary-terms.ts).
 * Terms are the "## " headings of src/content/pages/glossary.md; text inside links,
 * headings, code, citations and the reference list is left alone, and the glossary
 * page does not link to itself. Runs after the citation plugins.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { glossaryTermsFrom, linkTerms, type GlossaryTerm } from '../content/glossary-terms.ts';
import { CONTENT_DIR } from '../core/content-index.ts';
import { projectRoot } from '../core/project-root.ts';
import { eachText, type HastParent } from './hast-walk.ts';

const GLOSSARY = join(CONTENT_DIR, 'pages', 'glossary.md');
const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'sup', 'script', 'style', 'svg', 'figure']);

let cached: { key: string; terms: GlossaryTerm[] } | undefined;
/** The terms of the glossary page under `root`, read again only when the file changes. */
function projectTerms(root: string): GlossaryTerm[] {
  const file = join(root, GLOSSARY);
  let key = '';
  try {
    const stat = statSync(file);
    key = `${file}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return []; // A site without a glossary page links nothing.
  }
  if (cached?.key !== key) cached = { key, terms: glossaryTermsFrom(readFileSync(file, 'utf8')) };
  return cached.terms;
}

/** Whether text inside `element` may link a term: not in links, headings, code, citations or the reference list. */
const linkable = (element: Element) =>
  !(SKIP.has(element.tagName) || element.properties?.id === 'refs' || String(element.properties?.className ?? '').includes('citation'));

/** Links the first use of each term in `tree`, in document order. */
export function linkFirstUses(tree: Root, terms: readonly GlossaryTerm[]): void {
  let remaining = [...terms];
  const edits: { parent: HastParent; node: Text; replacement: ElementContent[] }[] = [];
  eachText(
    tree,
    (node, parent) => {
      if (remaining.length === 0) return false;
      const segments = linkTerms(node.value, remaining);
      if (!segments.some((s) => s.href)) return;
      const used = new Set(segments.flatMap((s) => (s.href ? [s.href] : [])));
      remaining = remaining.filter((t) => !used.has(t.href));
      edits.push({
        parent,
        node,
        replacement: segments.map((s): ElementContent =>
          s.href
            ? { type: 'element', tagName: 'a', properties: { className: ['term'], href: s.href }, children: [{ type: 'text', value: s.text }] }
            : { type: 'text', value: s.text },
        ),
      });
    },
    linkable,
  );
  for (const { parent, node, replacement } of edits) parent.children.splice(parent.children.indexOf(node), 1, ...(replacement as never[]));
}

export default function rehypeGlossaryLinks(options: { root?: () => string } = {}) {
  return (tree: Root, file: VFile) => {
    if (file.path?.replaceAll('\\', '/').endsWith(`/${GLOSSARY.replaceAll('\\', '/')}`)) return;
    linkFirstUses(tree, projectTerms((options.root ?? projectRoot)()));
  };
}
