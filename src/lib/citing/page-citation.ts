/**
 * src/lib/citing/ owns how the site is cited: each page's citation, head metadata, the reference library and the change feed.
 *
 * How to cite one of our pages, or one finding on it. The page becomes a
 * CSL-JSON item (a report published by the site, numbered by its version:
 * "Version 2", see src/lib/versions/version-rule.ts; list pages, which have no
 * numbered versions, are numbered by the date they were last checked);
 * citation-js produces every format from that one item, so the formats cannot
 * disagree with each other.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslItem } from '../markdown/bibliography.ts';
import { formatReference } from '../markdown/reference-format.ts';
import { SITE_NAME, SITE_URL } from '../site.ts';

/** What a citation needs to know about a page. */
export interface CitablePage {
  /** Page heading. */
  title: string;
  /** Path on the site, with leading and trailing slash, e.g. "/studies/smith2020trial/". */
  path: string;
  /** Date the page's facts were last checked (YYYY-MM-DD); also the version of a page without numbered versions. */
  lastReviewed: string;
  /** One-sentence summary, kept as the abstract. */
  description?: string;
  /**
   * The numbered version cited, for content pages. With `path` (a frozen copy, "/studies/x/v/2/") the citation
   * names that copy: its URL, id and download files; without it the citation names the current page.
   */
  version?: { number: number; path?: string | undefined };
}

/** A finding on a page that readers can cite on its own, by its stable anchor. */
export interface CitableFinding {
  /** Anchor id on the page; never changes when the wording does. */
  id: string;
  /** Short name of the finding, e.g. "More than 50% pain reduction, 15 minutes after the infusion". */
  label: string;
}

/** The downloadable formats, by file extension. */
export const CITATION_FILES = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type CitationFileExtension = keyof typeof CITATION_FILES;

/** Everything the "Cite this page" block shows. */
export interface PageCitation {
  /** The version cited: its number ("2"), or the date checked for a page without numbered versions. */
  version: string;
  /** Date the version's facts were last checked (YYYY-MM-DD). */
  checked: string;
  url: string;
  vancouver: string;
  apa: string;
  bibtex: string;
  ris: string;
  cslJson: string;
  /** Download URL per format, e.g. { bib: "/cite/studies/smith2020trial.bib" }. */
  files: Record<CitationFileExtension, string>;
  /** One Vancouver citation per finding, pointing at its fragment URL. */
  findings: { id: string; label: string; url: string; vancouver: string }[];
}

/** What kind of report a page of the site is, as reference managers save it (CSL genre, Zotero's "Report Type"). */
export const REPORT_TYPE = 'Evidence summary';

/** The page's version: its number when it has numbered versions, else the date its facts were last checked. */
export const pageVersion = (page: Pick<CitablePage, 'lastReviewed' | 'version'>) => (page.version ? String(page.version.number) : page.lastReviewed);

/** The path a citation of the page names: its frozen copy when one is cited, else the page itself. */
export const citedPath = (page: Pick<CitablePage, 'path' | 'version'>) => page.version?.path ?? page.path;

/** Id of a page in citation files: its path without slashes, e.g. "studies-smith2020trial" ("home" for /). */
export function citationId(path: string): string {
  return path.split('/').filter(Boolean).join('-') || 'home';
}

/** Stable download path of one citation file, e.g. "/cite/studies/smith2020trial.bib". */
export function citationFilePath(path: string, extension: CitationFileExtension): string {
  const name = path.split('/').filter(Boolean).join('/') || 'home';
  return `/cite/${name}.${extension}`;
}

const dateParts = (iso: string) => [iso.split('-').map(Number)];

/** The page as a CSL-JSON item. */
export function pageCsl(page: CitablePage, fragment?: { id: string; label: string }): CslItem {
  const path = citedPath(page);
  const url = new URL(path, SITE_URL).href + (fragment ? `#${fragment.id}` : '');
  const version = pageVersion(page);
  return {
    id: citationId(path) + (fragment ? `-${fragment.id}` : ''),
    type: 'report',
    title: fragment ? `${page.title}: ${fragment.label}` : page.title,
    author: [{ literal: SITE_NAME }],
    publisher: SITE_NAME,
    genre: REPORT_TYPE,
    number: `Version ${version}`,
    // BibTeX labels may not contain "-" (citation-js would replace the label).
    'citation-key': (citationId(path) + (fragment ? `-${fragment.id}` : '')).replaceAll('-', '_'),
    issued: { 'date-parts': dateParts(page.lastReviewed) },
    language: 'en',
    URL: url,
    ...(page.description && !fragment ? { abstract: page.description } : {}),
  };
}

/** Every citation format for a page, and a citation per finding. */
export function pageCitation(page: CitablePage, findings: readonly CitableFinding[] = []): PageCitation {
  const item = pageCsl(page);
  const cite = new Cite(item);
  const files = Object.fromEntries(
    (Object.keys(CITATION_FILES) as CitationFileExtension[]).map((ext) => [ext, citationFilePath(citedPath(page), ext)]),
  ) as Record<CitationFileExtension, string>;
  return {
    version: pageVersion(page),
    checked: page.lastReviewed,
    url: String(item.URL),
    vancouver: formatReference(item, 'vancouver'),
    apa: formatReference(item, 'apa'),
    bibtex: bibtexText(cite),
    ris: unwrapRis(cite.format('ris', { format: 'text' })),
    cslJson: cslJsonText(item),
    files,
    findings: findings.map((finding) => {
      const one = pageCsl(page, finding);
      return { id: finding.id, label: finding.label, url: String(one.URL), vancouver: formatReference(one, 'vancouver') };
    }),
  };
}

/**
 * citation-js breaks every RIS value after 70 characters (plugin-ris ris.js,
 * `replace(/(.{70})/g, '$1\n')`), which cuts URLs and titles in two for
 * readers that take a line as a value. Our values hold no newlines, so a line
 * that does not start with a tag is glued back onto the one before.
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9] {2}-/.test(line) || lines.length === 0) lines.push(line);
    else if (line !== '') lines[lines.length - 1] += line;
  }
  return lines.join('\n') + '\n';
}

/** The body of one downloadable citation file, computing only that format (the same code as pageCitation). */
export function citationFile(page: CitablePage, extension: CitationFileExtension): string {
  const item = pageCsl(page);
  if (extension === 'json') return cslJsonText(item);
  const cite = new Cite(item);
  return extension === 'bib' ? bibtexText(cite) : unwrapRis(cite.format('ris', { format: 'text' }));
}

const bibtexText = (cite: InstanceType<typeof Cite>) => cite.format('bibtex', { format: 'text' }).trim() + '\n';
const cslJsonText = (item: CslItem) => JSON.stringify([item], null, 2) + '\n';
