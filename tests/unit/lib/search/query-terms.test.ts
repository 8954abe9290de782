import { describe, expect, test } from 'vitest';
import { commonStems, meaningfulTerms, phrasingMatch, queryWords } from '../../../../src/lib/search/query-terms.ts';

describe('meaningfulTerms', () => {
  test('drops question and stop words and keeps the words that carry the question', () => {
    expect(meaningfulTerms('How long does the pain relief last?')).toEqual(['long', 'pain', 'relief', 'last']);
    expect(meaningfulTerms('Does ketamine help fibromyalgia long term')).toEqual(['ketamine', 'help', 'fibromyalgia', 'long', 'term']);
  });

  test('keeps identifiers and hyphenated names whole', () => {
    expect(queryWords('S-ketamine 10.1016/j.pain.2011.03.026 NCT04436250')).toEqual(['s-ketamine', '10.1016/j.pain.2011.03.026', 'nct04436250']);
  });

  test('a query of stop words only keeps its words', () => {
    expect(meaningfulTerms('what is it')).toEqual(['what', 'is', 'it']);
  });
});

describe('phrasingMatch', () => {
  test('is the share of the phrasing the query covers when the phrasing has every term of the query', () => {
    expect(phrasingMatch('does ketamine help fibromyalgia long term', 'Does ketamine help fibromyalgia long term?')).toBe(1);
    expect(phrasingMatch('ketamine relieves pain', 'does ketamine relieve pain right away')).toBeCloseTo(3 / 5);
  });

  test('is 0 for a term the phrasing lacks or a one-word query', () => {
    expect(phrasingMatch('ketamine bladder', 'is ketamine dangerous')).toBe(0);
    expect(phrasingMatch('ketamine', 'is ketamine dangerous')).toBe(0);
  });

  test('a long question with words of its own asks a phrasing it covers three terms of, three quarters at least, one of them not common', () => {
    const query = 'my doctor says melatonin could shorten my jet lag, is that right';
    expect(phrasingMatch(query, 'does melatonin shorten jet lag')).toBe(1);
    expect(phrasingMatch(query, 'does melatonin shorten jet lag', commonStems(['melatonin', 'shorten']))).toBe(1);
    expect(phrasingMatch(query, 'does melatonin shorten jet lag', commonStems(['melatonin', 'shorten', 'jet', 'lag']))).toBe(0);
    expect(phrasingMatch(query, 'is melatonin safe with jet lag pills for children')).toBe(0);
    expect(phrasingMatch('my doctor says melatonin works, is that right', 'does melatonin work')).toBe(0);
  });
});
