/**
 * Numbers that cannot be: cross-field rules for a study's front matter, so a
 * count larger than its group, groups larger than the study or a result timed
 * after the follow-up ended fails the build instead of printing.
 */
import type { Study } from '../../schemas/study.ts';

export interface StudyProblem {
  /** Path of the field, e.g. ["results", 0, "values", 1]. */
  path: (string | number)[];
  message: string;
}

/** Designs in which every participant receives every arm, so arms overlap instead of adding up. */
const EVERYONE_GETS_EVERY_ARM: readonly Study['design'][] = ['randomized crossover trial', 'placebo-controlled challenge study'];

/** Unsigned percentages in a text value, e.g. "16.0%" (a signed change such as "+126.3%" may exceed 100). */
const PERCENT = /(?<![+\-−\d.])(\d+(?:\.\d+)?)\s?%/g;

export function studyProblems(study: Study): StudyProblem[] {
  const problems: StudyProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  const sizes = study.arms.map((a) => a.n);
  const known = sizes.filter((n): n is number => n !== undefined);

  if (EVERYONE_GETS_EVERY_ARM.includes(study.design)) {
    study.arms.forEach((a, i) => {
      if (a.n !== undefined && a.n > study.nEnrolled)
        add(['arms', i, 'n'], `arm "${a.name}" has ${a.n} participants but the study enrolled ${study.nEnrolled}; an arm cannot be larger than the study`);
    });
  } else if (known.reduce((n, s) => n + s, 0) > study.nEnrolled) {
    add(
      ['arms'],
      `the arms hold ${known.join(' + ')} = ${known.reduce((n, s) => n + s, 0)} participants but nEnrolled is ${study.nEnrolled}; the arms of a parallel design add up to at most the number enrolled (state the number randomized in nEnrolled and the number analysed in nAnalysed)`,
    );
  }
  for (const field of ['nAnalysed', 'nInComparison'] as const) {
    const value = study[field];
    if (value !== undefined && value > study.nEnrolled)
      add([field], `${field} is ${value} but nEnrolled is ${study.nEnrolled}; it cannot be larger than the number enrolled`);
  }

  study.results.forEach((result, r) => {
    const at = (...path: (string | number)[]) => ['results', r, ...path];
    if (result.denominators) {
      if (result.denominators.length !== study.arms.length)
        add(
          at('denominators'),
          `result "${result.id}" gives ${result.denominators.length} denominators for ${study.arms.length} arms; give one per arm, in the order of arms`,
        );
      if (!result.values || result.values.length !== result.denominators.length)
        add(
          at('values'),
          `result "${result.id}" gives ${result.values?.length ?? 0} values for ${result.denominators.length} denominators; give one count per denominator`,
        );
      result.denominators.forEach((d, i) => {
        const value = result.values?.[i];
        if (typeof value === 'number' && value > d)
          add(at('values', i), `result "${result.id}" counts ${value} events out of ${d}; a count cannot exceed its denominator`);
        const n = sizes[i];
        if (n !== undefined && d !== n && !result.denominatorNote)
          add(
            at('denominators', i),
            `result "${result.id}" has denominator ${d} but arm "${study.arms[i]!.name}" has ${n} participants; fix the number, or say why they differ in denominatorNote (e.g. "218 assessed at 1 week")`,
          );
      });
    }
    if (result.hoursAfterDose !== undefined && study.followUpDays !== null && result.hoursAfterDose > (study.followUpDays + 1) * 24) {
      add(
        at('hoursAfterDose'),
        `result "${result.id}" is timed ${result.hoursAfterDose} hours after the dose, after the study's follow-up of ${study.followUpDays} days ended; fix the time or followUpDays`,
      );
    }
    (result.values ?? []).forEach((value, i) => {
      if (typeof value !== 'string') return;
      for (const [, percent] of value.matchAll(PERCENT)) {
        if (Number(percent) > 100)
          add(at('values', i), `result "${result.id}" gives ${percent}%, more than 100%; a share is between 0 and 100% (write a change as "+126.3%")`);
      }
    });
  });
  return problems;
}
