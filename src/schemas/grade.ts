/**
 * A GRADE rating written as data: where the body of evidence starts, the studies in it,
 * a judgement per domain with its reason, and any upgrade. The certainty follows from
 * these (src/lib/rules/grade.ts); a question's stated certainty must match it, and the
 * judgements must keep the domain rules (src/lib/rules/grade-domains.ts).
 */
import { z } from 'astro/zod';
import { ARCHIVED_REFERENCES, CURRENT_REFERENCES, type References } from './common.ts';
import { gradeDomainProblems } from '../lib/rules/grade-domains.ts';
import { CONCERNS } from '../lib/rules/scales.ts';

/** How serious a concern in one GRADE domain is: each step below "not serious" lowers certainty by one level. */
export const Concern = z.enum(CONCERNS);
export type Concern = z.output<typeof Concern>;

/** One domain's judgement and the reason for it, in plain words. */
export const Judgement = z.strictObject({
  /** not serious, serious (down one level) or very serious (down two). */
  level: Concern,
  /** Why, in one or two plain sentences a reader can check against the studies. */
  reason: z.string().min(10),
});
export type Judgement = z.output<typeof Judgement>;

/** Inconsistency: as Judgement, plus "not applicable" when one study informs the outcome (nothing to disagree with). */
export const InconsistencyJudgement = Judgement.extend({
  /** not applicable (one study), not serious, serious (down one level) or very serious (down two). */
  level: z.enum(['not applicable', 'not serious', 'serious', 'very serious']),
});

/** Imprecision: as Judgement, plus the basis GRADE asks for (optional here only so archived versions still load). */
export const ImprecisionJudgement = Judgement.extend({
  /** Total participants in the rated body of evidence, e.g. 24. */
  participants: z.number().int().positive().optional(),
  /** Whether the confidence interval (or, with no interval, the counts) crosses the line of no effect: yes, no or "not reported". */
  crossesNoEffect: z.enum(['yes', 'no', 'not reported']).optional(),
  /** Why only "serious" and not "very serious"; needed for a single study below the optimal information size. */
  notVerySerious: z.string().min(20).optional(),
});

/**
 * The publication-bias judgement, which also names the trial registrations it rests on: each must be
 * in surveillance/registrations.yaml, and the box shows each one's registry status from there.
 */
export const PublicationBiasJudgement = Judgement.extend({
  /** NCT numbers of the registrations the judgement rests on, e.g. trials past their planned end without results. */
  registrations: z.array(z.string().regex(/^NCT\d{8}$/, 'write an NCT number, e.g. "NCT04938713"')).optional(),
});

/** The rating's shape, with its cite keys checked as `references` says. */
const gradeObject = (references: References) =>
  z.strictObject({
    /** Design of the body of evidence rated: "randomized" starts at high, "observational" at low. */
    start: z.enum(['randomized', 'observational']),
    /** Why the start is what it is, e.g. "One randomized trial; the older studies are placebo-controlled tests." */
    body: z.string().min(10),
    /**
     * Cite keys of the primary studies in the rated body: the studies whose results the rating is about,
     * not every study the page mentions. A study with a page here must also be in the question's `studies`.
     * How many there are decides whether inconsistency can be judged (two or more).
     */
    studies: z.array(references.citeKey).min(1).optional(),
    /** Flaws in how the studies were run (blinding, selection, missing data); "not serious" needs every study read in full text. */
    riskOfBias: Judgement,
    /** Whether the studies disagree in ways not explained; "not applicable" with one study. */
    inconsistency: InconsistencyJudgement,
    /** Whether the studies answer a different question (other people, doses, outcomes or comparisons). */
    indirectness: Judgement,
    /** Whether there are too few participants or events to be sure, with the participants and the interval as its basis. */
    imprecision: ImprecisionJudgement,
    /** Whether studies are likely to be missing because of their results. */
    publicationBias: PublicationBiasJudgement,
    /** Levels added for a large effect or a dose-response gradient (observational evidence without serious risk of bias only), with the reason. */
    upgrade: z.strictObject({ levels: z.number().int().min(1).max(2), reason: z.string().min(10) }).optional(),
  });

/** The rating's shape alone, without the domain rules or the bibliography: frozen versions are loaded with it. */
export const ArchivedGradeSchema = gradeObject(ARCHIVED_REFERENCES);

/** A current rating: the shape, cite keys in the bibliography, and the domain rules (src/lib/rules/grade-domains.ts). */
export const GradeSchema = gradeObject(CURRENT_REFERENCES).superRefine((grade, ctx) => {
  for (const { path, message } of gradeDomainProblems(grade)) ctx.addIssue({ code: 'custom', path, message });
});
export type Grade = z.output<typeof ArchivedGradeSchema>;
