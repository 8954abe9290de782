/**
 * Names of a work's authors as the parsed bibliography holds them. BibTeX's
 * "and others" (the list goes on) reaches CSL as an author whose family name is
 * "others"; it becomes the literal "et al." so citeproc prints "Ferraro MC, et
 * al." rather than "others", and every export and label leaves it out.
 */
import type { CslItem } from './types.ts';

type Name = NonNullable<CslItem['author']>[number];

/** The literal that stands for BibTeX's "and others". */
export const ET_AL = 'et al.';

/** Turns BibTeX's "and others" into the literal "et al."; the item is changed in place and returned. */
export function markEtAl(item: CslItem): CslItem {
  if (item.author) item.author = item.author.map((a) => (a.family === 'others' && !a.given && !a.literal ? { literal: ET_AL } : a));
  return item;
}

/** Whether the author list was cut short in the source ("and others"). */
export const truncated = (item: CslItem): boolean => (item.author ?? []).some((a) => a.literal === ET_AL);

/** The authors a source names, without "and others". */
export const namedAuthors = (item: CslItem): Name[] => (item.author ?? []).filter((a) => a.literal !== ET_AL && !(a.family === 'others' && !a.given));

/** A family name with its particles, as "de Carvalho" or "Pondé de Sena" (citation-js puts particles in their own fields). */
export const familyName = (a: Name): string | undefined =>
  [a['dropping-particle'], a['non-dropping-particle'], a.family].filter((part) => typeof part === 'string' && part !== '').join(' ') || undefined;

/** "Family, Given" for a person (with particles), or the literal name of an organisation. */
export const displayName = (a: Name): string => a.literal ?? [familyName(a), a.given].filter(Boolean).join(', ');

/**
 * The most authors of one cited work that a citing page names in its metadata (citation_reference,
 * JSON-LD, search), followed by "et al." when the work has more: a consortium paper with thousands of
 * authors cannot make every citing page grow with it (5,000 authors took the home page from 9.5 to 51 kB
 * gzip). The reference list, the reference library and the downloads keep every author.
 */
export const CITED_AUTHORS_IN_METADATA = 30;

/** The named authors of a cited work, up to CITED_AUTHORS_IN_METADATA, for a citing page's metadata. */
export const metadataAuthors = (item: CslItem): Name[] => namedAuthors(item).slice(0, CITED_AUTHORS_IN_METADATA);

/** Whether a citing page's metadata names fewer authors than the work has (cut at the cap, or "and others" in the source). */
export const metadataEtAl = (item: CslItem): boolean => namedAuthors(item).length > CITED_AUTHORS_IN_METADATA || truncated(item);
