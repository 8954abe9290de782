/** The study pages' front matter as tables: studies, their arms, outcomes measured, results, values per arm and risk-of-bias notes. */
import { MapFinding, PopulationScope, StudyDesign, type Study } from '../../schemas/study.ts';
import { Decimal } from '../../schemas/estimate.ts';
import { decimalNumber } from '../rules/scales.ts';
import { comparisonText } from '../content/result-comparison.ts';
import { CONTENT_DIR } from '../core/content-index.ts';
import { inComparison } from '../content/summary-of-findings.ts';
import { SITE_URL } from '../site.ts';
import { categorical, field, foreignKey, orNull, type DataTable, type Row } from './table.ts';
import { entryPath } from '../core/urls.ts';

export interface StudyEntry {
  id: string;
  data: Study;
}

export const studyUrl = (id: string): string => new URL(entryPath('studies', id), SITE_URL).href;

const STUDY_ID = field('study_id', 'string', 'The study (studies.id).');
const ARM = field('arm', 'integer', "Position of the arm in the study's list of arms, from 1; results give one value per arm in this order.");
const toStudy = foreignKey(['study_id'], 'studies', ['id']);
/** The study page a row comes from, for build errors. */
const studyFile = (id: string): string => `${CONTENT_DIR}/studies/${id}.md`;
const fromStudy = (row: Row): string => studyFile(String(row.study_id));

/** A number written as text ("1.40"), as a number; null for anything else (words, or nothing). */
const decimalOrNull = (text: string | undefined): number | null => (text !== undefined && Decimal.safeParse(text).success ? decimalNumber(text) : null);

/** One row per item of a list in the front matter, numbered from 1. */
function listTable(
  studies: readonly StudyEntry[],
  name: string,
  title: string,
  description: string,
  column: string,
  columnDescription: string,
  list: (s: Study) => readonly string[],
): DataTable {
  return {
    name,
    title,
    description,
    fields: [STUDY_ID, field('position', 'integer', "Position in the study page's list, from 1."), field(column, 'string', columnDescription)],
    primaryKey: ['study_id', 'position'],
    foreignKeys: [toStudy],
    rows: studies.flatMap(({ id, data }) => list(data).map((text, i) => ({ study_id: id, position: i + 1, [column]: text }))),
    source: fromStudy,
  };
}

export function studyTables(studies: readonly StudyEntry[]): DataTable[] {
  const results = studies.flatMap(({ id, data }) => data.results.map((r, i) => ({ id, r, position: i + 1 })));
  return [
    {
      name: 'studies',
      title: 'Studies',
      description: 'One row per primary study, as described on its page.',
      fields: [
        field('id', 'string', 'Study id: the cite key of its main publication and the last part of its page address.'),
        field('url', 'string', "The study's page."),
        field('title', 'string', 'Short descriptive title.'),
        field('summary', 'string', 'One-sentence plain-language summary.'),
        categorical('design', 'Study design, from strongest to weakest for questions of benefit.', StudyDesign.options, true),
        field('randomization_and_blinding', 'string', 'How allocation and blinding were done.'),
        field('population', 'string', 'Who took part.'),
        categorical(
          'population_scope',
          '"condition only" when every participant has the condition, "mixed" for a wider group.',
          PopulationScope.options,
          false,
        ),
        field('n_enrolled', 'integer', 'Participants randomized or enrolled.'),
        field(
          'n_in_comparison',
          'integer',
          'Participants in the comparison of the intervention, when the study also tested other treatments in other people; empty when it equals n_enrolled.',
          true,
        ),
        field('n_analysed', 'integer', 'Participants analysed, when reported separately.', true),
        field('counted_in_summary', 'boolean', 'Whether summary-of-findings rows count this study: a controlled design in people with the condition only.'),
        field('follow_up', 'string', 'Longest follow-up after the last dose, in words.'),
        field('follow_up_days', 'number', 'Longest follow-up in days; empty when the source does not state it.', true),
        categorical('map_finding', 'What the study found, as placed on the evidence map.', MapFinding.options, false, true),
        field('adverse_effects', 'string', 'Adverse effects as reported.'),
        field('funding', 'string', 'Funding and conflicts of interest as reported.'),
        field('registry_ids', 'string', 'Trial registry identifiers, separated by "; ".', true),
        field('last_reviewed', 'date', "Date the page's facts were last checked against the sources."),
      ],
      primaryKey: ['id'],
      foreignKeys: [],
      source: (row) => studyFile(String(row.id)),
      rows: studies.map(({ id, data: s }) => ({
        id,
        url: studyUrl(id),
        title: s.title,
        summary: s.summary,
        design: s.design,
        randomization_and_blinding: s.randomizationAndBlinding,
        population: s.population,
        population_scope: s.populationScope,
        n_enrolled: s.nEnrolled,
        n_in_comparison: orNull(s.nInComparison),
        n_analysed: orNull(s.nAnalysed),
        counted_in_summary: inComparison(s),
        follow_up: s.followUp,
        follow_up_days: s.followUpDays,
        map_finding: orNull(s.mapFinding),
        adverse_effects: s.adverseEffects,
        funding: s.funding,
        registry_ids: s.registryIds.join('; ') || null,
        last_reviewed: s.lastReviewed,
      })),
    },
    {
      name: 'arms',
      title: 'Arms',
      description: 'The arms or conditions of each study.',
      fields: [
        STUDY_ID,
        ARM,
        field('name', 'string', 'Name of the arm as the study reports it.'),
        field('n', 'integer', 'Participants randomized or allocated to the arm, when reported.', true),
        field('regimen', 'string', "Drug, dose, route and duration in the study's own units."),
      ],
      primaryKey: ['study_id', 'arm'],
      foreignKeys: [toStudy],
      source: fromStudy,
      rows: studies.flatMap(({ id, data }) => data.arms.map((a, i) => ({ study_id: id, arm: i + 1, name: a.name, n: orNull(a.n), regimen: a.regimen }))),
    },
    listTable(
      studies,
      'outcomes-measured',
      'Outcomes measured',
      "The outcomes each study measured, in the study's terms.",
      'outcome',
      'An outcome measured.',
      (s) => s.outcomes,
    ),
    {
      name: 'results',
      title: 'Results',
      description: "Each result as the study reported it, one row per row of the study page's results table.",
      fields: [
        STUDY_ID,
        field('result_id', 'string', "The result's anchor on the study page; never changes once published."),
        field('position', 'integer', "Position in the study page's results table, from 1."),
        field('url', 'string', "The result's row on the study page."),
        field('measure', 'string', 'What was measured and when.'),
        field('hours_after_dose', 'number', 'Time since the (first) dose, in hours.', true),
        field('comparison', 'string', 'The statistical comparison as the page shows it, rendered from the estimate columns and the words reported.', true),
        field('estimate_measure', 'string', 'What the estimate estimates, e.g. "effect size".', true),
        field('estimate', 'number', 'The point estimate.', true),
        field('ci_low', 'number', 'Lower end of its confidence interval.', true),
        field('ci_high', 'number', 'Upper end of its confidence interval.', true),
        field('ci_level', 'number', 'Confidence level of the interval, in percent.', true),
        field('p_value', 'string', 'The P value with its relation as reported, e.g. "<0.05".', true),
        field('denominator_note', 'string', "Why a denominator differs from its arm's size.", true),
        field('finding', 'string', 'Plain-language reading of the result.'),
      ],
      primaryKey: ['study_id', 'result_id'],
      foreignKeys: [toStudy],
      source: fromStudy,
      uniqueFix: 'give each result of the study an id of its own',
      rows: results.map(({ id, r, position }) => ({
        study_id: id,
        result_id: r.id,
        position,
        url: `${studyUrl(id)}#${r.id}`,
        measure: r.measure,
        hours_after_dose: orNull(r.hoursAfterDose),
        comparison: orNull(comparisonText(r)),
        estimate_measure: orNull(r.estimate?.measure),
        estimate: decimalOrNull(r.estimate?.value),
        ci_low: decimalOrNull(r.estimate?.low),
        ci_high: decimalOrNull(r.estimate?.high),
        ci_level: r.estimate?.low === undefined ? null : r.estimate.level,
        p_value: orNull(r.estimate?.p),
        denominator_note: orNull(r.denominatorNote),
        finding: r.finding,
      })),
    },
    {
      name: 'result-values',
      title: 'Result values per arm',
      description: 'The value each arm had for a result, with its denominator when the value is a count ("8/12" on the page is value 8, denominator 12).',
      fields: [
        STUDY_ID,
        field('result_id', 'string', 'The result (results.result_id).'),
        ARM,
        field(
          'value',
          'string',
          'The value as reported: a number, or words when the study gave no number; empty when the study reports no value for this arm.',
          true,
        ),
        field('numeric_value', 'number', 'The value as a number; empty when it was reported in words or not reported.', true),
        field('denominator', 'integer', 'Denominator of a count.', true),
      ],
      primaryKey: ['study_id', 'result_id', 'arm'],
      foreignKeys: [
        foreignKey(['study_id', 'result_id'], 'results'),
        foreignKey(
          ['study_id', 'arm'],
          'arms',
          ['study_id', 'arm'],
          "give one value per arm, in the order of the study's arms (null where the study reports none)",
        ),
      ],
      source: fromStudy,
      rows: results.flatMap(({ id, r }) =>
        (r.values ?? []).map((value, i) => ({
          study_id: id,
          result_id: r.id,
          arm: i + 1,
          value: value === null ? null : String(value),
          numeric_value: typeof value === 'number' ? value : decimalOrNull(value ?? undefined),
          denominator: orNull(r.denominators?.[i]),
        })),
      ),
    },
    listTable(
      studies,
      'risk-of-bias',
      'Risk of bias',
      'The main threats to validity recorded for each study, in plain words.',
      'note',
      'One threat to validity.',
      (s) => s.riskOfBias,
    ),
  ];
}
