/**
 * The PRISMA 2020 flow of records, computed from the surveillance runs and the screening log:
 * records identified per source, duplicates removed, records screened and excluded, reports sought,
 * not retrieved, assessed and excluded with reasons, and what was included. Every box of the
 * diagram on Methods is one of these numbers.
 */
import type { LivingData } from './living-data.ts';
import { SEARCH_SOURCE_LABELS, type SearchSource } from '../../schemas/saved-search.ts';
import { entryPath } from '../core/urls.ts';

/** The page that shows the flow of records. */
export const PRISMA_PAGE = 'methods';
export const PRISMA_PAGE_PATH = entryPath('pages', PRISMA_PAGE);

export interface PrismaFlow {
  /** Distinct records each source returned, in the order of the saved searches, then records found by other methods. */
  identified: { label: string; count: number }[];
  /** Records removed before screening as duplicates (the same record from two sources, or marked duplicate). */
  duplicates: number;
  /** Records not yet screened (missing from the log, or marked pending). */
  awaiting: number;
  screened: number;
  excludedAtScreening: number;
  sought: number;
  notRetrieved: number;
  assessed: number;
  /** Reports excluded after assessment, by reason. */
  excludedAtEligibility: { reason: string; count: number }[];
  /** Included records that became a study page, counted by distinct study. */
  includedStudies: number;
  /** Every included record: study reports, reviews, guidelines and registrations the site cites. */
  includedReports: number;
}

const NOT_RETRIEVED = 'report not retrievable';

export function prismaFlow(data: Pick<LivingData, 'searches' | 'runs' | 'screening'>): PrismaFlow {
  const sourceOf = new Map(data.searches.map((s) => [s.id, s.source]));
  const bySource = new Map<SearchSource, Set<string>>();
  for (const run of data.runs) {
    if (run.mode === 'replay') continue;
    for (const result of run.searches) {
      const source = sourceOf.get(result.search) ?? result.source;
      const set = bySource.get(source) ?? new Set<string>();
      result.records.forEach((r) => set.add(r.id));
      bySource.set(source, set);
    }
  }
  const other = new Set(data.screening.filter((d) => d.via).map((d) => d.record));
  const identified = [...new Set(data.searches.map((s) => s.source))]
    .filter((source) => bySource.has(source))
    .map((source) => ({ label: SEARCH_SOURCE_LABELS[source], count: bySource.get(source)!.size }));
  if (other.size > 0) identified.push({ label: 'Other methods', count: other.size });

  const all = new Set<string>([...[...bySource.values()].flatMap((s) => [...s]), ...other]);
  const repeated = identified.reduce((n, i) => n + i.count, 0) - all.size;
  const decision = new Map(data.screening.map((d) => [d.record, d]));
  const pool = [...all].filter((id) => decision.get(id)?.decision !== 'duplicate');
  const marked = all.size - pool.length;
  const decided = pool.map((id) => decision.get(id)).filter((d) => d !== undefined && d.decision !== 'pending');
  const excluded = decided.filter((d) => d!.decision === 'excluded');
  const excludedAtScreening = excluded.filter((d) => d!.stage === 'screening').length;
  const notRetrieved = excluded.filter((d) => d!.stage === 'eligibility' && d!.reason === NOT_RETRIEVED).length;
  const reasons = new Map<string, number>();
  for (const d of excluded) if (d!.stage === 'eligibility' && d!.reason !== NOT_RETRIEVED) reasons.set(d!.reason!, (reasons.get(d!.reason!) ?? 0) + 1);
  const included = decided.filter((d) => d!.decision === 'included');
  const screened = decided.length;
  return {
    identified,
    duplicates: repeated + marked,
    awaiting: pool.length - screened,
    screened,
    excludedAtScreening,
    sought: screened - excludedAtScreening,
    notRetrieved,
    assessed: screened - excludedAtScreening - notRetrieved,
    excludedAtEligibility: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    includedStudies: new Set(included.map((d) => d!.study).filter(Boolean)).size,
    includedReports: included.length,
  };
}
