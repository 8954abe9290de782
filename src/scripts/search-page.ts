/**
 * The search page: Pagefind's JavaScript API with a filter pane, result cards
 * built from page metadata, sub-results that link to headings, and a live
 * region that announces the number of results. Ranking (with its fallback to
 * the query's meaningful terms and the best answer first) is src/lib/search/rank.ts.
 * The query and filters live in the URL (?q=…&type=…), so a search can be
 * linked, reloaded and returned to with Back, and the header box works
 * without JavaScript.
 */
import { answerFor, bestAnswerFirst, rankedSearch, type Filters, type ResultData, type Searcher } from '../lib/search/rank.ts';
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
const selected: Record<string, Set<string>> = {};
let pagefind: Pagefind | undefined;
let run = 0;

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

/** A result card; the best answer (shown first) carries the sentence that answers instead of an excerpt. */
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
  history.replaceState(null, '', `${location.pathname}${writeState({ query: input.value, filters }, FILTER_NAMES)}`);
}

async function search(): Promise<void> {
  const query = input.value.trim();
  const mine = ++run;
  const filters: Filters = Object.fromEntries(
    Object.entries(selected)
      .filter(([, v]) => v.size)
      .map(([k, v]) => [k, { any: [...v] }]),
  );
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    statusLine.textContent = 'Type a question, a word, a name or an identifier such as a DOI, PMID or NCT number.';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  const ranking = await rankedSearch(pagefind!, query, filters);
  const page = bestAnswerFirst(await Promise.all(ranking.hits.slice(0, PAGE_SIZE).map((hit) => hit.data())), query);
  if (mine !== run) return;
  const first = page[0];
  // A question page shown first always gives its short answer; another page only the answer to the reader question the query asks.
  const answer = first && (first.meta.type === 'question' ? first.meta.answer : answerFor(first, query));
  list.replaceChildren(...page.map((data, i) => card(data, query, i === 0 ? answer : undefined)));
  statusLine.textContent = statusText({
    count: ranking.hits.length,
    query,
    mode: ranking.mode,
    terms: ranking.terms,
    withEveryWord: ranking.withEveryWord,
    shown: page.length,
  });
  list.removeAttribute('aria-busy');
}

/** Sets the form from the URL (on start and when a reader returns to this page). */
function restore(): void {
  const state = readState(location.search, FILTER_NAMES);
  input.value = state.query;
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
  input.addEventListener('input', () => {
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
  list.removeAttribute('aria-busy');
  statusLine.textContent = `Search could not start in this browser (${error instanceof Error ? error.message : String(error)}). Use the list of all pages below.`;
});

export {};
