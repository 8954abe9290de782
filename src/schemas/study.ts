/**
 * A primary study of the site's intervention in its condition. The file name is the cite key of
 * the study's main publication (src/content/studies/smith2020trial.md).
 */
import { z } from 'astro/zod';
import { AnchorId, changesNotAfterReview, IsoDate, FormerIds } from './common.ts';
import { ChangeLog } from './change.ts';
import { Estimate } from './estimate.ts';
import { studyProblems } from '../lib/rules/study-rules.ts';
import { TOPIC } from '../topic.ts';

/** Study designs, from strongest to weakest for questions of benefit. */
export const StudyDesign = z.enum([
  'randomized controlled trial',
  'randomized crossover trial',
  'placebo-controlled challenge study',
  'prospective uncontrolled study',
  'uncontrolled cohort',
  'case report',
]);
export type StudyDesign = z.output<typeof StudyDesign>;

/**
 * What a study found, in one of the topic's phrases for the evidence map
 * (`mapFindings` in src/topic.ts, drawn by src/lib/charts/evidence-map.ts), e.g.
 * "brief benefit, none lasting" (less pain within hours, but not at later follow-up).
 */
export const MapFinding = z.enum(TOPIC.mapFindings.map((f) => f.label) as [string, ...string[]]);
export type MapFinding = z.output<typeof MapFinding>;

/** Whether every participant has the condition ("condition only") or the study took a wider group ("mixed"). */
export const PopulationScope = z.enum(['condition only', 'mixed']);

/** Designs with a comparison group; the rest are grouped and labelled as uncontrolled. */
export const CONTROLLED_DESIGNS: readonly StudyDesign[] = ['randomized controlled trial', 'randomized crossover trial', 'placebo-controlled challenge study'];

/** One arm or condition of a study. */
export const Arm = z.strictObject({
  /** Name of the arm as the study reports it, e.g. "active drug" or "placebo". */
  name: z.string(),
  /** Number of participants randomized or allocated to this arm, when reported. */
  n: z.number().int().nonnegative().optional(),
  /** Drug, dose, route and duration in the study's own units, e.g. "0.5 mg/kg IV over 30 min". */
  regimen: z.string(),
});

/** A result as reported, with the number kept apart from its wording. */
export const Outcome = z.strictObject({
  /** Stable anchor for this result; never change it once published. */
  id: AnchorId,
  /** What was measured and when, e.g. "More than 50% symptom reduction, 15 min after the dose". */
  measure: z.string(),
  /** Time since the (first) dose, in hours, so results can be ordered and plotted. */
  hoursAfterDose: z.number().nonnegative().optional(),
  /**
   * Result per arm, one per arm in the study's order of `arms`: a count as a whole number (8), any other
   * value as quoted text exactly as reported ("1.40", "5.7±1.8"), or null where the study reports no value for that arm.
   */
  values: z.array(z.union([z.number(), z.string().min(1), z.null()])).optional(),
  /** Denominator per arm for counts, in the same order; each equals its arm's `n` unless `denominatorNote` says why not. */
  denominators: z.array(z.number().int().positive()).optional(),
  /** Why a denominator differs from its arm's size, e.g. "218 of 256 were assessed at 1 week". */
  denominatorNote: z.string().min(10).optional(),
  /** The effect estimate, its interval and P value as numbers (rendered into the comparison cell). */
  estimate: Estimate.optional(),
  /** The comparison in words where the study gives no number, e.g. "not significant"; numbers go in `estimate`. */
  comparison: z.string().optional(),
  /** Plain-language reading of this result. */
  finding: z.string(),
});

/** A study page's shape alone: what a frozen version (versions/studies/) is checked against. */
export const ArchivedStudySchema = z.strictObject({
  /** Short descriptive title shown as the page heading. */
  title: z.string().min(10),
  /** One-sentence plain-language summary for lists, cards and search results. */
  summary: z.string().min(20),
  /** Study design category, used for filters and the evidence map. */
  design: StudyDesign,
  /** How allocation and blinding were done, e.g. "randomized, double-blind, active placebo". */
  randomizationAndBlinding: z.string(),
  /** Who took part, including how the condition was diagnosed when reported. */
  population: z.string(),
  /** Number of participants randomized or enrolled. */
  nEnrolled: z.number().int().positive(),
  /** Participants in the comparison of the site's intervention when the study also tested other treatments in other people (counted in summary tables); defaults to nEnrolled. */
  nInComparison: z.number().int().positive().optional(),
  /** Number analysed, when reported separately. */
  nAnalysed: z.number().int().positive().optional(),
  /** Arms or conditions compared. */
  arms: z.array(Arm).min(1),
  /** Longest follow-up after the last dose, in plain words, e.g. "8 weeks". */
  followUp: z.string(),
  /** Longest follow-up in days, for sorting and the evidence map; null when the source does not state it (never 0 for "unknown"). */
  followUpDays: z.number().nonnegative().nullable(),
  /** What the study found, as placed on the evidence map; must agree with the page body (see MapFinding). */
  mapFinding: MapFinding.optional(),
  /** Outcomes measured, in the study's terms. */
  outcomes: z.array(z.string()).min(1),
  /** Results as reported, each with a stable anchor. */
  results: z.array(Outcome).default([]),
  /** Adverse effects as reported, or a statement that they were not reported. */
  adverseEffects: z.string(),
  /** Funding and conflicts of interest, or "Not reported in the sources we could check". */
  funding: z.string(),
  /**
   * What we read of the study: "full text" (the whole article) or "abstract" (only the abstract, a registry
   * record or a review's summary of it). Risk of bias can be "not serious" only for studies read in full text.
   * When unsure, it is "abstract".
   */
  read: z.enum(['full text', 'abstract']).default('abstract'),
  /** Main threats to validity, in plain words. */
  riskOfBias: z.array(z.string()).min(1),
  /** Trial registry identifiers (e.g. NCT numbers), when any exist. */
  registryIds: z.array(z.string().regex(/^(NCT\d{8}|ISRCTN\d+|EUCTR[\w-]+)$/)).default([]),
  /** Whether the participants all have the site's condition ("condition only") or are a wider group that includes them ("mixed"); only the first are counted in the summary table. */
  populationScope: PopulationScope.default('condition only'),
  /** Ids this entry had before it was renamed; each old URL redirects here. Never reuse one. */
  formerIds: FormerIds,
  /** Dated log of substantive changes to the evidence on this page (see src/schemas/change.ts). */
  changes: ChangeLog,
  /** Date the page's facts were last checked against the sources (YYYY-MM-DD). */
  lastReviewed: IsoDate,
});

/** A current study page: the shape and the study rules (src/lib/rules/study-rules.ts). */
export const StudySchema = ArchivedStudySchema.superRefine(changesNotAfterReview).superRefine((study, ctx) => {
  for (const { path, message } of studyProblems(study)) ctx.addIssue({ code: 'custom', path, message });
});
export type Study = z.output<typeof StudySchema>;
