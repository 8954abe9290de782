/**
 * src/lib/citing/ owns how the site is cited: each page's citation, head metadata, the reference library and the change feed.
 *
 * How to cite one of our pages, or one finding on it. The page becomes a
 * CSL-JSON item (a report published by the site, numbered by its version:
 * "Version 2", see src/lib/versions/version-rule.ts; list pages, which have no
 * numbered versions, are numbered by the date they were last checked);
 * citation-js produces every format from that one item, so the formats cannot
 * disagree with each other. The Vancouver and APA texts are filled in from a
 * stand-in that citeproc formats once for every page alike (src/lib/markdown/
 * reference-template.ts), and each item's files are written once per build.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslItem } from '../core/bibliography/types.ts';
import { formatVarying } from '../markdown/reference-template.ts';
import { SITE_NAME, SITE_URL } from '../site.ts';
import { citationId, citationSetPath } from '../core/urls.ts';
import { withBiblatexFields } from './export-items.ts';

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
  /** Short name of the finding, e.g. "More than 50% symptom reduction, 15 minutes after the dose". */
  label: string;
}

/** The formats citation-js writes as text, by file extension (each was a /cite/<page>.<extension> file until they moved into the citation sets). */
export type CitationFileExtension = 'bib' | 'ris' | 'json';

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
  /** The page's citation set, the shared file holding every format of the page and its findings among other pages' (src/lib/citing/citation-file.ts). */
  file: string;
  /** One Vancouver citation per finding, pointing at its fragment URL. */
  findings: { id: string; label: string; url: string; vancouver: string }[];
}

/** What kind of report a page of the site is, as reference managers save it (CSL genre, Zotero's "Report Type"). */
export const REPORT_TYPE = 'Evidence summary';

/** The page's version: its number when it has numbered versions, else the date its facts were last checked. */
export const pageVersion = (page: Pick<CitablePage, 'lastReviewed' | 'version'>) => (page.version ? String(page.version.number) : page.lastReviewed);

/** The path a citation of the page names: its frozen copy when one is cited, else the page itself. */
export const citedPath = (page: Pick<CitablePage, 'path' | 'version'>) => page.version?.path ?? page.path;

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
  return {
    version: pageVersion(page),
    checked: page.lastReviewed,
    url: String(item.URL),
    vancouver: formatVarying(item, 'vancouver'),
    apa: formatVarying(item, 'apa'),
    bibtex: citationText(item, 'bib'),
    ris: citationText(item, 'ris'),
    cslJson: citationText(item, 'json'),
    file: citationSetPath(citedPath(page)),
    findings: findings.map((finding) => {
      const one = pageCsl(page, finding);
      return { id: finding.id, label: finding.label, url: String(one.URL), vancouver: formatVarying(one, 'vancouver') };
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

/**
 * File texts by item, for the build: a page's citation files are both shown
 * on the page and downloaded from /cite/, and frozen versions show the latest
 * version's citation too; citation-js writes each item's files once.
 */
const citationTexts = new Map<string, Record<CitationFileExtension, string>>();

/** One citation file's text for an item, written by citation-js once per build. */
export function citationText(item: CslItem, extension: CitationFileExtension): string {
  const key = JSON.stringify(item);
  let texts = citationTexts.get(key);
  if (!texts) {
    const cite = new Cite(item);
    texts = {
      bib: withBiblatexFields(cite.format('bibtex', { format: 'text' }).trim(), cite.format('biblatex', { format: 'text' })) + '\n',
      ris: unwrapRis(cite.format('ris', { format: 'text' })),
      json: JSON.stringify([item], null, 2) + '\n',
    };
    citationTexts.set(key, texts);
  }
  return texts[extension];
}
