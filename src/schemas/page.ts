/** A plain page such as About or Methods. */
import { z } from 'astro/zod';
import { changesNotAfterReview, IsoDate, FormerIds } from './common.ts';
import { ChangeLog } from './change.ts';
import { ReaderQuestions } from './reader-question.ts';

/** A plain page's shape alone: what a frozen version (versions/pages/) is checked against. */
export const ArchivedPageSchema = z.strictObject({
  /** Page heading and document title. */
  title: z.string().min(3),
  /** One-sentence description for search results and link previews. */
  description: z.string().min(20),
  /** Ids this entry had before it was renamed; each old URL redirects here. Never reuse one. */
  formerIds: FormerIds,
  /** Dated log of substantive changes to the evidence on this page (see src/schemas/change.ts). */
  changes: ChangeLog,
  /** Date the page was last updated (YYYY-MM-DD). */
  lastReviewed: IsoDate,
  /** Questions readers ask that this page answers ("who runs this site"), each with its one-sentence answer, for site search. */
  readerQuestions: ReaderQuestions,
});

/** A current plain page. */
export const PageSchema = ArchivedPageSchema.superRefine(changesNotAfterReview);
