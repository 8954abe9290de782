/**
 * Search in a real browser, on the built site: the header box leads to the
 * search page, which runs Pagefind, announces the count, filters, and opens
 * results with the query highlighted. Nothing leaves the site's origin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { nearestWord, readVocabulary, VOCABULARY_FILE } from '../../src/lib/search/spelling.ts';
import { searchSettled, type WatchedPage } from '../helpers/browser.ts';
import { browserSuite } from '../helpers/browser-suite.ts';
import { isSearchUrl, literal, SAMPLE, searchPath } from '../helpers/content.ts';
import { DATA_QUESTIONS } from '../../src/lib/search/site-questions.ts';

const suite = browserSuite();
const open = (path: string) => suite.open(path);

/** Paths of the result links once the status line has announced a count. */
async function results(watched: WatchedPage): Promise<string[]> {
  await searchSettled(watched.page);
  return watched.page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The total the live status announces (more than the cards shown on one page of results). */
async function resultCount(watched: WatchedPage): Promise<number> {
  const status = await watched.page.locator('[data-search-status]').textContent();
  return Number(/(\d+) results?/.exec(status ?? '')?.[1] ?? Number.NaN);
}

describe('search', () => {
  test('the header search box on a content page opens the search page with results', async () => {
    const watched = await open(`/studies/${SAMPLE.study}/`);
    await watched.page.getByRole('searchbox', { name: 'Search the evidence' }).fill(SAMPLE.studyQuery);
    await watched.page.getByRole('button', { name: 'Search', exact: true }).click();
    await watched.page.waitForURL('**/search/?q=*');
    expect(await results(watched)).toContain(`/studies/${SAMPLE.study}/`);
    expect(watched.console).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  test('announces the number of results in a live region', async () => {
    const watched = await open(searchPath(SAMPLE.commonWord));
    await results(watched);
    const count = await resultCount(watched);
    expect(count).toBeGreaterThan(0);
    await expect.poll(() => watched.page.getByRole('status').textContent()).toMatch(new RegExp(`^${count} results? for “${literal(SAMPLE.commonWord)}”`));
  });

  test('a filter narrows the results to that page type', async () => {
    const watched = await open(searchPath(SAMPLE.commonWord));
    await results(watched);
    const before = await resultCount(watched);
    await watched.page.getByText('Filter results').click();
    await watched.page
      .locator('[data-search-filters] fieldset')
      .filter({ hasText: 'Page type' })
      .getByLabel(/question \(\d+\)/)
      .check();
    await expect.poll(() => resultCount(watched)).toBeLessThan(before);
    const narrowed = await results(watched);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((p) => p.startsWith('/questions/'))).toBe(true);
    expect(watched.console).toEqual([]);
  });

  test('the first search fetches no web worker and no filter data; opening the filter pane fetches the filters', async () => {
    const watched = await suite.open();
    const fetched: string[] = [];
    watched.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await watched.page.goto(`${suite.origin()}${searchPath(SAMPLE.commonWord)}`);
    await results(watched);
    await watched.page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/pagefind/filter/') || p.includes('worker'))).toEqual([]);
    expect(fetched.filter((p) => p.startsWith('/pagefind/fragment/')).length).toBeGreaterThan(0);
    await watched.page.getByText('Filter results').click();
    await watched.page.locator('[data-search-filters] fieldset').first().waitFor();
    expect(fetched.filter((p) => p.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
  });

  test('a result opens with the query highlighted on the page', async () => {
    const watched = await open(searchPath(SAMPLE.commonWord));
    await results(watched);
    await watched.page.locator('[data-search-results] h2 a').first().click();
    await watched.page.waitForURL(new RegExp(`highlight=${literal(encodeURIComponent(SAMPLE.commonWord))}`));
    await expect.poll(() => watched.page.locator('mark').count()).toBeGreaterThan(0);
    // The highlighter must not inject styles the CSP refuses (it would log a violation).
    expect(watched.console).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  test('without a highlight request a content page loads one small script (at most 2 kB gzip, the README target) and nothing else', async () => {
    const watched = await suite.open();
    const scripts: { url: string; bytes: number }[] = [];
    watched.page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), bytes: gzipSync(await r.body()).length });
    });
    await watched.page.goto(`${suite.origin()}/studies/${SAMPLE.study}/`);
    await watched.page.waitForLoadState('networkidle');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.bytes, scripts[0]!.url).toBeLessThanOrEqual(2048);
  });

  test('with JavaScript off, the search page still lists every page by type', async () => {
    const context = await suite.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.origin()}/search/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Browse all pages' }).isVisible()).toBe(true);
    expect(await page.locator(`.browse a[href="/studies/${SAMPLE.study}/"]`).count()).toBe(1);
    await context.close();
  });

  test("a question in a reader's words finds its answering page first, with its short answer and certainty", async () => {
    const watched = await open(`/search/?q=${encodeURIComponent(SAMPLE.askedQuery)}`);
    expect((await results(watched))[0]).toBe(`/questions/${SAMPLE.askedQuestion}/`);
    const best = watched.page.locator('[data-search-results] li.best-answer');
    await expect
      .poll(() => best.locator('.excerpt').textContent())
      .toMatch(
        new RegExp(
          `^Short answer: ${SAMPLE.askedAnswer
            .split(' ')
            .slice(0, 4)
            .join(' ')
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ),
      );
    if (SAMPLE.askedCertainty) expect(await best.locator('.result-facts').textContent()).toContain(`certainty ${SAMPLE.askedCertainty}`);
    expect(watched.console).toEqual([]);
  });

  test('a question about the site finds its built-in page first, answered by the sentence for that question', async () => {
    const [, licence] = DATA_QUESTIONS;
    const watched = await open(`/search/?q=${encodeURIComponent(licence!.askedAs[0]!)}`);
    expect((await results(watched))[0]).toBe('/data/');
    const best = watched.page.locator('[data-search-results] li.best-answer .excerpt');
    await expect.poll(() => best.textContent()).toBe(`Short answer: ${licence!.answer}`);
    expect(watched.console).toEqual([]);
  });

  test('a claim typed as a question finds the claim page first, answered by the reason for its verdict', async () => {
    const watched = await open(searchPath(`${SAMPLE.claimTitle.toLowerCase()}?`));
    expect((await results(watched))[0]).toBe(`/claims/${SAMPLE.claim}/`);
    const best = watched.page.locator('[data-search-results] li.best-answer .excerpt');
    await expect.poll(() => best.textContent()).toBe(`Short answer: ${SAMPLE.claimReason}`);
    expect(watched.console).toEqual([]);
  });

  test("a query of the topic's own words only finds the overview, the home page, first", async () => {
    const watched = await open(searchPath(SAMPLE.topicQuery));
    expect((await results(watched))[0]).toBe('/');
    expect(await watched.page.locator('[data-search-results] li.best-answer').count()).toBe(0);
    expect(watched.console).toEqual([]);
  });

  test('when no page has every word, the status names the terms that were searched', async () => {
    // No page has the word "unicorns"; "how" and "does" are question words.
    const watched = await open(`/search/?q=${encodeURIComponent(`how does ${SAMPLE.rareWord} help unicorns`)}`);
    expect((await results(watched)).length).toBeGreaterThan(0);
    expect(await watched.page.getByRole('status').textContent()).toMatch(
      new RegExp(`every word.* the most of: ${literal(SAMPLE.rareWord)}, help, unicorns\\.`),
    );
  });

  test('the query and filters stay in the URL, across a reload and Back from a result', async () => {
    const watched = await open('/search/');
    await watched.page.getByRole('searchbox', { name: /Search words/ }).fill(SAMPLE.commonWord);
    await watched.page.waitForURL(isSearchUrl(SAMPLE.commonWord));
    await results(watched);
    await watched.page.getByText('Filter results').click();
    await watched.page
      .locator('[data-search-filters] fieldset')
      .filter({ hasText: 'Page type' })
      .getByLabel(/question \(\d+\)/)
      .check();
    await watched.page.waitForURL(isSearchUrl(SAMPLE.commonWord, { type: 'question' }));
    const narrowed = await results(watched);
    await watched.page.reload();
    expect(await results(watched)).toEqual(narrowed);
    expect(watched.console).toEqual([]);
    await watched.page.locator('[data-search-results] h2 a').first().click();
    await watched.page.waitForURL(/\/questions\//);
    await watched.page.goBack();
    expect(await results(watched)).toEqual(narrowed);
    expect(await watched.page.getByRole('searchbox', { name: /Search words/ }).inputValue()).toBe(SAMPLE.commonWord);
    expect(await watched.page.locator('[data-search-filters] input[value="question"]').isChecked()).toBe(true);
  });

  test('a start-up failure is shown to the reader and logged as an error', async () => {
    const watched = await suite.open();
    await watched.context.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await watched.page.goto(`${suite.origin()}${searchPath(SAMPLE.commonWord)}`);
    await expect
      .poll(() => watched.page.getByRole('status').textContent())
      .toMatch(/^Search could not start in this browser \(.+\)\. Use the list of all pages below\.$/);
    expect(watched.console.some((line) => line.startsWith('error: Search could not start:'))).toBe(true);
    expect(await watched.page.getByRole('heading', { name: 'Browse all pages' }).isVisible()).toBe(true);
  });

  test('with search running, "Browse all pages" is not shown under the results', async () => {
    const watched = await open(`/search/?q=${SAMPLE.commonWord}`);
    await results(watched);
    expect(await watched.page.getByRole('heading', { name: 'Browse all pages' }).isVisible()).toBe(false);
  });

  test('"Show more results" adds ten results at a time from the keyboard, announces them and moves focus to the first new one', async () => {
    const watched = await open(`/search/?q=${SAMPLE.commonWord}`);
    const first = await results(watched);
    const count = await resultCount(watched);
    const more = watched.page.getByRole('button', { name: 'Show more results' });
    expect(first).toHaveLength(Math.min(10, count));
    // A small site (a fork's fixture) may have ten results or fewer: then there is nothing more to show.
    expect(await more.isVisible()).toBe(count > 10);
    if (count <= 10) return;
    await more.focus();
    await watched.page.keyboard.press('Enter');
    const shown = Math.min(20, count);
    await expect.poll(async () => (await results(watched)).length).toBe(shown);
    const all = await results(watched);
    expect(all.slice(0, 10)).toEqual(first);
    expect(new Set(all).size).toBe(shown);
    if (count > 20) expect(await watched.page.getByRole('status').textContent()).toContain('The first 20 are shown.');
    expect(await more.isVisible()).toBe(count > 20);
    const focused = await watched.page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname);
    expect(focused).toBe(all[10]);
    expect(watched.console).toEqual([]);
  });

  test('a misspelt word that finds (almost) nothing is corrected from the index vocabulary and searched at once', async () => {
    const vocabulary = readVocabulary(JSON.parse(readFileSync(join(DIST, VOCABULARY_FILE), 'utf8')));
    // A slip in the site's most frequent long word that the vocabulary corrects back: its fifth letter dropped.
    const slip = (w: string) => w.slice(0, 4) + w.slice(5);
    const word = [...vocabulary.keys()].find((w) => w.length >= 8 && /^[a-z]+$/.test(w) && nearestWord(slip(w), vocabulary) === w)!;
    expect(word).toBeDefined();
    const typo = slip(word);
    const watched = await open(`/search/?q=${typo}`);
    expect((await results(watched)).length).toBeGreaterThan(0);
    const correction = watched.page.locator('[data-search-correction]');
    expect(await correction.textContent()).toBe(`Showing results for ${word}; search instead for ${typo}.`);
    expect(await watched.page.getByRole('status').textContent()).toMatch(new RegExp(`results? for “${word}”`));
    await correction.getByRole('link', { name: typo }).click();
    await watched.page.waitForURL(`**/search/?q=${typo}&verbatim=1`);
    await expect.poll(() => watched.page.getByRole('status').textContent()).toMatch(new RegExp(`^\\d+ results? for “${typo}”`));
    expect(await correction.isVisible()).toBe(false);
    expect(watched.console).toEqual([]);
  });

  test('the spelling vocabulary is not fetched for a query whose words are found', async () => {
    const watched = await suite.open();
    const fetched: string[] = [];
    watched.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await watched.page.goto(`${suite.origin()}/search/?q=${SAMPLE.commonWord}`);
    await results(watched);
    await watched.page.waitForLoadState('networkidle');
    expect(fetched).not.toContain(`/${VOCABULARY_FILE}`);
  });

  test.each([
    [1280, 800],
    [390, 844],
  ])('at %i px the results keep the full width of the page, with the filter pane closed or open', async (width, height) => {
    const watched = await suite.open();
    await watched.page.setViewportSize({ width, height });
    await watched.page.goto(`${suite.origin()}/search/?q=${SAMPLE.commonWord}`);
    await results(watched);
    const widths = () =>
      watched.page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect().width;
        return { results: box('[data-search-results]'), form: box('[data-search-form]') };
      });
    const closed = await widths();
    expect(closed.results).toBeGreaterThanOrEqual(closed.form - 1);
    await watched.page.getByText('Filter results').click();
    await watched.page.locator('[data-search-filters] fieldset').first().waitFor();
    const open = await widths();
    expect(open.results).toBeGreaterThanOrEqual(open.form - 1);
    // 60 characters a line where the screen has room for them.
    const ch = await watched.page.evaluate(() => {
      const probe = Object.assign(document.createElement('span'), { textContent: '0'.repeat(60) });
      document.querySelector('[data-search-results] .excerpt')!.append(probe);
      const w = probe.getBoundingClientRect().width;
      probe.remove();
      return w;
    });
    if (width >= 1024) expect(open.results).toBeGreaterThanOrEqual(ch);
  });
});
