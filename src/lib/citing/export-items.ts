/**
 * The bibliography as reference managers should import it. The parsed CSL items
 * serve citeproc; exports add what readers look for elsewhere, measured against
 * Zotero's importers (zotero/translators 2814370), while keeping the standard
 * CSL fields for every other reader:
 * - a journal abbreviation also as `journalAbbreviation` (Zotero's CSL JSON import
 *   reads that name, not `container-title-short`);
 * - PMID and PMCID also as `note` lines "PMID: …" (what Zotero's own CSL JSON export
 *   writes, and reads back into Extra; a top-level PMID is ignored);
 * - a trial registration as a `dataset` with its registry as publisher and its
 *   number (RIS `DATA`, `PB`, `NV`; Zotero maps RIS `GEN` to a journal article);
 * - a web article's site as `container-title` (Zotero's website title);
 * - a surname's particles inside `family` ("de Carvalho", "Pondé de Sena"): Zotero's CSL JSON import
 *   reads only `family` and `given`, and citation-js's RIS writer drops `non-dropping-particle`, so a
 *   particle sent on its own field was lost in both files.
 * In RIS, PMID and PMCID go on `M2` lines instead of the note (see withIdentifierLines).
 */
import type { CslItem } from '../core/bibliography/types.ts';
import { familyName, namedAuthors } from '../core/bibliography/names.ts';

/** A registry record's registry and number, read from its address or publisher text, e.g. ClinicalTrials.gov NCT04436250. */
export function registryRecord(item: CslItem): { registry: string; number: string } | undefined {
  const text = `${item.URL ?? ''} ${item.publisher ?? ''}`;
  const nct = /\bNCT\d{8}\b/.exec(text)?.[0];
  if (nct) return { registry: 'ClinicalTrials.gov', number: nct };
  const isrctn = /\bISRCTN\d+\b/.exec(text)?.[0];
  return isrctn ? { registry: 'ISRCTN registry', number: isrctn } : undefined;
}

type Name = NonNullable<CslItem['author']>[number];

/** A name with its particles written into the family name; an organisation's literal name unchanged. */
export function particlesInFamily(a: Name): Name {
  if (a.literal !== undefined || (!a['dropping-particle'] && !a['non-dropping-particle'])) return a;
  const { 'dropping-particle': _dropping, 'non-dropping-particle': _nonDropping, ...rest } = a;
  return { ...rest, family: familyName(a) };
}

/** The "PMID: …" and "PMCID: …" lines of an item, as Zotero writes them in Extra. */
export const identifierLines = (item: CslItem): string[] =>
  [item.PMID && `PMID: ${item.PMID}`, item.PMCID && `PMCID: ${item.PMCID}`].filter((line): line is string => Boolean(line));

/** One item as exported in library.json (and, with `identifiersInNote: false`, library.ris). */
export function exportItem(item: CslItem, { identifiersInNote = true }: { identifiersInNote?: boolean } = {}): CslItem {
  const out: CslItem = { ...item };
  const authors = namedAuthors(item).map(particlesInFamily);
  if (item.author) {
    if (authors.length > 0) out.author = authors;
    else delete out.author;
  }
  const short = item['container-title-short'];
  if (short) out.journalAbbreviation = short;
  const ids = identifiersInNote ? identifierLines(item) : [];
  if (ids.length > 0) out.note = [item.note, ...ids].filter(Boolean).join('\n');
  const record = registryRecord(item);
  if (record && item.type !== 'article-journal') Object.assign(out, { type: 'dataset', publisher: record.registry, number: record.number });
  if (item.type === 'webpage' && typeof item.publisher === 'string' && !item['container-title']) out['container-title'] = item.publisher;
  return out;
}

/**
 * citation-js writes no `T2` for a web page, and Zotero's RIS import reads a web page's site from
 * `T2` on a `TY  - ELEC` record. Adds it from each item's `container-title`.
 */
export function withWebsiteTitles(ris: string, items: readonly CslItem[]): string {
  const site = new Map(items.filter((i) => i.type === 'webpage' && i['container-title']).map((i) => [i.id, i['container-title']!]));
  return ris
    .split(/(?<=^ER {2}-.*$)/m)
    .map((record) => {
      const id = /^ID {2}- (.+)$/m.exec(record)?.[1]?.trim();
      const title = id && site.get(id);
      return title && /^TY {2}- ELEC/m.test(record) && !/^T2 {2}-/m.test(record) ? record.replace(/^(TY {2}- ELEC.*)$/m, `$1\nT2  - ${title}`) : record;
    })
    .join('');
}

/**
 * Zotero's RIS import makes each `N1` a child note, and the line break between "PMID: …" and
 * "PMCID: …" in one note was lost, gluing them together. It appends every `M2` line to Extra, one line
 * each (RIS.js at zotero/translators 2814370: `M2: "extra"`, joined with "\n"), where it reads them as
 * identifiers. M2 is not in the RIS specification, so other readers may show it as a plain field; the
 * CSL-JSON and BibTeX files carry the same identifiers in their own fields. Adds the lines after `TY`.
 */
export function withIdentifierLines(ris: string, items: readonly CslItem[]): string {
  // Records come in the items' order (an ID may be cut short, so it cannot name the item).
  return ris
    .split(/(?<=^ER {2}-.*$)/m)
    .map((record, i) => {
      const extra = items[i] ? identifierLines(items[i]) : [];
      return extra.length ? record.replace(/^(TY {2}- .*)$/m, [`$1`, ...extra.map((l) => `M2  - ${l}`)].join('\n')) : record;
    })
    .join('');
}

/** Fields of citation-js's BibLaTeX output that its BibTeX output leaves out and Zotero's BibTeX import reads. */
const BIBLATEX_ONLY = ['abstract', 'language'];

/**
 * A page's BibTeX citation with the abstract and language that citation-js writes only in BibLaTeX
 * (Zotero's BibTeX import reads both; without them a study's .bib saved less than its .ris and .json).
 * The lines are taken as citation-js escaped them, and go before the entry's closing brace.
 */
export function withBiblatexFields(bibtex: string, biblatex: string): string {
  const lines = biblatex.split('\n').filter((line) => BIBLATEX_ONLY.some((field) => new RegExp(`^\\s*${field} = `).test(line)));
  if (lines.length === 0) return bibtex;
  const close = bibtex.lastIndexOf('\n}');
  return close < 0 ? bibtex : `${bibtex.slice(0, close)}\n${lines.join('\n')}${bibtex.slice(close)}`;
}
