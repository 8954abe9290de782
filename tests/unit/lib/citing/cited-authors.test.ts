/**
 * A cited work with thousands of authors (a consortium paper) cannot make every page that cites it
 * grow with it: the metadata and the search index name its first 30 authors, then "et al."; the
 * reference library's downloads keep every author. Fictional works only.
 */
import { describe, expect, test } from 'vitest';
import { citationReference, scholarlyWork } from '../../../../src/lib/citing/page-metadata.ts';
import { exportItem } from '../../../../src/lib/citing/export-items.ts';
import type { CslItem } from '../../../../src/lib/core/bibliography/types.ts';
import { CITED_AUTHORS_IN_METADATA, ET_AL, metadataAuthors, metadataEtAl } from '../../../../src/lib/core/bibliography/names.ts';

const consortium: CslItem = {
  id: 'consortium2020trial',
  type: 'article-journal',
  title: 'A fictional trial with five thousand authors',
  author: Array.from({ length: 5000 }, (_, i) => ({ family: `Author${i + 1}`, given: 'A.' })),
};
const withAuthors = (n: number): CslItem => ({ ...consortium, author: consortium.author!.slice(0, n) });

/** The citation_author values of a citation_reference, in order, as Google Scholar splits it. */
const referenceAuthors = (value: string) =>
  value
    .split('; ')
    .filter((pair) => pair.startsWith('citation_author='))
    .map((pair) => pair.slice('citation_author='.length));

describe('authors of a cited work in a citing page', () => {
  test('the cap is 30 authors', () => {
    expect(CITED_AUTHORS_IN_METADATA).toBe(30);
  });

  test('citation_reference names the first 30 authors in order, then "et al."', () => {
    const names = referenceAuthors(citationReference(consortium));
    expect(names).toHaveLength(31);
    expect(names.slice(0, 2)).toEqual(['Author1, A.', 'Author2, A.']);
    expect(names[29]).toBe('Author30, A.');
    expect(names[30]).toBe(ET_AL);
    expect(citationReference(consortium).length).toBeLessThan(3000);
  });

  test('JSON-LD names the first 30 authors as people, then the text "et al."', () => {
    const work = scholarlyWork(consortium) as { author: ({ '@type': string; name: string } | string)[] };
    expect(work.author).toHaveLength(31);
    expect(work.author[0]).toEqual({ '@type': 'Person', name: 'Author1, A.' });
    expect(work.author[30]).toBe(ET_AL);
  });

  test('a work with exactly 30 authors keeps them all and adds no "et al."', () => {
    expect(metadataAuthors(withAuthors(30))).toHaveLength(30);
    expect(metadataEtAl(withAuthors(30))).toBe(false);
    expect(referenceAuthors(citationReference(withAuthors(30)))).not.toContain(ET_AL);
  });

  test('a work with 31 authors is cut to 30 and "et al."', () => {
    expect(metadataEtAl(withAuthors(31))).toBe(true);
    expect(referenceAuthors(citationReference(withAuthors(31)))).toHaveLength(31);
  });

  test('a source that lists its first author "and others" ends in "et al.", never "others"', () => {
    const cut: CslItem = { ...consortium, author: [{ family: 'Fictional', given: 'Ann' }, { literal: ET_AL }] };
    expect(referenceAuthors(citationReference(cut))).toEqual(['Fictional, Ann', ET_AL]);
    expect(JSON.stringify(scholarlyWork(cut))).not.toMatch(/others/);
  });

  test('the library downloads keep every author', () => {
    expect(exportItem(consortium).author).toHaveLength(5000);
  });
});
