import { describe, expect, test } from 'vitest';
import { studyProblems } from '../../../../src/lib/rules/study-rules.ts';
import type { Study } from '../../../../src/schemas/study.ts';

/** A small randomized trial, valid as it stands; each test breaks one number. */
const trial = (): Study =>
  ({
    design: 'randomized controlled trial',
    nEnrolled: 24,
    arms: [
      { name: 'Drug', n: 12, regimen: '0.5 mg/kg' },
      { name: 'Active placebo', n: 12, regimen: '5 mg' },
    ],
    followUpDays: 56,
    results: [
      {
        id: 'responders-15-min',
        measure: 'More than 50% less pain',
        hoursAfterDose: 0.75,
        values: [8, 3],
        denominators: [12, 12],
        finding: 'More responders.',
      },
    ],
  }) as unknown as Study;
const messages = (study: Study) => studyProblems(study).map((p) => `${p.path.join('.')}: ${p.message}`);

describe('studyProblems', () => {
  test('accepts a study whose numbers fit together', () => {
    expect(messages(trial())).toEqual([]);
  });

  test('a count cannot exceed its denominator', () => {
    const study = trial();
    study.results[0]!.values = [13, 3];
    expect(messages(study)).toEqual(['results.0.values.0: result "responders-15-min" counts 13 events out of 12; a count cannot exceed its denominator']);
  });

  test('the arms of a parallel trial add up to at most the number enrolled', () => {
    expect(messages({ ...trial(), nEnrolled: 20 })).toEqual([
      'arms: the arms hold 12 + 12 = 24 participants but nEnrolled is 20; the arms of a parallel design add up to at most the number enrolled (state the number randomized in nEnrolled and the number analysed in nAnalysed)',
    ]);
  });

  test('in a crossover every arm holds the same people, so arms may add up to more than the number enrolled, but none may exceed it', () => {
    expect(messages({ ...trial(), design: 'randomized crossover trial', nEnrolled: 12 })).toEqual([]);
    expect(messages({ ...trial(), design: 'randomized crossover trial', nEnrolled: 10 })[0]).toMatch(
      /^arms\.0\.n: arm "Drug" has 12 participants but the study enrolled 10/,
    );
  });

  test('a denominator that differs from its arm needs a reason', () => {
    const study = trial();
    study.results[0]!.denominators = [11, 12];
    expect(messages(study)[0]).toMatch(
      /^results\.0\.denominators\.0: result "responders-15-min" has denominator 11 but arm "Drug" has 12 participants; fix the number, or say why they differ in denominatorNote/,
    );
    study.results[0]!.denominatorNote = 'One person in the drug arm left before the count.';
    expect(messages(study)).toEqual([]);
  });

  test('one denominator and one value per arm', () => {
    const study = trial();
    study.results[0]!.denominators = [12];
    study.results[0]!.values = [8];
    expect(messages(study)).toEqual([
      'results.0.denominators: result "responders-15-min" gives 1 denominators for 2 arms; give one per arm, in the order of arms',
    ]);
  });

  test('a result cannot be timed after the follow-up ended', () => {
    const study = trial();
    study.results[0]!.hoursAfterDose = 1500;
    expect(messages(study)).toEqual([
      `results.0.hoursAfterDose: result "responders-15-min" is timed 1500 hours after the dose, after the study's follow-up of 56 days ended; fix the time or followUpDays`,
    ]);
  });

  test('a share cannot exceed 100%, while a signed change can', () => {
    const study = trial();
    study.results.push({
      id: 'shares',
      measure: 'Share in each trajectory',
      values: ['mild 16.0%, severe 145.7%'],
      finding: 'Shares.',
    } as Study['results'][number]);
    study.results.push({ id: 'change', measure: 'Change in painful area', values: ['−12.0%', '+126.3%'], finding: 'Changes.' } as Study['results'][number]);
    expect(messages(study)).toEqual([
      'results.1.values.0: result "shares" gives 145.7%, more than 100%; a share is between 0 and 100% (write a change as "+126.3%")',
    ]);
  });

  test('the number analysed cannot exceed the number enrolled', () => {
    expect(messages({ ...trial(), nAnalysed: 30 })).toEqual(['nAnalysed: nAnalysed is 30 but nEnrolled is 24; it cannot be larger than the number enrolled']);
  });

  test('the bounds themselves are allowed: a count equal to its denominator, analysed equal to enrolled, exactly 100%', () => {
    const study = { ...trial(), nAnalysed: 24, nInComparison: 24 } as Study;
    study.results[0]!.values = [12, '100%' as unknown as number];
    expect(messages(study)).toEqual([]);
    study.results[0]!.values = [12, '100.5 %' as unknown as number];
    expect(messages(study)).toEqual([
      'results.0.values.1: result "responders-15-min" gives 100.5%, more than 100%; a share is between 0 and 100% (write a change as "+126.3%")',
    ]);
    expect(messages({ ...trial(), nInComparison: 25 } as Study)).toEqual([
      'nInComparison: nInComparison is 25 but nEnrolled is 24; it cannot be larger than the number enrolled',
    ]);
  });

  test('an arm without a size, a result without values or a time, and a follow-up not stated are not counted against', () => {
    const study = trial();
    study.arms[1] = { ...study.arms[1]!, n: undefined } as never;
    study.results[0] = { ...study.results[0]!, denominators: undefined, hoursAfterDose: undefined } as never;
    expect(messages({ ...study, nEnrolled: 12, followUpDays: null } as Study)).toEqual([]);
    const late = trial();
    late.results[0]!.hoursAfterDose = 24 * 1000;
    expect(messages({ ...late, followUpDays: null } as Study)).toEqual([]);
  });

  test('denominators without values are one value per denominator short', () => {
    const study = trial();
    study.results[0]!.values = undefined as never;
    expect(messages(study)).toEqual(['results.0.values: result "responders-15-min" gives 0 values for 2 denominators; give one count per denominator']);
  });

  test('a placebo-controlled challenge study is counted like a crossover', () => {
    const study = { ...trial(), design: 'placebo-controlled challenge study', nEnrolled: 12 } as Study;
    expect(messages(study)).toEqual([]);
  });
});
