import { describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { citationFormats, citationSets, citationsFile, LEGACY_CITE_REDIRECTS } from '../../../../src/lib/citing/citation-file.ts';
import { pageCitation } from '../../../../src/lib/citing/page-citation.ts';
import { CITATION_SETS, citationFilePath, citationSetId, citationSetPath, citationsFilePath } from '../../../../src/lib/core/urls.ts';
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

describe('citation sets', () => {
  test("a page's set comes from a hash of the path cited, the same on every build", () => {
    // FNV-1a of the path's UTF-8 bytes, modulo 1,024, in three hex digits (checked against an independent FNV-1a in Python).
    expect(['/', '/studies/smith2020trial/', '/studies/smith2020trial/v/2/'].map(citationSetId)).toEqual(['35e', '126', '326']);
    expect(pageCitation(frozen).file).toBe(citationSetPath('/studies/smith2020trial/v/2/'));
    expect(pageCitation(page).file).toBe(citationSetPath('/studies/smith2020trial/'));
    expect(citationSetPath('/studies/smith2020trial/')).toBe(`/citation-sets/${citationSetId('/studies/smith2020trial/')}.json`);
  });

  test('10,000 pages fall in at most CITATION_SETS sets, evenly: none holds more than three times the mean', () => {
    const paths = Array.from({ length: 10_000 }, (_, i) => `/studies/study${i}trial/`);
    const counts = new Map<string, number>();
    for (const path of paths) counts.set(citationSetId(path), (counts.get(citationSetId(path)) ?? 0) + 1);
    expect(counts.size).toBeLessThanOrEqual(CITATION_SETS);
    expect(counts.size).toBeGreaterThan(CITATION_SETS * 0.99);
    expect(Math.max(...counts.values())).toBeLessThan((3 * 10_000) / CITATION_SETS);
  });

  test("each set holds its pages' citations under the path cited, and every page is in its own set", () => {
    const pages = [
      { ...page, findings },
      { ...frozen, findings },
      { title: 'Home', path: '/', lastReviewed: '2026-11-25', findings: [] },
    ];
    const sets = citationSets(pages);
    const held = [...sets.entries()].flatMap(([id, set]) => Object.keys(set.pages).map((path) => [path, id]));
    expect(held.map(([path]) => path).sort()).toEqual(['/', '/studies/smith2020trial/', '/studies/smith2020trial/v/2/']);
    for (const [path, id] of held) expect(citationSetId(path!), path).toBe(id);
    const frozenEntry = sets.get(citationSetId('/studies/smith2020trial/v/2/'))!.pages['/studies/smith2020trial/v/2/']!;
    expect(frozenEntry).toEqual(citationsFile(frozen, findings));
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

describe('the citation URLs given out before', () => {
  const paths = ['/', '/studies/smith2020trial/', '/studies/smith2020trial/v/2/', '/v/3/'];
  const old = paths.flatMap((path) => {
    const target = `${path}#cite`;
    return [...(['bib', 'ris', 'json'] as const).map((ext) => [citationFilePath(path, ext), target] as const), [citationsFilePath(path), target] as const];
  });

  test.each(old)('%s answers with a 301 to %s, the page\'s "Cite this page"', (from, to) => {
    // Cloudflare Pages applies the first rule that matches.
    const first = LEGACY_CITE_REDIRECTS.map((rule) => follow(rule, from)).find(Boolean);
    expect(first).toBe(to);
    expect(new Set(LEGACY_CITE_REDIRECTS.map((rule) => parseRedirectsFile(rule)[0]!.status))).toEqual(new Set([301]));
  });

  test('no rule catches a page or a citation set, so none loops', () => {
    for (const to of [...paths.map((p) => `${p}#cite`), ...paths, citationSetPath('/studies/smith2020trial/')])
      expect(LEGACY_CITE_REDIRECTS.map((rule) => follow(rule, to)).filter(Boolean), to).toEqual([]);
  });

  test('the rules follow the static ones in _redirects, the home page first, eight whatever the size of the site', () => {
    const file = redirectsFile({ '/studies/old/': '/studies/new/' }, { dynamic: LEGACY_CITE_REDIRECTS });
    const rules = parseRedirectsFile(file);
    expect(rules.map((r) => r.from)).toEqual([
      '/studies/old',
      '/studies/old/',
      '/cite/home.bib',
      '/cite/home.ris',
      '/cite/home.json',
      '/citations/home.json',
      '/cite/*.bib',
      '/cite/*.ris',
      '/cite/*.json',
      '/citations/*.json',
    ]);
  });
});
