/**
 * The screening log (surveillance/screening.yaml): every record a search returned is screened
 * once. It is included (naming the study page or the cited work it became), excluded (with a
 * reason from a fixed list, at title/abstract screening or after the full report was assessed),
 * a duplicate of another record, or pending. Methods' PRISMA 2020 flow diagram is drawn from it.
 */
import { z } from 'astro/zod';
import { IsoDay, RecordId } from './surveillance-run.ts';

/** Why a record was excluded: the fixed list Methods shows. */
export const EXCLUSION_REASONS = [
  'not the condition of interest',
  'no results for the condition reported',
  'not the treatment of interest',
  'not a study, review, guideline or registration',
  'animal or laboratory study',
  'outcome not relevant',
  'report not retrievable',
] as const;
export const ExclusionReason = z.enum(EXCLUSION_REASONS);
export type ExclusionReason = z.output<typeof ExclusionReason>;

export const ScreeningDecisionSchema = z
  .strictObject({
    /** The record screened, as its run file names it, e.g. "pmid:21546160". */
    record: RecordId,
    /** included, excluded, duplicate (of another record in the log) or pending (not yet screened). */
    decision: z.enum(['included', 'excluded', 'duplicate', 'pending']),
    /** For an included record: the study page it became (file name under src/content/studies/). */
    study: z.string().optional(),
    /** For an included record without a study page: the cite key of the work the site cites. */
    key: z.string().optional(),
    /** For an excluded record: the reason, from the fixed list. */
    reason: ExclusionReason.optional(),
    /** For an excluded record: "screening" (title and abstract) or "eligibility" (full report assessed). */
    stage: z.enum(['screening', 'eligibility']).optional(),
    /** For a duplicate: the record it repeats. */
    duplicateOf: RecordId.optional(),
    /** Day the decision was made (YYYY-MM-DD); omit while pending. */
    screened: IsoDay.optional(),
    /**
     * For a record found outside the saved searches (PRISMA's "other methods": a fact-check, a reference
     * list, a reader's report): where it came from, e.g. "independent fact-check, 7 December 2026".
     * Such a record is in no run file, so it also needs a `title`.
     */
    via: z.string().min(5).optional(),
    /** Title of a record found by other methods (records from a run take their title from the run). */
    title: z.string().min(5).optional(),
    /** A short note, e.g. why a borderline record was kept out. */
    note: z.string().min(5).optional(),
  })
  .superRefine((d, ctx) => {
    const need = (field: keyof typeof d, fix: string) => {
      if (d[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `${d.record}: ${fix}` });
    };
    if (d.decision === 'included' && !d.study && !d.key)
      ctx.addIssue({
        code: 'custom',
        path: ['study'],
        message: `${d.record}: an included record names the study page (study) or the cited work (key) it became`,
      });
    if (d.decision === 'excluded') {
      need('reason', `an excluded record needs a reason, one of: ${EXCLUSION_REASONS.join('; ')}`);
      need('stage', 'an excluded record says whether it was excluded at "screening" or at "eligibility"');
    }
    if (d.decision === 'duplicate') need('duplicateOf', 'a duplicate names the record it repeats in duplicateOf');
    if (d.via !== undefined) need('title', 'a record found by other methods (via) needs its title, since no run file holds it');
    if (d.decision !== 'pending') need('screened', 'a screened record has the date it was screened (YYYY-MM-DD)');
  });
export type ScreeningDecision = z.output<typeof ScreeningDecisionSchema>;

export const ScreeningLogSchema = z.array(ScreeningDecisionSchema);
