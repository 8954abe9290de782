/**
 * What content may carry: no raw HTML, and links only to https:, http: or a
 * place on the site. One owner for the rule, used by the Markdown body guard
 * (remark-safe-markup.ts), the front-matter check and the bibliography.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';

/** URL schemes content may link to; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const ALLOWED_SCHEMES = ['https:', 'http:'] as const;

export const URL_FIX = 'link to an https:// (or http://) address, or to a page of this site such as /studies/smith2020trial/.';
export const HTML_FIX =
  'write it in Markdown instead (a link as [text](https://…), emphasis as *text*, a table with | pipes |), or delete it: content Markdown carries no raw HTML.';

/**
 * Why a link target is refused, or undefined when it is allowed. Browsers drop
 * tabs and newlines anywhere in a URL and control characters and spaces at
 * its ends, so the scheme is read as they read it ("java\tscript:" is javascript:).
 */
export function unsafeUrl(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const seen = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(seen)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    return (ALLOWED_SCHEMES as readonly string[]).includes(`${scheme}:`) ? undefined : `the URL scheme "${scheme}:" (in "${shorten(url)}")`;
  }
  if (/^[/\\]{2}/.test(seen)) return `a scheme-relative address "${shorten(url)}", which leaves the site`;
  return undefined;
}

/** A string that is a URL and nothing else: no spaces, and a scheme or a leading `//`. */
export function looksLikeUrl(text: string): boolean {
  const trimmed = text.trim();
  return !/\s/.test(trimmed) && /^([a-zA-Z][a-zA-Z0-9+.-]*:|[/\\]{2})/.test(trimmed);
}

export interface MarkupProblem {
  /** What was found, as a sentence fragment. */
  problem: string;
  fix: string;
  /** 1-based line and column in the parsed text. */
  line?: number;
  column?: number;
}

/** Raw HTML and refused link targets in a Markdown syntax tree. */
export function markupProblems(tree: Nodes): MarkupProblem[] {
  const found: MarkupProblem[] = [];
  const at = (node: Nodes) => ({ line: node.position?.start.line, column: node.position?.start.column });
  visit(tree, (node) => {
    if (node.type === 'html') {
      found.push({ problem: `raw HTML "${shorten(node.value)}"`, fix: HTML_FIX, ...at(node) });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const why = unsafeUrl(node.url);
      const what = node.type === 'image' ? 'an image' : 'a link';
      if (why) found.push({ problem: `${what} with ${why}`, fix: URL_FIX, ...at(node) });
    }
  });
  return found;
}

/** Raw HTML and refused URLs in one front-matter or BibTeX string, read as Markdown (so "P<0.05" is text, not a tag). */
export function stringProblems(text: string, urlField = false): MarkupProblem[] {
  if (urlField || looksLikeUrl(text)) {
    const why = unsafeUrl(text.trim());
    return why ? [{ problem: why, fix: URL_FIX }] : [];
  }
  if (!/[<>[\]:]/.test(text)) return [];
  return markupProblems(fromMarkdown(text)).map(({ problem, fix }) => ({ problem, fix }));
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
