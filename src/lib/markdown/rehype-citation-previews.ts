/**
 * Accessible previews of cited works. Each in-text citation number links to its
 * entry in the reference list and, with `interestfor`, opens a popover on
 * hover, keyboard focus or long-press: the full reference, for studies we
 * summarise a one-line card (design, participants, follow-up) with a link to
 * the study page (on a frozen page, as the study stood then: src/lib/content/study-card.ts), and the DOI and PubMed links. The reference is the page's own
 * reference-list entry, copied (citeproc formatted it once; formatting it again
 * here cost about 2 ms a work). The popover closes with Escape
 * or by moving away. Browsers without interest invokers follow the link to the
 * reference list, which holds the same text. No rehype-citation title tooltips.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import type { Bibliography } from '../core/bibliography/types.ts';
import { identifierLinks } from '../core/bibliography/identifiers.ts';
import { hasClass } from './rehype-citation-links.ts';
import { formatReference } from '../core/bibliography/reference-format.ts';
import { studyCard } from '../content/study-card.ts';
import { eachElement } from './hast-walk.ts';

export interface CitationPreviewOptions {
  /** Returns the parsed bibliography for the page being rendered (memoised by the caller). */
  load: (page?: VFile) => Bibliography;
  /** Project root, where study pages are looked up. */
  root: () => string;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const p = (className: string, children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: { className: [className] }, children });
const a = (href: string, label: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [text(label)] });

/** Id of the preview popover for a cite key. */
export const previewId = (key: string) => `preview-${key}`;

/** A deep copy of hast content, which is plain data: what structuredClone made of it, without structuredClone's serialising, which cost more than the copy. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) out[name] = copy(field);
  return out as T;
}

/** The formatted reference inside a reference-list entry, without the identifier links rehype-citation-links appended. */
function entryText(entry: Element): ElementContent[] {
  const body = entry.children.find((c) => hasClass(c, 'csl-right-inline')) ?? entry;
  const end = body.children.findIndex((c) => c.type === 'element' && (c.properties.className as string[] | undefined)?.some((n) => n.startsWith('ref-')));
  const kept = copy(end < 0 ? body.children : body.children.slice(0, end));
  const last = kept.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return kept;
}

export default function rehypeCitationPreviews({ load, root }: CitationPreviewOptions) {
  return (tree: Root, file: VFile) => {
    const keys = new Set<string>();
    const entries = new Map<string, Element>();
    eachElement(tree, (node) => {
      const id = String(node.properties?.id ?? '');
      if (id.startsWith('bib-') && hasClass(node, 'csl-entry')) {
        entries.set(id.slice('bib-'.length), node);
        return false;
      }
      if (!id.startsWith('citation--')) return;
      for (const child of node.children) {
        if (child.type !== 'element' || child.tagName !== 'a') continue;
        const key = String(child.properties.href ?? '').replace(/^#bib-/, '');
        child.properties.interestfor = previewId(key);
        keys.add(key);
      }
      return false;
    });
    if (keys.size === 0) return;
    const { references } = load(file);
    const previews = [...keys].flatMap((key): Element[] => {
      const reference = references.get(key);
      if (!reference) return [];
      const card = studyCard(key, root(), file.path);
      const links = identifierLinks(reference.csl);
      const entry = entries.get(key);
      const children: Element[] = [p('cite-preview-ref', entry ? entryText(entry) : [text(formatReference(reference.csl))])];
      if (card) children.push(p('cite-preview-card', [a(card.path, 'Our summary of this study'), text(`: ${card.line}`)]));
      children.push(
        p('cite-preview-links', [
          ...links.flatMap((link, i) => [...(i > 0 ? [text(' · ')] : []), a(link.href, link.label)]),
          ...(links.length > 0 ? [text(' · ')] : []),
          a(`#bib-${key}`, 'In the reference list'),
        ]),
      );
      return [
        { type: 'element', tagName: 'div', properties: { id: previewId(key), popover: 'auto', className: ['cite-preview'], dataPagefindIgnore: '' }, children },
      ];
    });
    tree.children.push(...previews);
  };
}
