/**
 * references/library.bib as the reference library offers it for download: the file as written, with
 * three repairs for BibTeX importers, measured against Zotero's (BibTeX.js at zotero/translators 2814370):
 * - `and others` is left out of an author list: Zotero's importer makes a person named "others" of it.
 *   The site's own reference list still prints "et al." (src/lib/markdown/names.ts).
 * - an entry with `langid` also gets `language`, the field importers read.
 * - a trial registration (`@misc` with a registry number) gets its registry as `publisher`, so it is not
 *   saved as a document with no publisher.
 * Every other byte is the file as written, so its comments, field order and braces stay.
 */
import { scanKeys } from '../core/bibliography/scan.ts';
import type { Bibliography } from '../core/bibliography/types.ts';
import { truncated } from '../core/bibliography/names.ts';
import { registryRecord } from './export-items.ts';

/** "and others" at the end of a BibTeX name list, before the closing brace or quote. */
const AND_OTHERS = /\s+and\s+others(?=\s*[}"]\s*,?\s*$)/;
const FIELD = /^\s*([A-Za-z][\w-]*)\s*=/;

/** The fields an entry has, by lower-case name, with their line indexes in `lines`. */
function fieldLines(lines: readonly string[], from: number, to: number): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const name = FIELD.exec(lines[i]!)?.[1]?.toLowerCase();
    if (name && !found.has(name)) found.set(name, i);
  }
  return found;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The download text of the bibliography. */
export function bibtexForImport(bibliography: Bibliography): string {
  const lines = bibliography.text.split('\n');
  const keyLines = scanKeys(bibliography.text);
  // Last entry first, so inserted lines do not move the entries still to do.
  for (let k = keyLines.length - 1; k >= 0; k--) {
    const { key, line } = keyLines[k]!;
    const csl = bibliography.references.get(key)?.csl;
    if (!csl) continue;
    const from = line - 1;
    const next = keyLines[k + 1]?.line ?? lines.length + 1;
    let close = next - 2;
    while (close > from && lines[close]!.trim() !== '}') close--;
    if (close <= from) continue;
    const fields = fieldLines(lines, from + 1, close);
    const author = fields.get('author');
    if (author !== undefined && truncated(csl)) lines[author] = lines[author]!.replace(AND_OTHERS, '');
    const added: [string, string][] = [];
    const langid = fields.get('langid') !== undefined ? (csl.language ?? /=\s*[{"]?([^}",]+)/.exec(lines[fields.get('langid')!]!)?.[1]) : undefined;
    if (langid && !fields.has('language')) added.push(['language', capitalised(String(langid).trim())]);
    const record = registryRecord(csl);
    if (record && csl.type !== 'article-journal' && !fields.has('publisher')) added.push(['publisher', record.registry]);
    if (added.length === 0) continue;
    const last = close - 1;
    if (!/,\s*$/.test(lines[last]!)) lines[last] = `${lines[last]!.replace(/\s+$/, '')},`;
    // Aligned like the entry's last field: its indent and the column of its "=".
    const [, indent = '  ', name = ''] = /^(\s*)([\w-]+\s*)=/.exec(lines[last]!) ?? [];
    lines.splice(close, 0, ...added.map(([field, value], i) => `${indent}${field.padEnd(name.length)}= {${value}}${i < added.length - 1 ? ',' : ''}`));
  }
  return lines.join('\n');
}
