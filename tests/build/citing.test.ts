/**
 * Citing the site, read from dist/: head metadata on every content page, the
 * "Cite this page" block and its downloads, citable findings and the reference
 * library. Downloads and cited works are checked with parsers independent of
 * the code that produced them (@retorquere/bibtex-parser for BibTeX, a
 * line-based RIS reader, JSON.parse).
 */
import { loadLivingData } from '../../src/lib/living/living-data.ts';
import { runChanges } from '../../src/lib/living/run-changes.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { parseRis } from '../helpers/ris.ts';
import { builtPages, CURRENT_EVIDENCE_PAGE, DIST, listPagesOf, type BuiltPage } from '../helpers/dist.ts';
import { TOPIC } from '../../src/topic.ts';
import { pageVersionState, type VersionedCollection } from '../../src/lib/versions/snapshots.ts';
import { offenders } from '../helpers/offenders.ts';
import { citationSetPath } from '../../src/lib/core/urls.ts';

/** The site's name from its topic configuration (a fork has its own). */
const SITE_NAME = TOPIC.siteName;
const pages = builtPages();
const contentPages = pages.filter((p) => select(CURRENT_EVIDENCE_PAGE, p.tree));
const rows = contentPages.map((p) => [p.url, p] as const);

const meta = (page: BuiltPage, name: string) => selectAll(`meta[name="${name}"], meta[property="${name}"]`, page.tree).map((m) => String(m.properties.content));
const canonical = (page: BuiltPage) => String(select('link[rel="canonical"]', page.tree)?.properties.href);
const heading = (page: BuiltPage) => toString(select('h1', page.tree)!).trim();
const reviewed = (page: BuiltPage) => String(select('.reviewed time', page.tree)?.properties.dateTime);
const normalise = (title: string) =>
  title
    .normalize('NFC')
    .replace(/<[^>]+>|[{}]/g, '')
    .toLowerCase()
    .trim();
/** CSL styles turn straight quotes and apostrophes into typographic ones. */
const plainQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Titles and DOIs in references/library.bib, read by an independent BibTeX parser. */
const bibEntries = parseBibtex(readFileSync('references/library.bib', 'utf8')).entries;
const bibTitles = new Set(bibEntries.map((e) => normalise(String(e.fields.title ?? ''))));
const bibDois = new Set(bibEntries.map((e) => String(e.fields.doi ?? '').toLowerCase()).filter(Boolean));

/** The collection and id of a current content page's source, from its URL. */
function sourceOf(url: string): { collection: VersionedCollection; id: string } {
  const [, first, second] = url.split('/');
  if (!first) return { collection: 'pages', id: 'home' };
  return second ? { collection: first as VersionedCollection, id: second } : { collection: 'pages', id: first };
}
/** The current page's version (src/lib/versions/version-rule.ts, unit-tested there). */
const versionOf = (page: BuiltPage) => {
  const { collection, id } = sourceOf(page.url);
  return pageVersionState('.', collection, id);
};
/** The URL "this version" cites on a current page: its frozen copy when released, else the page. */
const citedUrl = (page: BuiltPage) => {
  const v = versionOf(page);
  return v.released ? `${canonical(page)}v/${v.number}/` : canonical(page);
};

/** The page's own formats in its citation set (every format of the pages whose paths hash to the set, with their findings). */
const citationsOf = (path: string) =>
  (
    JSON.parse(readFileSync(join(DIST, citationSetPath(path)), 'utf8')) as {
      pages: Record<string, { page: Record<'bibtex' | 'ris' | 'cslJson' | 'url' | 'version', string> }>;
    }
  ).pages[path]!.page;

function jsonLdGraph(page: BuiltPage): Record<string, unknown>[] {
  const script = select('script[type="application/ld+json"]', page.tree);
  expect(script, 'no JSON-LD').toBeTruthy();
  const data = JSON.parse(toString(script!)) as { '@context': string; '@graph': Record<string, unknown>[] };
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}

/**
 * How reference managers read a Highwire author: "Family, Given" when it holds a comma, else the last word is
 * the family name (Zotero's ZU.cleanAuthor; Google Scholar's guidelines give "Smith, John" or "John Smith").
 */
function readAuthor(name: string): { family: string; given: string } {
  const comma = name.lastIndexOf(',');
  if (comma >= 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const words = name.trim().split(/\s+/);
  return { family: words.pop()!, given: words.join(' ') };
}

describe('head metadata', () => {
  test('an author is read as reference managers read it', () => {
    expect(readAuthor('Smith, Anna')).toEqual({ family: 'Smith', given: 'Anna' });
    expect(readAuthor('Anna Smith')).toEqual({ family: 'Smith', given: 'Anna' });
  });

  test('every citable page has Highwire, Dublin Core, Open Graph and canonical tags', () => {
    expect(
      offenders(rows, (_, page) => {
        expect(meta(page, 'citation_title')).toEqual([heading(page)]);
        expect(meta(page, 'citation_author').map(readAuthor)).toEqual([{ family: SITE_NAME, given: '' }]);
        expect(meta(page, 'citation_publication_date')).toEqual([reviewed(page).replaceAll('-', '/')]);
        // Zotero keeps the last of citation_publication_date and citation_date: the ISO one.
        expect(meta(page, 'citation_date')).toEqual([reviewed(page)]);
        expect(meta(page, 'DC.type')).toEqual(['Evidence summary']);
        expect(meta(page, 'citation_technical_report_institution')).toEqual([SITE_NAME]);
        expect(meta(page, 'citation_technical_report_number')).toEqual([`Version ${versionOf(page).number}`]);
        // Reference managers save this version, at its frozen URL; og:url and canonical name the current page.
        expect(meta(page, 'citation_fulltext_html_url')).toEqual([citedUrl(page)]);
        expect(meta(page, 'citation_public_url')).toEqual([citedUrl(page)]);
        expect(meta(page, 'DC.identifier')).toEqual([citedUrl(page)]);
        expect(meta(page, 'citation_language')).toEqual(['en']);
        expect(meta(page, 'DC.title')).toEqual([heading(page)]);
        expect(select('link[rel="schema.DC"]', page.tree)).toBeTruthy();
        expect(meta(page, 'og:title')).toEqual([heading(page)]);
        expect(meta(page, 'og:url')).toEqual([canonical(page)]);
        expect(canonical(page)).toMatch(new RegExp(`^https://[^/]+${page.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      }),
    ).toEqual([]);
  });

  const LIST_PAGES = ['/studies/', '/questions/', '/claims/', '/changes/', '/corrections/', '/references/'];
  const newestCheck = ['studies', 'questions', 'claims', 'pages']
    .flatMap((c) =>
      readdirSync(`src/content/${c}`)
        .filter((f) => f.endsWith('.md'))
        .map((f) => parseFrontmatter(readFileSync(`src/content/${c}/${f}`, 'utf8')).frontmatter.lastReviewed as Date | string),
    )
    .map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
    .sort()
    .at(-1)!;

  test('every list page is citable as a report of the site, versioned by the newest check of what it lists', () => {
    expect(
      offenders(LIST_PAGES, (url) => {
        const page = pages.find((p) => p.url === url)!;
        expect(meta(page, 'citation_title')).toEqual([heading(page)]);
        expect(meta(page, 'citation_author').map(readAuthor)).toEqual([{ family: SITE_NAME, given: '' }]);
        expect(meta(page, 'citation_technical_report_institution')).toEqual([SITE_NAME]);
        expect(meta(page, 'citation_date')).toEqual([newestCheck]);
        expect(meta(page, 'citation_technical_report_number')).toEqual([`Version ${newestCheck}`]);
        expect(meta(page, 'citation_fulltext_html_url')).toEqual([canonical(page)]);
        expect(canonical(page)).toMatch(new RegExp(`^https://[^/]+${url}$`));
      }),
    ).toEqual([]);
  });

  test('every citable page names one cited work per in-text reference, each in the bibliography', () => {
    expect(
      offenders(rows, (_, page) => {
        const references = meta(page, 'citation_reference');
        const listed = selectAll('[id^="bib-"]', page.tree).length;
        expect(references.length).toBe(listed);
        for (const reference of references) {
          // A work whose title no source confirmed is named by its DOI instead.
          const title = /citation_title=([^;]*)/.exec(reference)?.[1];
          const doi = /citation_doi=([^;]*)/.exec(reference)?.[1];
          expect(title ?? doi, reference).toBeTruthy();
          const known = title ? bibTitles.has(normalise(title)) : bibDois.has(doi!.toLowerCase());
          expect(known, `not in references/library.bib: ${reference}`).toBe(true);
        }
      }),
    ).toEqual([]);
  });

  test('every citable page has JSON-LD: a MedicalWebPage with its cited works', () => {
    expect(
      offenders(rows, (_, page) => {
        const graph = jsonLdGraph(page);
        const webPage = graph.find((node) => node['@type'] === 'MedicalWebPage');
        expect(webPage).toMatchObject({ url: canonical(page), name: heading(page), lastReviewed: reviewed(page) });
        const citations = webPage!.citation as Record<string, unknown>[];
        expect(citations.length).toBe(meta(page, 'citation_reference').length);
        for (const work of citations) expect(['ScholarlyArticle', 'CreativeWork']).toContain(work['@type']);
        const withDoi = citations.filter((w) => String(w.sameAs ?? '').startsWith('https://doi.org/'));
        for (const work of withDoi) expect(String(work.sameAs)).toMatch(/^https:\/\/doi\.org\/10\.\d{4,9}\/\S+$/);
      }),
    ).toEqual([]);
  });

  test('every claim page has a ClaimReview whose rating is the verdict shown', () => {
    expect(
      offenders(
        rows.filter(([url]) => url.startsWith('/claims/')),
        (_, page) => {
          const review = jsonLdGraph(page).find((node) => node['@type'] === 'ClaimReview');
          expect(review).toBeTruthy();
          expect(review!.claimReviewed).toBe(heading(page));
          const shown = toString(select('#claim-verdict .verdict', page.tree) ?? select('#claim-verdict', page.tree)!).toLowerCase();
          expect(shown).toContain(String((review!.reviewRating as Record<string, unknown>).alternateName));
        },
      ),
    ).toEqual([]);
  });
});

describe('cite this page', () => {
  test('every citable page shows the citation with its version, date and link', () => {
    expect(
      offenders(rows, (_, page) => {
        const block = select('#cite', page.tree);
        expect(block, 'no #cite block').toBeTruthy();
        const vancouver = plainQuotes(toString(select('#cite-vancouver', block!)!));
        expect(vancouver).toContain(heading(page));
        expect(vancouver).toContain(`Version ${versionOf(page).number}`);
        expect(vancouver).toContain(citedUrl(page));
        expect(vancouver).toContain(SITE_NAME);
        expect(toString(select('#cite-apa', block!)!)).toContain(citedUrl(page));
        expect(String(select('[data-cite-version-url]', block!)?.properties.href)).toBe(citedUrl(page));
        expect(block!.properties.dataPagefindIgnore).toBeDefined();
      }),
    ).toEqual([]);
  });

  test('every citable page offers BibTeX, RIS and CSL-JSON downloads that agree with the page', () => {
    expect(
      offenders(rows, (_, page) => {
        const cited = new URL(citedUrl(page)).pathname;
        // The script saves the text shown; without JavaScript the page links to its citation set.
        const blocks = selectAll('#cite > details:not(.cite-latest):not(.cite-findings)', page.tree).map((d) => String(select('pre', d)?.properties.id));
        expect(blocks).toEqual(['cite-bibtex', 'cite-ris', 'cite-csl-json']);
        expect(String(select('#cite a[data-citation-set]', page.tree)?.properties.href)).toBe(citationSetPath(cited));
        const year = reviewed(page).slice(0, 4);
        const file = citationsOf(cited);
        expect([file.url, file.version]).toEqual([citedUrl(page), String(versionOf(page).number)]);

        const bib = parseBibtex(file.bibtex);
        expect(bib.errors).toEqual([]);
        expect(bib.entries).toHaveLength(1);
        const entry = bib.entries[0]!;
        expect(entry.type).toBe('techreport');
        expect(String(entry.fields.title)).toBe(heading(page));
        expect(entry.fields.author).toEqual([{ name: SITE_NAME }]);
        expect(String(entry.fields.year)).toBe(year);
        expect(String(entry.fields.url)).toBe(citedUrl(page));
        expect(String(entry.fields.number)).toBe(`Version ${versionOf(page).number}`);

        const ris = parseRis(file.ris)[0]!;
        expect(ris.TY).toEqual(['RPRT']);
        expect(ris.TI).toEqual([heading(page)]);
        expect(ris.AU).toEqual([SITE_NAME]);
        expect(ris.PY).toEqual([year]);
        expect(ris.UR).toEqual([citedUrl(page)]);
        expect(ris.SN).toEqual([`Version ${versionOf(page).number}`]);

        const csl = (JSON.parse(file.cslJson) as Record<string, unknown>[])[0]!;
        expect(csl).toMatchObject({
          type: 'report',
          title: heading(page),
          URL: citedUrl(page),
          number: `Version ${versionOf(page).number}`,
          author: [{ literal: SITE_NAME }],
          publisher: SITE_NAME,
        });
        expect(csl.issued).toEqual({ 'date-parts': [reviewed(page).split('-').map(Number)] });
        // The BibTeX carries the abstract and language the RIS and CSL-JSON carry (Zotero's BibTeX import reads both).
        expect(csl.abstract).toBeDefined();
        expect([String(entry.fields.abstract).normalize('NFC'), entry.fields.language]).toEqual([csl.abstract, csl.language]);
        expect([ris.AB, ris.LA]).toEqual([[csl.abstract], [csl.language]]);

        // The selectable text on the page is the text in the file.
        expect(toString(select('#cite-bibtex', page.tree)!)).toBe(file.bibtex);
        expect(toString(select('#cite-ris', page.tree)!)).toBe(file.ris);
        expect(toString(select('#cite-csl-json', page.tree)!)).toBe(file.cslJson);
      }),
    ).toEqual([]);
  });

  test('every citable page offers the latest version too, whose every format names the current page', () => {
    expect(
      offenders(rows, (_, page) => {
        const latest = select('#cite .cite-latest', page.tree);
        if (!versionOf(page).released) return expect(latest).toBeFalsy();
        expect(toString(select('#cite-latest-vancouver', latest!)!)).toContain(canonical(page));
        const links = selectAll('a', latest!).map((a) => String(a.properties.href));
        expect(links).toContain(`${page.url}#cite`);
        const csl = (JSON.parse(citationsOf(page.url).cslJson) as Record<string, unknown>[])[0]!;
        expect(csl).toMatchObject({ URL: canonical(page), number: `Version ${versionOf(page).number}` });
      }),
    ).toEqual([]);
  });
});

describe('cite this finding', () => {
  test('on every citable page, every finding citation points at an anchor on the page', () => {
    expect(
      offenders(rows, (_, page) => {
        const items = selectAll('.cite-findings li', page.tree);
        if (page.url.startsWith('/questions/') || page.url.startsWith('/claims/')) expect(items.length).toBeGreaterThan(0);
        for (const item of items) {
          const href = String(select('a', item)!.properties.href);
          expect(href).toMatch(/^#[a-z0-9-]+$/);
          expect(select(`[id="${href.slice(1)}"]`, page.tree), `${href} missing`).toBeTruthy();
          expect(toString(item)).toContain(`${citedUrl(page)}${href}`);
        }
      }),
    ).toEqual([]);
  });

  test("a study's finding anchors are the result ids in its front matter, not derived from wording, then its charts", () => {
    for (const page of contentPages.filter((p) => p.url.startsWith('/studies/'))) {
      const id = page.url.split('/')[2];
      const { frontmatter } = parseFrontmatter(readFileSync(`src/content/studies/${id}.md`, 'utf8'));
      const ids = ((frontmatter.results ?? []) as { id: string }[]).map((r) => `#${r.id}`);
      const charts = selectAll('figure.chart', page.tree).map((f) => `#${String(f.properties.id)}`);
      const cited = selectAll('.cite-findings li > a', page.tree).map((a) => String(a.properties.href));
      expect(cited, page.url).toEqual([...ids, ...charts]);
    }
  });
});

describe('reference library', () => {
  // The library is split into pages when it is long (src/lib/routes/lists.ts); its entries are read across all of them.
  const libraryPages = listPagesOf(pages, '/references/');
  const library = libraryPages.length > 0 ? { tree: { type: 'root', children: libraryPages.flatMap((p) => p.tree.children) } as BuiltPage['tree'] } : undefined;
  const bib = parseBibtex(readFileSync('references/library.bib', 'utf8'));

  test('lists every bibliography entry once, with a COinS span', () => {
    expect(library).toBeTruthy();
    const items = selectAll('.library-list > li', library!.tree);
    expect(items.map((li) => String(li.properties.id))).toEqual(bib.entries.map((e) => `ref-${e.key}`));
    for (const li of items) {
      const coins = String(select('span.Z3988', li)?.properties.title ?? '');
      const params = new URLSearchParams(coins);
      expect(params.get('ctx_ver')).toBe('Z39.88-2004');
      expect(params.get('rft.atitle') ?? params.get('rft.title') ?? params.get('rft.jtitle'), li.properties.id as string).toBeTruthy();
    }
  });

  test('every "cited on" backlink resolves to the reference on that page', () => {
    const links = selectAll('.cited-on a', library!.tree).map((a) => String(a.properties.href));
    expect(links.length).toBeGreaterThan(bib.entries.length / 2);
    for (const href of links) {
      const [path, fragment] = href.split('#');
      const target = pages.find((p) => p.url === path);
      expect(target, href).toBeTruthy();
      expect(select(`[id="${fragment}"]`, target!.tree), href).toBeTruthy();
    }
  });

  test('every work a page cites lists that page under "cited on"', () => {
    let checked = 0;
    for (const page of contentPages) {
      for (const entry of selectAll('#refs [id^="bib-"]', page.tree)) {
        const key = String(entry.properties.id).slice('bib-'.length);
        const citedOn = selectAll('.cited-on a', select(`[id="ref-${key}"]`, library!.tree) as Element).map((a) => String(a.properties.href));
        expect(citedOn, `${page.url} cites ${key}`).toContain(`${page.url}#bib-${key}`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  /** Authors of a BibTeX entry as the independent parser reads them, without "and others". */
  const bibAuthors = (entry: (typeof bib.entries)[number]) =>
    ((entry.fields.author ?? []) as { lastName?: string; firstName?: string; prefix?: string; name?: string }[])
      .filter((a) => (a.lastName ?? a.name) !== 'others')
      .map((a) => (a.prefix ? { ...a, lastName: `${a.prefix} ${a.lastName}` } : a));
  const registration = (entry: (typeof bib.entries)[number]) =>
    /\bNCT\d{8}\b/.exec(`${String(entry.fields.url ?? '')} ${String(entry.fields.howpublished ?? '')}`)?.[0];

  test('each COinS span names every author once (rft.au), the journal abbreviation (rft.stitle), and what a registration or web page is', () => {
    let checked = 0;
    for (const entry of bib.entries) {
      const params = new URLSearchParams(String(select(`[id="ref-${entry.key}"] span.Z3988`, library!.tree)?.properties.title ?? ''));
      // A name in one part ({OKAPI Consortium}) goes with a trailing comma, which Zotero keeps as one name.
      expect(
        params.getAll('rft.au').map((n) => n.normalize('NFC')),
        entry.key,
      ).toEqual(bibAuthors(entry).map((a) => (a.lastName ? [a.lastName, a.firstName].filter(Boolean).join(', ') : `${a.name},`)!.normalize('NFC')));
      if (entry.fields.shortjournal) expect(params.get('rft.stitle'), entry.key).toBe(String(entry.fields.shortjournal));
      const nct = registration(entry);
      if (nct && entry.type === 'misc') {
        expect([params.get('rft.type'), params.get('rft.publisher'), params.get('rft.identifier')], entry.key).toEqual(['dataset', 'ClinicalTrials.gov', nct]);
        checked += 1;
      }
      if (entry.type === 'online') {
        expect([params.get('rft.type'), params.get('rft.source')], entry.key).toEqual(['webpage', String(entry.fields.journal)]);
        checked += 1;
      }
    }
    if (bib.entries.some((e) => e.type === 'online' || (e.type === 'misc' && registration(e)))) expect(checked).toBeGreaterThan(0);
  });

  test("library.json carries what Zotero reads: journalAbbreviation, PMID and PMCID as note lines, registrations as datasets, a web page's site", () => {
    const csl = new Map((JSON.parse(readFileSync(join(DIST, 'references/library.json'), 'utf8')) as Record<string, unknown>[]).map((c) => [String(c.id), c]));
    for (const entry of bib.entries) {
      const item = csl.get(entry.key)!;
      if (entry.fields.shortjournal)
        expect([item.journalAbbreviation, item['container-title-short']], entry.key).toEqual([
          String(entry.fields.shortjournal),
          String(entry.fields.shortjournal),
        ]);
      for (const [field, label] of [
        ['pmid', 'PMID'],
        ['pmcid', 'PMCID'],
      ] as const) {
        if (entry.fields[field]) {
          expect(String(item.note ?? '').split('\n'), entry.key).toContain(`${label}: ${String(entry.fields[field])}`);
          expect(item[label], `${entry.key} keeps the standard field`).toBe(String(entry.fields[field]));
        }
      }
      const nct = registration(entry);
      if (nct && entry.type === 'misc') expect([item.type, item.publisher, item.number], entry.key).toEqual(['dataset', 'ClinicalTrials.gov', nct]);
      if (entry.type === 'online') expect(item['container-title'], entry.key).toBe(String(entry.fields.journal));
      expect(JSON.stringify(item.author ?? []), entry.key).not.toContain('"others"');
    }
  });

  test('library.ris types registrations as datasets with registry and number, and gives a web page its site', () => {
    const ris = new Map(parseRis(readFileSync(join(DIST, 'references/library.ris'), 'utf8')).map((r) => [r.ID?.[0], r]));
    for (const entry of bib.entries) {
      const record = ris.get(entry.key.slice(0, 20))!;
      const nct = registration(entry);
      if (nct && entry.type === 'misc') expect([record.TY?.[0], record.PB?.[0], record.NV?.[0]], entry.key).toEqual(['DATA', 'ClinicalTrials.gov', nct]);
      if (entry.type === 'online') expect([record.TY?.[0], record.T2?.[0]], entry.key).toEqual(['ELEC', String(entry.fields.journal)]);
      expect(record.TY?.[0], entry.key).not.toBe('GEN');
    }
  });

  test('the whole bibliography downloads as BibTeX, RIS and CSL-JSON with the same entries', () => {
    // The file as written, with the repairs for importers of src/lib/citing/library-bibtex.ts (tests/build/reference-managers.test.ts).
    expect(parseBibtex(readFileSync(join(DIST, 'references/library.bib'), 'utf8')).entries.map((e) => e.key)).toEqual(bib.entries.map((e) => e.key));
    const ris = parseRis(readFileSync(join(DIST, 'references/library.ris'), 'utf8'));
    // citation-js cuts RIS ids to 20 characters.
    expect(ris.map((r) => r.ID?.[0])).toEqual(bib.entries.map((e) => e.key.slice(0, 20)));
    const csl = JSON.parse(readFileSync(join(DIST, 'references/library.json'), 'utf8')) as { id: string; title?: string }[];
    expect(csl.map((c) => c.id)).toEqual(bib.entries.map((e) => e.key));
    for (const [i, entry] of bib.entries.entries()) {
      if (entry.fields.title) expect(normalise(csl[i]?.title ?? '')).toBe(normalise(String(entry.fields.title)));
    }
    expect(existsSync(join(DIST, 'references/index.html'))).toBe(true);
  });
});

describe('versions', () => {
  const frontmatterOf = (page: BuiltPage) => {
    const [, collection, id] = page.url.split('/');
    const file = !collection ? 'src/content/pages/home.md' : id ? `src/content/${collection}/${id}.md` : `src/content/pages/${collection}.md`;
    return parseFrontmatter(readFileSync(file, 'utf8')).frontmatter as { lastReviewed: string | Date; changes?: { date: string | Date; summary: string }[] };
  };
  const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

  test('every citable page shows its version and its dated changes, newest first', () => {
    expect(
      offenders(rows, (_, page) => {
        const fm = frontmatterOf(page);
        const block = select('#versions', page.tree);
        expect(block, 'no #versions block').toBeTruthy();
        expect(toString(select('strong', block!)!)).toBe(String(versionOf(page).number));
        expect(toString(block!)).toContain(`last checked against the sources on ${iso(fm.lastReviewed)}`);
        const shown = selectAll('li time', block!).map((t) => String(t.properties.dateTime));
        const expected = (fm.changes ?? [])
          .map((c) => iso(c.date))
          .sort()
          .reverse();
        expect(shown).toEqual(expected);
        for (const change of fm.changes ?? []) expect(toString(block!)).toContain(change.summary);
      }),
    ).toEqual([]);
  });

  test('the "What changed" page and the Atom feed list every change, newest first, with working links', () => {
    // Each page's own log, and one entry per surveillance run that changed something (src/lib/living/run-changes.ts).
    const total = contentPages.reduce((n, p) => n + (frontmatterOf(p).changes ?? []).length, 0) + runChanges(loadLivingData()).length;
    const listed = listPagesOf(pages, '/changes/').flatMap((p) => selectAll('.change-list > li', p.tree));
    expect(listed).toHaveLength(total);
    const dates = listed.map((li) => String(select('time', li)!.properties.dateTime));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const li of listed) {
      const href = String(select('a', li)!.properties.href);
      expect(
        pages.some((p) => p.url === href),
        href,
      ).toBe(true);
    }
    const feed = readFileSync(join(DIST, 'changes.xml'), 'utf8');
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    const ids = [...feed.matchAll(/<id>(tag:[^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(/<updated>([^<]+)<\/updated>/.exec(feed)?.[1]).toBe(`${dates[0]}T00:00:00Z`);
  });
});
