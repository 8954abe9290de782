import { describe, expect, test } from 'vitest';
import { resultFacts, statusText } from '../../../../src/lib/search/result-card.ts';
import { readState, writeState } from '../../../../src/lib/search/search-state.ts';

describe('resultFacts', () => {
  test('says "1 participant" and "24 participants"', () => {
    expect(resultFacts({ type: 'study', design: 'case report', participants: '1', year: '2016' })).toEqual(['study', 'case report', '1 participant', '2016']);
    expect(resultFacts({ type: 'study', participants: '24' })).toEqual(['study', '24 participants']);
  });
});

describe('statusText', () => {
  test('names the terms searched when no page had every word', () => {
    expect(statusText({ count: 3, query: 'does it help long term', mode: 'terms', terms: ['help', 'long', 'term'], withEveryWord: 0, shown: 3 })).toBe(
      '3 results for “does it help long term”: no page has every word, so these match the most of: help, long, term.',
    );
    expect(statusText({ count: 1, query: 'memantine', mode: 'all', terms: ['memantine'], withEveryWord: 1, shown: 1 })).toBe('1 result for “memantine”.');
  });
});

describe('search state in the URL', () => {
  const names = ['type', 'certainty'];
  test('round-trips the query and the selected filters', () => {
    const url = writeState({ query: 'side effects', filters: { type: ['study', 'question'] } }, names);
    expect(url).toBe('?q=side+effects&type=question&type=study');
    expect(readState(url, names)).toEqual({ query: 'side effects', filters: { type: ['question', 'study'] } });
  });

  test('keeps "search as typed" (no spelling correction) only with a query', () => {
    expect(writeState({ query: 'melatonn', filters: {}, verbatim: true }, names)).toBe('?q=melatonn&verbatim=1');
    expect(readState('?q=melatonn&verbatim=1', names)).toEqual({ query: 'melatonn', filters: {}, verbatim: true });
    expect(writeState({ query: ' ', filters: {}, verbatim: true }, names)).toBe('');
  });

  test('ignores parameters that are not filters and writes nothing for an empty state', () => {
    expect(readState('?q=x&highlight=y&year=2011', names)).toEqual({ query: 'x', filters: {} });
    expect(writeState({ query: ' ', filters: {} }, names)).toBe('');
  });
});
