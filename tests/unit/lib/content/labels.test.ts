import { describe, expect, test } from 'vitest';
import type { CslItem } from '../../../../src/lib/core/bibliography/types.ts';
import { identifierLinks } from '../../../../src/lib/core/bibliography/identifiers.ts';
import { shortLabel, year } from '../../../../src/lib/content/labels.ts';

const item = (fields: Partial<CslItem>): CslItem => ({ id: 'k', type: 'article-journal', ...fields });

describe('shortLabel', () => {
  test('uses one, two or "et al." author names and the year', () => {
    const issued = { 'date-parts': [[2011]] };
    expect(shortLabel(item({ author: [{ family: 'Noppers' }], issued }))).toBe('Noppers 2011');
    expect(shortLabel(item({ author: [{ family: 'Tran' }, { family: 'McCormack' }], issued }))).toBe('Tran and McCormack 2011');
    expect(shortLabel(item({ author: [{ family: 'Cohen' }, { family: 'B' }, { family: 'C' }], issued }))).toBe('Cohen et al. 2011');
  });

  test('falls back to the publisher or title when there is no author', () => {
    expect(shortLabel(item({ publisher: 'ClinicalTrials.gov', issued: { 'date-parts': [[2020]] } }))).toBe('ClinicalTrials.gov 2020');
    expect(year(item({}))).toBeUndefined();
  });

  test('names an article with no author by its journal abbreviation, not its whole title', () => {
    const article = item({
      title: 'A very long title of an article whose authors could not be seen',
      'container-title': 'Journal of Clinical and Diagnostic Research',
      'container-title-short': 'J Clin Diagn Res',
      issued: { 'date-parts': [[2023]] },
    });
    expect(shortLabel(article)).toBe('J Clin Diagn Res 2023');
    expect(shortLabel({ ...article, 'container-title-short': undefined })).toBe('Journal of Clinical and Diagnostic Research 2023');
  });
});

describe('identifierLinks', () => {
  test('links DOI, PubMed and PMC records', () => {
    expect(identifierLinks(item({ DOI: '10.1/x', PMID: '123', PMCID: 'PMC9' }))).toEqual([
      { kind: 'doi', label: 'doi:10.1/x', href: 'https://doi.org/10.1/x' },
      { kind: 'pmid', label: 'PubMed 123', href: 'https://pubmed.ncbi.nlm.nih.gov/123/' },
      { kind: 'pmcid', label: 'PMC9', href: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9/' },
    ]);
  });

  test('uses the URL only when there is no identifier', () => {
    expect(identifierLinks(item({ URL: 'https://clinicaltrials.gov/study/NCT04436250' }))).toEqual([
      { kind: 'url', label: 'Online record', href: 'https://clinicaltrials.gov/study/NCT04436250' },
    ]);
    expect(identifierLinks(item({ DOI: '10.1/x', URL: 'https://x' }))).toHaveLength(1);
  });
});

describe('document title', () => {
  test('appends the site name only when the result fits a browser tab', async () => {
    const { documentTitle, DOCUMENT_TITLE_MAX, SITE_NAME } = await import('../../../../src/lib/site.ts');
    // A site name too long to share a tab with "Methods" (a fork's may be) leaves the title alone.
    const fits = `Methods | ${SITE_NAME}`.length <= DOCUMENT_TITLE_MAX;
    expect(documentTitle('Methods')).toBe(fits ? `Methods | ${SITE_NAME}` : 'Methods');
    const long = 'Does a cup of the remedy still relieve the condition weeks later?';
    expect(documentTitle(long)).toBe(long);
    expect(documentTitle('Methods').length).toBeLessThanOrEqual(DOCUMENT_TITLE_MAX);
  });
});
