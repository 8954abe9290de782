/**
 * How the search page ranks results, on top of Pagefind's API. Pagefind
 * returns only pages that have every word of the query. When that finds less
 * than a page of results, the meaningful terms of the query (query-terms.ts)
 * are searched one by one and every page found is ranked by how many of them
 * it matches and how strongly (termRelevance), so a page that answers "does
 * the drug help long term" without the word "does" still appears. Then a
 * question page whose own phrasing the query asks (or a claim page whose claim
 * it repeats) is moved first, as the best answer; a query of the topic's own
 * words only gets the site's overview first.
 */
import { commonStems, LOOSE_SHARED, meaningfulTerms, phrasingMatch, queryWords, SAME_QUESTION, stemsOf } from './query-terms.ts';

export type Filters = Record<string, { any: string[] }>;

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
  /** The page's indexed text; Hit.words are positions of its words, split on white space. */
  content?: string;
}

export interface Hit {
  id: string;
  score: number;
  /** Positions, in the page's content, of the words that matched. */
  words?: number[];
  data(): Promise<ResultData>;
}

/** The part of Pagefind's API the ranking uses. */
export interface Searcher {
  search(query: string | null, options?: { filters?: Filters }): Promise<{ results: Hit[] }>;
}

export interface Ranking {
  /** "all": pages with every word of the query; "terms": ranked by how many meaningful terms they match. */
  mode: 'all' | 'terms';
  /** The terms searched one by one ("terms" mode). */
  terms: string[];
  /** How many of the hits have every word of the query. */
  withEveryWord: number;
  /**
   * The query's meaningful terms that Pagefind finds on fewer than RARE pages
   * (candidates for spelling correction: Pagefind matches a misspelt word now
   * and then on a page with a word it begins with).
   */
  rare: string[];
  /**
   * The query's terms that Pagefind found only through a shorter prefix of
   * them: it matches a word it does not know by trimming it ("morfine" finds
   * the initial "M." of an author's name), so such a term is unknown to the
   * index however many pages it finds (matchedByPrefixOnly). Looked for in
   * "terms" mode only.
   */
  unknown: string[];
  /**
   * The query's meaningful terms found on at least half the pages that any of
   * its terms finds (the topic's own words, usually); counted for a query of
   * LOOSE_SHARED terms or more, else empty. A long question's best answer
   * must share a word with it that is not common (phrasingMatch).
   */
  common: string[];
  hits: Hit[];
}

/** Below this many pages with every word, the search falls back to the query's terms (one page of results). */
export const ENOUGH = 10;

/** A term found on fewer pages than this is a candidate for spelling correction. */
export const RARE = 3;

/** Pagefind's results for `query`, or for its meaningful terms when too few pages have every word. */
export async function rankedSearch(pagefind: Searcher, query: string, filters: Filters = {}): Promise<Ranking> {
  const text = query.trim();
  const full = (await pagefind.search(text || null, { filters })).results;
  const terms = meaningfulTerms(text);
  const all: Ranking = { mode: 'all', terms, withEveryWord: full.length, rare: full.length < RARE ? terms : [], unknown: [], common: [], hits: full };
  const fallBack = full.length < ENOUGH && new Set(queryWords(text)).size >= 2;
  if (!fallBack && terms.length < LOOSE_SHARED) return all;
  const found = await Promise.all(terms.map(async (term) => (await pagefind.search(term, { filters })).results));
  const anyTerm = new Set(found.flatMap((results) => results.map((hit) => hit.id))).size;
  all.common = terms.length >= LOOSE_SHARED ? terms.filter((_, i) => found[i]!.length * 2 >= anyTerm) : [];
  if (!fallBack) return all;
  all.rare = terms.filter((_, i) => found[i]!.length < RARE);
  const prefixOnly = await Promise.all(terms.map((term, i) => matchedByPrefixOnly(term, found[i]![0])));
  all.unknown = terms.filter((_, i) => prefixOnly[i]);
  const pages = new Map<string, { hit: Hit; relevance: number; order: number }>();
  full.forEach((hit, order) => pages.set(hit.id, { hit, relevance: 0, order }));
  for (const results of found) {
    const best = Math.max(...results.map((r) => r.score), Number.MIN_VALUE);
    for (const hit of results) {
      const page = pages.get(hit.id) ?? { hit, relevance: 0, order: Infinity };
      page.relevance += termRelevance(hit.score, best);
      pages.set(hit.id, page);
    }
  }
  if (pages.size === full.length) return all;
  const hits = [...pages.values()].sort((a, b) => a.order - b.order || b.relevance - a.relevance).map((p) => p.hit);
  return { ...all, mode: 'terms', hits };
}

/** Lower-case letters and digits of a word, without punctuation ("(Systematic" -> "systematic"). */
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether Pagefind found `term` on `hit` (its best page for the term) only
 * through a shorter prefix of it: none of the words it matched there begins
 * with the term's first four letters ("morfine" matched "M.", "sytematic"
 * matched "S."). Reads the page's data, which the results usually need
 * anyway. False when the match is not in the text (metadata), so unknown.
 */
export async function matchedByPrefixOnly(term: string, hit: Hit | undefined): Promise<boolean> {
  if (!hit?.words?.length) return false;
  const head = bare(term).slice(0, 4);
  const words = ((await hit.data()).content ?? '').split(/\s+/);
  return !hit.words.some((position) => bare(words[position] ?? '').startsWith(head));
}

/**
 * What matching one term adds to a page's relevance in "terms" mode: a fixed
 * MATCH_CREDIT for having the term, plus Pagefind's score for it relative to
 * the page that matches it best (0 to 1), so a page that has a term in a
 * heading or a reader phrasing counts for more than one that mentions it once.
 */
export const termRelevance = (score: number, best: number) => MATCH_CREDIT + score / best;

/**
 * The credit for having a term at all. Counting matched terms alone let the
 * topic's own words, which every page has, decide long questions; counting
 * scores alone let one strong word outweigh several. Chosen on the relevance
 * evaluation (bench/search-queries.json; README, Search): 0.25 scored best of
 * 0, 0.1, 0.25, 0.5, 1, 2, counting matches first and two weightings by
 * inverse document frequency.
 */
export const MATCH_CREDIT = 0.25;

/** When fewer pages than this have every word of a query, its misspelt words are corrected and it is searched again. */
export const MIN_RESULTS = 3;

/** A query of at most this many meaningful terms is short (a few words typed, not a sentence). */
export const SHORT_QUERY = 3;

/**
 * Which words of a query to correct from the index's vocabulary, or undefined
 * when the query needs no correcting (it finds MIN_RESULTS pages with every
 * word). In a short query, any word the vocabulary lacks: Pagefind matches a
 * word it does not know by a shorter prefix of it ("sytematic" finds pages
 * with the initial "S."), so a misspelt word is not always rare. In a longer
 * one, only its rare terms: a sentence has ordinary words the index lacks
 * ("my sister", "housework"), which are not misspellings of the site's words.
 */
export function spellingCandidates(ranking: Ranking): ((word: string) => boolean) | undefined {
  if (ranking.terms.length === 0) return undefined;
  const unknown = new Set([...ranking.rare, ...ranking.unknown]);
  // The pages "with every word" of a query with an unknown term are pages with some prefix of it: too many to trust.
  if (ranking.withEveryWord >= MIN_RESULTS && ranking.unknown.length === 0) return undefined;
  const short = ranking.terms.length <= SHORT_QUERY && ranking.withEveryWord < MIN_RESULTS;
  if (unknown.size === 0 && !short) return undefined;
  return (word) => short || unknown.has(word);
}

/**
 * Whether the corrected query is searched at once instead of the query as
 * typed (which found fewer than MIN_RESULTS pages with every word): when it
 * finds more pages with every word, or as many and more pages in all; for a
 * short query, also when it finds no fewer of either, since each corrected
 * word replaces one the index does not know, which Pagefind matched (if at
 * all) only through a shorter prefix ("codeine vs morfine", where no page has
 * "vs"). Otherwise the page only asks "Did you mean …?".
 */
export function correctionWins(typed: Ranking, corrected: Ranking): boolean {
  const more = corrected.withEveryWord - typed.withEveryWord || corrected.hits.length - typed.hits.length;
  if (more > 0) return true;
  const short = typed.terms.length <= SHORT_QUERY;
  return short && corrected.withEveryWord >= typed.withEveryWord && corrected.hits.length >= typed.hits.length && corrected.hits.length > 0;
}

/** A question a result answers: the ways readers ask it and its one-sentence answer. */
export interface ReaderQuestion {
  phrasings: string[];
  answer: string | undefined;
}

const split = (asked: string | undefined) =>
  (asked ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * The questions a result answers, from its metadata (search-index.ts): a question
 * page asks its title and its `asked` phrasings, answered by `answer`; a claim
 * page answers whether its claim (its title) is true, with the reason for its
 * verdict (`answer`); another page answers one question per `asked`/`answer`,
 * `asked2`/`answer2`… pair.
 */
export function readerQuestionsOf(meta: Readonly<Record<string, string>>): ReaderQuestion[] {
  if (meta.type === 'question') return [{ phrasings: [meta.title ?? '', ...split(meta.asked)].filter(Boolean), answer: meta.answer }];
  if (meta.type === 'claim') return meta.title ? [{ phrasings: [meta.title], answer: meta.answer }] : [];
  const groups: ReaderQuestion[] = [];
  for (let n = 1; meta[n === 1 ? 'asked' : `asked${n}`] !== undefined; n++) {
    const key = n === 1 ? '' : String(n);
    groups.push({ phrasings: split(meta[`asked${key}`]), answer: meta[`answer${key}`] });
  }
  return groups;
}

/** How closely `query` asks one of `data`'s reader questions, and which one (undefined when it has none). */
function closestQuestion(data: ResultData, query: string, common: ReadonlySet<string>): { match: number; question: ReaderQuestion } | undefined {
  let closest: { match: number; question: ReaderQuestion } | undefined;
  for (const question of readerQuestionsOf(data.meta)) {
    const match = Math.max(...question.phrasings.map((p) => phrasingMatch(query, p, common)));
    if (!closest || match > closest.match) closest = { match, question };
  }
  return closest;
}

/** The one sentence that answers `query` on this result: its closest reader question's answer, if the query asks it (`common`: Ranking.common). */
export function answerFor(data: ResultData, query: string, common: readonly string[] = []): string | undefined {
  const closest = closestQuestion(data, query, commonStems(common));
  return closest && closest.match >= SAME_QUESTION ? closest.question.answer : undefined;
}

/** Results among which the best answer is chosen: the first three pages of results. */
export const BEST_ANSWER_WITHIN = 30;

/**
 * Whether any page could be the best answer to `query`: phrasingMatch needs at
 * least two meaningful terms. When none can be, the search page shows each
 * result as its data arrives instead of waiting to choose one.
 */
export const mayHaveBestAnswer = (query: string) => stemsOf(query).length >= 2;

/**
 * Index of the page whose reader question (a question page's own, or one that
 * About, Methods or the data page answers) best asks what `query` asks (see
 * phrasingMatch; `common`: Ranking.common), or -1.
 */
export function bestAnswerIndex(results: readonly ResultData[], query: string, common: readonly string[] = []): number {
  let best = -1;
  let bestMatch = SAME_QUESTION;
  const stems = commonStems(common);
  results.forEach((data, i) => {
    const match = closestQuestion(data, query, stems)?.match;
    if (match === undefined) return;
    if (match > bestMatch || (match === bestMatch && best < 0)) [best, bestMatch] = [i, match];
  });
  return best;
}

/**
 * Whether `query` is made of the topic's own words only (the intervention
 * and the condition, misspelt or shortened alike), two or more: it asks about the topic as a
 * whole, which the site's overview answers. `topicWords`: the topic's terms
 * and their synonyms (topicWords in search-index.ts), compared by rough stem.
 */
export function asksWholeTopic(query: string, topicWords: readonly string[]): boolean {
  const topic = new Set(topicWords.flatMap(stemsOf));
  const stems = stemsOf(query);
  return stems.length >= 2 && stems.every((stem) => topic.has(stem));
}

/** Index of the site's overview (the home page) among `results`, or -1. */
export const overviewIndex = (results: readonly ResultData[]) => results.findIndex((data) => new URL(data.url, 'https://site.invalid').pathname === '/');

/** `items` with the one at `index` moved first (unchanged for -1 or 0). */
export const moveFirst = <T>(items: readonly T[], index: number): T[] =>
  index <= 0 ? [...items] : [items[index]!, ...items.slice(0, index), ...items.slice(index + 1)];

/** The results with the best answer (bestAnswerIndex) moved first; unchanged when no phrasing matches. */
export const bestAnswerFirst = (results: readonly ResultData[], query: string): ResultData[] => moveFirst(results, bestAnswerIndex(results, query));
