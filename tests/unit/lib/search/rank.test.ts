import { describe, expect, test } from 'vitest';
import {
  answerFor,
  asksWholeTopic,
  bestAnswerFirst,
  bestAnswerIndex,
  mayHaveBestAnswer,
  MIN_RESULTS,
  moveFirst,
  overviewIndex,
  rankedSearch,
  matchedByPrefixOnly,
  readerQuestionsOf,
  spellingCandidates,
  termRelevance,
  type Hit,
  type ResultData,
  type Searcher,
} from '../../../../src/lib/search/rank.ts';
import { readerQuestionsMeta, topicWords } from '../../../../src/lib/search/search-index.ts';

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

  test('a page that has two terms strongly outranks one that mentions three in passing', async () => {
    const passing = ['melatonin', 'dose', 'sleep', ...Array.from({ length: 7 }, (_, i) => `filler${i}`)];
    const pagefind = fakePagefind({ passing, strong: ['melatonin', 'jetlag'], other: ['dose', 'sleep'] });
    const ranking = await rankedSearch(pagefind, 'melatonin dose sleep jetlag');
    expect(ranking.mode).toBe('terms');
    expect(ranking.hits.map((h) => h.id).indexOf('strong')).toBeLessThan(ranking.hits.map((h) => h.id).indexOf('passing'));
  });

  test("a matched term adds a fixed credit plus its score relative to the term's best page", () => {
    expect(termRelevance(2, 2)).toBe(1.25);
    expect(termRelevance(1, 4)).toBe(0.5);
    expect(termRelevance(1, 4)).toBeGreaterThan(0.25);
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

describe('spelling candidates', () => {
  const ranking = (terms: string[], withEveryWord: number, rare: string[] = [], unknown: string[] = []) => ({
    mode: 'terms' as const,
    terms,
    withEveryWord,
    rare,
    unknown,
    common: [],
    hits: [],
  });

  test('a query that finds enough pages with every word is not corrected', () => {
    expect(spellingCandidates(ranking(['sytematic', 'review'], MIN_RESULTS))).toBeUndefined();
  });

  test('in a short query every word is a candidate (Pagefind may match a misspelt word by a shorter prefix)', () => {
    const candidates = spellingCandidates(ranking(['sytematic', 'reveiw', 'ketamine'], 1, ['reveiw']))!;
    expect(['sytematic', 'reveiw', 'ketamine'].map(candidates)).toEqual([true, true, true]);
  });

  test('in a longer query only its rare terms are candidates, and none without one', () => {
    const terms = ['sister', 'says', 'ketamine', 'miracle', 'cure', 'hyppe'];
    const candidates = spellingCandidates(ranking(terms, 0, ['hyppe']))!;
    expect(terms.filter(candidates)).toEqual(['hyppe']);
    expect(spellingCandidates(ranking(terms, 0))).toBeUndefined();
  });

  test('a term Pagefind found only through a shorter prefix is a candidate however many pages have every word', () => {
    const candidates = spellingCandidates(ranking(['ketamine', 'morfine'], 4, [], ['morfine']))!;
    expect(['ketamine', 'morfine'].filter(candidates)).toEqual(['morfine']);
    const long = ['my', 'doctor', 'says', 'morfine', 'works', 'better'];
    expect(long.filter(spellingCandidates(ranking(long, 12, [], ['morfine']))!)).toEqual(['morfine']);
  });

  test('an empty query (filters only) is never corrected', () => {
    expect(spellingCandidates(ranking([], 0))).toBeUndefined();
  });
});

describe('a query about the whole topic', () => {
  const topic = topicWords({
    intervention: { name: 'Melatonin', inText: 'melatonin', schemaType: 'Drug' },
    condition: { name: 'Jet lag', inText: 'jet lag', schemaType: 'MedicalCondition', people: 'travellers', mixedGroup: 'Mixed' },
    synonyms: [
      ['jet lag', 'desynchronosis'],
      ['placebo', 'dummy pill'],
    ],
  });

  test("the topic's words are the intervention, the condition and their synonyms, not other synonym groups", () => {
    expect(topic).toEqual(['melatonin', 'jet lag', 'desynchronosis']);
  });

  test("two or more of the topic's words and nothing else ask about the whole topic, misspelt or not", () => {
    expect(asksWholeTopic('melatonin jet lag', topic)).toBe(true);
    expect(asksWholeTopic('melatonn desynchronosis', topic)).toBe(true);
    expect(asksWholeTopic('melatonin', topic)).toBe(false);
    expect(asksWholeTopic('melatonin jet lag dose', topic)).toBe(false);
  });

  test('finds the overview (the home page) among results, by its address', () => {
    const page = (url: string): ResultData => ({ url, excerpt: '', meta: {}, sub_results: [] });
    expect(overviewIndex([page('/questions/dose/'), page('/')])).toBe(1);
    expect(overviewIndex([page('/questions/dose/'), page('https://example.org/')])).toBe(1);
    expect(overviewIndex([page('/questions/dose/')])).toBe(-1);
  });
});

describe('claim pages', () => {
  const claim: ResultData = {
    url: '/claims/cures-jet-lag/',
    excerpt: '',
    meta: { type: 'claim', title: 'Melatonin cures jet lag in one night', verdict: 'misleading', answer: 'Trials found a shorter jet lag, not a cure.' },
    sub_results: [],
  };

  test("answer whether their claim is true: a reader who repeats it gets the verdict's reason", () => {
    expect(readerQuestionsOf(claim.meta)).toEqual([
      { phrasings: ['Melatonin cures jet lag in one night'], answer: 'Trials found a shorter jet lag, not a cure.' },
    ]);
    expect(answerFor(claim, 'i read that melatonin cures jet lag in one night, is that true')).toBe('Trials found a shorter jet lag, not a cure.');
    expect(answerFor(claim, 'melatonin dose')).toBeUndefined();
  });
});

describe('terms Pagefind matched only through a shorter prefix', () => {
  const hit = (words: number[], content: string): Hit => ({
    id: 'p',
    score: 1,
    words,
    data: async () => ({ url: '/p/', excerpt: '', meta: {}, sub_results: [], content }),
  });
  const content = 'Noppers I, Niesters M, Swartjes M. (Systematic review of morphine';

  test('a term whose matched words all begin otherwise is unknown ("morfine" matched "M,")', async () => {
    expect(await matchedByPrefixOnly('morfine', hit([3, 5], content))).toBe(true);
  });

  test('a term whose matched word begins with its first four letters is known, punctuation and case aside', async () => {
    expect(await matchedByPrefixOnly('systematic', hit([6], content))).toBe(false);
    expect(await matchedByPrefixOnly('morphin', hit([9], content))).toBe(false);
  });

  test('a match outside the text (no word positions) or no hit at all says nothing', async () => {
    expect(await matchedByPrefixOnly('morfine', hit([], content))).toBe(false);
    expect(await matchedByPrefixOnly('morfine', undefined)).toBe(false);
  });

  test('rankedSearch names the unknown terms of a query that falls back to its terms', async () => {
    const pagefind: Searcher = {
      async search(query) {
        const pages = query === 'morfine' || query === 'ketamine morfine' ? [hit([3], content)] : query === 'ketamine' ? [hit([0], 'ketamine')] : [];
        return { results: pages };
      },
    };
    expect((await rankedSearch(pagefind, 'ketamine morfine')).unknown).toEqual(['morfine']);
  });
});
