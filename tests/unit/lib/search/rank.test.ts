import { describe, expect, test } from 'vitest';
import {
  answerFor,
  bestAnswerFirst,
  bestAnswerIndex,
  mayHaveBestAnswer,
  moveFirst,
  rankedSearch,
  readerQuestionsOf,
  type Hit,
  type ResultData,
  type Searcher,
} from '../../../../src/lib/search/rank.ts';
import { readerQuestionsMeta } from '../../../../src/lib/search/search-index.ts';

/** A fake Pagefind over pages given as word lists: a page matches when it has every word of the query. */
function fakePagefind(pages: Record<string, string[]>): Searcher & { queries: (string | null)[] } {
  const queries: (string | null)[] = [];
  return {
    queries,
    async search(query) {
      queries.push(query);
      const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const results: Hit[] = Object.entries(pages)
        .filter(([, text]) => words.every((w) => text.includes(w)))
        .map(([id, text]) => ({
          id,
          score: words.filter((w) => text.includes(w)).length / text.length,
          data: async () => ({ url: `/${id}/`, excerpt: '', meta: {}, sub_results: [] }),
        }));
      return { results };
    },
  };
}

describe('rankedSearch', () => {
  test("keeps Pagefind's results when a page of results has every word", async () => {
    const pages = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, ['ketamine', 'liver']]));
    const ranking = await rankedSearch(fakePagefind({ ...pages, other: ['ketamine'] }), 'ketamine liver');
    expect(ranking).toMatchObject({ mode: 'all', withEveryWord: 10 });
    expect(ranking.hits).toHaveLength(10);
  });

  test('with less than a page of results, pages with every word come first and pages with some follow', async () => {
    const ranking = await rankedSearch(fakePagefind({ b: ['ketamine'], a: ['ketamine', 'liver'] }), 'ketamine liver');
    expect(ranking).toMatchObject({ mode: 'terms', withEveryWord: 1 });
    expect(ranking.hits.map((h) => h.id)).toEqual(['a', 'b']);
  });

  test('falls back to the meaningful terms and ranks pages by how many they match', async () => {
    const pagefind = fakePagefind({
      claim: ['ketamine', 'does', 'help'],
      weeks: ['ketamine', 'relief', 'long', 'term', 'help'],
      safety: ['ketamine', 'liver'],
    });
    const ranking = await rankedSearch(pagefind, 'does ketamine help long term');
    expect(ranking).toMatchObject({ mode: 'terms', terms: ['ketamine', 'help', 'long', 'term'], withEveryWord: 0 });
    expect(ranking.hits.map((h) => h.id)).toEqual(['weeks', 'claim', 'safety']);
  });

  test('searches every page for an empty query with filters', async () => {
    const pagefind = fakePagefind({ a: ['x'] });
    await rankedSearch(pagefind, '  ', { type: { any: ['study'] } });
    expect(pagefind.queries).toEqual([null]);
  });
});

describe('common terms (long questions)', () => {
  const pages = { a: ['melatonin', 'dose', 'sleep'], b: ['melatonin', 'sleep'], c: ['melatonin', 'travel'], d: ['travel', 'sleep'] };

  test('names the terms of a query of three or more that at least half the pages found by any term have', async () => {
    expect((await rankedSearch(fakePagefind(pages), 'melatonin dose sleep')).common).toEqual(['melatonin', 'sleep']);
  });

  test('names none for a shorter query, and makes no extra searches for it when every word finds enough pages', async () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, ['melatonin', 'travel']]));
    const pagefind = fakePagefind(many);
    expect((await rankedSearch(pagefind, 'melatonin travel')).common).toEqual([]);
    expect(pagefind.queries).toEqual(['melatonin travel']);
  });

  test('a long question whose words the best answer shares are all common has no best answer', () => {
    const question: ResultData = {
      url: '/q/',
      excerpt: '',
      meta: { type: 'question', title: 'Does melatonin shorten jet lag?', answer: 'A little.' },
      sub_results: [],
    };
    const query = 'my doctor says melatonin could shorten my jet lag, is that right';
    expect(bestAnswerIndex([question], query, ['melatonin'])).toBe(0);
    expect(answerFor(question, query, ['melatonin'])).toBe('A little.');
    expect(bestAnswerIndex([question], query, ['melatonin', 'shorten', 'jet', 'lag'])).toBe(-1);
  });
});

describe('rare terms (spelling candidates)', () => {
  const pages = { a: ['melatonin', 'dose'], b: ['melatonin'], c: ['melatonin', 'travel'], d: ['travel'] };

  test('names the terms of a query that fewer than three pages have', async () => {
    expect((await rankedSearch(fakePagefind(pages), 'melatonin dosse')).rare).toEqual(['dosse']);
    expect((await rankedSearch(fakePagefind(pages), 'melatonin dose')).rare).toEqual(['dose']);
    expect((await rankedSearch(fakePagefind(pages), 'melatonn')).rare).toEqual(['melatonn']);
    expect((await rankedSearch(fakePagefind(pages), 'travel')).rare).toEqual(['travel']);
  });

  test('names none when every term is on three pages or more', async () => {
    expect((await rankedSearch(fakePagefind(pages), 'melatonin')).rare).toEqual([]);
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, ['melatonin', 'travel']]));
    expect((await rankedSearch(fakePagefind(many), 'melatonin travel')).rare).toEqual([]);
  });
});

describe('choosing the best answer', () => {
  const page = (type: string, title: string): ResultData => ({
    url: `/${title}/`,
    excerpt: '',
    meta: { type, title, answer: 'A short answer.' },
    sub_results: [],
  });

  test('only a query of two meaningful terms or more may have a best answer', () => {
    expect(mayHaveBestAnswer('melatonin')).toBe(false);
    expect(mayHaveBestAnswer('what is melatonin')).toBe(false);
    expect(mayHaveBestAnswer('melatonin jet lag')).toBe(true);
  });

  test('finds the asking question page anywhere among the results it is given', () => {
    const results = [...Array.from({ length: 20 }, (_, i) => page('study', `trial ${i}`)), page('question', 'Does melatonin shorten jet lag?')];
    expect(bestAnswerIndex(results, 'does melatonin shorten jet lag')).toBe(20);
    expect(bestAnswerIndex(results, 'melatonin')).toBe(-1);
  });

  test('moveFirst moves one item to the front and keeps the others in order', () => {
    expect(moveFirst(['a', 'b', 'c', 'd'], 2)).toEqual(['c', 'a', 'b', 'd']);
    expect(moveFirst(['a', 'b'], -1)).toEqual(['a', 'b']);
  });
});

describe('bestAnswerFirst', () => {
  const page = (url: string, meta: Record<string, string>): ResultData => ({ url, excerpt: '', meta, sub_results: [] });
  const claim = page('/claims/x/', { type: 'claim', title: 'Ketamine gives long-term relief' });
  const question = page('/questions/weeks/', {
    type: 'question',
    title: 'Does a ketamine infusion still relieve pain weeks later?',
    asked: 'does ketamine help fibromyalgia long term | how long does the relief last',
  });

  test('moves first the question page whose phrasing the query asks', () => {
    expect(bestAnswerFirst([claim, question], 'Does ketamine help fibromyalgia long-term?').map((d) => d.url)).toEqual(['/questions/weeks/', '/claims/x/']);
  });

  test('leaves the order alone when no phrasing matches', () => {
    expect(bestAnswerFirst([claim, question], 'ketamine liver').map((d) => d.url)).toEqual(['/claims/x/', '/questions/weeks/']);
  });
});

describe('reader questions of pages that are not question pages', () => {
  const page = (url: string, meta: Record<string, string>): ResultData => ({ url, excerpt: '', meta, sub_results: [] });
  const about = page('/about/', {
    type: 'page',
    title: 'About this site',
    ...readerQuestionsMeta([
      { askedAs: ['who funds this site', 'is this site paid by a clinic'], answer: 'The site takes no money from clinics or drug makers.' },
      { askedAs: ['how do I report a mistake'], answer: 'Open an issue with the page address and the source.' },
    ]),
  });
  const study = page('/studies/x/', { type: 'study', title: 'A trial funded by a clinic' });

  test('reads back every group of phrasings with its own answer', () => {
    expect(readerQuestionsOf(about.meta)).toEqual([
      { phrasings: ['who funds this site', 'is this site paid by a clinic'], answer: 'The site takes no money from clinics or drug makers.' },
      { phrasings: ['how do I report a mistake'], answer: 'Open an issue with the page address and the source.' },
    ]);
    expect(readerQuestionsOf(study.meta)).toEqual([]);
  });

  test('moves the page first and answers with the sentence of the question the query asks', () => {
    expect(bestAnswerFirst([study, about], 'Is this site paid by a clinic?').map((d) => d.url)).toEqual(['/about/', '/studies/x/']);
    expect(answerFor(about, 'Is this site paid by a clinic?')).toBe('The site takes no money from clinics or drug makers.');
    expect(answerFor(about, 'how can I report a mistake')).toBe('Open an issue with the page address and the source.');
  });

  test('gives no answer when the query asks none of its questions', () => {
    expect(answerFor(about, 'trial dropouts')).toBeUndefined();
    expect(bestAnswerFirst([study, about], 'trial dropouts').map((d) => d.url)).toEqual(['/studies/x/', '/about/']);
  });
});
