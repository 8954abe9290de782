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
      'results.0.values: result "responders-15-min" gives 1 values for 2 arms; give one value per arm, in the order of arms (null where the study reports none)',
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
      values: ['mild 16.0%, severe 145.7%', null],
      finding: 'Shares.',
    } as Study['results'][number]);
    study.results.push({ id: 'change', measure: 'Change in painful area', values: ['−12.0%', '+126.3%'], finding: 'Changes.' } as Study['results'][number]);
    expect(messages(study)).toEqual([
      'results.1.values.0: the text states 145.7%, more than 100%; a share is between 0 and 100% (write a change as "+126.3%")',
    ]);
  });

  test('a share written in a sentence cannot exceed 100% either', () => {
    const study = trial();
    study.results[0]!.finding = 'Pain fell in 150% of the patients.';
    expect(messages(study)).toEqual(['results.0.finding: the text states 150%, more than 100%; a share is between 0 and 100% (write a change as "+126.3%")']);
  });

  test('one value per arm even without denominators, with null where an arm has none', () => {
    const study = trial();
    study.results.push({ id: 'pain', measure: 'Mean pain', values: [8, 3, 99], finding: 'Less pain.' } as Study['results'][number]);
    expect(messages(study)).toEqual([
      'results.1.values: result "pain" gives 3 values for 2 arms; give one value per arm, in the order of arms (null where the study reports none)',
    ]);
    study.results[1]!.values = ['5.7', null];
    expect(messages(study)).toEqual([]);
  });

  test('a number in values is a whole count of 0 or more; other values are quoted text', () => {
    const study = trial();
    study.results[0]!.values = [-2, 3];
    study.results.push({ id: 'pain', measure: 'Mean fall in pain', values: [1.4, '1.40'], finding: 'Less pain.' } as Study['results'][number]);
    expect(messages(study)).toEqual([
      'results.0.values.0: result "responders-15-min" gives -2; a number in values is a count, whole and 0 or more (write a mean or a change as quoted text exactly as reported, e.g. "1.40")',
      'results.1.values.0: result "pain" gives 1.4; a number in values is a count, whole and 0 or more (write a mean or a change as quoted text exactly as reported, e.g. "1.40")',
    ]);
    expect(studyProblems(study, { archived: true }).map((p) => p.path.join('.'))).toEqual(['results.0.values.0']);
  });

  test('two results cannot share an id', () => {
    const study = trial();
    study.results.push({ ...study.results[0]! });
    expect(messages(study)).toEqual([
      'results.1.id: result id "responders-15-min" is used twice (results 1 and 2); each result needs its own id, which is its anchor and its key in the open data',
    ]);
  });

  test('an estimate lies inside its interval, and P lies between 0 and 1', () => {
    const study = trial();
    study.results[0]!.estimate = { measure: 'effect size', value: '0.91', low: '0.40', high: '0.80', level: 95, p: '<1.5' };
    expect(messages(study)).toEqual([
      'results.0.estimate.p: result "responders-15-min" gives P <1.5; a P value is between 0 and 1',
      'results.0.estimate.value: result "responders-15-min" gives the estimate 0.91 outside its interval 0.40 to 0.80; an estimate lies inside its interval (check the numbers against the source)',
    ]);
    study.results[0]!.estimate = { measure: 'effect size', value: '0.61', low: '0.80', high: '0.40', level: 95 };
    expect(messages(study)).toEqual(['results.0.estimate.low: result "responders-15-min" gives the interval 0.80 to 0.40; low must not be above high']);
  });

  test('a P value or an interval written in words must be written as data', () => {
    const study = trial();
    study.results[0]!.comparison = 'P<0.05; effect size 0.61 (95% CI 0.40 to 0.80)';
    expect(messages(study)).toEqual([
      'results.0.comparison: result "responders-15-min" states P<0.05 in comparison; write it as data, estimate: { p: "<0.05" }, so it is checked and rendered',
      'results.0.comparison: result "responders-15-min" states a confidence interval in comparison; write it as data in estimate (value, low, high), so it is checked and rendered',
    ]);
    study.results[0]!.comparison = 'P=1.2';
    expect(messages(study)).toContain('results.0.comparison: the text states P=1.2; a P value is between 0 and 1');
  });

  test('followUpDays agrees with the follow-up in words', () => {
    for (const [followUp, followUpDays] of [
      ['8 weeks', 56],
      ['6 months', 182],
      ['12 months', 365],
      ['4 to 6 weeks (dextromethorphan visits)', 42],
      ['More than 1 year', 365],
      ['Experimental session only (no follow-up)', 0],
      ['Not stated in the abstract', null],
    ] as const)
      expect(messages({ ...trial(), followUp, followUpDays, results: [] }), followUp).toEqual([]);
    expect(messages({ ...trial(), followUp: '8 weeks', followUpDays: 0, results: [] })).toEqual([
      'followUpDays: followUp says "8 weeks" (56 days) but followUpDays is 0; make the two agree',
    ]);
    expect(messages({ ...trial(), followUp: 'eight weeks', followUpDays: null, results: [] })).toEqual([
      'followUpDays: followUp says "eight weeks" but followUpDays is null; set followUpDays to 56',
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
      'results.0.values.1: the text states 100.5%, more than 100%; a share is between 0 and 100% (write a change as "+126.3%")',
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
    expect(messages(study)).toEqual(['results.0.values: result "responders-15-min" gives denominators but no values; give one count per denominator']);
  });

  test('a placebo-controlled challenge study is counted like a crossover', () => {
    const study = { ...trial(), design: 'placebo-controlled challenge study', nEnrolled: 12 } as Study;
    expect(messages(study)).toEqual([]);
  });
});
