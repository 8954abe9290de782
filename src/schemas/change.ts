/** The dated log of substantive evidence changes a page keeps, for its version history and the site's feed. */
import { z } from 'astro/zod';
import { IsoDate } from './common.ts';

/** One substantive change to what a page says about the evidence. */
export const Change = z.strictObject({
  /** Date the change was made (YYYY-MM-DD). */
  date: IsoDate,
  /** What changed and why, in one sentence, e.g. "Added the 2025 Cochrane review." */
  summary: z.string().min(10),
});
export type Change = z.output<typeof Change>;

/** A page's changes, in any order (pages and the feed show them newest first). Wording fixes are not listed. */
export const ChangeLog = z.array(Change).default([]);
