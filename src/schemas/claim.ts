/** A claim from promotional writing, reviewed against the evidence. */
import { z } from 'astro/zod';
import {
  ARCHIVED_REFERENCES,
  changesNotAfterReview,
  CURRENT_REFERENCES,
  IsoDate,
  Verdict,
  FormerIds,
  requireShortTitle,
  ShortTitle,
  type References,
} from './common.ts';
import { STRENGTHS, verdictProblem } from '../lib/rules/verdict-rules.ts';
import { ChangeLog } from './change.ts';
import { QUOTE_MAX_WORDS, wordCount } from './claim-source.ts';

/** A cited work's stance on a claim: it "supports" or "contradicts" the claim as stated, or gives "context" only. */
export const Stance = z.enum(['supports', 'contradicts', 'context']);

/** A quote of at most QUOTE_MAX_WORDS words. */
const CurrentQuote = z
  .string()
  .min(10)
  .superRefine((quote, ctx) => {
    const words = wordCount(quote);
    if (words > QUOTE_MAX_WORDS)
      ctx.addIssue({
        code: 'custom',
        message: `quote has ${words} words; quote at most ${QUOTE_MAX_WORDS} words of the source and paraphrase the rest in the page`,
      });
  });

/** A claim page's fields, with references checked as `references` says and the quote as `quote`. */
const claimObject = (references: References, quote: z.ZodString) =>
  z.strictObject({
    /** The claim, paraphrased neutrally. */
    title: z.string().min(10),
    /** Title for the browser tab and search results; required when `title` is longer than 70 characters. */
    shortTitle: ShortTitle,
    /** Verdict on the fixed scale. */
    verdict: Verdict,
    /** One-sentence reason for the verdict. */
    verdictReason: z.string().min(20),
    /** The publication where the claim was made: the id of an entry in src/content/sources/. */
    source: references.entryId('sources'),
    /** The claim in the source's own words, at most 25 words, quoted exactly. */
    quote,
    /** Every work the page cites, with its stance on the claim and the kind of evidence it is; the verdict must follow the rules in src/lib/rules/verdict-rules.ts. */
    evidence: z
      .array(
        z.strictObject({
          /** Cite key of the work, as cited in the body. */
          cite: references.citeKey,
          /** "supports" or "contradicts" the claim as stated, or gives "context" only. */
          stance: Stance,
          /** What kind of evidence the work is, e.g. "randomized trial", "case report", "opinion". */
          strength: z.enum(STRENGTHS),
        }),
      )
      .min(1),
    /** Clinical questions that bear on the claim (ids of question pages). */
    questions: z.array(references.entryId('questions')).default([]),
    /** Studies the claim relies on or that test it (ids of study pages). */
    studies: z.array(references.entryId('studies')).default([]),
    /** Order on the claims index. */
    order: z.number().int().default(100),
    /** Ids this entry had before it was renamed; each old URL redirects here. Never reuse one. */
    formerIds: FormerIds,
    /** Dated log of substantive changes to the evidence on this page (see src/schemas/change.ts). */
    changes: ChangeLog,
    /** Date the review was last checked (YYYY-MM-DD). */
    lastReviewed: IsoDate,
  });

/** A frozen version (versions/claims/): its shape only, without the verdict rules, the bibliography or other pages. */
export const ArchivedClaimSchema = claimObject(ARCHIVED_REFERENCES, z.string().min(10));

/** A current claim page: references checked, the quote within its length, the verdict following the rules. */
export const ClaimSchema = claimObject(CURRENT_REFERENCES, CurrentQuote)
  .superRefine(requireShortTitle)
  .superRefine(changesNotAfterReview)
  .superRefine((claim, ctx) => {
    const problem = verdictProblem(claim.verdict, claim.evidence);
    if (problem) ctx.addIssue({ code: 'custom', path: ['verdict'], message: problem });
  });
export type Claim = z.output<typeof ClaimSchema>;
