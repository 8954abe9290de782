/**
 * One citations file per page: every format (Vancouver, APA, BibTeX, RIS,
 * CSL-JSON) of the page and of each finding on it, with its anchor URL and
 * version, at /citations/<page path>.json. citation-js writes every text at
 * build time (src/lib/citing/page-citation.ts); the page's small script only
 * reads this file, and without JavaScript the page links to it.
 *
 * It replaces the three files per page (.bib, .ris, .json) that /cite/ used to
 * hold: at 10,000 pages those alone were 30,000 files, over the 20,000 that
 * Cloudflare Pages' free plan deploys. The /cite/ URLs already given out answer
 * with a 301 to this file (LEGACY_CITE_REDIRECTS).
 */
import { formatVarying } from '../markdown/reference-template.ts';
import { citationText, citedPath, pageCsl, pageVersion, type CitableFinding, type CitablePage } from './page-citation.ts';
import { citationFilePath, citationsFilePath } from '../core/urls.ts';

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

/** The body of /citations/<page path>.json. */
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

/** The citations file's name for a page, as /citations/ routes name it (without the leading "/citations/"). */
export const citationsFileParam = (page: Pick<CitablePage, 'path' | 'version'>) => citationsFilePath(citedPath(page)).replace(/^\/citations\//, '');

/**
 * `_redirects` rules (Cloudflare Pages) for every /cite/ URL given out before: /cite/<page>.bib, .ris and .json,
 * frozen versions (/cite/<page>/v/<n>.bib) too, answer with a 301 to the page's citations file. Three dynamic
 * rules whatever the size of the site (Cloudflare allows 100); a splat matches across slashes.
 */
export const LEGACY_CITE_REDIRECTS: readonly string[] = ['bib', 'ris', 'json'].map(
  (ext) => `${citationFilePath('/*/', ext)} ${citationsFilePath('/:splat/')} 301`,
);
