import { describe, expect, test } from 'vitest';
import type { CslItem } from '../../../../../src/lib/core/bibliography/types.ts';
import { displayName, ET_AL, familyName, markEtAl, namedAuthors, truncated } from '../../../../../src/lib/core/bibliography/names.ts';
import { shortLabel } from '../../../../../src/lib/content/labels.ts';

const item = (author: CslItem['author']): CslItem => ({ id: 'x', type: 'article-journal', author, issued: { 'date-parts': [[2025]] } });

describe('author names', () => {
  test('BibTeX "and others" becomes "et al." for citeproc and is never exported as an author', () => {
    const work = markEtAl(item([{ family: 'Ferraro', given: 'Michael C.' }, { family: 'others' }]));
    expect(work.author).toEqual([{ family: 'Ferraro', given: 'Michael C.' }, { literal: ET_AL }]);
    expect(truncated(work)).toBe(true);
    expect(namedAuthors(work)).toEqual([{ family: 'Ferraro', given: 'Michael C.' }]);
    expect(shortLabel(work)).toBe('Ferraro et al. 2025');
  });

  test('a family name keeps its particles', () => {
    const names = [
      { family: 'Carvalho', given: 'Jozélio Freire', 'non-dropping-particle': 'de' },
      { family: 'Sena', given: 'Eduardo', 'non-dropping-particle': 'Pondé de' },
    ];
    expect(names.map(familyName)).toEqual(['de Carvalho', 'Pondé de Sena']);
    expect(names.map(displayName)).toEqual(['de Carvalho, Jozélio Freire', 'Pondé de Sena, Eduardo']);
    expect(shortLabel(item(names))).toBe('de Carvalho and Pondé de Sena 2025');
  });

  test('an organisation keeps its literal name, and a real author called Others is not dropped', () => {
    expect(displayName({ literal: 'OKAPI Consortium' })).toBe('OKAPI Consortium');
    expect(namedAuthors(markEtAl(item([{ family: 'others', given: 'Ann' }])))).toEqual([{ family: 'others', given: 'Ann' }]);
  });
});
