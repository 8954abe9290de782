/**
 * Checks on a built HTML page that catch a half-built site: Astro writes an
 * empty body when rendering fails, and rehype-citation leaves unresolved
 * citations as literal text.
 */
export interface BuiltPageProblem {
  /** Path of the page inside dist/. */
  page: string;
  /** What is wrong. */
  problem: string;
}

const EMPTY_BODY = /<div[^>]*\bdata-evidence-body\b[^>]*>\s*<\/div>/;

export function checkBuiltPage(html: string, page: string): BuiltPageProblem[] {
  const problems: BuiltPageProblem[] = [];
  if (EMPTY_BODY.test(html)) {
    problems.push({ page, problem: 'the Markdown body rendered empty (a plugin failed while rendering it)' });
  }
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, ' ');
  const literal = /\[[^\]]*@[\p{L}\d_][^\]]*\]/u.exec(text);
  if (literal) problems.push({ page, problem: `an unresolved citation is printed as text: "${literal[0]}"` });
  if (text.includes('NO_PRINTED_FORM')) problems.push({ page, problem: 'a citation printed as [NO_PRINTED_FORM]' });
  return problems;
}
