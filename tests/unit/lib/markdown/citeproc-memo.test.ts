/**
 * The reference-list memo must give exactly what citeproc gives a fresh engine,
 * page after page, whatever the order and overlap of the works cited.
 */
import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadBibliography } from '../../../../src/lib/core/bibliography/load.ts';
import { isMemoizable, NUMBER_SLUG, type CiteprocEngine } from '../../../../src/lib/markdown/citeproc-memo.ts';
import { cachedCite } from '../../../../src/lib/markdown/rehype-evidence-citation.ts';

const CSL = createRequire(import.meta.url)('citeproc');

interface CslConfig {
  engine: (data: object, style: string, lang: string, format: string) => CiteprocEngine & { updateItems(ids: string[]): void };
  templates: { get(name: string): string };
  locales: { get(name: string): string };
}

/** A fictional bibliography with the kinds of entry the site has: articles (up to 9 authors, particles, "and others"), web articles and reports. */
const load = () => loadBibliography('tests/fixtures/bibliography/memo.bib');
const realCsl = plugins.config.get('@csl') as CslConfig;
const memoCsl = cachedCite(load).plugins.config.get('@csl') as CslConfig;
const data = () => new (cachedCite(load) as unknown as new () => { data: { id: string }[] })().data;

/** What citeproc makes of one page's works with an engine that has never seen another page. */
function fresh(keys: string[], style = 'vancouver') {
  const items = new Map(data().map((item) => [item.id, item]));
  const engine = new CSL.Engine(
    { retrieveItem: (id: string) => items.get(id), retrieveLocale: (lang: string) => realCsl.locales.get(lang) },
    realCsl.templates.get(style),
    'en-US',
    true,
  );
  engine.setOutputFormat('html');
  engine.opt.development_extensions.wrap_url_and_doi = false;
  engine.updateItems(keys);
  const [params, entries] = engine.makeBibliography();
  return { ids: params.entry_ids, entries };
}

/** The same page through the engine rehype-citation gets from us. */
function memoized(keys: string[], style = 'vancouver') {
  const engine = memoCsl.engine(data(), style, 'en-US', 'html');
  engine.updateItems(keys);
  const [params, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
  return { ids: params.entry_ids, entries };
}

const keys = load().items.map((item) => item.id);
/** Pages citing overlapping works in different orders, so each work comes back under other numbers. */
const pages = [keys.slice(0, 8), [...keys.slice(0, 8)].reverse(), keys.slice(4, 16), [keys[10]!, keys[0]!, keys[20]!], keys, [...keys].reverse(), [keys[3]!]];

afterEach(() => vi.restoreAllMocks());

describe('citeproc-memo', () => {
  test('the bibliography has enough works for the page mixes below', () => {
    expect(keys.length).toBeGreaterThanOrEqual(21);
  });

  test('every page gets exactly the reference list a fresh citeproc engine makes', () => {
    for (const page of pages) expect(memoized(page)).toEqual(fresh(page));
  });

  test('a work cited again is not formatted again, only renumbered', () => {
    memoized(keys);
    const rendered = vi.spyOn(CSL, 'getBibliographyEntries');
    const page = [keys[5]!, keys[2]!, keys[9]!];
    const result = memoized(page);
    expect(rendered).not.toHaveBeenCalled();
    expect(result.entries[0]).toMatch(/csl-left-margin">1\. </);
    expect(result.entries[2]).toMatch(/csl-left-margin">3\. </);
    expect(result).toEqual(fresh(page));
  });

  test('other users of the shared engine (citation-js formatting other items) get citeproc output, not cached entries', () => {
    memoized(keys);
    const renamed = data()
      .slice(0, 3)
      .map((item) => ({ ...item, title: `Changed title of ${item.id}` }));
    const viaCitationJs = plugins.output.format('bibliography', renamed, { template: 'vancouver', format: 'html' }) as string;
    for (const item of renamed) expect(viaCitationJs).toContain(item.title);
    expect(viaCitationJs).not.toContain(NUMBER_SLUG);
    expect(memoized(pages[2]!)).toEqual(fresh(pages[2]!));
  });

  test('only styles whose entries do not depend on their neighbours are memoised', () => {
    expect(isMemoizable(realCsl.templates.get('vancouver'))).toBe(true);
    expect(isMemoizable(realCsl.templates.get('apa'))).toBe(false);
    expect(isMemoizable(realCsl.templates.get('harvard1'))).toBe(false);
    expect(memoized(pages[0]!, 'apa')).toEqual(fresh(pages[0]!, 'apa'));
  });
});
