/**
 * A clinical question. An "effect" question (does the treatment relieve pain, is it
 * safe) is answered with a GRADE rating written as data; a "descriptive" question
 * (what guidelines say, which trials are registered, what reviews conclude) reports
 * what documents say and carries no GRADE rating.
 */
import { z } from 'astro/zod';
import { Phrasing } from './reader-question.ts';
import {
  ARCHIVED_REFERENCES,
  Certainty,
  changesNotAfterReview,
  CURRENT_REFERENCES,
  IsoDate,
  FormerIds,
  requireShortTitle,
  ShortTitle,
  type References,
} from './common.ts';
import { ChangeLog } from './change.ts';
import { ArchivedGradeSchema, GradeSchema } from './grade.ts';
import { StudyDesign } from './study.ts';
import { certaintyMismatch } from '../lib/rules/grade.ts';
import { wordingProblem } from '../lib/rules/certainty-wording.ts';

/** A row of the home page's summary-of-findings table. */
const summaryOfFindings = (references: References) =>
  z.strictObject({
    /** The outcome in a reader's words, e.g. "Relief weeks after one treatment". */
    outcome: z.string().min(5),
    /** What was found in the controlled studies the row counts, with the numbers as reported. */
    finding: z.string().min(10),
    /** Plain-language statement that reflects the certainty, e.g. "may make little or no difference". */
    statement: z.string().min(10),
    /** Evidence outside the table's comparison (uncontrolled or mixed-condition studies), said apart from the counts. */
    beyond: z.string().min(10).optional(),
    /** Cite keys of the sources for this row (shown as links to the question's reference list). */
    cites: z.array(references.citeKey).min(1),
  });

/** What a systematic review covered, for the review × study matrix (descriptive questions about reviews). */
const reviewCoverage = (references: References) =>
  z
    .strictObject({
      /** Cite key of the review. */
      cite: references.citeKey,
      /** Last date its search covered, as the review states it ("2021", "2017-12" or "2017-12-16"); omit when not seen. */
      searchedTo: z
        .string()
        .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the search date as YYYY, YYYY-MM or YYYY-MM-DD')
        .optional(),
      /** Study pages the review is seen to include; only studies whose inclusion was seen in the review itself. */
      included: z.array(references.entryId('studies')).default([]),
      /** True when the review's whole list of included studies was seen, so any other study was not included. */
      complete: z.boolean().default(false),
      /**
       * Study designs the review could not have included, because it included only other designs
       * (a review of randomized trials rules out uncontrolled studies and case reports). Say where
       * the review states it in `onlyIncluded`.
       */
      excludedDesigns: z.array(StudyDesign).default([]),
      /** What the review says it included, in our words, e.g. "randomized trials against placebo only"; needed with `excludedDesigns`. */
      onlyIncluded: z.string().min(10).optional(),
      /** What the matrix cannot show, e.g. an included study that has no page here. */
      note: z.string().min(10).optional(),
    })
    .superRefine((r, ctx) => {
      if (r.excludedDesigns.length > 0 && !r.onlyIncluded) {
        ctx.addIssue({
          code: 'custom',
          path: ['onlyIncluded'],
          message: `${r.cite}: excludedDesigns needs onlyIncluded, saying what the review included instead, e.g. "randomized trials against placebo only"`,
        });
      }
    });

/** "effect": rated with GRADE; "descriptive": reports what documents say, with no GRADE rating. */
export const QuestionKind = z.enum(['effect', 'descriptive']);

/**
 * The question schema: current pages check references and every rule (GradeSchema, the certainty wording, the
 * short title, change dates); frozen versions (`archived`) check the shape alone, with the field each kind needs.
 */
const questionSchema = (grade: typeof GradeSchema | typeof ArchivedGradeSchema, references: References, archived: boolean) =>
  z
    .strictObject({
      /** The question as a reader would ask it. */
      title: z.string().min(10),
      /** Title for the browser tab and search results; required when `title` is longer than 70 characters. */
      shortTitle: ShortTitle,
      /**
       * Other ways readers ask this question, in their own words, e.g. "does the drug help my back pain long term".
       * Indexed for search with a high weight and shown nowhere; write them from what the page answers.
       */
      askedAs: z.array(Phrasing).default([]),
      /** The short answer, in one or two plain sentences. */
      answer: z.string().min(20),
      /** "effect" (default) needs `certainty` and `grade`; "descriptive" needs `basis` and has neither. */
      kind: QuestionKind.default('effect'),
      /** GRADE certainty of the evidence that answers an effect question; must follow from `grade`. */
      certainty: Certainty.optional(),
      /** The GRADE judgements behind `certainty` (effect questions only); rendered as "Why this certainty". */
      grade: grade.optional(),
      /** Descriptive questions only: what the page reports instead of a rating, e.g. "What the guideline documents say, as published". */
      basis: z.string().min(20).optional(),
      /** Primary studies that inform the answer (ids of study pages). */
      studies: z.array(references.entryId('studies')).default([]),
      /** Reviews and the studies they included, shown as a matrix (descriptive questions about reviews). */
      reviews: z.array(reviewCoverage(references)).optional(),
      /** Row for the home page's summary-of-findings table, for effect questions. */
      summaryOfFindings: summaryOfFindings(references).optional(),
      /** Order on the questions index (smaller first). */
      order: z.number().int().default(100),
      /** Ids this entry had before it was renamed; each old URL redirects here. Never reuse one. */
      formerIds: FormerIds,
      /** Dated log of substantive changes to the evidence on this page (see src/schemas/change.ts). */
      changes: ChangeLog,
      /** Date the page's facts were last checked against the sources (YYYY-MM-DD). */
      lastReviewed: IsoDate,
    })
    .superRefine((q, ctx) => {
      if (archived) return;
      requireShortTitle(q, ctx);
      changesNotAfterReview(q, ctx);
    })
    .superRefine((q, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (q.kind === 'descriptive') {
        for (const field of ['certainty', 'grade', 'summaryOfFindings'] as const) {
          if (q[field] !== undefined)
            issue(field, `a descriptive question carries no GRADE rating or summary row: remove ${field}, or set kind: effect if the page estimates an effect`);
        }
        if (!q.basis) issue('basis', 'a descriptive question needs a basis: one sentence on what the page reports instead of a GRADE rating');
        return;
      }
      if (q.basis !== undefined) issue('basis', 'basis is for descriptive questions: remove it, or set kind: descriptive');
      if (!q.certainty) issue('certainty', 'an effect question needs a GRADE certainty (high, moderate, low or very low)');
      if (!q.grade)
        issue(
          'grade',
          'an effect question needs its GRADE judgements: start, body and a level and reason for each of riskOfBias, inconsistency, indirectness, imprecision and publicationBias',
        );
      if (archived) return;
      if (q.certainty && q.grade) {
        const mismatch = certaintyMismatch(q.certainty, q.grade);
        if (mismatch) issue('certainty', mismatch);
      }
      if (q.certainty) {
        const answer = wordingProblem(q.certainty, q.answer);
        if (answer) issue('answer', answer);
        const statement = q.summaryOfFindings && wordingProblem(q.certainty, q.summaryOfFindings.statement);
        if (statement) ctx.addIssue({ code: 'custom', path: ['summaryOfFindings', 'statement'], message: statement });
      }
    });

/** A current question page: the shape and every rule, the GRADE domain rules included. */
export const QuestionSchema = questionSchema(GradeSchema, CURRENT_REFERENCES, false);
/** A frozen version (versions/questions/): its shape only, without the evidence rules, the bibliography or other pages, which may have changed since. */
export const ArchivedQuestionSchema = questionSchema(ArchivedGradeSchema, ARCHIVED_REFERENCES, true);
export type Question = z.output<typeof QuestionSchema>;

/** A question of kind "effect", whose certainty and grade are present. */
export type EffectQuestion = Question & { kind: 'effect'; certainty: Certainty; grade: NonNullable<Question['grade']> };
export const isEffect = (q: Question): q is EffectQuestion => q.kind === 'effect';
