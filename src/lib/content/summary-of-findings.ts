/**
 * The summary-of-findings table: one row per question that has one. Its caption
 * (TOPIC.summaryCaption) compares the intervention with placebo in people with the
 * condition, so a row counts only the question's studies that match: a controlled
 * design and a population with the condition only. The question's other studies are counted apart, as
 * evidence outside the table's comparison.
 */
import { isEffect, type Question } from '../../schemas/question.ts';
import { CONTROLLED_DESIGNS, type Study } from '../../schemas/study.ts';
import { projectBibliography } from '../core/bibliography/load.ts';
import { shortLabel } from './labels.ts';
import { entryPath } from '../core/urls.ts';

interface Entry<T> {
  id: string;
  data: T;
}

export interface SourceLink {
  label: string;
  href: string;
}

/** Whether a study belongs to the table's comparison (TOPIC.summaryCaption): a controlled design in a population with the condition only. */
export const inComparison = (study: Study): boolean => CONTROLLED_DESIGNS.includes(study.design) && study.populationScope === 'condition only';

export interface SummaryRow {
  questionId: string;
  outcome: string;
  /** Controlled studies of the condition only on the question, and their participants in the comparison (nInComparison ?? nEnrolled). */
  studies: number;
  participants: number;
  /** The question's other studies (uncontrolled, or mixed conditions), not counted in the row. */
  otherStudies: number;
  beyond?: string | undefined;
  finding: string;
  certainty: NonNullable<Question['certainty']>;
  statement: string;
  sources: SourceLink[];
}

export function summaryOfFindings(questions: Entry<Question>[], studies: Entry<Study>[]): SummaryRow[] {
  const byId = new Map(studies.map((s) => [s.id, s.data]));
  const references = projectBibliography().references;
  return [...questions]
    .filter(
      (q): q is Entry<Question> & { data: { summaryOfFindings: NonNullable<Question['summaryOfFindings']> } } =>
        Boolean(q.data.summaryOfFindings) && isEffect(q.data),
    )
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data }) => {
      const row = data.summaryOfFindings;
      const counted = data.studies.map((s) => byId.get(s)!).filter(inComparison);
      return {
        questionId: id,
        outcome: row.outcome,
        studies: counted.length,
        participants: counted.reduce((sum, s) => sum + (s.nInComparison ?? s.nEnrolled), 0),
        otherStudies: data.studies.length - counted.length,
        beyond: row.beyond,
        finding: row.finding,
        certainty: data.certainty!,
        statement: row.statement,
        sources: row.cites.map((key) => ({ label: shortLabel(references.get(key)!.csl), href: `${entryPath('questions', id)}#bib-${key}` })),
      };
    });
}
