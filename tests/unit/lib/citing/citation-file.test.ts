import { describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { citationFormats, citationsFile, citationsFileParam, LEGACY_CITE_REDIRECTS } from '../../../../src/lib/citing/citation-file.ts';
import { pageCitation } from '../../../../src/lib/citing/page-citation.ts';
import { citationFilePath, citationsFilePath } from '../../../../src/lib/core/urls.ts';
import { parseRedirectsFile, redirectsFile } from '../../../../src/lib/checks/redirects.ts';

const page = { title: 'A page about a trial', path: '/studies/smith2020trial/', lastReviewed: '2026-11-25', description: 'Short.', version: { number: 3 } };
const frozen = { ...page, version: { number: 2, path: '/studies/smith2020trial/v/2/' } };
const findings = [
  { id: 'responders-15-min', label: 'Responders at 15 minutes' },
  { id: 'chart-responders', label: 'Chart: Responders by arm' },
];

/** What a Cloudflare Pages rule does to a path: the destination with its splat filled in, or undefined (its rules engine: `*` is `.*`). */
function follow(rule: string, path: string): string | undefined {
  const { from, to } = parseRedirectsFile(rule)[0]!;
  const match = new RegExp(
    `^${from
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('(?<splat>.*)')}$`,
  ).exec(path);
  return match ? to.replace(':splat', match.groups?.splat ?? '') : undefined;
}

describe('citations file', () => {
  test('is named after the page, its frozen copy or the home page', () => {
    expect(citationsFilePath('/')).toBe('/citations/home.json');
    expect(citationsFilePath('/studies/smith2020trial/v/2/')).toBe('/citations/studies/smith2020trial/v/2.json');
    expect(citationsFileParam(frozen)).toBe('studies/smith2020trial/v/2.json');
    expect(pageCitation(frozen).file).toBe('/citations/studies/smith2020trial/v/2.json');
  });

  test('holds the five formats of the page and of each finding, with its anchor URL and version', () => {
    const file = citationsFile(frozen, findings);
    expect(file.page).toMatchObject({ title: page.title, version: '2', url: expect.stringMatching(/\/studies\/smith2020trial\/v\/2\/$/) });
    expect(file.findings.map((f) => f.id)).toEqual(findings.map((f) => f.id));
    for (const f of file.findings) {
      expect(f.url).toMatch(new RegExp(`/studies/smith2020trial/v/2/#${f.id}$`));
      expect(f.version).toBe('2');
      for (const text of [f.vancouver, f.apa, f.bibtex, f.ris, f.cslJson]) {
        expect(text, f.id).toContain(f.url);
        expect(text, f.id).toContain(f.label);
      }
      expect(f.bibtex, f.id).toContain('Version 2');
      const bib = parseBibtex(f.bibtex);
      expect(bib.errors).toEqual([]);
      expect(bib.entries).toHaveLength(1);
      expect(String(bib.entries[0]!.fields.url)).toBe(f.url);
      expect(f.ris).toMatch(new RegExp(`^UR {2}- ${f.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      expect(JSON.parse(f.cslJson)).toMatchObject([{ URL: f.url, number: 'Version 2', title: `${page.title}: ${f.label}` }]);
    }
  });

  test("the page's formats in the file are the texts the page shows", () => {
    const shown = pageCitation(page, findings);
    const { page: inFile, findings: fileFindings } = citationsFile(page, findings);
    expect(inFile).toMatchObject({ vancouver: shown.vancouver, apa: shown.apa, bibtex: shown.bibtex, ris: shown.ris, cslJson: shown.cslJson });
    expect(fileFindings.map((f) => f.vancouver)).toEqual(shown.findings.map((f) => f.vancouver));
    expect(citationFormats(page, findings[0]).url).toBe(shown.findings[0]!.url);
  });
});

describe('the /cite/ URLs given out before', () => {
  const old = ['/', '/studies/smith2020trial/', '/studies/smith2020trial/v/2/'].flatMap((path) =>
    (['bib', 'ris', 'json'] as const).map((ext) => [citationFilePath(path, ext), citationsFilePath(path)] as const),
  );

  test.each(old)('%s answers with a 301 to %s', (from, to) => {
    const hits = LEGACY_CITE_REDIRECTS.map((rule) => follow(rule, from)).filter(Boolean);
    expect(hits).toEqual([to]);
    expect(LEGACY_CITE_REDIRECTS.map((rule) => parseRedirectsFile(rule)[0]!.status)).toEqual([301, 301, 301]);
  });

  test('no rule catches a citations file, so none loops', () => {
    for (const [, to] of old) expect(LEGACY_CITE_REDIRECTS.map((rule) => follow(rule, to)).filter(Boolean)).toEqual([]);
  });

  test('the rules follow the static ones in _redirects, three whatever the size of the site', () => {
    const file = redirectsFile({ '/studies/old/': '/studies/new/' }, { dynamic: LEGACY_CITE_REDIRECTS });
    const rules = parseRedirectsFile(file);
    expect(rules.map((r) => r.from)).toEqual(['/studies/old', '/studies/old/', '/cite/*.bib', '/cite/*.ris', '/cite/*.json']);
  });
});
