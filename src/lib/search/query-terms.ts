/**
 * The words of a reader's query that carry its meaning. Pagefind matches a
 * page only if it has every word of the query, so "how long does the pain
 * relief last" misses a page that answers it without the word "does". The
 * search page falls back to these terms (see rank.ts).
 */

/** Question words, auxiliaries, pronouns and other words that say nothing about the topic. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after again all also am an and any are as at be been before being but by can could did do does doing ' +
    'for from get gets getting go going had has have having he her him his how i if in into is it its just let me ' +
    'more most my no not now of on once only or other our out over really she should so some such tell than that the ' +
    'their them then there these they this those to too up very want was way we were what when where which while who ' +
    'whom why will with would you your vs'
  ).split(' '),
);

/** Lower-case words of a query, split on anything but letters, digits and inner hyphens or dots. */
export function queryWords(query: string): string[] {
  return (
    query
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+(?:[-.'’/][\p{L}\p{N}]+)*/gu) ?? []
  ).map((w) => w.replace(/['’]s$/, ''));
}

/** The query's words without stop words, each once, in order. A query of stop words only keeps all its words. */
export function meaningfulTerms(query: string): string[] {
  const words = [...new Set(queryWords(query))];
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : words;
}

/** A crude stem for comparing phrasings: the first five letters ("relieve" and "relief" agree; so do "infusion" and "infusions"). */
export const roughStem = (word: string) => word.slice(0, 5);

/** Share of a phrasing's meaningful terms a query must cover to count as asking the same thing. */
export const SAME_QUESTION = 0.6;

/** The rough stems of `terms`, hyphenated words by their parts, each once. */
const stemsOfTerms = (terms: Iterable<string>): string[] => [...new Set([...terms].flatMap((t) => t.split('-')).map(roughStem))];

/** A query's or phrasing's meaningful terms as rough stems (stemsOfTerms). */
export const stemsOf = (text: string): string[] => stemsOfTerms(meaningfulTerms(text));

/**
 * A long question may carry words of its own ("my doctor offered me…"): it
 * asks a phrasing when it covers this many of the phrasing's terms, at least
 * one of them not common…
 */
export const LOOSE_SHARED = 3;

/** …and at least this share of them. */
export const LOOSE_SHARE = 0.75;

/** The rough stem of each query term in `common`: words on most pages, such as the topic's own (see rank.ts). */
export const commonStems = (common: Iterable<string>): Set<string> => new Set(stemsOfTerms(common));

/**
 * How closely `query` asks what `phrasing` asks: the share of the phrasing's
 * meaningful terms (compared by rough stem, hyphenated words by their parts)
 * that the query covers, when the query has at least two meaningful terms and
 * either the phrasing has every one of them, or the query covers at least
 * LOOSE_SHARED of the phrasing's terms and LOOSE_SHARE of them, one at least
 * not among `common` stems (a long question with words of its own); otherwise 0.
 */
export function phrasingMatch(query: string, phrasing: string, common: ReadonlySet<string> = new Set()): number {
  const terms = stemsOf(query);
  const own = stemsOf(phrasing);
  if (terms.length < 2 || own.length === 0) return 0;
  const shared = own.filter((t) => terms.includes(t));
  const share = shared.length / own.length;
  if (terms.every((t) => own.includes(t))) return share;
  return shared.length >= LOOSE_SHARED && share >= LOOSE_SHARE && shared.some((t) => !common.has(t)) ? share : 0;
}
