/**
 * One surveillance run (surveillance/runs/<YYYY-MM-DD>.json), written whole by `npm run surveil`,
 * or by hand for a manual search: what each saved search returned, the registrations' state,
 * notices on cited works (retractions, corrections, expressions of concern), identifiers that do
 * not match their entry, and regulatory approvals for the condition.
 */
import { z } from 'astro/zod';
import { SearchSource } from './saved-search.ts';
import { futureDateProblem } from '../lib/core/no-future-dates.ts';

/**
 * A calendar day, YYYY-MM-DD. (The surveillance schemas do not import ./common.ts: the Markdown pipeline
 * loads them while common.ts is still being evaluated.)
 */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD')
  .superRefine((date, ctx) => {
    const problem = futureDateProblem(date);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * A record's id, prefixed by its kind: "pmid:21546160", "nct:NCT04436250", "doi:10.1002/…",
 * "fda:NDA021446" or "web:<slug>" for a record found by hand without an identifier.
 */
export const RecordId = z
  .string()
  .regex(
    /^(pmid:\d+|nct:NCT\d{8}|doi:10\.\S+|fda:[A-Z]+\d+|web:[a-z0-9-]+)$/,
    'write a record id as pmid:<digits>, nct:NCT<8 digits>, doi:10.…, fda:<application number> or web:<slug>',
  );
export type RecordId = z.output<typeof RecordId>;

/** One record a search returned. */
export const FoundRecord = z.strictObject({
  /** The record's id, prefixed by its kind. */
  id: RecordId,
  /** Title as the source gives it. */
  title: z.string().min(1),
  /** Publication, first-posted or label date as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
});
export type FoundRecord = z.output<typeof FoundRecord>;

/** What one saved search returned in this run. */
export const SearchResult = z.strictObject({
  /** The saved search's id (surveillance/searches.yaml). */
  search: z.string().min(1),
  /** Its source, copied so a run file reads on its own. */
  source: SearchSource,
  /** The query exactly as sent. */
  query: z.string().min(1),
  /** How many records the source said match. */
  count: z.number().int().min(0),
  /** The records fetched (every one: a run never cuts the list silently). */
  records: z.array(FoundRecord),
});

/** ClinicalTrials.gov overall statuses (API v2 `overallStatus`). */
export const TrialStatus = z.enum([
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'COMPLETED',
  'WITHDRAWN',
  'UNKNOWN',
]);
export type TrialStatus = z.output<typeof TrialStatus>;

/** A partial date as registries write it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z.preprocess(
  // YAML reads a bare year (2021) as a number.
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A registration's state as the registry reported it in this run. */
export const RegistrationState = z.strictObject({
  /** NCT number. */
  nct: z.string().regex(/^NCT\d{8}$/),
  /** Registry status. */
  status: TrialStatus,
  /** Start date. */
  start: PartialDate.optional(),
  /** Planned or actual completion date (the registry's `completionDateStruct`). */
  plannedEnd: PartialDate.optional(),
  /** Whether results are posted on the registry. */
  resultsPosted: z.boolean(),
  /** The registry's last update. */
  lastUpdate: PartialDate.optional(),
});
export type RegistrationState = z.output<typeof RegistrationState>;

/** Kinds of notice Crossref links to a work (`update-to` type), in our words. */
export const NoticeKind = z.enum(['retraction', 'correction', 'expression of concern', 'withdrawal', 'other']);
export type NoticeKind = z.output<typeof NoticeKind>;

/** A notice on a cited work. */
export const Notice = z.strictObject({
  /** Cite key of the work in references/library.bib. */
  key: z.string().min(1),
  /** The work's DOI. */
  doi: z.string().min(4),
  /** What kind of notice. */
  kind: NoticeKind,
  /** The notice's own DOI, when Crossref gives one. */
  noticeDoi: z.string().min(4).optional(),
  /** The notice's date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: PartialDate.optional(),
});
export type Notice = z.output<typeof Notice>;

/** An identifier whose record does not match its bibliography entry. */
export const IdentifierProblem = z.strictObject({
  /** Cite key. */
  key: z.string().min(1),
  /** The identifier, e.g. "doi:10.1016/…". */
  id: z.string().min(4),
  /** "not found" (the service has no such record) or "title differs". */
  problem: z.enum(['not found', 'title differs']),
  /** The title the service gives, when it differs. */
  found: z.string().optional(),
});

/** A regulatory approval as the source reported it in this run. */
export const ApprovalState = z.strictObject({
  /** Generic name, lower case, e.g. "pregabalin". */
  drug: z.string().min(2),
  /** Brand name(s) as the label gives them. */
  brand: z.string().optional(),
  /** Application number, e.g. "NDA021446". */
  application: z.string().optional(),
  /** Label's effective date (YYYY-MM-DD) when given. */
  labelDate: PartialDate.optional(),
});

export const SurveillanceRunSchema = z.strictObject({
  /** Day of the run (YYYY-MM-DD, UTC); the file is named after it. */
  date: IsoDay,
  /** "live" (against the services), "replay" (recorded answers) or "manual" (a search by hand, entered as data). */
  mode: z.enum(['live', 'replay', 'manual']),
  /** What each saved search returned. */
  searches: z.array(SearchResult),
  /** The state of every registration the site lists, as the registry reported it. */
  registrations: z.array(RegistrationState).default([]),
  /** Notices on cited works (retractions, corrections, expressions of concern). */
  notices: z.array(Notice).default([]),
  /** Identifiers that do not match their entry. */
  identifierProblems: z.array(IdentifierProblem).default([]),
  /** Approvals for the condition that the regulatory source reported. */
  approvals: z.array(ApprovalState).default([]),
});
export type SurveillanceRun = z.output<typeof SurveillanceRunSchema>;
