/**
 * citeproc (the CSL engine behind citation-js and rehype-citation) reads some
 * HTML tags inside field values (<i>, <b>, <sup>, <sc>, <span class=…>) as
 * formatting, so a BibTeX title holding `<b>` would render bold instead of as
 * the text it is. Field values go to citeproc with `<` hidden behind a
 * private-use character, and the rendered output gets it back as text.
 */
import type { CslItem } from './types.ts';

/** U+E000, a private-use character that never occurs in our sources. */
const HIDDEN_LT = '\uE000';

const shieldValue = (value: unknown): unknown => {
  if (typeof value === 'string') return value.replaceAll('<', HIDDEN_LT);
  if (Array.isArray(value)) return value.map(shieldValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shieldValue(v)]));
  return value;
};

/** A copy of the item whose string values cannot be read as markup. */
export function shieldMarkup(item: CslItem): CslItem {
  return shieldValue(item) as CslItem;
}

/** Whether `text` holds a hidden `<` (a character reference such as `&#xE000;` might stand for one too). */
export function hidesMarkup(text: string): boolean {
  return text.includes(HIDDEN_LT);
}

/** Text rendered from shielded items, with every `<` put back. */
export function restoreMarkup(text: string): string {
  return text.replaceAll(HIDDEN_LT, '<');
}
