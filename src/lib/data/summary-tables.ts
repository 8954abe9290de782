/** The summary-of-findings table of the home page as data, with the studies each row counts. */
import type { Question } from '../../schemas/question.ts';
import type { Study } from '../../schemas/study.ts';
import { Certainty } from '../../schemas/common.ts';
import { CONTENT_DIR } from '../core/content-index.ts';
import { inComparison, type SummaryRow } from '../content/summary-of-findings.ts';
import { SITE_URL } from '../site.ts';
import { categorical, field, foreignKey, orNull, type DataTable, type Row } from './table.ts';
import { entryPath } from '../core/urls.ts';

interface Entry<T> {
  id: string;
  data: T;
}

const QUESTION_ID = field('question_id', 'string', "The question: the last part of its page's address.");
/** The question page a row comes from, for build errors. */
const fromQuestion = (row: Row): string => `${CONTENT_DIR}/questions/${String(row.question_id)}.md`;

export function summaryTables(rows: readonly SummaryRow[], questions: readonly Entry<Question>[], studies: readonly Entry<Study>[]): DataTable[] {
  const studyById = new Map(studies.map((s) => [s.id, s.data]));
  const questionById = new Map(questions.map((q) => [q.id, q.data]));
  const links = rows.flatMap((row) => (questionById.get(row.questionId)?.studies ?? []).map((studyId) => ({ row, studyId, study: studyById.get(studyId)! })));
  return [
    {
      name: 'summary-of-findings',
      title: 'Summary of findings',
      description: "The summary-of-findings table on the home page, one row per outcome, with the GRADE certainty of the question's answer.",
      fields: [
        QUESTION_ID,
        field('position', 'integer', 'Position of the row in the table, from 1.'),
        field('url', 'string', "The question's page."),
        field('outcome', 'string', 'The outcome.'),
        field('studies', 'integer', 'Controlled studies in people with the condition only that the row counts.'),
        field('participants', 'integer', "Participants in those studies (each study's n_in_comparison, else n_enrolled)."),
        field('other_studies', 'integer', "The question's other studies (uncontrolled, or in mixed conditions), not counted in the row."),
        field('finding', 'string', 'What was found.'),
        field('beyond', 'string', 'Evidence outside the comparison of the table.', true),
        categorical('certainty', 'GRADE certainty of the evidence, from high to very low.', Certainty.options, true),
        field('statement', 'string', 'The finding in plain words, worded for its certainty.'),
      ],
      primaryKey: ['question_id'],
      foreignKeys: [],
      source: fromQuestion,
      rows: rows.map((r, i) => ({
        question_id: r.questionId,
        position: i + 1,
        url: new URL(entryPath('questions', r.questionId), SITE_URL).href,
        outcome: r.outcome,
        studies: r.studies,
        participants: r.participants,
        other_studies: r.otherStudies,
        finding: r.finding,
        beyond: orNull(r.beyond),
        certainty: r.certainty,
        statement: r.statement,
      })),
    },
    {
      name: 'summary-of-findings-studies',
      title: 'Studies behind each summary-of-findings row',
      description: "Every study of each row's question, and whether the row counts it; the counted rows add up to the row's studies and participants.",
      fields: [
        QUESTION_ID,
        field('study_id', 'string', 'The study (studies.id).'),
        field('counted', 'boolean', 'Whether the row counts the study (a controlled design in people with the condition only).'),
        field('participants_counted', 'integer', 'Participants the row counts from this study; empty when the study is not counted.', true),
      ],
      primaryKey: ['question_id', 'study_id'],
      foreignKeys: [foreignKey(['question_id'], 'summary-of-findings'), foreignKey(['study_id'], 'studies', ['id'])],
      source: fromQuestion,
      rows: links.map(({ row, studyId, study }) => ({
        question_id: row.questionId,
        study_id: studyId,
        counted: inComparison(study),
        participants_counted: inComparison(study) ? (study.nInComparison ?? study.nEnrolled) : null,
      })),
    },
  ];
}
