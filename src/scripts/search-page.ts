/**
 * The search page: Pagefind's JavaScript API with a filter pane, result cards
 * built from page metadata, sub-results that link to headings, and a live
 * region that announces the number of results. The query lives in ?q= so a
 * search can be linked and the header box works without JavaScript.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  search(query: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  init(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

const FILTER_LABELS: Record<string, string> = { type: 'Page type', design: 'Study design', certainty: 'Certainty', verdict: 'Verdict', year: 'Year' };
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

function card(data: PagefindResultData, query: string): HTMLLIElement {
  const facts = [data.meta.type, data.meta.design, data.meta.certainty && `certainty ${data.meta.certainty}`, data.meta.verdict && `verdict: ${data.meta.verdict}`, data.meta.participants && `${data.meta.participants} participants`, data.meta.year].filter(Boolean);
  const excerpt = element('p', { className: 'excerpt' });
  excerpt.innerHTML = data.excerpt;
  const item = element('li', { className: 'result' }, element('h2', {}, element('a', { href: withHighlight(data.url, query), textContent: data.meta.title ?? data.url })), element('p', { className: 'result-facts', textContent: facts.join(' · ') }), excerpt);
  const subs = data.sub_results.filter((s) => s.url !== data.url).slice(0, 3);
  if (subs.length) item.append(element('ul', { className: 'sub-results' }, ...subs.map((s) => element('li', {}, element('a', { href: withHighlight(s.url, query), textContent: s.title })))));
  return item;
}

async function renderFilters(): Promise<void> {
  const available = await pagefind!.filters();
  pane.replaceChildren(
    ...Object.keys(FILTER_LABELS).filter((name) => available[name]).map((name) => {
      selected[name] ??= new Set();
      const values = Object.entries(available[name]!).sort(([a], [b]) => a.localeCompare(b));
      return element('fieldset', {}, element('legend', { textContent: FILTER_LABELS[name]! }), ...values.map(([value, count]) => {
        const box = element('input', { type: 'checkbox', value, checked: selected[name]!.has(value) });
        box.dataset.filter = name;
        return element('label', {}, box, ` ${value} (${count})`);
      }));
    }),
  );
}

async function search(): Promise<void> {
  const query = input.value.trim();
  const mine = ++run;
  const filters = Object.fromEntries(Object.entries(selected).filter(([, v]) => v.size).map(([k, v]) => [k, { any: [...v] }]));
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    list.removeAttribute('aria-busy');
    statusLine.textContent = 'Type a word, a name or an identifier such as a DOI, PMID or NCT number.';
    return;
  }
  list.setAttribute('aria-busy', 'true');
  const { results } = await pagefind!.search(query || '', { filters });
  const page = results.slice(0, PAGE_SIZE);
  // The best result first (one fragment to fetch), then the rest of the page.
  const first = page[0] ? await page[0].data() : undefined;
  if (mine !== run) return;
  list.replaceChildren(...(first ? [card(first, query)] : []));
  const shown = results.length > PAGE_SIZE ? ` The first ${PAGE_SIZE} are shown.` : '';
  statusLine.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'}${query ? ` for “${query}”` : ''}.${shown}`;
  const rest = await Promise.all(page.slice(1).map((r) => r.data()));
  if (mine !== run) return;
  list.append(...rest.map((d) => card(d, query)));
  list.removeAttribute('aria-busy');
}

/**
 * Runs `task` with one known console warning dropped. Pagefind 1.6 honours its
 * documented `noWorker` start-up option but then checks it against a list that
 * does not include it, and warns on every page load.
 */
function quietly<T>(warning: RegExp, task: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!warning.test(String(args[0]))) warn(...args);
  };
  try {
    return task();
  } finally {
    console.warn = warn;
  }
}

async function start(): Promise<void> {
  const module = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.origin).href)) as PagefindModule;
  // Our own instance, searching on the main thread: our index chunks are small,
  // and Pagefind's web worker would be one more 12 kB (gzip) script before the
  // first result. (Pagefind starts the instance as it is created.)
  pagefind = quietly(/^Unknown Pagefind option noWorker\b/, () => module.createInstance({ excerptLength: 24, noWorker: true }));
  await pagefind.init();
  input.value = new URLSearchParams(location.search).get('q') ?? '';
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
      history.replaceState(null, '', input.value ? `?q=${encodeURIComponent(input.value)}` : location.pathname);
      void search();
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  pane.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const set = selected[box.dataset.filter!]!;
    if (box.checked) set.add(box.value);
    else set.delete(box.value);
    void search();
  });
}

start().catch(() => {
  statusLine.textContent = 'Search could not start in this browser. Use the list of all pages below.';
});

export {};
