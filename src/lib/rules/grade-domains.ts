/**
 * GRADE's domain rules, which the arithmetic alone does not keep (src/lib/rules/grade.ts does
 * the arithmetic). Each returns the field to fix and a message that says what was found and
 * what to write instead:
 * - inconsistency is judged only between two or more studies; with one it is "not applicable";
 * - an upgrade is only for a body that starts as observational evidence, never alongside
 *   serious risk of bias;
 * - imprecision states its basis (participants, whether the interval crosses no effect), and
 *   a body below the optimal information size is never "not serious"; a single study below it
 *   is "very serious" unless `notVerySerious` says why not.
 * Risk of bias needs the studies read in full text to be "not serious"; that rule reads the
 * study pages, so it lives with the project checks (src/lib/rules/rated-studies.ts).
 */
import type { GradeRating as Grade } from './scales.ts';

/**
 * Participants a body of evidence needs before imprecision can be "not serious": the size of one
 * adequately powered trial for a moderate effect on a continuous outcome, GRADE's usual rule of
 * thumb (400). Methods states the same number.
 */
export const OPTIMAL_INFORMATION_SIZE = 400;

/** One broken domain rule: the path inside `grade` and the message. */
export interface GradeDomainProblem {
  path: (string | number)[];
  message: string;
}

function inconsistencyProblems(grade: Grade, studies: number): GradeDomainProblem[] {
  const level = grade.inconsistency.level;
  if (studies === 1 && level !== 'not applicable')
    return [
      {
        path: ['inconsistency', 'level'],
        message: `inconsistency is "${level}" but one study informs the rated outcome (grade.studies), and one study cannot disagree with itself; set level: not applicable and say so in the reason (concerns about that one study belong to the other domains)`,
      },
    ];
  if (studies > 1 && level === 'not applicable')
    return [
      {
        path: ['inconsistency', 'level'],
        message: `inconsistency is "not applicable" but ${studies} studies inform the rated outcome (grade.studies); judge whether they disagree: not serious, serious or very serious`,
      },
    ];
  return [];
}

function upgradeProblems(grade: Grade): GradeDomainProblem[] {
  if (!grade.upgrade) return [];
  if (grade.start !== 'observational')
    return [
      {
        path: ['upgrade'],
        message: `an upgrade (+${grade.upgrade.levels}) is only for a body that starts as observational evidence, but this one starts as ${grade.start}; remove the upgrade`,
      },
    ];
  if (grade.riskOfBias.level !== 'not serious')
    return [
      {
        path: ['upgrade'],
        message: `an upgrade (+${grade.upgrade.levels}) is not allowed alongside ${grade.riskOfBias.level} risk of bias, which may explain a large effect; remove the upgrade`,
      },
    ];
  return [];
}

function imprecisionProblems(grade: Grade, studies: number | undefined): GradeDomainProblem[] {
  const { level, participants, crossesNoEffect, notVerySerious } = grade.imprecision;
  const problems: GradeDomainProblem[] = [];
  const need = (field: string, what: string) =>
    problems.push({ path: ['imprecision', field], message: `imprecision needs its basis: write ${field}: ${what}` });
  if (participants === undefined) need('participants', 'the total number of participants in the rated body, e.g. 24');
  if (crossesNoEffect === undefined) need('crossesNoEffect', 'yes, no or not reported (whether the interval or the counts cross the line of no effect)');
  if (problems.length > 0) return problems;
  const below = participants! < OPTIMAL_INFORMATION_SIZE;
  if (level === 'not serious' && below)
    problems.push({
      path: ['imprecision', 'level'],
      message: `imprecision is "not serious" but the rated body has ${participants} participants, below the optimal information size of ${OPTIMAL_INFORMATION_SIZE}; rate it serious or very serious`,
    });
  else if (level === 'not serious' && crossesNoEffect !== 'no')
    problems.push({
      path: ['imprecision', 'level'],
      message: `imprecision is "not serious" but crossesNoEffect is "${crossesNoEffect}": an interval that crosses no effect, or one not reported, leaves the result imprecise; rate it serious or very serious`,
    });
  if (level === 'serious' && below && studies === 1 && !notVerySerious)
    problems.push({
      path: ['imprecision', 'notVerySerious'],
      message: `imprecision is only "serious" for a single study of ${participants} participants, below the optimal information size of ${OPTIMAL_INFORMATION_SIZE}; rate it very serious, or write notVerySerious: why not (e.g. an interval that excludes no effect)`,
    });
  return problems;
}

/** Every domain rule the rating breaks (empty when it keeps them all). */
export function gradeDomainProblems(grade: Grade): GradeDomainProblem[] {
  const studies = grade.studies?.length;
  return [
    ...(studies === undefined
      ? [
          {
            path: ['studies'],
            message:
              'list the cite keys of the primary studies in the rated body, e.g. studies: [smith2020trial]; their number decides whether inconsistency applies',
          },
        ]
      : inconsistencyProblems(grade, studies)),
    ...upgradeProblems(grade),
    ...imprecisionProblems(grade, studies),
  ];
}
