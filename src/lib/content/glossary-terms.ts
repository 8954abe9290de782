/**
 * Glossary links in plain-language passages: the first use of a glossary term in
 * a short answer, a study summary or a verdict reason links to its entry. The
 * terms are the glossary page's headings ("Active placebo (dummy drug)" gives both
 * spellings), so adding an entry to the glossary is all it takes.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { contentTree } from '../core/content-tree.ts';

export interface GlossaryTerm {
  /** Link to the entry, e.g. "/glossary/#active-placebo". */
  href: string;
  /** Spellings that refer to it, longest first. */
  patterns: string[];
}

export type Segment = { text: string; href?: string | undefined };

/** The spellings a glossary heading stands for: its text, and each part in or out of brackets. */
export function termPatterns(heading: string): string[] {
  const inside = [...heading.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim());
  const outside = heading.replace(/\([^)]*\)/g, '').trim();
  return [...new Set([outside, ...inside].filter((t) => t.length >= 3))].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each term's pattern, compiled once: a page's body tries every term on every text node. */
const compiled = new WeakMap<GlossaryTerm, RegExp>();

/** A whole-word match of any of the term's spellings (a non-global pattern, so it keeps no state between texts). */
function termPattern(term: GlossaryTerm): RegExp {
  let pattern = compiled.get(term);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${term.patterns.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'iu');
    compiled.set(term, pattern);
  }
  return pattern;
}

/** Splits `text` so that the first use of each term becomes a linked segment. */
export function linkTerms(text: string, terms: readonly GlossaryTerm[]): Segment[] {
  const found: { start: number; end: number; href: string }[] = [];
  for (const term of terms) {
    const match = termPattern(term).exec(text);
    if (match && !found.some((f) => match.index < f.end && match.index + match[0].length > f.start)) {
      found.push({ start: match.index, end: match.index + match[0].length, href: term.href });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start > at) segments.push({ text: text.slice(at, f.start) });
    segments.push({ text: text.slice(f.start, f.end), href: f.href });
    at = f.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/**
 * The glossary's terms from its Markdown source (front matter, if any, is skipped): each "## " heading, with the
 * spellings it stands for. Headings are read as mdast (so `*Active* placebo` is
 * "Active placebo") and slugged as Astro slugs them: github-slugger over every
 * heading of the page in order, so a second "NMDA" is `#nmda-1`.
 */
export function glossaryTermsFrom(markdown: string): GlossaryTerm[] {
  const slugger = new GithubSlugger();
  const terms: GlossaryTerm[] = [];
  visit(contentTree(parseFrontmatter(markdown).content), 'heading', (heading) => {
    const text = toString(heading);
    const slug = slugger.slug(text);
    if (heading.depth === 2) terms.push({ href: `/glossary/#${slug}`, patterns: termPatterns(text.trim()) });
  });
  return terms;
}
