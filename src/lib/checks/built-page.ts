/**
 * Checks on a built HTML page that catch a half-built site: Astro writes an
 * empty body when rendering fails, and rehype-citation leaves unresolved
 * citations as literal text. The page is read as a parsed document (linkedom in
 * the build), so the text checked is the text a reader sees: no markup,
 * attributes, scripts or styles.
 */
export interface BuiltPageProblem {
  /** Path of the page inside dist/. */
  page: string;
  /** What is wrong. */
  problem: string;
}

/** A node of a parsed page, as the text walk reads it (linkedom's or a browser's). */
interface PageNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: Iterable<PageNode>;
}

/** What the checks need of a parsed page (linkedom's or a browser's Document). */
export interface BuiltDocument {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null; children: { length: number } }>;
  body: PageNode | null;
}

/** Elements whose text a reader never sees as prose. */
const NOT_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The visible text of a page: the text of its body outside scripts, styles and templates, read without copying the page. */
export function visibleText(document: BuiltDocument): string {
  const parts: string[] = [];
  const walk = (node: PageNode) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE && !NOT_TEXT.has(child.localName ?? '')) walk(child);
    }
  };
  if (document.body) walk(document.body);
  return parts.join('');
}

export function checkBuiltPage(document: BuiltDocument, page: string): BuiltPageProblem[] {
  const problems: BuiltPageProblem[] = [];
  for (const body of document.querySelectorAll('[data-evidence-body]')) {
    if (body.children.length === 0 && (body.textContent ?? '').trim() === '') {
      problems.push({ page, problem: 'the Markdown body rendered empty (a plugin failed while rendering it)' });
    }
  }
  const text = visibleText(document);
  const literal = /\[[^\]]*@[\p{L}\d_][^\]]*\]/u.exec(text);
  if (literal) problems.push({ page, problem: `an unresolved citation is printed as text: "${literal[0]}"` });
  if (text.includes('NO_PRINTED_FORM')) problems.push({ page, problem: 'a citation printed as [NO_PRINTED_FORM]' });
  return problems;
}
