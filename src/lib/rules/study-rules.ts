/**
 * Numbers that cannot be: cross-field rules for a study's front matter, so a
 * count larger than its group, groups larger than the study or a result timed
 * after the follow-up ended fails the build instead of printing.
 */
import { decimalNumber } from './scales.ts';
import { statedDuration, statedPercents, statedPValues, statesInterval } from './stated-numbers.ts';

/** An effect estimate as the rules read it: numbers written as text, as the source prints them. */
interface Estimate {
  value?: string;
  low?: string;
  high?: string;
  p?: string;
}

/** What the rules read of a study's front matter (src/schemas/study.ts writes the full shape). */
export interface StudyFacts {
  design: string;
  nEnrolled: number;
  nAnalysed?: number;
  nInComparison?: number;
  followUp?: unknown;
  followUpDays: number | null;
  arms: readonly { name: string; n?: number }[];
  results: readonly {
    id: string;
    values?: readonly (number | string | null)[];
    denominators?: readonly number[];
    denominatorNote?: string;
    hoursAfterDose?: number;
    estimate?: Estimate;
    measure?: string;
    comparison?: string;
    finding?: string;
  }[];
}

export interface StudyProblem {
  /** Path of the field, e.g. ["results", 0, "values", 1]. */
  path: (string | number)[];
  message: string;
}

/** Designs in which every participant receives every arm, so arms overlap instead of adding up. */
const EVERYONE_GETS_EVERY_ARM: readonly string[] = ['randomized crossover trial', 'placebo-controlled challenge study'];

/**
 * The problems of a study's numbers. `archived` (a frozen version, versions/studies/) skips the rules added after
 * the first versions were frozen: numbers in values are counts, and P values and intervals are data, not words.
 */
export function studyProblems(study: StudyFacts, { archived = false } = {}): StudyProblem[] {
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

  const seen = new Map<string, number>();
  study.results.forEach((result, r) => {
    const at = (...path: (string | number)[]) => ['results', r, ...path];
    const first = seen.get(result.id);
    if (first !== undefined)
      add(
        at('id'),
        `result id "${result.id}" is used twice (results ${first + 1} and ${r + 1}); each result needs its own id, which is its anchor and its key in the open data`,
      );
    else seen.set(result.id, r);
    if (result.values && result.values.length !== study.arms.length)
      add(
        at('values'),
        `result "${result.id}" gives ${result.values.length} values for ${study.arms.length} arms; give one value per arm, in the order of arms (null where the study reports none)`,
      );
    (result.values ?? []).forEach((value, i) => {
      if (typeof value === 'number' && !(Number.isInteger(value) && value >= 0) && !(archived && value >= 0))
        add(
          at('values', i),
          `result "${result.id}" gives ${value}; a number in values is a count, whole and 0 or more (write a mean or a change as quoted text exactly as reported, e.g. "1.40")`,
        );
    });
    if (result.denominators) {
      if (result.denominators.length !== study.arms.length)
        add(
          at('denominators'),
          `result "${result.id}" gives ${result.denominators.length} denominators for ${study.arms.length} arms; give one per arm, in the order of arms`,
        );
      if (!result.values) add(at('values'), `result "${result.id}" gives denominators but no values; give one count per denominator`);
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
    if (result.estimate) problems.push(...estimateProblems(result.estimate, at('estimate'), result.id));
    for (const field of archived ? [] : (['measure', 'comparison', 'finding'] as const)) {
      const text = result[field];
      if (text === undefined) continue;
      for (const p of statedPValues(text))
        add(
          at(field),
          `result "${result.id}" states ${p.text} in ${field}; write it as data, estimate: { p: "${p.text.replace(/^p\s?/i, '')}" }, so it is checked and rendered`,
        );
      if (statesInterval(text))
        add(
          at(field),
          `result "${result.id}" states a confidence interval in ${field}; write it as data in estimate (value, low, high), so it is checked and rendered`,
        );
    }
  });
  problems.push(...textProblems(study));
  problems.push(...followUpProblems(study));
  return problems;
}

/** An estimate lies inside its interval, the interval runs from low to high, and P is between 0 and 1. */
function estimateProblems(e: Estimate, path: (string | number)[], id: string): StudyProblem[] {
  const problems: StudyProblem[] = [];
  if (e.p !== undefined) {
    const p = decimalNumber(e.p);
    if (p < 0 || p > 1) problems.push({ path: [...path, 'p'], message: `result "${id}" gives P ${e.p}; a P value is between 0 and 1` });
  }
  if (e.value !== undefined && e.low !== undefined && e.high !== undefined) {
    const [value, low, high] = [e.value, e.low, e.high].map(decimalNumber) as [number, number, number];
    if (low > high) problems.push({ path: [...path, 'low'], message: `result "${id}" gives the interval ${e.low} to ${e.high}; low must not be above high` });
    else if (value < low || value > high)
      problems.push({
        path: [...path, 'value'],
        message: `result "${id}" gives the estimate ${e.value} outside its interval ${e.low} to ${e.high}; an estimate lies inside its interval (check the numbers against the source)`,
      });
  }
  return problems;
}

/** Every text in the front matter, with its path. */
function texts(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, [...path, k]));
  return [];
}

/** Shares written in any sentence of the front matter are at most 100%, and P values stated in words between 0 and 1. */
function textProblems(study: StudyFacts): StudyProblem[] {
  return texts(study).flatMap(({ path, text }) => [
    ...statedPercents(text)
      .filter((percent) => percent > 100)
      .map((percent) => ({
        path,
        message: `the text states ${percent}%, more than 100%; a share is between 0 and 100% (write a change as "+126.3%")`,
      })),
    ...statedPValues(text)
      .filter((p) => p.value > 1)
      .map((p) => ({ path, message: `the text states ${p.text}; a P value is between 0 and 1` })),
  ]);
}

/** followUpDays says what followUp says: "8 weeks" is 56 days. */
function followUpProblems(study: StudyFacts): StudyProblem[] {
  if (typeof study.followUp !== 'string') return [];
  const stated = statedDuration(study.followUp);
  if (!stated) return [];
  const days = study.followUpDays;
  const expected = stated.min === stated.max ? `${stated.min}` : `${stated.min} to ${stated.max}`;
  if (days === null) return [{ path: ['followUpDays'], message: `followUp says "${stated.words}" but followUpDays is null; set followUpDays to ${expected}` }];
  if (days < stated.min || days > stated.max)
    return [
      {
        path: ['followUpDays'],
        message: `followUp says "${stated.words}" (${expected} days) but followUpDays is ${days}; make the two agree`,
      },
    ];
  return [];
}
