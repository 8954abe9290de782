/**
 * Pages that need review because the world moved: a page whose cited works got a notice, or whose
 * registrations changed status, in a surveillance run dated after the page's `lastReviewed`.
 * The build lists them (as it lists overdue pages); nothing here reads the clock.
 */
import type { ContentFrontmatter } from '../core/front-matter-syntax.ts';
import { citationRE, parseCitation } from '../markdown/rehype-citation-source.ts';
import { compareRuns } from '../living/compare.ts';
import type { LivingData } from '../living/living-data.ts';

export interface ReviewNeed {
  file: string;
  /** Why, e.g. "NCT04938713 changed status in the run of 2027-01-05". */
  reasons: string[];
}

/** Cite keys a Markdown body cites with `[@key]`, read with rehype-citation's own pattern. */
export function citedKeys(body: string): Set<string> {
  const keys = new Set<string>();
  for (const match of body.matchAll(new RegExp(citationRE.source, 'gu')))
    if (match[1] !== undefined) for (const item of parseCitation(match)[0]) keys.add(item.id);
  return keys;
}

/** What each run changed: the registrations whose state moved and the works with a new notice, by run date. */
function runEvents(data: Pick<LivingData, 'runs' | 'registrations'>): { date: string; ncts: Set<string>; keys: Set<string> }[] {
  const runs = data.runs.filter((r) => r.mode !== 'replay');
  return runs.map((run, i) => {
    const [, states, , notices] = compareRuns(run, runs[i - 1], i === 0 ? [] : data.registrations, undefined);
    return {
      date: run.date,
      ncts: new Set(states!.rows.filter((r) => r[1] !== '(new)').map((r) => r[0]!)),
      keys: new Set(notices!.rows.filter((r) => r.at(-1) === 'new').map((r) => r[0]!)),
    };
  });
}

export function pagesNeedingReview(entries: readonly ContentFrontmatter[], data: Pick<LivingData, 'runs' | 'registrations'>): ReviewNeed[] {
  const events = runEvents(data);
  const keyOf = new Map(data.registrations.map((r) => [r.nct, r.key]));
  return entries.flatMap((entry) => {
    const reviewed = String(entry.frontmatter.lastReviewed ?? '');
    const cited = citedKeys(entry.body);
    const grade = entry.frontmatter.grade as { publicationBias?: { registrations?: string[] } } | undefined;
    const named = new Set(grade?.publicationBias?.registrations ?? []);
    const reasons = events
      .filter((e) => reviewed !== '' && e.date > reviewed)
      .flatMap((e) => [
        ...[...e.ncts].filter((nct) => named.has(nct) || cited.has(keyOf.get(nct) ?? '')).map((nct) => `${nct} changed status in the run of ${e.date}`),
        ...[...e.keys].filter((key) => cited.has(key)).map((key) => `${key} got a notice (retraction, correction or concern) in the run of ${e.date}`),
      ]);
    return reasons.length > 0 ? [{ file: entry.file, reasons }] : [];
  });
}
