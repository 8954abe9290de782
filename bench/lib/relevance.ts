/**
 * Relevance of site search, measured the way a reader meets it: each query of
 * bench/search-queries.json is typed into the built site's own search page
 * (/search/?q=…) in Chromium, and the result links it shows, in order, are
 * scored against the pages that answer the query. The ranking is therefore
 * the search page's own code, not a copy of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, openPage, searchSettled } from '../../tests/helpers/browser.ts';
import { assertBuilt, DIST } from '../../tests/helpers/dist.ts';
import { serveDirectory } from '../../src/cli/lib/static-server.ts';

export const QUERIES_FILE = resolve(import.meta.dirname, '../search-queries.json');

export interface RelevanceQuery {
  query: string;
  /** Who would type it: patient, clinician or journalist. */
  reader: string;
  /** question, fragment, misspelling, identifier, name, site (about the site itself) or long-question. */
  kind: string;
  /** Which pass wrote it: absent for the first 75, "held-out-…" for queries written without reading the pages' phrasings. */
  set?: string;
  /** URL paths of the pages that answer it best; the first of them in the results counts. */
  answers: string[];
}

export interface Outcome extends RelevanceQuery {
  /** 1-based position of the first answering page among the results shown, or undefined if none is shown. */
  rank: number | undefined;
  /** URL paths of the results shown, in order. */
  shown: string[];
}

export interface Score {
  queries: number;
  /** Share of queries whose first result answers them. */
  top1: number;
  /** Share of queries with an answering page among the first three results. */
  top3: number;
  /** Mean reciprocal rank (0 when no answering page is shown). */
  mrr: number;
}

export function loadQueries(file = QUERIES_FILE): RelevanceQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** Rank of the first answering page in `shown`, 1-based. */
export function rankOf(shown: readonly string[], answers: readonly string[]): number | undefined {
  const i = shown.findIndex((path) => answers.includes(path));
  return i < 0 ? undefined : i + 1;
}

export function score(outcomes: readonly Outcome[]): Score {
  const n = outcomes.length;
  const share = (ok: (o: Outcome) => boolean) => outcomes.filter(ok).length / n;
  return {
    queries: n,
    top1: share((o) => o.rank === 1),
    top3: share((o) => o.rank !== undefined && o.rank <= 3),
    mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
  };
}

/** The result paths the search page shows for `query`, once it has settled. */
export async function shownFor(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await searchSettled(page);
  return page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Runs every query against dist/ in one Chromium page; `console` collects anything the page logged. */
export async function evaluate(queries = loadQueries()): Promise<{ outcomes: Outcome[]; score: Score; console: string[]; foreignRequests: string[] }> {
  assertBuilt();
  const server = await serveDirectory(DIST);
  const browser = await launchChromium();
  try {
    const watched = await openPage(browser, server.origin);
    const outcomes: Outcome[] = [];
    for (const q of queries) {
      const shown = await shownFor(watched.page, server.origin, q.query);
      outcomes.push({ ...q, rank: rankOf(shown, q.answers), shown });
    }
    return { outcomes, score: score(outcomes), console: watched.console, foreignRequests: watched.foreignRequests };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The pass a query came from: "original" for the first set. */
export const setOf = (q: RelevanceQuery) => q.set ?? 'original';

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

/** One line: "75 queries: top-1 52%, top-3 71%, MRR 0.62". */
export const summary = (s: Score) => `${s.queries} queries: top-1 ${pct(s.top1)}, top-3 ${pct(s.top3)}, MRR ${s.mrr.toFixed(2)}`;

/** A Markdown table of the outcomes, misses first, then a line per set of queries and per kind. */
export function report(outcomes: readonly Outcome[]): string {
  const sorted = [...outcomes].sort((a, b) => (b.rank ?? 99) - (a.rank ?? 99));
  const rows = sorted.map((o) => `| ${o.rank ?? '–'} | ${o.query} | ${o.kind} | ${o.answers.join(' ')} | ${o.shown[0] ?? '(none)'} |`);
  const line = (label: string, of: readonly Outcome[]) => `- ${label}: ${summary(score(of))}`;
  const sets = [...new Set(outcomes.map(setOf))].map((s) =>
    line(
      `set ${s}`,
      outcomes.filter((o) => setOf(o) === s),
    ),
  );
  const kinds = [...new Set(outcomes.map((o) => o.kind))].map((k) =>
    line(
      k,
      outcomes.filter((o) => o.kind === k),
    ),
  );
  return ['| rank | query | kind | answers | first result |', '| --- | --- | --- | --- | --- |', ...rows, '', ...sets, ...kinds].join('\n');
}
