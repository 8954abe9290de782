/**
 * What an evidence page shows around its Markdown body: the kicker above its
 * heading, and where its reference list goes.
 */
import { REFERENCES_HEADING_ID } from '../core/settings.ts';

/** The kicker of each type of evidence page (the Pagefind "type" filter value); a type not listed has none. */
export const KICKERS: Readonly<Record<string, string>> = {
  study: 'Study',
  question: 'Question',
  claim: 'Claim checked',
  page: 'About this site',
};

/** The line above a page's heading: what kind of page it is, or none on the home page, which needs no label. */
export function pageKicker(type: string, path: string): string | undefined {
  return path === '/' ? undefined : KICKERS[type];
}

export interface SplitBody {
  /** The Markdown body up to its reference list. */
  body: string;
  /** The "References" heading and list (and the citation previews that follow them), or "" when the page cites nothing. */
  references: string;
}

/**
 * Splits rendered Markdown HTML before its reference list, so a page can put
 * what it adds after the body (a summary table, lists of questions) ahead of
 * the references. rehype-citation appends the list at the end of the body, and
 * rehype-citation-links gives it the heading this looks for.
 */
export function splitReferences(html: string): SplitBody {
  const at = html.indexOf(`<h2 id="${REFERENCES_HEADING_ID}"`);
  return at === -1 ? { body: html, references: '' } : { body: html.slice(0, at), references: html.slice(at) };
}
