/**
 * A regulatory approval relevant to the question (surveillance/approvals.yaml): drug, indication,
 * agency, date and source, stated once as data. The guidelines page's list of drugs approved for
 * the condition, and every sentence that counts them, are rendered from it.
 */
import { z } from 'astro/zod';
import { IsoDay, PartialDate } from './surveillance-run.ts';

export const ApprovalSchema = z.strictObject({
  /** Generic name as a reader knows it, lower case, e.g. "pregabalin" or "sublingual cyclobenzaprine". */
  drug: z.string().min(2),
  /** Brand name, e.g. "Lyrica". */
  brand: z.string().min(2).optional(),
  /** The indication approved, as the label or the agency words it. */
  indication: z.string().min(3),
  /** True when the indication is the condition this site is about (the lists and counts take only these). */
  forCondition: z.boolean(),
  /** The agency, e.g. "FDA". */
  agency: z.string().min(2),
  /** Date of the approval for this indication (YYYY-MM-DD, or YYYY-MM or YYYY when only that was seen). */
  date: PartialDate,
  /** Cite key of the source that states the approval and its date. */
  source: z.string().min(1),
  /** The day the approval was last checked against its source (YYYY-MM-DD). */
  checked: IsoDay,
});
export type Approval = z.output<typeof ApprovalSchema>;

export const ApprovalsSchema = z.array(ApprovalSchema);
