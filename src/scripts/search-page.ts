/**
 * The search page: Pagefind's JavaScript API with a filter pane, result cards
 * built from page metadata, sub-results that link to headings, and a live
 * region that announces the number of results. Ranking (with its fallback to
 * the query's meaningful terms and the best answer first) is src/lib/search/rank.ts.
 * Results appear as their data arrives, in order, ten at a time ("Show more
 * results"); a query a question page may answer waits until the first 30 are
 * known, so the best answer is chosen among them before anything is shown and
 * no card moves; a query of the topic's own words only gets the overview
 * first. A query that fewer than three pages match, with a term found on
 * fewer than three pages or of three terms or fewer (spellingCandidates), has
 * the words the index's vocabulary lacks corrected from it
 * (src/lib/search/spelling.ts), fetched only then.
 * The query and filters live in the URL (?q=…&type=…), so a search can be
 * linked, reloaded and returned to with Back, and the header box works
 * without JavaScript.
 */
import {
  answerFor,
  BEST_ANSWER_WITHIN,
  bestAnswerIndex,
  mayHaveBestAnswer,
  asksWholeTopic,
  correctionWins,
  moveFirst,
  overviewIndex,
  rankedSearch,
  spellingCandidates,
  type Filters,
  type Hit,
  type Ranking,
  type ResultData,
  type Searcher,
} from '../lib/search/rank.ts';
import type { Correction } from '../lib/search/spelling.ts';
import { excerptParts } from '../lib/search/excerpt.ts';
import { resultFacts, statusText } from '../lib/search/result-card.ts';
import { readState, writeState } from '../lib/search/search-state.ts';

interface Pagefind extends Searcher {
  filters(): Promise<Record<string, Record<string, number>>>;
  init(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

const FILTER_LABELS: Record<string, string> = { type: 'Page type', design: 'Study design', certainty: 'Certainty', verdict: 'Verdict', year: 'Year' };
const FILTER_NAMES = Object.keys(FILTER_LABELS);
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const pane = document.querySelector<HTMLElement>('[data-search-filters]')!;
const paneToggle = document.querySelector<HTMLDetailsElement>('[data-search-filter-pane]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const correctionLine = document.querySelector<HTMLElement>('[data-search-correction]')!;
const browse = document.querySelector<HTMLElement>('[data-search-browse]')!;
/** The topic's own words (search.astro writes them from src/topic.ts; asksWholeTopic). */
const topicWords = (form.dataset.topicWords ?? '').split('|').filter(Boolean);
const selected: Record<string, Set<string>> = {};
let pagefind: Pagefind | undefined;
let run = 0;
let verbatim = false;

// With JavaScript, the results replace "Browse all pages"; it comes back if search cannot start.
browse.hidden = true;

/** The results of the search on screen: its order (best answer first), how many are shown and what the status line says. */
interface Shown {
  /** The query searched (the corrected one when the spelling was corrected). */
  query: string;
  ranking: Ranking;
  order: Hit[];
  /** The sentence that answers the query, carried by the first card (the best answer), if one was found. */
  answer: string | undefined;
  shown: number;
}
let current: Shown | undefined;

/** Each hit's data, fetched once (a hit belongs to one search: its excerpt is for that query). */
const loaded = new WeakMap<Hit, Promise<ResultData>>();
function dataOf(hit: Hit): Promise<ResultData> {
  let data = loaded.get(hit);
  if (!data) loaded.set(hit, (data = hit.data()));
  return data;
}

let speller: Promise<(query: string, isUnknown: (word: string) => boolean) => Correction | undefined> | undefined;
/**
 * Corrects a query's unknown words. The spelling code and the index's
 * vocabulary are fetched once, when a query first needs correcting.
 */
function loadSpeller(): NonNullable<typeof speller> {
  return (speller ??= import('../lib/search/spelling.ts').then(async ({ correctQuery, readVocabulary, VOCABULARY_FILE }) => {
    const vocabulary = await fetch(new URL(`/${VOCABULARY_FILE}`, location.origin))
      .then((response) => (response.ok ? response.json() : null))
      .then(readVocabulary, () => new Map<string, number>());
    return (query, isUnknown) => correctQuery(query, vocabulary, isUnknown);
  }));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#');
  return `${path}?highlight=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/**
 * Pagefind's excerpt is HTML-escaped text with <mark> around the matched words. It becomes
 * text nodes and <mark> elements, never markup: the page has no HTML sink, so the
 * Content-Security-Policy can require Trusted Types (src/lib/search/excerpt.ts).
 */
function excerptNodes(excerpt: string): Node[] {
  return excerptParts(excerpt).map((part) => (part.marked ? element('mark', { textContent: part.text }) : document.createTextNode(part.text)));
}

/** A result card; the best answer (shown first) carries the sentence that answers the query instead of an excerpt. */
function card(data: ResultData, query: string, answer: string | undefined): HTMLLIElement {
  const bestAnswer = answer !== undefined;
  const text = element('p', { className: 'excerpt' });
  if (bestAnswer) text.append(element('strong', { textContent: 'Short answer: ' }), answer);
  else text.append(...excerptNodes(data.excerpt));
  const item = element(
    'li',
    { className: bestAnswer ? 'result best-answer' : 'result' },
    element('h2', {}, element('a', { href: withHighlight(data.url, query), textContent: data.meta.title ?? data.url })),
    element('p', { className: 'result-facts', textContent: resultFacts(data.meta).join(' · ') }),
    text,
  );
  const subs = data.sub_results.filter((s) => s.url !== data.url).slice(0, 3);
  if (subs.length)
    item.append(
      element(
        'ul',
        { className: 'sub-results' },
        ...subs.map((s) => element('li', {}, element('a', { href: withHighlight(s.url, query), textContent: s.title }))),
      ),
    );
  return item;
}

async function renderFilters(): Promise<void> {
  const available = await pagefind!.filters();
  pane.replaceChildren(
    ...FILTER_NAMES.filter((name) => available[name]).map((name) => {
      selected[name] ??= new Set();
      const values = Object.entries(available[name]!).sort(([a], [b]) => a.localeCompare(b));
      return element(
        'fieldset',
        {},
        element('legend', { textContent: FILTER_LABELS[name]! }),
        ...values.map(([value, count]) => {
          const box = element('input', { type: 'checkbox', value, checked: selected[name]!.has(value) });
          box.dataset.filter = name;
          return element('label', {}, box, ` ${value} (${count})`);
        }),
      );
    }),
  );
}

/** Keeps the query and filters in the URL without adding a history entry per keystroke. */
function saveState(): void {
  const filters = Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, [...v]]));
  history.replaceState(null, '', `${location.pathname}${writeState({ query: input.value, filters, verbatim }, FILTER_NAMES)}`);
}

/** A link that searches `query` (with or without spelling correction) on this page. */
function searchLink(query: string, asTyped: boolean): HTMLAnchorElement {
  const filters = Object.fromEntries(Object.entries(selected).map(([k, v]) => [k, [...v]]));
  const link = element('a', { href: `${location.pathname}${writeState({ query, filters, verbatim: asTyped }, FILTER_NAMES)}`, textContent: query });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = query;
    verbatim = asTyped;
    saveState();
    void search();
  });
  return link;
}

/**
 * The ranking for `query`; when fewer than MIN_RESULTS pages have all its
 * words, the words spellingCandidates names that the vocabulary does not know
 * are corrected. Shows the correction line.
 */
async function correctedSearch(query: string, filters: Filters, mine: number): Promise<{ query: string; ranking: Ranking } | undefined> {
  const ranking = await rankedSearch(pagefind!, query, filters);
  const candidates = verbatim ? undefined : spellingCandidates(ranking);
  const fix = candidates ? (await loadSpeller())(query, candidates) : undefined;
  let result = { query, ranking };
  let line: (Node | string)[] = [];
  if (fix) {
    const corrected = await rankedSearch(pagefind!, fix.query, filters);
    if (correctionWins(ranking, corrected)) {
      result = { query: fix.query, ranking: corrected };
      line = ['Showing results for ', element('strong', { textContent: fix.query }), '; search instead for ', searchLink(query, true), '.'];
    } else if (corrected.hits.length > 0) line = ['Did you mean ', searchLink(fix.query, false), '?'];
  }
  if (mine !== run) return undefined;
  correctionLine.replaceChildren(...line);
  correctionLine.hidden = line.length === 0;
  return result;
}

/** Updates the status line (the live region): the count, and how many are (or are being) shown. */
function announce(state: Shown, shown: number): void {
  const { ranking } = state;
  statusLine.textContent = statusText({
    count: ranking.hits.length,
    query: state.query,
    mode: ranking.mode,
    terms: ranking.terms,
    withEveryWord: ranking.withEveryWord,
    shown,
  });
}

/**
 * Appends the next `count` results, each as soon as it and those before it
 * have arrived, so nothing above moves. The first result of a search is
 * fetched alone, before the rest, so it appears as soon as its own data does.
 * Returns the first card added.
 */
async function append(state: Shown, count: number): Promise<HTMLLIElement | undefined> {
  const hits = state.order.slice(state.shown, state.shown + count);
  if (state.shown === 0 && hits[0]) await dataOf(hits[0]);
  const pending = hits.map(dataOf);
  const target = state.shown + hits.length;
  let first: HTMLLIElement | undefined;
  for (const data of pending) {
    const result = await data;
    if (state !== current) return undefined;
    const item = card(result, state.query, state.shown === 0 ? state.answer : undefined);
    list.append(item);
    state.shown += 1;
    // One announcement per ten, when the first of them appears.
    if (!first) announce(state, target);
    first ??= item;
  }
  more.hidden = state.shown >= state.order.length;
  return first;
}

async function search(): Promise<void> {
  const query = input.value.trim();
  const mine = ++run;
  current = undefined;
  const filters: Filters = Object.fromEntries(
    Object.entries(selected)
      .filter(([, v]) => v.size)
      .map(([k, v]) => [k, { any: [...v] }]),
  );
  more.hidden = true;
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    correctionLine.hidden = true;
    statusLine.textContent = 'Type a question, a word, a name or an identifier such as a DOI, PMID or NCT number.';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  const found = await correctedSearch(query, filters, mine);
  if (!found || mine !== run) return;
  let order = found.ranking.hits;
  let answer: string | undefined;
  if (mayHaveBestAnswer(found.query)) {
    // The best answer is chosen among the first 30 before any card is shown, so no card moves.
    const first = await Promise.all(order.slice(0, BEST_ANSWER_WITHIN).map(dataOf));
    if (asksWholeTopic(found.query, topicWords)) {
      // The topic's own words only ask about the whole topic, not one question that names both: the overview comes first.
      order = moveFirst(order, overviewIndex(first));
    } else {
      const index = bestAnswerIndex(first, found.query, found.ranking.common);
      answer = index >= 0 ? answerFor(first[index]!, found.query, found.ranking.common) : undefined;
      order = moveFirst(order, answer === undefined ? -1 : index);
    }
  }
  if (mine !== run) return;
  const state: Shown = { query: found.query, ranking: found.ranking, order, answer, shown: 0 };
  current = state;
  list.replaceChildren();
  if (order.length === 0) announce(state, 0);
  await append(state, PAGE_SIZE);
  if (state === current) list.removeAttribute('aria-busy');
}

/** "Show more results": the next ten, announced in the live region; focus moves to the first new result. */
async function showMore(): Promise<void> {
  const state = current;
  if (!state) return;
  more.disabled = true;
  list.setAttribute('aria-busy', 'true');
  const first = await append(state, PAGE_SIZE);
  if (state !== current) return;
  list.removeAttribute('aria-busy');
  more.disabled = false;
  first?.querySelector('a')?.focus();
}

/** Sets the form from the URL (on start and when a reader returns to this page). */
function restore(): void {
  const state = readState(location.search, FILTER_NAMES);
  input.value = state.query;
  verbatim = state.verbatim ?? false;
  for (const name of FILTER_NAMES) selected[name] = new Set(state.filters[name] ?? []);
  if (Object.keys(state.filters).length) paneToggle.open = true;
  for (const box of pane.querySelectorAll<HTMLInputElement>('input[data-filter]')) box.checked = selected[box.dataset.filter!]!.has(box.value);
}

async function start(): Promise<void> {
  const module = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.origin).href)) as PagefindModule;
  // Our own instance, searching on the main thread: our index chunks are small,
  // and Pagefind's web worker would be one more 12 kB (gzip) script before the
  // first result. (The browser tests check that the console stays empty.)
  pagefind = module.createInstance({ excerptLength: 24, noWorker: true });
  await pagefind.init();
  restore();
  await search();
  // The filter index is fetched only when a reader opens the pane: a first
  // search then transfers no filter data, and the closed pane reserves its
  // space so nothing shifts when the counts arrive.
  pane.replaceChildren(element('p', { textContent: 'Loading filters…' }));
  let filtersShown: Promise<void> | undefined;
  const showFilters = () => (filtersShown ??= renderFilters());
  if (paneToggle.open) void showFilters();
  paneToggle.addEventListener('toggle', () => {
    if (paneToggle.open) void showFilters();
  });
  let timer: number | undefined;
  more.addEventListener('click', () => void showMore());
  input.addEventListener('input', () => {
    verbatim = false;
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      saveState();
      void search();
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    saveState();
    void search();
  });
  pane.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const set = selected[box.dataset.filter!]!;
    if (box.checked) set.add(box.value);
    else set.delete(box.value);
    saveState();
    void search();
  });
  // Back to a page kept in the browser's memory: the URL is the state.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    restore();
    void search();
  });
}

start().catch((error: unknown) => {
  console.error('Search could not start:', error);
  browse.hidden = false;
  list.removeAttribute('aria-busy');
  statusLine.textContent = `Search could not start in this browser (${error instanceof Error ? error.message : String(error)}). Use the list of all pages below.`;
});

export {};
