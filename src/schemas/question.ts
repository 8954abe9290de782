/** A clinical question, answered with a GRADE certainty rating and its reasons. */
import { z } from 'astro/zod';
import { Certainty, entryId, IsoDate } from './common.ts';

export const QuestionSchema = z.object({
  /** The question as a reader would ask it. */
  title: z.string().min(10),
  /** The short answer, in one or two plain sentences. */
  answer: z.string().min(20),
  /** GRADE certainty of the evidence that answers it. */
  certainty: Certainty,
  /** Why the certainty is what it is (risk of bias, imprecision, indirectness, ...). */
  certaintyReasons: z.array(z.string()).min(1),
  /** Primary studies that inform the answer (ids of study pages). */
  studies: z.array(entryId('studies')).default([]),
  /** Order on the questions index (smaller first). */
  order: z.number().int().default(100),
  /** Date the page's facts were last checked against the sources (YYYY-MM-DD). */
  lastReviewed: IsoDate,
});
export type Question = z.output<typeof QuestionSchema>;
