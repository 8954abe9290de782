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
    'whom why will with would you your'
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

/**
 * How closely `query` asks what `phrasing` asks: 0 unless the query has at
 * least two meaningful terms and the phrasing has every one of them (compared
 * by rough stem, hyphenated words by their parts); otherwise the share of the phrasing's meaningful terms that
 * the query covers.
 */
export function phrasingMatch(query: string, phrasing: string): number {
  const stems = (text: string) => [
    ...new Set(
      meaningfulTerms(text)
        .flatMap((t) => t.split('-'))
        .map(roughStem),
    ),
  ];
  const terms = stems(query);
  const own = stems(phrasing);
  if (terms.length < 2 || !terms.every((t) => own.includes(t))) return 0;
  return own.filter((t) => terms.includes(t)).length / own.length;
}
