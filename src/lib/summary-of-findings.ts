/**
 * The summary-of-findings table: one row per question that has one, with the
 * number of studies and participants computed from the studies it lists.
 */
import type { Question } from '../schemas/question.ts';
import type { Study } from '../schemas/study.ts';
import { loadBibliography } from './bibliography.ts';
import { BIBLIOGRAPHY_FILE } from './citation-options.ts';
import { shortLabel } from './labels.ts';

interface Entry<T> {
  id: string;
  data: T;
}

export interface SourceLink {
  label: string;
  href: string;
}

export interface SummaryRow {
  questionId: string;
  outcome: string;
  studies: number;
  participants: number;
  finding: string;
  certainty: Question['certainty'];
  statement: string;
  sources: SourceLink[];
}

export function summaryOfFindings(questions: Entry<Question>[], studies: Entry<Study>[]): SummaryRow[] {
  const enrolled = new Map(studies.map((s) => [s.id, s.data.nKetamineComparison ?? s.data.nEnrolled]));
  const references = loadBibliography(BIBLIOGRAPHY_FILE).references;
  return [...questions]
    .filter((q) => q.data.summaryOfFindings)
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data }) => {
      const row = data.summaryOfFindings!;
      return {
        questionId: id,
        outcome: row.outcome,
        studies: data.studies.length,
        participants: data.studies.reduce((sum, s) => sum + (enrolled.get(s) ?? 0), 0),
        finding: row.finding,
        certainty: data.certainty,
        statement: row.statement,
        sources: row.cites.map((key) => ({ label: shortLabel(references.get(key)!.csl), href: `/questions/${id}/#bib-${key}` })),
      };
    });
}
