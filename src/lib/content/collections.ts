/**
 * src/lib/content/ owns views of the content: collections, links between entries, study cards and groups, labels, claim sources and the summary-of-findings table.
 *
 * Content collections read once per build. Astro's getCollection copies every
 * entry on each call, and pages that link to related entries ask for whole
 * collections, so calling it on every page made the build quadratic in the
 * number of pages. In `astro dev` nothing is kept, so edits show at once.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { glossaryTermsFrom, type GlossaryTerm } from './glossary-terms.ts';

const kept = new Map<string, Promise<unknown>>();

/** `compute()` once per build for `key` (every time in development). */
export function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return compute();
  let value = kept.get(key) as Promise<T> | undefined;
  if (!value) kept.set(key, (value = compute()));
  return value;
}

/** Every entry of a collection, in Astro's order; the same array for the whole build. */
export function entries<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  return once(`entries:${collection}`, () => getCollection(collection));
}

/** The glossary's terms, from the headings of the "glossary" page (none when the site has no glossary). */
export function glossary(): Promise<GlossaryTerm[]> {
  return once('glossary', async () => {
    const page = (await entries('pages')).find((e) => e.id === 'glossary');
    if (!page) return [];
    return glossaryTermsFrom(page.body ?? '');
  });
}
