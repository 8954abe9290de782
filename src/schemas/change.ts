/** The dated log of substantive evidence changes a page keeps, for its version history and the site's feed. */
import { z } from 'astro/zod';
import { IsoDate } from './common.ts';

/**
 * What kind of change an entry records: "first published"; "new evidence" (a study,
 * review or guideline added); "certainty changed" (a GRADE rating moved); "conclusion
 * changed" (the short answer or verdict now says something different); "correction"
 * (something the page said was wrong and is now fixed); "editorial" (clearer wording
 * or presentation that a reader may still want to know about).
 */
export const ChangeType = z.enum(['first published', 'new evidence', 'certainty changed', 'conclusion changed', 'correction', 'editorial']);
export type ChangeType = z.output<typeof ChangeType>;

/** One substantive change to what a page says about the evidence. */
export const Change = z.strictObject({
  /** Date the change was made (YYYY-MM-DD). */
  date: IsoDate,
  /** What kind of change this is (see ChangeType); corrections are also listed on /corrections/. */
  type: ChangeType,
  /** What changed and why, in one sentence, e.g. "Added the 2025 Cochrane review." */
  summary: z.string().min(10),
  /** True when the page's conclusion (short answer, verdict or bottom line) changed with this entry. */
  conclusionChanged: z.boolean().default(false),
});
export type Change = z.output<typeof Change>;

/** A page's changes, in any order (pages and the feed show them newest first). Wording fixes are not listed. */
export const ChangeLog = z.array(Change).default([]);
