/**
 * Each reference-list entry formatted once per build instead of once per page.
 *
 * rehype-citation asks citeproc (through citation-js's engine, one per style
 * and locale) for every page's reference list, and citeproc formats each entry
 * from scratch: at 3,000 pages that was a quarter of the Markdown time. In a
 * numeric style an entry differs from page to page only by its number, so we
 * let citeproc render each work once with its "citation number slug" (a
 * placeholder citeproc itself offers for this) and put the page's number in
 * its place. citeproc still does all the formatting; only repeats are skipped.
 *
 * Styles whose entries depend on their neighbours (subsequent-author
 * substitution, year-suffix disambiguation, reverse-numbered sorting) are
 * passed through untouched.
 */

/** The parts of a citeproc-js engine used here. */
export interface CiteprocEngine {
  makeBibliography(bibsection?: unknown): [BibliographyParams, string[]] | false;
  registry: { getSortedIds(): string[]; registry: Record<string, { seq: number }> };
  opt: { citation_number_slug: string | false };
  sys: { retrieveItem: unknown };
}

export interface BibliographyParams {
  entry_ids: string[][];
  bibliography_errors: unknown[];
  [param: string]: unknown;
}

/** A digit string (so text-case cannot change it) that no reference contains. */
export const NUMBER_SLUG = '90817263544536271809';

/** Style features that make an entry depend on the other entries of the list. */
const CONTEXT_DEPENDENT = /subsequent-author-substitute|disambiguate-add-year-suffix="true"|sort="descending"/;

interface Memo {
  data: object;
  format: string;
  /** The item lookup of the page being rendered: citation-js replaces it whenever it prepares the shared engine for another use. */
  retrieve: unknown;
  entries: Map<string, string>;
  params?: BibliographyParams;
}

const memos = new WeakMap<CiteprocEngine, Memo>();
const patched = new WeakSet<CiteprocEngine>();

const memoizable = new Map<string, boolean>();

/** Whether entries of this style can be formatted once and renumbered. */
export function isMemoizable(styleXml: string): boolean {
  let answer = memoizable.get(styleXml);
  if (answer === undefined) memoizable.set(styleXml, (answer = /\bvariable="citation-number"/.test(styleXml) && !CONTEXT_DEPENDENT.test(styleXml)));
  return answer;
}

/**
 * Makes `engine.makeBibliography()` reuse entries already formatted for the
 * same items (`data`, the array the engine retrieves from) and output format.
 * Call it each time the engine is prepared for a page: the engine is patched
 * once, the cache is dropped when the items or format change (a new
 * bibliography in `astro dev`), and any other user of the shared engine
 * (citation-js formatting "Cite this page") gets citeproc's own output.
 */
export function memoizeBibliography(engine: CiteprocEngine, data: object, format: string, styleXml: string): CiteprocEngine {
  if (!isMemoizable(styleXml)) return engine;
  const memo = memos.get(engine);
  if (memo && memo.data === data && memo.format === format) memo.retrieve = engine.sys.retrieveItem;
  else memos.set(engine, { data, format, retrieve: engine.sys.retrieveItem, entries: new Map() });
  if (patched.has(engine)) return engine;
  patched.add(engine);
  const original = engine.makeBibliography;
  engine.makeBibliography = function makeBibliography(this: CiteprocEngine, bibsection?: unknown) {
    const memo = memos.get(this);
    if (bibsection !== undefined || !memo || memo.retrieve !== this.sys.retrieveItem) return original.call(this, bibsection);
    const ids = this.registry.getSortedIds();
    const missing = ids.filter((id) => !memo.entries.has(id));
    if (missing.length > 0 || !memo.params) {
      this.opt.citation_number_slug = NUMBER_SLUG;
      const result = original.call(this, { include: missing.map((id) => ({ field: 'id', value: id })) });
      this.opt.citation_number_slug = false;
      if (!result) return original.call(this);
      const [params, strings] = result;
      params.entry_ids.forEach(([id], i) => memo.entries.set(id!, strings[i]!));
      memo.params = params;
    }
    const entries = ids.map((id) => memo.entries.get(id)!.replaceAll(NUMBER_SLUG, String(this.registry.registry[id]!.seq)));
    return [{ ...memo.params, entry_ids: ids.map((id) => [id]), bibliography_errors: [] }, entries];
  };
  return engine;
}
