/**
 * Citing one finding or chart, read from dist/: every entry under "Cite a
 * single finding" offers Vancouver, APA, BibTeX, RIS and CSL-JSON with its
 * anchor URL and version, through the page's citations file; the file's texts
 * parse with readers independent of citation-js (@retorquere/bibtex-parser,
 * a line-based RIS reader, JSON.parse); no page writes /cite/ files any more,
 * and every /cite/ URL given out before is redirected to an existing file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, type BuiltPage } from '../helpers/dist.ts';
import { parseRedirectsFile } from '../../src/lib/checks/redirects.ts';
import type { CitationsFile } from '../../src/lib/citing/citation-file.ts';

const pages = builtPages().filter((p) => select('#cite', p.tree));
const withFindings = pages.filter((p) => select('.cite-findings', p.tree)).map((p) => [p.url, p] as const);
const readCitations = (href: string) => JSON.parse(readFileSync(join(DIST, href), 'utf8')) as CitationsFile;
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

describe('cite a single finding', () => {
  test('the site has findings to cite: results, short answers, verdicts and charts', () => {
    const ids = withFindings.flatMap(([, p]) => selectAll('.cite-findings li > a', p.tree).map((a) => String(a.properties.href)));
    expect(ids).toContain('#short-answer');
    expect(ids).toContain('#claim-verdict');
    expect(ids.some((id) => id.startsWith('#chart-'))).toBe(true);
  });

  test.each(withFindings)('%s: each finding offers the five formats with its anchor URL and version', (_, page) => {
    // Without JavaScript, the Download links of "Cite this page" open the citations file.
    const fileLink = select('#cite > details:not([class]) p > a[href^="/citations/"]', page.tree);
    expect(fileLink, 'no link to the citations file').toBeTruthy();
    const file = readCitations(String(fileLink!.properties.href));
    expect(file.page.url).toBe(citedUrl(page));
    const items = selectAll('.cite-findings li', page.tree);
    expect(file.findings.map((f) => `#${f.id}`)).toEqual(items.map((li) => String(select('a', li)!.properties.href)));
    for (const [i, item] of items.entries()) {
      const finding = file.findings[i]!;
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
      expect(csl).toMatchObject({ type: 'report', URL: finding.url, number: `Version ${finding.version}`, title: `${file.page.title}: ${finding.label}` });
    }
  });
});

describe('citation files at scale', () => {
  const citable = readdirSync(join(DIST, 'citations'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

  test('one citations file per citable page, current or frozen, and no /cite/ files', () => {
    expect(existsSync(join(DIST, 'cite'))).toBe(false);
    const name = (path: string) => `${path.split('/').filter(Boolean).join('/') || 'home'}.json`;
    const linked = pages.flatMap((p) => selectAll('#cite a[href^="/citations/"]', p.tree).map((a) => String(a.properties.href).replace(/^\/citations\//, '')));
    // Each page's version and the current page (cited as "the latest version" from frozen copies).
    const expected = new Set([
      ...pages.map((p) => name(new URL(citedUrl(p)).pathname)),
      ...pages.filter((p) => !/\/v\/\d+\/$/.test(p.url)).map((p) => name(p.url)),
    ]);
    expect(new Set(citable)).toEqual(expected);
    for (const href of linked) expect(citable, href).toContain(href);
  });

  test("every /cite/ URL given out before answers, through _redirects' splat rules, with a citations file that exists", () => {
    const rules = parseRedirectsFile(readFileSync(join(DIST, '_redirects'), 'utf8')).filter((r) => r.from.startsWith('/cite/'));
    expect(rules.length).toBeLessThanOrEqual(3);
    for (const name of citable) {
      for (const ext of ['bib', 'ris', 'json']) {
        const old = `/cite/${name.replace(/\.json$/, '')}.${ext}`;
        const rule = rules.find((r) => new RegExp(`^${r.from.split('*').map(escape).join('(.*)')}$`).test(old));
        expect(rule, old).toBeTruthy();
        expect(rule!.status).toBe(301);
        const splat = new RegExp(`^${rule!.from.split('*').map(escape).join('(.*)')}$`).exec(old)![1]!;
        expect(existsSync(join(DIST, rule!.to.replace(':splat', splat))), old).toBe(true);
      }
    }
  });
});
