/**
 * The reference library's downloads and COinS spans, read the way Zotero's importers read them
 * (zotero/translators 2814370: RIS.js, BibTeX.js, CSL JSON via utilities_item.js, COinS via
 * Zotero.Utilities.parseContextObject), on a fictional bibliography with surname particles, a
 * consortium in an author list, an organisation as a single-field author, "and others", a report,
 * a thesis, a registration and a language (tests/fixtures/citing/reference-managers.bib).
 */
import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { parseRis } from '../../../helpers/ris.ts';
import { parseBibliography } from '../../../../src/lib/core/bibliography/check.ts';
import { coins, kevDate, libraryFileOf } from '../../../../src/lib/citing/reference-library.ts';
import { citationText } from '../../../../src/lib/citing/page-citation.ts';

const FILE = 'tests/fixtures/citing/reference-managers.bib';
const bibliography = parseBibliography(readFileSync(FILE, 'utf8'), FILE);
const csl = (key: string) => bibliography.references.get(key)!.csl;

type Creator = { lastName: string; firstName?: string } | { name: string };

/** RIS.js: AU is "Family, Given"; with no comma (or no given name) a single-field creator. */
function risCreator(text: string): Creator {
  const [lastName, ...rest] = text.split(/\s*,\s*/);
  const firstName = rest.join(', ');
  return firstName ? { lastName: lastName!, firstName } : { name: lastName! };
}

/** parseContextObject: cleanAuthor(rft.au, "author", has a comma); without a comma the last word is the family name. */
function kevCreator(text: string): Creator {
  if (text.includes(',')) return risCreator(text);
  const words = text.split(/\s+/);
  return { lastName: words.pop()!, firstName: words.join(' ') };
}

/** Zotero's Extra field from a RIS record: every M2 value on its own line. */
const risExtra = (record: Record<string, string[]>) => (record.M2 ?? []).join('\n');

/** The "Key: value" lines of an Extra field, as Zotero reads identifiers from it. */
const extraFields = (extra: string) => Object.fromEntries(extra.split('\n').map((line) => line.split(/:\s*/, 2) as [string, string]));

describe('library.ris', () => {
  const records = parseRis(libraryFileOf(bibliography, 'library.ris'));
  const record = (key: string) => records[[...bibliography.references.keys()].indexOf(key)]!;

  test('writes each surname with its particles, and a consortium as one name', () => {
    expect(record('delafuente2020fictional').AU!.map(risCreator)).toEqual([
      { lastName: 'de la Fuente', firstName: 'Ana' },
      { lastName: 'van Berg', firstName: 'Jan' },
      { name: 'Fictional Study Consortium' },
      { lastName: 'Pondé de Lima', firstName: 'Rui' },
      { lastName: 'Smith', firstName: 'Bob' },
    ]);
  });

  test('puts PMID and PMCID on separate M2 lines, which Zotero reads into Extra, and in no note', () => {
    const fictional = record('delafuente2020fictional');
    expect(fictional.M2).toEqual(['PMID: 12345678', 'PMCID: PMC1234567']);
    expect(extraFields(risExtra(fictional))).toEqual({ PMID: '12345678', PMCID: 'PMC1234567' });
    expect(fictional.N1 ?? []).toEqual([]);
    expect(record('doe2022fictional').M2).toBeUndefined();
  });

  test('names no "others" for a list that goes on', () => {
    expect(record('roe2023fictional').AU).toEqual(['Roe, Richard A.']);
  });
});

describe('library.json', () => {
  const items = JSON.parse(libraryFileOf(bibliography, 'library.json')) as { id: string; author?: Record<string, string>[]; note?: string }[];
  const item = (key: string) => items.find((i) => i.id === key)!;

  test('writes particles inside the family name (Zotero reads only family and given)', () => {
    const authors = item('delafuente2020fictional').author!;
    expect(authors.map((a) => a.family ?? a.literal)).toEqual(['de la Fuente', 'van Berg', 'Fictional Study Consortium', 'Pondé de Lima', 'Smith']);
    expect(authors.some((a) => 'non-dropping-particle' in a || 'dropping-particle' in a)).toBe(false);
  });

  test('keeps PMID and PMCID as note lines and names no "others"', () => {
    expect(item('delafuente2020fictional').note!.split('\n')).toEqual(['PMID: 12345678', 'PMCID: PMC1234567']);
    expect(item('roe2023fictional').author).toEqual([{ family: 'Roe', given: 'Richard A.' }]);
  });
});

describe('library.bib', () => {
  const download = libraryFileOf(bibliography, 'library.bib');
  const entries = new Map(parseBibtex(download).entries.map((e) => [e.key, e]));

  test('leaves "and others" out, so no importer makes a person of it', () => {
    expect(download).not.toMatch(/\band others\s*[}"]/);
    expect((entries.get('roe2023fictional')!.fields.author as { lastName: string }[]).map((a) => a.lastName)).toEqual(['Roe']);
  });

  test('adds language next to langid, and the registry as a registration’s publisher', () => {
    expect(entries.get('agency2021fictional')!.fields.language).toBe('French');
    expect(entries.get('nct99999999')!.fields.publisher).toEqual(['ClinicalTrials.gov']);
  });

  test('keeps every other field as written, and still parses as the same bibliography', () => {
    const again = parseBibliography(download, FILE);
    expect([...again.references.keys()]).toEqual([...bibliography.references.keys()]);
    expect(again.references.get('delafuente2020fictional')!.csl).toEqual(csl('delafuente2020fictional'));
    expect(download.split('\n').filter((line) => !/^ {2}(language|publisher) +=/.test(line))).toEqual(
      readFileSync(FILE, 'utf8')
        .replace(' and others}', '}')
        .split('\n')
        // The last field before an added one gains its comma.
        .map((line) => (/^ {2}url .*(agency\/report|NCT99999999)\}$/.test(line) ? `${line},` : line)),
    );
  });
});

describe('COinS', () => {
  const kev = (key: string) => new URLSearchParams(coins(csl(key)));

  test('sends a consortium with a trailing comma, so Zotero keeps it as one name in its place', () => {
    expect(kev('delafuente2020fictional').getAll('rft.au').map(kevCreator)).toEqual([
      { lastName: 'de la Fuente', firstName: 'Ana' },
      { lastName: 'van Berg', firstName: 'Jan' },
      { name: 'Fictional Study Consortium' },
      { lastName: 'Pondé de Lima', firstName: 'Rui' },
      { lastName: 'Smith', firstName: 'Bob' },
    ]);
  });

  test('an organisation as first author is sent once, by rft.au alone (rft.aulast would make a second creator)', () => {
    const web = new URLSearchParams(coins({ id: 'w', type: 'webpage', title: 'A fictional notice', author: [{ family: 'Fictional Health Agency' }] }));
    expect(web.getAll('rft.au')).toEqual(['Fictional Health Agency,']);
    expect([web.get('rft.aulast'), web.get('rft.aufirst')]).toEqual([null, null]);
    expect(kev('delafuente2020fictional').get('rft.aulast')).toBe('de la Fuente');
  });

  test('sends the month when the source gives it', () => {
    expect(kev('delafuente2020fictional').get('rft.date')).toBe('2020-10');
    expect(kev('doe2022fictional').get('rft.date')).toBe('2022');
    expect(kevDate({ id: 'x', type: 'report', issued: { 'date-parts': [[2021, 4, 9]] } })).toBe('2021-04-09');
  });

  test("sends a report's institution as rft.pub, and its language", () => {
    const report = kev('agency2021fictional');
    expect(report.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:book');
    expect(report.get('rft.genre')).toBe('report');
    expect(report.get('rft.pub')).toBe('Fictional Health Agency');
    expect(report.get('rft.language')).toBe('french');
  });

  test('sends a thesis in the dissertation format with its university and type', () => {
    const thesis = kev('doe2022fictional');
    expect(thesis.get('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:dissertation');
    expect([thesis.get('rft.inst'), thesis.get('rft.degree')]).toEqual(['Fictional University', 'Thesis, Fictional Methods']);
  });

  test('never sends "others" or "et al." as an author', () => {
    expect(kev('roe2023fictional').getAll('rft.au')).toEqual(['Roe, Richard A.']);
  });
});

describe("a page's BibTeX citation", () => {
  test('carries the abstract and language that Zotero reads, as citation-js escapes them', () => {
    const bib = citationText(
      {
        id: 'fictional-page',
        type: 'report',
        title: 'A fictional page',
        publisher: 'Fictional Site',
        language: 'en',
        abstract: 'Relief lasted 4 h in 50% of "cases" – é.',
        issued: { 'date-parts': [[2026, 1, 2]] },
      },
      'bib',
    );
    const entry = parseBibtex(bib).entries[0]!;
    expect(String(entry.fields.abstract).normalize('NFC')).toBe('Relief lasted 4 h in 50% of "cases" – é.');
    expect(entry.fields.language).toBe('en');
    expect(entry.fields.title).toBe('A fictional page');
  });
});
