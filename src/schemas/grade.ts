/**
 * A GRADE rating written as data: where the body of evidence starts, a judgement
 * per domain with its reason, and any upgrade. The certainty follows from these
 * (src/lib/rules/grade.ts); a question's stated certainty must match it.
 */
import { z } from 'astro/zod';

/** How serious a concern in one GRADE domain is: each step below "not serious" lowers certainty by one level. */
export const Concern = z.enum(['not serious', 'serious', 'very serious']);
export type Concern = z.output<typeof Concern>;

/** One domain's judgement and the reason for it, in plain words. */
export const Judgement = z.strictObject({
  /** not serious, serious (down one level) or very serious (down two). */
  level: Concern,
  /** Why, in one or two plain sentences a reader can check against the studies. */
  reason: z.string().min(10),
});
export type Judgement = z.output<typeof Judgement>;

/** The five domains that can lower certainty, in the order GRADE lists them. */
export const DOMAINS = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'] as const;
export type Domain = (typeof DOMAINS)[number];

/** Reader-facing names of the domains. */
export const DOMAIN_LABELS: Record<Domain, string> = {
  riskOfBias: 'Risk of bias',
  inconsistency: 'Inconsistency',
  indirectness: 'Indirectness',
  imprecision: 'Imprecision',
  publicationBias: 'Publication bias',
};

/**
 * The publication-bias judgement, which also names the trial registrations it rests on: each must be
 * in surveillance/registrations.yaml, and the box shows each one's registry status from there.
 */
export const PublicationBiasJudgement = Judgement.extend({
  /** NCT numbers of the registrations the judgement rests on, e.g. trials past their planned end without results. */
  registrations: z.array(z.string().regex(/^NCT\d{8}$/, 'write an NCT number, e.g. "NCT04938713"')).optional(),
});

export const GradeSchema = z.strictObject({
  /** Design of the body of evidence rated: "randomized" starts at high, "observational" at low. */
  start: z.enum(['randomized', 'observational']),
  /** Why the start is what it is, e.g. "One randomized trial; the older studies are placebo-controlled tests." */
  body: z.string().min(10),
  /** Flaws in how the studies were run (blinding, selection, missing data). */
  riskOfBias: Judgement,
  /** Whether the studies disagree in ways not explained. */
  inconsistency: Judgement,
  /** Whether the studies answer a different question (other people, doses, outcomes or comparisons). */
  indirectness: Judgement,
  /** Whether there are too few participants or events to be sure. */
  imprecision: Judgement,
  /** Whether studies are likely to be missing because of their results. */
  publicationBias: PublicationBiasJudgement,
  /** Levels added for a large effect or a dose-response gradient (observational evidence only), with the reason. */
  upgrade: z.strictObject({ levels: z.number().int().min(1).max(2), reason: z.string().min(10) }).optional(),
});
export type Grade = z.output<typeof GradeSchema>;
