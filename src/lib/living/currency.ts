/**
 * How current the evidence is: the date the literature was last searched, and when each saved
 * search last ran. Only live runs and searches made by hand count; a replay of recorded answers
 * searches nothing.
 */
import { loadLivingData, type LivingData } from './living-data.ts';

/**
 * The date up to which the literature was searched: the newest live run that ran every live saved
 * search, or, before any such run, the newest search made by hand.
 */
export function searchedUpTo(data: Pick<LivingData, 'searches' | 'runs'>): string | undefined {
  const live = data.searches.filter((s) => s.source !== 'manual').map((s) => s.id);
  const complete = data.runs.filter((r) => r.mode === 'live' && live.length > 0 && live.every((id) => r.searches.some((x) => x.search === id)));
  if (complete.length > 0) return complete.at(-1)!.date;
  return data.runs.filter((r) => r.mode === 'manual').at(-1)?.date;
}

/** The newest run (live or by hand) of one saved search, or undefined if it never ran. */
export function lastRunOf(data: Pick<LivingData, 'runs'>, searchId: string): string | undefined {
  return data.runs.filter((r) => r.mode !== 'replay' && r.searches.some((s) => s.search === searchId)).at(-1)?.date;
}

/** The date the project's literature was last searched (YYYY-MM-DD), for the line every current evidence page shows. */
export const literatureSearchedUpTo = (root?: string): string | undefined => searchedUpTo(loadLivingData(root));
