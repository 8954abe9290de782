/**
 * A cited work with thousands of authors (a consortium paper) cannot make every page that cites it
 * grow with it: the metadata and the search index name its first CITED_AUTHORS_IN_METADATA authors.
 */
import { describe, expect, test } from 'vitest';
import { citationReference, scholarlyWork } from '../../../../src/lib/citing/page-metadata.ts';
import type { CslItem } from '../../../../src/lib/core/bibliography/types.ts';
import { CITED_AUTHORS_IN_METADATA, metadataAuthors } from '../../../../src/lib/core/bibliography/names.ts';

const consortium: CslItem = {
  id: 'consortium2020trial',
  type: 'article-journal',
  title: 'A fictional trial with five thousand authors',
  author: Array.from({ length: 5000 }, (_, i) => ({ family: `Author${i + 1}`, given: 'A.' })),
};

describe('authors of a cited work in a citing page', () => {
  test('the metadata names the first authors only, in order', () => {
    expect(metadataAuthors(consortium)).toHaveLength(CITED_AUTHORS_IN_METADATA);
    expect(citationReference(consortium).match(/citation_author=/g)).toHaveLength(CITED_AUTHORS_IN_METADATA);
    const work = scholarlyWork(consortium) as { author: { name: string }[] };
    expect(work.author).toHaveLength(CITED_AUTHORS_IN_METADATA);
    expect(work.author[0]!.name).toContain('Author1');
    expect(citationReference(consortium).length).toBeLessThan(3000);
  });

  test('a work with fewer authors keeps them all', () => {
    const small = { ...consortium, author: consortium.author!.slice(0, 33) };
    expect(metadataAuthors(small)).toHaveLength(33);
  });
});
