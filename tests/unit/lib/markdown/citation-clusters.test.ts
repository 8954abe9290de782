/**
 * The in-text citation memo must give exactly what citeproc gives an engine that
 * formats every citation, page after page, and must skip citeproc for a
 * citation it has seen with the same numbers.
 */
import { createRequire } from 'node:module';
import { plugins } from '@citation-js/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadBibliography } from '../../../../src/lib/core/bibliography/load.ts';
import { citationsAreNumbers, clusterKey, type CitationCluster } from '../../../../src/lib/markdown/citation-clusters.ts';
import type { CiteprocEngine } from '../../../../src/lib/markdown/citeproc-memo.ts';
import { cachedCite } from '../../../../src/lib/markdown/rehype-evidence-citation.ts';

const CSL = createRequire(import.meta.url)('citeproc');

interface Engine extends CiteprocEngine {
  processCitationCluster(cluster: CitationCluster, pre: [string, number][], post: [string, number][]): [unknown, [number, string, string][]];
}
interface CslConfig {
  engine: (data: object, style: string, lang: string, format: string) => Engine;
  templates: { get(name: string): string };
  locales: { get(name: string): string };
}

/** A fictional bibliography (tests/fixtures/bibliography/memo.bib). */
const load = () => loadBibliography('tests/fixtures/bibliography/memo.bib');
const realCsl = plugins.config.get('@csl') as CslConfig;
const data = () => new (cachedCite(load) as unknown as new () => { data: { id: string }[] })().data;
const keys = load().items.map((item) => item.id);

type Cite = string | { id: string; locator?: string; label?: string; prefix?: string; suffix?: string };
/** One page: its citations in order, each a list of works. */
type Page = Cite[][];

/** The page as rehype-citation asks citeproc for it: each citation with all the earlier ones, keeping only its own text. */
function render(engine: Engine, page: Page) {
  const pre: [string, number][] = [];
  const texts = page.map((cites, i) => {
    const citationID = `CITATION-${i + 1}`;
    const citationItems = cites.map((c) => (typeof c === 'string' ? { id: c } : { ...c }));
    const [, updates] = engine.processCitationCluster({ citationID, citationItems, properties: { noteIndex: 0, mode: '' } }, [...pre], []);
    pre.push([citationID, 0]);
    return updates.find((u) => u[2] === citationID)![1];
  });
  const [params, entries] = engine.makeBibliography() as [{ entry_ids: string[][] }, string[]];
  return { texts, ids: params.entry_ids, entries };
}

/** An engine that has never seen another page, formatting every citation. */
function fresh(style = 'vancouver'): Engine {
  const items = new Map(data().map((item) => [item.id, item]));
  const engine = new CSL.Engine(
    { retrieveItem: (id: string) => items.get(id), retrieveLocale: (lang: string) => realCsl.locales.get(lang) },
    realCsl.templates.get(style),
    'en-US',
    true,
  );
  engine.setOutputFormat('html');
  engine.opt.development_extensions.wrap_url_and_doi = false;
  return engine;
}

/** The engine a page gets from us (one per page, as rehype-citation asks citation-js for one per page). */
const memoized = (style = 'vancouver', onCluster: (c: CitationCluster) => void = () => {}) =>
  (cachedCite(load, onCluster).plugins.config.get('@csl') as CslConfig).engine(data(), style, 'en-US', 'html');

const [a, b, c, d, e, f] = keys as [string, string, string, string, string, string];
/** Pages whose citations repeat, overlap, come back under other numbers, and carry locators and words. */
const pages: Page[] = [
  [[a], [b, c], [a], [d, e, f]],
  [[a], [b, c], [a], [d, e, f]],
  [[c], [a, b], [c, a, b], [f]],
  [[a], [{ id: b, locator: '12', label: 'page' }], [b, c], [{ id: a, prefix: 'see' }]],
  [[d, e, f], [a], [b], [a], [c]],
  [[f, e, d, c, b, a]],
  [[a], [b, c], [a]],
];

afterEach(() => vi.restoreAllMocks());

describe('citation-clusters', () => {
  test('Vancouver citations are numbers only; an author-date style and a numeric style with a sorted reference list are not memoised', () => {
    const vancouver = realCsl.templates.get('vancouver');
    expect(citationsAreNumbers(vancouver)).toBe(true);
    expect(citationsAreNumbers(realCsl.templates.get('apa'))).toBe(false);
    const sorted = vancouver.replace(/(<bibliography\b[^>]*>)/, '$1<sort><key variable="title"/></sort>');
    expect(sorted).not.toBe(vancouver);
    expect(citationsAreNumbers(sorted)).toBe(false);
  });

  test('a plain citation is keyed by its numbers only; one with a locator or words also by its work', () => {
    const numbers = new Map([
      ['x', 1],
      ['y', 2],
    ]);
    const plain = clusterKey({ citationID: 'C-1', citationItems: [{ id: 'x' }, { id: 'y' }], properties: { noteIndex: 0 } }, numbers);
    const other = clusterKey({ citationID: 'C-9', citationItems: [{ id: 'y' }, { id: 'x' }].reverse(), properties: { noteIndex: 0 } }, numbers);
    expect(plain).toBe(other);
    const located = clusterKey({ citationID: 'C-1', citationItems: [{ id: 'x', locator: '4' }] }, numbers);
    expect(located).toContain('"x"');
    expect(located).toContain('"4"');
  });

  test('page after page, citations and reference lists are what an engine formatting every citation gives', () => {
    for (const page of pages) expect(render(memoized(), page)).toEqual(render(fresh(), page));
  });

  test('an author-date style (not memoised) still gets the answers of citeproc', () => {
    expect(render(memoized('apa'), pages[3]!)).toEqual(render(fresh('apa'), pages[3]!));
  });

  test('a page whose citations were all seen before, under the same numbers, asks citeproc for none of them', () => {
    render(memoized(), pages[0]!);
    const spy = vi.spyOn(CSL.Engine.prototype, 'processCitationCluster');
    const again = render(memoized(), pages[0]!);
    expect(spy).not.toHaveBeenCalled();
    expect(again).toEqual(render(fresh(), pages[0]!));
  });

  test('every citation of the page is reported, including the ones the memo answers', () => {
    render(memoized(), pages[1]!);
    const seen: string[] = [];
    render(
      memoized('vancouver', (cluster) => seen.push(cluster.citationID)),
      pages[1]!,
    );
    expect(seen).toEqual(['CITATION-1', 'CITATION-2', 'CITATION-3', 'CITATION-4']);
  });
});
