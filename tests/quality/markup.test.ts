/**
 * Quality gates on the built HTML, without a browser: valid markup, a sitemap
 * that lists every page, well-formed outbound identifiers, a strict
 * Content-Security-Policy in every page and in dist/_headers. Each gate is
 * also run on a fixture it must reject.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { parsePolicy, policyProblems } from './lib/csp.ts';
import { htmlErrors } from './lib/html-validity.ts';
import { identifierLinks } from './lib/identifiers.ts';
import { sitemapPaths } from './lib/sitemap.ts';
import { offenders, offendersAsync } from '../helpers/offenders.ts';

const FIXTURES = 'tests/fixtures/quality';
const pages = builtPages();
const byUrl = (url: string) => pages.find((p) => p.url === url)!;
const metaPolicy = (html: string) => String(select('meta[http-equiv="Content-Security-Policy"]', fromHtml(html))?.properties.content ?? '');

/** The Content-Security-Policy line of dist/_headers for every path (the build writes it from src/lib/core/security-policy.ts). */
function headerPolicy(): string {
  const line = readFileSync('dist/_headers', 'utf8')
    .split('\n')
    .find((l) => /^\s+Content-Security-Policy:/.test(l));
  return line?.split(':').slice(1).join(':').trim() ?? '';
}

describe('sitemap', () => {
  test('lists every built page except the 404 page and frozen versions (/…/v/n/), and nothing else', () => {
    const built = pages.map((p) => p.url).filter((u) => u !== '/404' && !/\/v\/\d+\/$/.test(u));
    expect(sitemapPaths()).toEqual(built.sort());
  });
});

describe('HTML validity (html-validate, recommended and document presets)', () => {
  test('no page has an html-validate error', async () => {
    expect(
      await offendersAsync(
        pages.map((p) => [p.url, p] as const),
        async (_, page) => {
          const errors = await htmlErrors(page.html, page.file);
          expect(errors, errors.join('\n')).toEqual([]);
        },
      ),
    ).toEqual([]);
  }, 120_000);

  test('rejects a fixture with invalid nesting and an image without alt text', async () => {
    const errors = await htmlErrors(readFileSync(join(FIXTURES, 'inaccessible/index.html'), 'utf8'));
    expect(errors.some((e) => e.startsWith('wcag/h37:'))).toBe(true);
    expect(
      errors.some((e) => /^(element-permitted-content|close-order|no-implicit-close):/.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });
});

describe('outbound identifiers (checked offline)', () => {
  test('every page links only well-formed DOIs, PMIDs, PMCIDs and NCT numbers', () => {
    expect(
      offenders(
        pages.map((p) => [p.url, p] as const),
        (_, page) => {
          expect(
            identifierLinks(page.tree)
              .filter((l) => l.problem)
              .map((l) => `${l.href}: ${l.problem}`),
          ).toEqual([]);
        },
      ),
    ).toEqual([]);
  });

  test('the site links identifiers of each kind its bibliography holds', () => {
    const bib = readFileSync('references/library.bib', 'utf8');
    const held = (['doi', 'pmid'] as const).filter((field) => new RegExp(`^\\s*${field}\\s*=`, 'm').test(bib));
    const kinds = new Set(pages.flatMap((p) => identifierLinks(p.tree).map((l) => l.kind)));
    expect([...kinds]).toEqual(expect.arrayContaining(held));
  });

  test('rejects a malformed DOI, PMID, PMCID and NCT number', () => {
    const links = identifierLinks(fromHtml(readFileSync(join(FIXTURES, 'bad-identifiers.html'), 'utf8')));
    expect(links.map((l) => [l.kind, Boolean(l.problem)])).toEqual([
      ['doi', false],
      ['doi', true],
      ['pmid', true],
      ['pmcid', true],
      ['nct', true],
    ]);
    expect(links[4]!.problem).toBe('malformed NCT "NCT0123456": expected NCT followed by 8 digits');
  });
});

describe('Content-Security-Policy', () => {
  test('every page carries the same strict policy in a meta tag, early in the head', () => {
    const policies = new Set(pages.map((p) => metaPolicy(p.html)));
    expect([...policies]).toHaveLength(1);
    const [policy] = policies;
    expect(policyProblems(parsePolicy(policy!))).toEqual([]);
    for (const p of pages) expect(p.html.indexOf('Content-Security-Policy'), p.url).toBeLessThan(p.html.indexOf('<title'));
  });

  test('dist/_headers sends the same policy plus frame-ancestors, and keeps every other line of public/_headers', () => {
    const header = parsePolicy(headerPolicy());
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    header.delete('frame-ancestors');
    expect(header).toEqual(parsePolicy(metaPolicy(byUrl('/').html)));
    const otherLines = (file: string) => readFileSync(file, 'utf8').replace(/^\s+Content-Security-Policy:.*$/m, '');
    expect(otherLines('dist/_headers')).toBe(otherLines('public/_headers'));
  });

  test('no page has an inline script other than JSON-LD data, nor inline event handlers or styles', () => {
    for (const page of pages) {
      const inline = [...page.html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1]!));
      expect(
        inline.map((m) => m[0]),
        page.url,
      ).toEqual([]);
      expect(page.html, page.url).not.toMatch(/<[^>]+\son[a-z]+=/i);
      expect(page.html, page.url).not.toMatch(/<style[\s>]|<[^>]+\sstyle=/i);
    }
  });

  test('rejects a policy that allows inline script or plugins', () => {
    expect(policyProblems(parsePolicy("default-src 'self'; script-src 'self' 'unsafe-inline'; object-src *"))).toEqual([
      "script-src allows 'unsafe-inline'",
      "object-src is not 'none'",
      'no base-uri',
      "no require-trusted-types-for 'script'",
    ]);
  });
});
