/**
 * Properties of the rules of evidence, checked on generated inputs (fast-check):
 * what must hold for every rating, statement, study and page version, not only
 * for the examples in the other tests.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SCALE, computedCertainty, certaintyMismatch, downgrades } from '../../../../src/lib/rules/grade.ts';
import { OPTIMAL_INFORMATION_SIZE, gradeDomainProblems } from '../../../../src/lib/rules/grade-domains.ts';
import { CERTAINTY_WORDING, wordingProblem } from '../../../../src/lib/rules/certainty-wording.ts';
import { studyProblems } from '../../../../src/lib/rules/study-rules.ts';
import type { Grade } from '../../../../src/schemas/grade.ts';
import { DOMAINS } from '../../../../src/lib/rules/scales.ts';
import type { Certainty } from '../../../../src/schemas/common.ts';
import type { Study } from '../../../../src/schemas/study.ts';

const concern = fc.constantFrom('not serious', 'serious', 'very serious' as const);
const WORSE = { 'not serious': ['serious', 'very serious'], serious: ['very serious'], 'very serious': [] } as const;
const rank = (c: Certainty) => SCALE.indexOf(c);

/** Any rating: a start, a concern per domain, an optional upgrade, and the imprecision basis. */
const gradeArb = fc
  .record({
    start: fc.constantFrom('randomized', 'observational' as const),
    levels: fc.tuple(concern, concern, concern, concern, concern),
    upgrade: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
    participants: fc.integer({ min: 1, max: 5000 }),
    crossesNoEffect: fc.constantFrom('yes', 'no', 'not reported' as const),
    studies: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ start, levels, upgrade, participants, crossesNoEffect, studies }) => {
    const grade = { start, body: 'A body of evidence.', studies: Array.from({ length: studies }, (_, i) => `s${i}2020x`) } as Record<string, unknown>;
    DOMAINS.forEach((d, i) => (grade[d] = { level: levels[i], reason: 'A reason given.' }));
    (grade['imprecision'] as Record<string, unknown>)['participants'] = participants;
    (grade['imprecision'] as Record<string, unknown>)['crossesNoEffect'] = crossesNoEffect;
    if (upgrade) grade['upgrade'] = { levels: upgrade, reason: 'A large effect.' };
    return grade as unknown as Grade;
  });

describe('GRADE arithmetic, for any judgements', () => {
  test('the certainty is on the scale: never above high, never below very low', () => {
    fc.assert(fc.property(gradeArb, (grade) => SCALE.includes(computedCertainty(grade))));
  });

  test('adding or worsening a concern never raises the certainty', () => {
    fc.assert(
      fc.property(gradeArb, fc.constantFrom(...DOMAINS), fc.nat(), (grade, domain, pick) => {
        const worse = WORSE[grade[domain].level as keyof typeof WORSE];
        fc.pre(worse.length > 0);
        const worsened = { ...grade, [domain]: { ...grade[domain], level: worse[pick % worse.length] } } as Grade;
        return rank(computedCertainty(worsened)) >= rank(computedCertainty(grade));
      }),
    );
  });

  test('without an upgrade, each level down moves one step down the scale until very low', () => {
    fc.assert(
      fc.property(gradeArb, (grade) => {
        const plain = { ...grade, upgrade: undefined } as Grade;
        const down = downgrades(plain).reduce((n, d) => n + d.levels, 0);
        return rank(computedCertainty(plain)) === Math.min(3, (grade.start === 'randomized' ? 0 : 2) + down);
      }),
    );
  });

  test('an upgrade never lowers the certainty, and randomized evidence with no concern is high', () => {
    fc.assert(fc.property(gradeArb, (grade) => rank(computedCertainty(grade)) <= rank(computedCertainty({ ...grade, upgrade: undefined } as Grade))));
    fc.assert(
      fc.property(gradeArb, (grade) => {
        const clean = { ...grade, start: 'randomized', upgrade: undefined } as Grade;
        DOMAINS.forEach((d) => ((clean as Record<string, unknown>)[d] = { ...clean[d], level: 'not serious' }));
        return computedCertainty(clean) === 'high';
      }),
    );
  });

  test('the stated certainty passes exactly when it is the computed one', () => {
    fc.assert(
      fc.property(
        gradeArb,
        fc.constantFrom(...SCALE),
        (grade, stated) => (certaintyMismatch(stated, grade) === undefined) === (stated === computedCertainty(grade)),
      ),
    );
  });

  test('the domain rules refuse any upgrade of randomized evidence, and "not serious" imprecision below the optimal information size', () => {
    fc.assert(
      fc.property(gradeArb, (grade) => {
        const paths = gradeDomainProblems(grade).map((p) => p.path.join('.'));
        if (grade.upgrade && grade.start === 'randomized') expect(paths).toContain('upgrade');
        if (grade.upgrade && grade.riskOfBias.level !== 'not serious') expect(paths).toContain('upgrade');
        if (grade.imprecision.level === 'not serious' && grade.imprecision.participants! < OPTIMAL_INFORMATION_SIZE)
          expect(paths).toContain('imprecision.level');
        if (grade.imprecision.level === 'not serious' && grade.imprecision.crossesNoEffect !== 'no') expect(paths).toContain('imprecision.level');
        if (grade.studies!.length === 1 && grade.inconsistency.level !== 'not applicable') expect(paths).toContain('inconsistency.level');
      }),
    );
  });
});

describe('certainty wording, for any statement', () => {
  const subject = fc.constantFrom('Ketamine', 'One infusion', 'S-ketamine', 'The treatment', 'A low dose');
  const verb = fc.constantFrom('reduces', 'relieves', 'cures', 'improves', 'eases', 'treats', 'makes a difference to');
  const object = fc.constantFrom('pain', 'fibromyalgia', 'fatigue', 'sleep');
  const hedgedTail = fc.constantFrom(
    ', though it may cause nausea',
    ', but side effects may be common',
    '. Other effects are very uncertain',
    '; long-term safety is unknown',
    '',
  );

  test('at low or very low certainty, an unhedged effect verb fails, whatever hedge follows in another clause', () => {
    fc.assert(
      fc.property(fc.constantFrom('low', 'very low', 'moderate' as const), subject, verb, object, hedgedTail, (certainty, s, v, o, tail) => {
        expect(wordingProblem(certainty, `${s} ${v} ${o}${tail}.`)).toContain(`(${certainty})`);
      }),
    );
  });

  test('the GRADE wording of each certainty passes, and so does any hedge stronger than needed', () => {
    const phrasing = { moderate: 'probably', low: 'may', 'very low': 'we are very uncertain whether' } as const;
    fc.assert(
      fc.property(fc.constantFrom('moderate', 'low', 'very low' as const), subject, verb, object, hedgedTail, (certainty, s, v, o, tail) => {
        const base = v.replace(/s\b/, '').replace('make a', 'make a');
        const statement =
          certainty === 'very low' ? `We are very uncertain whether ${s.toLowerCase()} ${v} ${o}${tail}.` : `${s} ${phrasing[certainty]} ${base} ${o}${tail}.`;
        expect(wordingProblem(certainty, statement)).toBeUndefined();
        expect(wordingProblem('high', statement)).toBeUndefined();
      }),
    );
  });

  test('high certainty accepts any text, and every other certainty names its example wording', () => {
    fc.assert(fc.property(fc.string(), (text) => wordingProblem('high', text) === undefined));
    fc.assert(
      fc.property(fc.constantFrom('moderate', 'low', 'very low' as const), fc.string(), (certainty, text) => {
        const problem = wordingProblem(certainty, text);
        return problem === undefined || problem.endsWith(`e.g. "${CERTAINTY_WORDING[certainty].example}"`);
      }),
    );
  });
});

describe('study numbers, for any study', () => {
  /** A parallel trial whose arms, denominators and counts are generated within or beyond their bounds. */
  const studyArb = fc
    .record({
      sizes: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 4 }),
      slack: fc.integer({ min: -50, max: 50 }),
      extra: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 4, maxLength: 4 }),
      design: fc.constantFrom('randomized controlled trial', 'randomized crossover trial' as const),
    })
    .map(({ sizes, slack, extra, design }) => {
      const crossover = design === 'randomized crossover trial';
      const total = crossover ? Math.max(...sizes) : sizes.reduce((a, b) => a + b, 0);
      return {
        design,
        nEnrolled: Math.max(1, total + slack),
        arms: sizes.map((n, i) => ({ name: `Arm ${i}`, n, regimen: 'x' })),
        followUpDays: 56,
        results: [
          {
            id: 'r',
            measure: 'Responders',
            hoursAfterDose: 1,
            values: sizes.map((n, i) => Math.max(0, n + extra[i]!)),
            denominators: sizes,
            finding: 'Some responded.',
          },
        ],
      } as unknown as Study;
    });

  test('a count above its denominator is always reported at that value, and none is reported otherwise', () => {
    fc.assert(
      fc.property(studyArb, (study) => {
        const result = study.results[0]!;
        const paths = studyProblems(study).map((p) => p.path.join('.'));
        result.values!.forEach((v, i) => expect(paths.includes(`results.0.values.${i}`)).toBe((v as number) > result.denominators![i]!));
      }),
    );
  });

  test('arms of a parallel design that add up to more than the number enrolled are refused; arms of a crossover only one by one', () => {
    fc.assert(
      fc.property(studyArb, (study) => {
        const paths = studyProblems(study).map((p) => p.path.join('.'));
        const sizes = study.arms.map((a) => a.n!);
        if (study.design === 'randomized controlled trial') expect(paths.includes('arms')).toBe(sizes.reduce((a, b) => a + b, 0) > study.nEnrolled);
        else sizes.forEach((n, i) => expect(paths.includes(`arms.${i}.n`)).toBe(n > study.nEnrolled));
      }),
    );
  });

  test('a result timed more than a day after the follow-up ended is refused, and none earlier', () => {
    fc.assert(
      fc.property(studyArb, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 200 }), (study, days, followUp) => {
        const timed = { ...study, followUpDays: followUp, results: [{ ...study.results[0]!, hoursAfterDose: days * 24 }] } as Study;
        const late = studyProblems(timed).some((p) => p.path.join('.').startsWith('results.0.hoursAfterDose'));
        expect(late).toBe(days > followUp + 1);
      }),
    );
  });
});
