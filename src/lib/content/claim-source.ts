/**
 * How the publication a claim comes from is described: one line for the claim page
 * and the `appearance` of its ClaimReview, both from the source's entry.
 */
import type { ClaimSource } from '../../schemas/claim-source.ts';

/** The source as a sentence, e.g. "“The New Wonder Drug For Back Pain”, an undated promotional web article." */
export function sourceLine(source: ClaimSource): string {
  const when = source.published ? `published ${source.published}` : 'undated';
  const by = source.publisher ? ` by ${source.publisher}` : '';
  const note = source.publisherNote ? ` ${source.publisherNote}` : '';
  return `“${source.title}”, ${/^[aeiou]/i.test(when) ? 'an' : 'a'} ${when} ${source.kind}${by}.${note}`;
}

/** The ClaimReview `itemReviewed.appearance`: the publication as a schema.org CreativeWork. */
export function appearance(source: ClaimSource): Record<string, unknown> {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    genre: source.kind,
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
    ...(source.url ? { url: source.url } : {}),
  };
}
