/** What a search result card says about a page, from its Pagefind metadata. */

/** "1 participant", "24 participants". */
export const participants = (n: string) => `${n} ${Number(n) === 1 ? 'participant' : 'participants'}`;

/** The facts line of a result card: type, design, certainty, verdict, participants and year, those the page has. */
export function resultFacts(meta: Readonly<Record<string, string>>): string[] {
  return [
    meta.type,
    meta.design,
    meta.certainty && `certainty ${meta.certainty}`,
    meta.verdict && `verdict: ${meta.verdict}`,
    meta.participants && participants(meta.participants),
    meta.year,
  ].filter((fact): fact is string => Boolean(fact));
}

/** The status line after a search: the count, the query, and in "terms" mode what was searched instead. */
export function statusText(r: { count: number; query: string; mode: 'all' | 'terms'; terms: readonly string[]; withEveryWord: number; shown: number }): string {
  const count = `${r.count} ${r.count === 1 ? 'result' : 'results'}${r.query ? ` for “${r.query}”` : ''}`;
  const more = r.count > r.shown ? ` The first ${r.shown} are shown.` : '';
  if (r.mode === 'all') return `${count}.${more}`;
  const searched = r.terms.join(', ');
  const which =
    r.withEveryWord === 0
      ? 'no page has every word, so these match the most of'
      : `${r.withEveryWord} ${r.withEveryWord === 1 ? 'has' : 'have'} every word; the rest match the most of`;
  return `${count}: ${which}: ${searched}.${more}`;
}
