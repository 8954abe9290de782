/** A plain page such as About or Methods. */
import { z } from 'astro/zod';
import { IsoDate } from './common.ts';

export const PageSchema = z.strictObject({
  /** Page heading and document title. */
  title: z.string().min(3),
  /** One-sentence description for search results and link previews. */
  description: z.string().min(20),
  /** Date the page was last updated (YYYY-MM-DD). */
  lastReviewed: IsoDate,
});
export type Page = z.output<typeof PageSchema>;
