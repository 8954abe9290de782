/**
 * A saved search strategy (surveillance/searches.yaml): the exact query sent to one
 * public source, its limits and why it is run. `npm run surveil` runs every live one;
 * Methods renders them all. A fork edits this file and gets surveillance for its own question.
 */
import { z } from 'astro/zod';

/**
 * Where a search runs: PubMed (E-utilities), ClinicalTrials.gov (API v2), openFDA's
 * drug label endpoint, or "manual" for a search made by hand that no command can repeat.
 */
export const SearchSource = z.enum(['pubmed', 'clinicaltrials', 'openfda', 'manual']);
export type SearchSource = z.output<typeof SearchSource>;

/** Reader-facing names of the sources. */
export const SEARCH_SOURCE_LABELS: Record<SearchSource, string> = {
  pubmed: 'PubMed',
  clinicaltrials: 'ClinicalTrials.gov',
  openfda: 'openFDA drug labels',
  manual: 'Search by hand',
};

export const SavedSearchSchema = z.strictObject({
  /** Stable id, lowercase words joined by hyphens, e.g. "pubmed-main-question"; run files and the screening log name it. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens, e.g. "pubmed-main-question"'),
  /** The service the query is sent to. */
  source: SearchSource,
  /**
   * The exact query: PubMed's `term`; ClinicalTrials.gov's `query.intr` (the intervention, Essie syntax);
   * openFDA's `search`; for a manual search, the terms as they were typed.
   */
  query: z.string().min(3),
  /** ClinicalTrials.gov only: the `query.cond` condition, as ClinicalTrials.gov names it. */
  condition: z.string().min(3).optional(),
  /** Limits, in plain words and as sent: the earliest date searched (YYYY-MM-DD) and the most records fetched. */
  limits: z
    .strictObject({
      /** Earliest publication or first-posted date searched (PubMed `mindate`, ClinicalTrials.gov's first-posted range). */
      from: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
        .optional(),
      /** The most records one run fetches; a run that finds more says so and fails, rather than silently cutting the list. */
      maxRecords: z.number().int().min(1).max(10_000).default(500),
    })
    .default({ maxRecords: 500 }),
  /** Why this search is run, in one plain sentence a reader understands. */
  purpose: z.string().min(10),
});
export type SavedSearch = z.output<typeof SavedSearchSchema>;

export const SavedSearchesSchema = z.array(SavedSearchSchema);
