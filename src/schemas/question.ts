/** A clinical question, answered with a GRADE certainty rating and its reasons. */
import { z } from 'astro/zod';
import { Certainty, CiteKey, entryId, IsoDate, FormerIds, requireShortTitle, ShortTitle } from './common.ts';
import { ChangeLog } from './change.ts';

/** A row of the home page's summary-of-findings table. */
export const SummaryOfFindings = z.strictObject({
  /** The outcome in a reader's words, e.g. "Pain relief weeks after one infusion". */
  outcome: z.string().min(5),
  /** What was found, with the numbers as reported. */
  finding: z.string().min(10),
  /** Plain-language statement that reflects the certainty, e.g. "may make little or no difference". */
  statement: z.string().min(10),
  /** Cite keys of the sources for this row (shown as links to the question's reference list). */
  cites: z.array(CiteKey).min(1),
});

export const QuestionSchema = z.strictObject({
  /** The question as a reader would ask it. */
  title: z.string().min(10),
  /** Title for the browser tab and search results; required when `title` is longer than 70 characters. */
  shortTitle: ShortTitle,
  /** The short answer, in one or two plain sentences. */
  answer: z.string().min(20),
  /** GRADE certainty of the evidence that answers it. */
  certainty: Certainty,
  /** Why the certainty is what it is (risk of bias, imprecision, indirectness, ...). */
  certaintyReasons: z.array(z.string()).min(1),
  /** Primary studies that inform the answer (ids of study pages). */
  studies: z.array(entryId('studies')).default([]),
  /** Row for the home page's summary-of-findings table, for questions about effects. */
  summaryOfFindings: SummaryOfFindings.optional(),
  /** Order on the questions index (smaller first). */
  order: z.number().int().default(100),
  /** Ids this entry had before it was renamed; each old URL redirects here. Never reuse one. */
  formerIds: FormerIds,
  /** Dated log of substantive changes to the evidence on this page (see src/schemas/change.ts). */
  changes: ChangeLog,
  /** Date the page's facts were last checked against the sources (YYYY-MM-DD). */
  lastReviewed: IsoDate,
}).superRefine(requireShortTitle);
export type Question = z.output<typeof QuestionSchema>;
