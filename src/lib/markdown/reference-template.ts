/**
 * Items that differ only in a few text fields, formatted by one citeproc run.
 *
 * The site's own pages are cited as CSL items that differ from each other only
 * in their title and URL (and in ids, which no style prints). Formatting each
 * in full cost citeproc 1.5 to 4 ms per item and style, on every page, for the
 * page and for each of its findings. Instead citeproc formats a stand-in once:
 * the same item with a placeholder (a digit string that no text case can
 * change, as in citeproc-memo.ts) in the middle of each varying field; each
 * item's own text then takes the placeholder's place. citation-js and citeproc
 * still do all the formatting; only repeats are skipped.
 *
 * The stand-in keeps each field's first and last character (an ASCII letter or
 * digit as one of its kind), so the punctuation citeproc merges at a field's
 * edges ("?." becomes "?") is still its decision.
 * A field whose middle holds anything citeproc may rewrite (quotes, apostrophes,
 * markup, runs of spaces) is formatted in full, and each stand-in is checked
 * against full formattings of the first item that uses it and of a probe text
 * in mixed case, so a style that changes a field's case or spacing is caught.
 */
import { plugins } from '@citation-js/core';
import type { CslItem } from '../core/bibliography/types.ts';
import { formatReference } from '../core/bibliography/reference-format.ts';
import { CITATION_STYLE } from '../core/settings.ts';

/** One placeholder per varying field: digit strings that no title or address contains. */
export const FIELD_SLUGS = ['71625384950617283940', '52839401726354819203', '36271809817263544536'] as const;

/** Letters, digits, single spaces and punctuation that citeproc prints as given inside a field. */
const PLAIN = /^[\p{L}\p{N} ,;:.?!%()/+\-–—#_=~@*]*$/u;

/** Whether a field value can be put in a placeholder's place. */
export function isDerivable(value: unknown): value is string {
  if (typeof value !== 'string' || value.length < 2 || /^\s|\s$/.test(value)) return false;
  const middle = value.slice(1, -1);
  return PLAIN.test(middle) && !/\s\s|--/.test(middle) && !FIELD_SLUGS.some((slug) => value.includes(slug));
}

/** Variables the site's styles do not print, left out of the stand-in unless the style names them. */
const UNPRINTED = ['citation-key', 'abstract'] as const;

/** Stand-in texts by style and stand-in item; null when the stand-in did not reproduce its first item. */
const standIns = new Map<string, string | null>();

const unprinted = new Map<string, readonly string[]>();

/** The UNPRINTED variables that `style` never names (none for a style citation-js does not know). */
function unprintedBy(style: string): readonly string[] {
  let fields = unprinted.get(style);
  if (!fields) {
    const xml = String((plugins.config.get('@csl') as { templates: { get(name: string): unknown } }).templates.get(style) ?? '');
    fields = xml ? UNPRINTED.filter((field) => !new RegExp(`variable="[^"]*\\b${field}\\b`).test(xml)) : [];
    unprinted.set(style, fields);
  }
  return fields;
}

/** An edge character as the stand-in keeps it: an ASCII letter or digit as one of its kind, anything else as it is. */
const edge = (c: string) => (/[a-z]/.test(c) ? 'a' : /[A-Z]/.test(c) ? 'A' : /[0-9]/.test(c) ? '0' : c);

/** What stands in for field number `i` of the item: its edges' kinds around that field's digit slug. */
const placeholder = (value: string, i: number) => edge(value.slice(0, 1)) + FIELD_SLUGS[i] + edge(value.slice(-1));

function standIn(item: CslItem, style: string, fields: readonly string[]): CslItem {
  // The id only names the item to citeproc (CSL has no variable for it).
  const out: CslItem = { ...item, id: 'stand-in' };
  for (const field of unprintedBy(style)) delete out[field];
  fields.forEach((field, i) => (out[field] = placeholder(item[field] as string, i)));
  return out;
}

/** Mixed case, spaces and the punctuation PLAIN allows: what a style that rewrites a field would change. */
const PROBE = 'aB cD: e, f? (g) 1–2 h.i/j-k';

/** The item with the middle of each varying field replaced by PROBE, to check a stand-in on more than one text. */
function probe(item: CslItem, fields: readonly string[]): CslItem {
  const out: CslItem = { ...item };
  for (const field of fields) {
    const value = item[field] as string;
    out[field] = value.slice(0, 1) + PROBE + value.slice(-1);
  }
  return out;
}

/** The stand-in's text with each placeholder replaced by the item's own field; undefined unless each occurs exactly once. */
function fill(text: string, item: CslItem, fields: readonly string[]): string | undefined {
  let out = text;
  for (const [i, field] of fields.entries()) {
    const value = item[field] as string;
    const parts = out.split(placeholder(value, i));
    if (parts.length !== 2) return undefined;
    out = parts.join(value);
  }
  return out;
}

/**
 * `item` formatted in `style` as formatReference would, from a stand-in shared
 * with every item that differs from it only in `fields` (at most three).
 */
export function formatVarying(item: CslItem, style: string = CITATION_STYLE, fields: readonly string[] = ['title', 'URL']): string {
  if (fields.length > FIELD_SLUGS.length || !fields.every((field) => isDerivable(item[field]))) return formatReference(item, style);
  const stand = standIn(item, style, fields);
  const key = `${style}\n${JSON.stringify(stand)}`;
  let text = standIns.get(key);
  if (text === undefined) {
    const formatted = formatReference(stand, style);
    const reproduces = (one: CslItem) => fill(formatted, one, fields) === formatReference(one, style);
    text = reproduces(item) && reproduces(probe(item, fields)) ? formatted : null;
    standIns.set(key, text);
  }
  return (text !== null && fill(text, item, fields)) || formatReference(item, style);
}
