/**
 * The search page's state in its URL, so a search can be linked, reloaded and
 * returned to with Back: ?q=words&type=question&type=study (one parameter per
 * selected filter value; &verbatim=1 when the reader asked for the query as typed,
 * without spelling correction).
 */

export interface SearchState {
  query: string;
  /** Filter name -> selected values. */
  filters: Record<string, string[]>;
  /** Search the query as typed, without correcting its spelling (present only when true). */
  verbatim?: boolean;
}

/** Reads the state from a URL's query string; only the filters named in `filterNames` are read. */
export function readState(search: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = [...new Set(values)];
  }
  const query = params.get('q') ?? '';
  return params.get('verbatim') === '1' && query.trim() ? { query, filters, verbatim: true } : { query, filters };
}

/** The query string for a state ("" when there is nothing to keep), filters in `filterNames` order. */
export function writeState(state: SearchState, filterNames: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  for (const name of filterNames) for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  if (state.verbatim && state.query.trim()) params.set('verbatim', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
