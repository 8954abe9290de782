import { describe, expect, test } from 'vitest';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { glossaryTermsFrom } from '../../../../src/lib/content/glossary-terms.ts';
import { linkFirstUses } from '../../../../src/lib/markdown/rehype-glossary-links.ts';

const terms = glossaryTermsFrom('---\ntitle: Glossary\n---\n\n## Active placebo\n\nA drug.\n\n## Esketamine (S-ketamine)\n\nOne form.\n\n## VAS\n\nA scale.\n');
const link = (html: string) => {
  const tree = fromHtml(html, { fragment: true }) as Root;
  linkFirstUses(tree, terms);
  return toHtml(tree);
};

describe('glossary links in a page body', () => {
  test('terms come from the glossary headings, with the anchors Astro gives them', () => {
    expect(terms.map((t) => [t.href, t.patterns])).toEqual([
      ['/glossary/#active-placebo', ['Active placebo']],
      ['/glossary/#esketamine-s-ketamine', ['Esketamine', 'S-ketamine']],
      ['/glossary/#vas', ['VAS']],
    ]);
    expect(glossaryTermsFrom('## Placebo-controlled (dummy drug), 2020')[0]!.href).toBe('/glossary/#placebo-controlled-dummy-drug-2020');
  });

  test('links only the first use of each term on the page', () => {
    expect(link('<p>An active placebo was used.</p><p>The active placebo and S-ketamine.</p>')).toBe(
      '<p>An <a class="term" href="/glossary/#active-placebo">active placebo</a> was used.</p><p>The active placebo and <a class="term" href="/glossary/#esketamine-s-ketamine">S-ketamine</a>.</p>',
    );
  });

  test('leaves links, headings, code, citations and the reference list alone', () => {
    const html =
      '<h2>Active placebo</h2><p><a href="/x/">active placebo</a> <code>S-ketamine</code> <span class="citation">S-ketamine</span></p><section id="refs"><p>esketamine</p></section>';
    expect(link(html)).toBe(html);
  });
});
