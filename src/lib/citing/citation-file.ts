/**
 * Every format (Vancouver, APA, BibTeX, RIS, CSL-JSON) of each page and of
 * each finding on it, with its anchor URL and version, in shared "citation
 * set" files: a page's citations sit in /citation-sets/<id>.json, where <id>
 * comes from a hash of the page's path, so there are at most CITATION_SETS
 * files whatever the size of the site. citation-js writes every text at build
 * time (src/lib/citing/page-citation.ts); the page's small script reads its
 * page's entry in the set for a finding's formats, and without JavaScript the
 * page links to the set.
 *
 * History: until 2026-12-07 each page wrote /cite/<path>.bib, .ris and .json,
 * then one /citations/<path>.json. At 10,000 pages one file a page is 10,000
 * files beside 10,000 HTML pages, over the 20,000 that Cloudflare Pages' free
 * plan deploys. Every URL of both kinds given out before answers with a 301 to
 * the page's "Cite this page" block, which shows every format
 * (LEGACY_CITE_REDIRECTS).
 */
import { formatVarying } from '../markdown/reference-template.ts';
import { citationText, citedPath, pageCsl, pageVersion, type CitableFinding, type CitablePage } from './page-citation.ts';
import { citationFilePath, citationSetId, citationsFilePath } from '../core/urls.ts';

/** Every format of one citation: a page, or one finding on it. */
export interface CitationFormats {
  /** The URL cited: the page's, or the finding's anchor on it. */
  url: string;
  /** The version cited ("2", or the date checked for a page without numbered versions). */
  version: string;
  vancouver: string;
  apa: string;
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** Every format of one page and of its findings: its entry in its citation set. */
export interface CitationsFile {
  page: CitationFormats & { title: string };
  /** In the order the page lists them under "Cite a single finding". */
  findings: (CitationFormats & CitableFinding)[];
}

/** Every format of the page, or of one finding on it. */
export function citationFormats(page: CitablePage, finding?: CitableFinding): CitationFormats {
  const item = pageCsl(page, finding);
  return {
    url: String(item.URL),
    version: pageVersion(page),
    vancouver: formatVarying(item, 'vancouver'),
    apa: formatVarying(item, 'apa'),
    bibtex: citationText(item, 'bib'),
    ris: citationText(item, 'ris'),
    cslJson: citationText(item, 'json'),
  };
}

/** The citations file of a page (current or frozen) and its findings. */
export function citationsFile(page: CitablePage, findings: readonly CitableFinding[]): CitationsFile {
  return {
    page: { title: page.title, ...citationFormats(page) },
    findings: findings.map((f) => ({ id: f.id, label: f.label, ...citationFormats(page, f) })),
  };
}

/** The body of /citation-sets/<id>.json: each page's citations, by the path cited ("/studies/x/", "/studies/x/v/2/"). */
export interface CitationSet {
  pages: Record<string, CitationsFile>;
}

/** Every page's citations, in the sets they belong to, by set id (sorted, so a build writes the same files in the same order). */
export function citationSets(pages: readonly (CitablePage & { findings: readonly CitableFinding[] })[]): Map<string, CitationSet> {
  const sets = new Map<string, CitationSet>();
  const byPath = pages.map((page) => [citedPath(page), page] as const).sort(([a], [b]) => a.localeCompare(b));
  for (const [path, page] of byPath) {
    const id = citationSetId(path);
    if (!sets.has(id)) sets.set(id, { pages: {} });
    sets.get(id)!.pages[path] = citationsFile(page, page.findings);
  }
  return new Map([...sets].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * `_redirects` rules (Cloudflare Pages) for every citation URL given out before: /cite/<page>.bib, .ris and
 * .json, and /citations/<page>.json, frozen versions (/cite/<page>/v/<n>.bib) too, answer with a 301 to the
 * page's "Cite this page" block, which shows every format and from which a reference manager saves the page
 * itself. The home page's files were named "home"; its rules come first, since the first rule that matches
 * wins. Eight rules whatever the size of the site (Cloudflare allows 100 dynamic ones); a splat matches
 * across slashes and Cloudflare keeps the "#cite" of the destination.
 */
export const LEGACY_CITE_REDIRECTS: readonly string[] = [
  ...['bib', 'ris', 'json'].map((ext) => `${citationFilePath('/', ext)} /#cite 301`),
  `${citationsFilePath('/')} /#cite 301`,
  ...['bib', 'ris', 'json'].map((ext) => `${citationFilePath('/*/', ext)} /:splat/#cite 301`),
  `${citationsFilePath('/*/')} /:splat/#cite 301`,
];
