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

/** What the checks need of a parsed page (linkedom's or a browser's Document). */
export interface BuiltDocument {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null; children: { length: number } }>;
  body: { cloneNode(deep: true): unknown } | null;
}

/** Text a reader never sees as prose. */
const NOT_TEXT = 'script, style, template, noscript';

/** The visible text of a page: its body without scripts, styles and templates. */
function visibleText(document: BuiltDocument): string {
  const body = document.body?.cloneNode(true) as { querySelectorAll(selector: string): Iterable<{ remove(): void }>; textContent: string | null } | undefined;
  if (!body) return '';
  for (const element of body.querySelectorAll(NOT_TEXT)) element.remove();
  return body.textContent ?? '';
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
