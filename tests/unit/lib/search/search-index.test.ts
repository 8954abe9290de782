import { describe, expect, test } from 'vitest';
import { aliasesFor, authorsFor, identifiersFor, searchData } from '../../../../src/lib/search/search-index.ts';

describe('aliasesFor', () => {
  test('adds the other spellings of every term a page uses, and nothing for terms it does not use', () => {
    expect(aliasesFor('A trial of S-ketamine with few side effects.')).toEqual([
      'esketamine',
      'S(+)-ketamine',
      'S ketamine',
      'adverse effects',
      'adverse events',
      'harms',
    ]);
    expect(aliasesFor('Lignocaine was tested.')).toEqual(['lidocaine']);
    expect(aliasesFor('Nothing relevant here; FMRI is not FM.')).toEqual(['fibromyalgia', 'fibromyalgia syndrome']);
    expect(aliasesFor('Nothing relevant here.')).toEqual([]);
  });
});

describe('identifiersFor', () => {
  test('collects DOIs, PMIDs, PMCIDs and NCT numbers of cited works', () => {
    expect(identifiersFor(['gravennielsen2000ketamine', 'nct04436250', 'littlejohn2017modulation'])).toEqual([
      '10.1016/S0304-3959(99)00308-5',
      '10781923',
      'NCT04436250',
      '10.3390/biomedicines5020015',
      '28536358',
      'PMC5489801',
    ]);
    expect(identifiersFor(['not-a-key'])).toEqual([]);
  });
});

describe('authorsFor', () => {
  test('lists each cited author family name once', () => {
    expect(authorsFor(['olivanblazquez2014efficacy']).slice(0, 3)).toEqual(['Oliván-Blázquez', 'Olivan-Blazquez', 'Herrera-Mercadal']);
    expect(authorsFor(['noppers2011absence', 'noppers2011druginduced']).filter((n) => n === 'Noppers')).toEqual(['Noppers']);
  });
});

describe('searchData', () => {
  test('always filters by type and skips facts that are undefined', () => {
    expect(searchData({ type: 'claim', text: '', citedKeys: [], filters: { verdict: 'misleading', certainty: undefined } })).toEqual({
      filters: { type: ['claim'], verdict: ['misleading'] },
      meta: { type: 'claim' },
    });
  });
});
