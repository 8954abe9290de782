/**
 * Citing one finding or chart, read from dist/: every entry under "Cite a
 * single finding" offers Vancouver, APA, BibTeX, RIS and CSL-JSON with its
 * anchor URL and version, through the page's entry in its citation set; the
 * set's texts parse with readers independent of citation-js
 * (@retorquere/bibtex-parser, a line-based RIS reader, JSON.parse); the sets
 * are a fixed number of shared files, no page writes /cite/ or /citations/
 * files any more, and every URL of those given out before is redirected to
 * the "Cite this page" block of a page that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, type BuiltPage } from '../helpers/dist.ts';
import { parseRedirectsFile } from '../../src/lib/checks/redirects.ts';
import type { CitationSet, CitationsFile } from '../../src/lib/citing/citation-file.ts';
import { CITATION_SETS, citationSetId } from '../../src/lib/core/urls.ts';

const pages = builtPages().filter((p) => select('#cite', p.tree));
const withFindings = pages.filter((p) => select('.cite-findings', p.tree)).map((p) => [p.url, p] as const);
const readSet = (href: string) => JSON.parse(readFileSync(join(DIST, href), 'utf8')) as CitationSet;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** RIS tags and values of the first record, read line by line (no citation-js). */
function risRecord(text: string): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const line of text.split(/\r?\n/).filter(Boolean)) {
    const match = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!match) throw new Error(`RIS line without a tag: ${line}`);
    (record[match[1]!] ??= []).push(match[2]!.trim());
  }
  return record;
}

/** The version the page's "Cite this page" block shows ("version 2"). */
const shownVersion = (page: BuiltPage) => toString(select('#cite > p strong', page.tree)!).replace(/^version /, '');
const citedUrl = (page: BuiltPage) => String(select('[data-cite-version-url]', page.tree)!.properties.href);
const citedPath = (page: BuiltPage) => new URL(citedUrl(page)).pathname;
const setLink = (page: BuiltPage) => select('#cite a[data-citation-set]', page.tree);
/** The page's entry in the citation set it links to. */
function pageEntry(page: BuiltPage): CitationsFile | undefined {
  const link = setLink(page);
  return link ? readSet(String(link.properties.href)).pages[citedPath(page)] : undefined;
}

describe('cite a single finding', () => {
  test('the site has findings to cite: results, short answers, verdicts and charts', () => {
    const ids = withFindings.flatMap(([, p]) => selectAll('.cite-findings li > a', p.tree).map((a) => String(a.properties.href)));
    expect(ids).toContain('#short-answer');
    expect(ids).toContain('#claim-verdict');
    expect(ids.some((id) => id.startsWith('#chart-'))).toBe(true);
  });

  test.each(withFindings)('%s: each finding offers the five formats with its anchor URL and version', (_, page) => {
    // Without JavaScript, "Cite this page" links to the citation set that holds the page's entry.
    const file = pageEntry(page);
    expect(file, 'no entry for the page in the citation set it links to').toBeDefined();
    expect(file!.page.url).toBe(citedUrl(page));
    const items = selectAll('.cite-findings li', page.tree);
    expect(file!.findings.map((f) => `#${f.id}`)).toEqual(items.map((li) => String(select('a', li)!.properties.href)));
    for (const [i, item] of items.entries()) {
      const finding = file!.findings[i]!;
      // src/scripts/cite-formats.ts gives each of these items its formats button (tests/browser/citing.test.ts).
      expect(String(select('a', item)!.properties.href)).toBe(`#${finding.id}`);
      expect(finding.url).toBe(`${citedUrl(page)}#${finding.id}`);
      expect(finding.version).toBe(shownVersion(page));
      expect(toString(select(`#cite-finding-${finding.id}`, item)!)).toBe(finding.vancouver);
      for (const text of [finding.vancouver, finding.apa]) {
        expect(text, finding.id).toContain(finding.url);
        expect(text, finding.id).toContain(`Version ${finding.version}`);
      }

      const bib = parseBibtex(finding.bibtex);
      expect(bib.errors, finding.id).toEqual([]);
      expect(bib.entries).toHaveLength(1);
      expect(bib.entries[0]!.type).toBe('techreport');
      expect([String(bib.entries[0]!.fields.url), String(bib.entries[0]!.fields.number)]).toEqual([finding.url, `Version ${finding.version}`]);
      expect(String(bib.entries[0]!.fields.title)).toContain(finding.label.replace(/[{}]/g, ''));

      const ris = risRecord(finding.ris);
      expect([ris.TY, ris.UR, ris.SN], finding.id).toEqual([['RPRT'], [finding.url], [`Version ${finding.version}`]]);
      expect(ris.ER).toBeDefined();

      const [csl, ...more] = JSON.parse(finding.cslJson) as Record<string, unknown>[];
      expect(more).toEqual([]);
      expect(csl).toMatchObject({ type: 'report', URL: finding.url, number: `Version ${finding.version}`, title: `${file!.page.title}: ${finding.label}` });
    }
  });
});

describe('citation sets at scale', () => {
  const sets = readdirSync(join(DIST, 'citation-sets')).map((name) => [name.replace(/\.json$/, ''), readSet(`/citation-sets/${name}`)] as const);
  const held = sets.flatMap(([id, set]) => Object.keys(set.pages).map((path) => [path, id] as const));
  const rules = parseRedirectsFile(readFileSync(join(DIST, '_redirects'), 'utf8'));
  // Each page's version and the current page (cited as "the latest version" from frozen copies).
  const cited = new Set([...pages.map(citedPath), ...pages.filter((p) => !/\/v\/\d+\/$/.test(p.url)).map((p) => p.url)]);

  test('every citable page, current or frozen, is in the one set its hash names, and no /cite/ or /citations/ files are written', () => {
    expect(existsSync(join(DIST, 'cite'))).toBe(false);
    expect(existsSync(join(DIST, 'citations'))).toBe(false);
    expect(sets.length).toBeLessThanOrEqual(CITATION_SETS);
    expect(held.map(([path]) => path).sort()).toEqual([...cited].sort());
    for (const [path, id] of held) expect(citationSetId(path), path).toBe(id);
    for (const page of pages) expect(String(setLink(page)?.properties.href), page.url).toBe(`/citation-sets/${citationSetId(citedPath(page))}.json`);
  });

  test('the page\'s own formats in its set are the texts its "Cite this page" shows', () => {
    for (const page of pages) {
      const entry = pageEntry(page)!;
      expect(entry.page.bibtex, page.url).toBe(toString(select('#cite-bibtex', page.tree)!));
      expect(entry.page.ris, page.url).toBe(toString(select('#cite-ris', page.tree)!));
      expect(entry.page.vancouver, page.url).toBe(toString(select('#cite-vancouver', page.tree)!));
    }
  });

  test('without JavaScript the texts are on the page to copy: the Download and Copy buttons are hidden until the script shows them', () => {
    for (const page of pages) {
      const buttons = selectAll('#cite > details:not([class]) p > button', page.tree);
      expect(
        buttons.map((b) => toString(b).trim()),
        page.url,
      ).toEqual(['Download BibTeX', 'Copy', 'Download RIS', 'Copy', 'Download CSL-JSON', 'Copy']);
      for (const b of buttons) expect(b.properties.hidden, page.url).toBe(true);
      expect(selectAll('#cite > details:not([class]) a', page.tree), page.url).toEqual([]);
    }
  });

  test("every /cite/ and /citations/ URL given out before answers, through _redirects' rules, with a page that exists and its #cite", () => {
    const legacy = rules.filter((r) => r.from.startsWith('/cite/') || r.from.startsWith('/citations/'));
    expect(legacy.length).toBeLessThanOrEqual(8);
    for (const path of cited) {
      const name = path.split('/').filter(Boolean).join('/') || 'home';
      for (const old of [...['bib', 'ris', 'json'].map((ext) => `/cite/${name}.${ext}`), `/citations/${name}.json`]) {
        // Cloudflare Pages applies the first rule that matches.
        const rule = legacy.find((r) => new RegExp(`^${r.from.split('*').map(escape).join('(.*)')}$`).test(old));
        expect(rule, old).toBeTruthy();
        expect(rule!.status).toBe(301);
        const splat = new RegExp(`^${rule!.from.split('*').map(escape).join('(.*)')}$`).exec(old)![1] ?? '';
        const to = rule!.to.replace(':splat', splat);
        expect(to, old).toBe(`${path}#cite`);
        const target = pages.find((p) => p.url === path);
        expect(target && select('#cite', target.tree), old).toBeTruthy();
      }
    }
  });
});
