/** A question readers ask about a page that is not itself a question page (About, Methods, the data page…). */
import { z } from 'astro/zod';

/** One reader phrasing: a whole question or phrase, without "|" (search metadata joins phrasings with it). */
export const Phrasing = z
  .string()
  .min(8, 'write each askedAs phrasing as a whole question or phrase of at least 8 characters')
  .refine((text) => !text.includes('|'), 'an askedAs phrasing cannot contain "|": search metadata uses it to separate phrasings; reword it');

/** A question the page answers, the ways readers ask it, and the one sentence of the page that answers it. */
export const ReaderQuestion = z.strictObject({
  /** Ways readers ask it, in their own words, e.g. "who pays for this site". Indexed for search with a high weight and shown nowhere. */
  askedAs: z.array(Phrasing).min(1, 'give at least one askedAs phrasing'),
  /** The one sentence that answers it, saying only what the page says; shown as the best answer in search. */
  answer: z.string().min(20, 'write the answer as one whole sentence of at least 20 characters'),
});
export type ReaderQuestion = z.output<typeof ReaderQuestion>;

/** The questions a page answers for search, empty by default. */
export const ReaderQuestions = z.array(ReaderQuestion).default([]);
