import { describe, expect, test } from 'vitest';
import { linkTerms, termPatterns } from '../../../../src/lib/content/glossary-terms.ts';

const terms = [
  { href: '/glossary/#active-placebo', patterns: termPatterns('Active placebo') },
  { href: '/glossary/#esketamine-s-ketamine', patterns: termPatterns('Esketamine (S-ketamine)') },
  { href: '/glossary/#placebo-controlled', patterns: termPatterns('Placebo-controlled') },
];

describe('glossary links', () => {
  test('a heading gives every spelling it names', () => {
    expect(termPatterns('Esketamine (S-ketamine)')).toEqual(['Esketamine', 'S-ketamine']);
  });

  test('links the first use of each term, whatever its case, and nothing else', () => {
    expect(linkTerms('One S-ketamine infusion against an active placebo; an active placebo again.', terms)).toEqual([
      { text: 'One ' },
      { text: 'S-ketamine', href: '/glossary/#esketamine-s-ketamine' },
      { text: ' infusion against an ' },
      { text: 'active placebo', href: '/glossary/#active-placebo' },
      { text: '; an active placebo again.' },
    ]);
  });

  test('finds a term in every text it is tried on: the pattern compiled once keeps no state between texts', () => {
    for (const text of ['An active placebo.', 'Active placebo again.', 'An active placebo, once more.']) {
      expect(linkTerms(text, terms).filter((s) => s.href)).toEqual([{ text: expect.stringMatching(/^active placebo$/i), href: '/glossary/#active-placebo' }]);
    }
  });

  test('matches whole words only, so "placebo-controlled" is not read as "placebo"', () => {
    expect(linkTerms('A placebo-controlled test.', terms).filter((s) => s.href)).toEqual([
      { text: 'placebo-controlled', href: '/glossary/#placebo-controlled' },
    ]);
    expect(linkTerms('Ketamine alone.', terms)).toEqual([{ text: 'Ketamine alone.' }]);
  });
});

describe('glossary terms from the glossary page (D7)', async () => {
  const { glossaryTermsFrom } = await import('../../../../src/lib/content/glossary-terms.ts');

  test('a repeated heading gets the anchor Astro writes for it, with a duplicate counter', () => {
    expect(glossaryTermsFrom('## NMDA\n\nOne.\n\n## NMDA\n\nTwo.').map((t) => t.href)).toEqual(['/glossary/#nmda', '/glossary/#nmda-1']);
  });

  test('headings of every level share the counter, as in the built page', () => {
    expect(glossaryTermsFrom('### Placebo\n\n## Placebo').map((t) => t.href)).toEqual(['/glossary/#placebo-1']);
  });

  test('inline markup in a heading is not part of its spellings or anchor', () => {
    expect(glossaryTermsFrom('## *Active* placebo (dummy drug)')).toEqual([
      { href: '/glossary/#active-placebo-dummy-drug', patterns: ['Active placebo', 'dummy drug'] },
    ]);
    expect(glossaryTermsFrom('## `NMDA` receptor')).toEqual([{ href: '/glossary/#nmda-receptor', patterns: ['NMDA receptor'] }]);
  });

  test('a "## " line inside a code block is no heading', () => {
    expect(glossaryTermsFrom('```\n## Not a term\n```')).toEqual([]);
  });
});
