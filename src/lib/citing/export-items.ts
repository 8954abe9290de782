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
 * - a web article's site as `container-title` (Zotero's website title).
 */
import type { CslItem } from '../core/bibliography/types.ts';
import { namedAuthors } from '../core/bibliography/names.ts';

/** A registry record's registry and number, read from its address or publisher text, e.g. ClinicalTrials.gov NCT04436250. */
export function registryRecord(item: CslItem): { registry: string; number: string } | undefined {
  const text = `${item.URL ?? ''} ${item.publisher ?? ''}`;
  const nct = /\bNCT\d{8}\b/.exec(text)?.[0];
  if (nct) return { registry: 'ClinicalTrials.gov', number: nct };
  const isrctn = /\bISRCTN\d+\b/.exec(text)?.[0];
  return isrctn ? { registry: 'ISRCTN registry', number: isrctn } : undefined;
}

/** One item as exported in library.json and library.ris. */
export function exportItem(item: CslItem): CslItem {
  const out: CslItem = { ...item };
  const authors = namedAuthors(item);
  if (item.author) {
    if (authors.length > 0) out.author = authors;
    else delete out.author;
  }
  const short = item['container-title-short'];
  if (short) out.journalAbbreviation = short;
  const ids = [item.PMID && `PMID: ${item.PMID}`, item.PMCID && `PMCID: ${item.PMCID}`].filter(Boolean);
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
