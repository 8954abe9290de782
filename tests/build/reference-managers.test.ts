/**
 * What a reference manager saves from the built site, read the way Zotero's importers read it
 * (zotero/translators 2814370): library.ris line by line, library.json as CSL-JSON family/given,
 * library.bib with an independent BibTeX parser, the COinS spans as OpenURL key/value pairs, and
 * the head's meta tags. Expected values come from references/library.bib read by
 * @retorquere/bibtex-parser, never from the code that wrote the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { parseRis } from '../helpers/ris.ts';
import { builtPages, DIST, listPagesOf, type BuiltPage } from '../helpers/dist.ts';
import { TOPIC } from '../../src/topic.ts';

const pages = builtPages();
const bib = parseBibtex(readFileSync('references/library.bib', 'utf8')).entries;
type Entry = (typeof bib)[number];
type BibName = { lastName?: string; firstName?: string; prefix?: string; suffix?: string; name?: string };

/** An entry's authors as "Family" (with particles) and "Given", without "and others". */
const authorsOf = (entry: Entry) =>
  ((entry.fields.author ?? []) as BibName[])
    .filter((a) => (a.lastName ?? a.name) !== 'others')
    .map((a) => ({
      family: (a.lastName ? [a.prefix, a.lastName].filter(Boolean).join(' ') : a.name!).normalize('NFC'),
      given: (a.firstName ?? '').normalize('NFC'),
    }));
const hasOthers = (entry: Entry) => ((entry.fields.author ?? []) as BibName[]).some((a) => a.lastName === 'others');
const withParticles = bib.filter((e) => ((e.fields.author ?? []) as BibName[]).some((a) => a.prefix));
/** The bibliography as written, read by plain text search, so a check that found nothing of a kind the file has fails (a site without any, like a new fork, has nothing of that kind to check). */
const bibText = readFileSync('references/library.bib', 'utf8');
const hasParticles = /author\s*=\s*\{[^\n]*\b(?:de|van|von|der|del|da|di|le|la)\s+\p{Lu}/iu.test(bibText);
const hasPubMedIds = /^\s*pmc?id\s*=/im.test(bibText);
const hasOrganisations = /author\s*=\s*\{[^\n]*\{\{?[^{}]+\}/i.test(bibText);

/** RIS.js reads AU as "Family, Given"; with no comma, the whole value is a single-field (corporate) creator. */
const readCreator = (text: string) => {
  const comma = text.indexOf(',');
  return comma < 0
    ? { family: text.normalize('NFC'), given: '' }
    : {
        family: text.slice(0, comma).trim().normalize('NFC'),
        given: text
          .slice(comma + 1)
          .trim()
          .normalize('NFC'),
      };
};

/**
 * The COinS reader (and Highwire citation_author) calls cleanAuthor(value, type, value has a comma): with a
 * comma, "Family, Given" (an empty given name is a single-field creator); without one, the last word is the family name.
 */
const readKevCreator = (text: string) => {
  if (text.includes(',')) return readCreator(text);
  const words = text.trim().split(/\s+/);
  return { family: words.pop()!.normalize('NFC'), given: words.join(' ').normalize('NFC') };
};

describe('library.ris, as a RIS importer reads it', () => {
  const records = parseRis(readFileSync(join(DIST, 'references/library.ris'), 'utf8'));

  test('finds every surname particle the bibliography has (when it has any)', () => {
    expect(withParticles.length > 0, 'particles in references/library.bib, against those the BibTeX reader found').toBe(hasParticles);
  });

  test('every author is the bibliography author, particles included, and none is "others"', () => {
    expect(records).toHaveLength(bib.length);
    bib.forEach((entry, i) => expect((records[i]!.AU ?? []).map(readCreator), entry.key).toEqual(authorsOf(entry)));
  });

  test('PMID and PMCID are one M2 line each (Zotero appends M2 to Extra), never a note', () => {
    let checked = 0;
    bib.forEach((entry, i) => {
      const expected = [entry.fields.pmid && `PMID: ${String(entry.fields.pmid)}`, entry.fields.pmcid && `PMCID: ${String(entry.fields.pmcid)}`].filter(
        Boolean,
      );
      expect(records[i]!.M2 ?? [], entry.key).toEqual(expected);
      expect((records[i]!.N1 ?? []).join('\n'), entry.key).not.toMatch(/PMC?ID/);
      checked += expected.length;
    });
    expect(checked > 0, 'PMIDs or PMCIDs in references/library.bib, against those checked').toBe(hasPubMedIds);
  });
});

describe('library.json, as a CSL-JSON importer reads family and given', () => {
  const items = JSON.parse(readFileSync(join(DIST, 'references/library.json'), 'utf8')) as { id: string; author?: Record<string, string>[] }[];

  test('every author is the bibliography author, with particles inside the family name', () => {
    bib.forEach((entry, i) => {
      const authors = (items[i]!.author ?? []).map((a) => ({
        family: (a.family ?? a.literal ?? '').normalize('NFC'),
        given: (a.given ?? '').normalize('NFC'),
      }));
      expect(authors, entry.key).toEqual(authorsOf(entry));
    });
  });
});

describe('library.bib, as a BibTeX importer reads it', () => {
  const download = parseBibtex(readFileSync(join(DIST, 'references/library.bib'), 'utf8')).entries;
  const byKey = new Map(download.map((e) => [e.key, e]));

  test('has the same entries, with no author "others"', () => {
    expect(download.map((e) => e.key)).toEqual(bib.map((e) => e.key));
    for (const entry of download) expect(hasOthers(entry), entry.key).toBe(false);
  });

  test('an entry cut short keeps its named authors', () => {
    for (const entry of bib.filter(hasOthers)) expect(authorsOf(byKey.get(entry.key)!), entry.key).toEqual(authorsOf(entry));
  });

  test('an entry with langid has language, and a registration has its registry as publisher', () => {
    for (const entry of bib) {
      if (entry.fields.langid) expect(String(byKey.get(entry.key)!.fields.language).toLowerCase(), entry.key).toBe(String(entry.fields.langid).toLowerCase());
      if (entry.type === 'misc' && /\bNCT\d{8}\b/.test(String(entry.fields.url ?? '')))
        expect(byKey.get(entry.key)!.fields.publisher, entry.key).toEqual(['ClinicalTrials.gov']);
    }
  });
});

describe('COinS on the reference library, as an OpenURL reader reads it', () => {
  const library = listPagesOf(pages, '/references/');
  const spans = new Map(
    library.flatMap((page) =>
      selectAll('.library-list > li', page.tree).map(
        (li) => [String(li.properties.id).slice('ref-'.length), new URLSearchParams(String(select('span.Z3988', li)?.properties.title ?? ''))] as const,
      ),
    ),
  );
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

  test('every rft.au is read as the bibliography author; a consortium stays one name', () => {
    let single = 0;
    for (const entry of bib) {
      const read = spans.get(entry.key)!.getAll('rft.au').map(readKevCreator);
      expect(read, entry.key).toEqual(authorsOf(entry));
      single += read.filter((a) => a.given === '').length;
    }
    expect(single > 0, 'single-field authors (organisations) in references/library.bib, against those read').toBe(hasOrganisations);
  });

  test('rft.date carries the month wherever the bibliography has one', () => {
    let months = 0;
    for (const entry of bib) {
      const written = String(entry.fields.month ?? '');
      const month = /^\d+$/.test(written) ? Number(written) : MONTHS.indexOf(written.slice(0, 3).toLowerCase()) + 1;
      const expected = month ? `${String(entry.fields.year)}-${String(month).padStart(2, '0')}` : String(entry.fields.year);
      expect(spans.get(entry.key)!.get('rft.date'), entry.key).toBe(expected);
      if (month) months += 1;
    }
    expect(months).toBeGreaterThan(0);
  });

  test('a report carries its institution, a thesis its university and type, and langid its language', () => {
    for (const entry of bib) {
      const kev = spans.get(entry.key)!;
      const institution = String(entry.fields.institution ?? '').normalize('NFC');
      if (entry.type === 'report') expect(kev.get('rft.pub')?.normalize('NFC'), entry.key).toBe(institution);
      if (entry.type === 'thesis') {
        expect(kev.get('rft_val_fmt'), entry.key).toBe('info:ofi/fmt:kev:mtx:dissertation');
        expect([kev.get('rft.inst')?.normalize('NFC'), kev.get('rft.degree')?.normalize('NFC')], entry.key).toEqual([
          institution,
          String(entry.fields.type).normalize('NFC'),
        ]);
      }
      if (entry.fields.langid) expect(kev.get('rft.language'), entry.key).toBe(String(entry.fields.langid));
    }
  });
});

describe('citation metadata on every page', () => {
  const meta = (page: BuiltPage, name: string) => selectAll(`meta[name="${name}"]`, page.tree).map((m) => String(m.properties.content));
  /** A meta-refresh page written for a moved or renamed URL. */
  const redirectStub = (page: BuiltPage) => selectAll('meta[http-equiv="refresh"]', page.tree).length > 0;
  /** Pages nobody cites: the search page and the "not found" page. */
  const NOT_CITABLE = new Set(['/search/', '/404']);

  test('only the search page, the not-found page and redirect stubs have no citation metadata', () => {
    const without = pages.filter((p) => meta(p, 'citation_title').length === 0 && !redirectStub(p)).map((p) => p.url);
    expect(without.filter((url) => !NOT_CITABLE.has(url))).toEqual([]);
  });

  test('the open-data page is saved as a report of the site with its version, and described as a schema.org Dataset', () => {
    const data = pages.find((p) => p.url === '/data/')!;
    const version = String(select('.lede time', data.tree)?.properties.dateTime);
    expect(meta(data, 'citation_title')).toEqual([toString(select('h1', data.tree)!).trim()]);
    expect(meta(data, 'citation_author').map(readKevCreator)).toEqual([{ family: TOPIC.siteName, given: '' }]);
    expect(meta(data, 'citation_technical_report_institution')).toEqual([TOPIC.siteName]);
    expect(meta(data, 'citation_technical_report_number')).toEqual([`Version ${version}`]);
    expect(meta(data, 'citation_date')).toEqual([version]);
    expect(meta(data, 'DC.type')).toEqual(['Dataset']);
    expect(meta(data, 'DC.identifier')[0]).toMatch(/\/data\/$/);
    const jsonLd = selectAll('script[type="application/ld+json"]', data.tree).map((s) => JSON.parse(toString(s)) as Record<string, unknown>);
    expect(jsonLd.map((j) => j['@type'])).toEqual(['Dataset']);
  });

  test('cited works list at most 30 authors in citation_reference and JSON-LD, then "et al."', () => {
    let checked = 0;
    for (const page of pages) {
      for (const reference of meta(page, 'citation_reference')) {
        const authors = reference.split('; ').filter((pair) => pair.startsWith('citation_author='));
        expect(authors.length, page.url).toBeLessThanOrEqual(31);
        expect(authors.slice(0, -1), page.url).not.toContain('citation_author=et al.');
        expect(authors, page.url).not.toContain('citation_author=others');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
