/**
 * What running one saved search gives: its result for the run file, and for ClinicalTrials.gov the
 * studies it returned (so registrations are not fetched twice) or for openFDA the approvals.
 */
import type { SavedSearch } from '../../schemas/saved-search.ts';
import { SEARCH_SOURCE_LABELS } from '../../schemas/saved-search.ts';
import type { SurveillanceRun } from '../../schemas/surveillance-run.ts';

export type SearchResult = SurveillanceRun['searches'][number];
export type ApprovalState = SurveillanceRun['approvals'][number];

export interface SearchOutcome {
  result: SearchResult;
  /** ClinicalTrials.gov: every study returned, by NCT number, as the API gave it. */
  studies?: Map<string, unknown>;
  /** openFDA: approvals reported by the labels, one per generic name and application. */
  approvals?: ApprovalState[];
}

/** A search matched more than its `maxRecords`: the run stops rather than cut the list. */
export class TooManyRecordsError extends Error {
  readonly search: SavedSearch;
  readonly found: number;

  constructor(search: SavedSearch, found: number) {
    super(
      `${SEARCH_SOURCE_LABELS[search.source]} search "${search.id}" matched ${found} records, more than its limits.maxRecords (${search.limits.maxRecords}) in surveillance/searches.yaml; raise maxRecords or narrow the query.`,
    );
    this.name = 'TooManyRecordsError';
    this.search = search;
    this.found = found;
  }
}

export const tooMany = (search: SavedSearch, found: number) => new TooManyRecordsError(search, found);
