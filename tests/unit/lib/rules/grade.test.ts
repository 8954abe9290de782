import { describe, expect, test } from 'vitest';
import { certaintyMismatch, computedCertainty, gradeRows, gradeSummary } from '../../../../src/lib/rules/grade.ts';
import type { Concern, Grade } from '../../../../src/schemas/grade.ts';

const judge = (level: Concern) => ({ level, reason: `A reason for ${level}.` });
const grade = (
  levels: Partial<Record<'riskOfBias' | 'inconsistency' | 'indirectness' | 'imprecision' | 'publicationBias', Concern>>,
  extra: Partial<Grade> = {},
): Grade => ({
  start: 'randomized',
  body: 'A body of evidence.',
  riskOfBias: judge(levels.riskOfBias ?? 'not serious'),
  inconsistency: judge(levels.inconsistency ?? 'not serious'),
  indirectness: judge(levels.indirectness ?? 'not serious'),
  imprecision: judge(levels.imprecision ?? 'not serious'),
  publicationBias: judge(levels.publicationBias ?? 'not serious'),
  ...extra,
});

describe('computedCertainty', () => {
  test('randomized evidence starts at high and loses one level per serious concern', () => {
    expect(computedCertainty(grade({}))).toBe('high');
    expect(computedCertainty(grade({ imprecision: 'serious' }))).toBe('moderate');
    expect(computedCertainty(grade({ imprecision: 'serious', indirectness: 'serious' }))).toBe('low');
    expect(computedCertainty(grade({ imprecision: 'serious', indirectness: 'serious', riskOfBias: 'serious' }))).toBe('very low');
  });

  test('a very serious concern takes two levels, and the scale stops at very low', () => {
    expect(computedCertainty(grade({ imprecision: 'very serious' }))).toBe('low');
    expect(computedCertainty(grade({ imprecision: 'very serious', riskOfBias: 'very serious', indirectness: 'serious' }))).toBe('very low');
  });

  test('observational evidence starts at low and can be upgraded, never above high', () => {
    expect(computedCertainty(grade({}, { start: 'observational' }))).toBe('low');
    expect(computedCertainty(grade({ riskOfBias: 'serious' }, { start: 'observational' }))).toBe('very low');
    expect(computedCertainty(grade({}, { start: 'observational', upgrade: { levels: 1, reason: 'A large effect.' } }))).toBe('moderate');
    expect(computedCertainty(grade({}, { upgrade: { levels: 2, reason: 'A large effect.' } }))).toBe('high');
  });
});

describe('not applicable', () => {
  test('inconsistency "not applicable" (one study) lowers nothing and is shown as such', () => {
    const one = grade({ imprecision: 'serious' }, { inconsistency: { level: 'not applicable', reason: 'One study.' } });
    expect(computedCertainty(one)).toBe('moderate');
    expect(gradeRows(one)[1]).toEqual({ label: 'Inconsistency', level: 'not applicable', reason: 'One study.' });
  });
});

describe('certaintyMismatch', () => {
  test('accepts a stated certainty that follows from the judgements', () => {
    expect(certaintyMismatch('low', grade({ imprecision: 'serious', indirectness: 'serious' }))).toBeUndefined();
  });

  test('names the computed certainty, every downgraded domain and the fix', () => {
    const three = grade({ riskOfBias: 'serious', inconsistency: 'serious', imprecision: 'serious' });
    expect(certaintyMismatch('low', three)).toBe(
      'certainty is "low" but the GRADE judgements give "very low" (randomized evidence starts at high, Risk of bias −1, Inconsistency −1, Imprecision −1). Change the certainty to "very low", or change the domain judgements and their reasons.',
    );
  });
});

describe('the "Why this certainty" view', () => {
  test('lists the five domains in GRADE order with their judgements and reasons', () => {
    const rows = gradeRows(grade({ imprecision: 'serious' }));
    expect(rows.map((r) => r.label)).toEqual(['Risk of bias', 'Inconsistency', 'Indirectness', 'Imprecision', 'Publication bias']);
    expect(rows[3]).toEqual({ label: 'Imprecision', level: 'serious', reason: 'A reason for serious.' });
  });

  test('sums up the arithmetic in one sentence', () => {
    expect(gradeSummary(grade({ imprecision: 'serious', indirectness: 'serious' }))).toBe('Randomized evidence starts at high; 2 levels down gives low.');
    expect(gradeSummary(grade({}, { start: 'observational' }))).toBe('Observational evidence starts at low; no level down gives low.');
  });
});

describe('certainty wording', async () => {
  const { wordingProblem } = await import('../../../../src/lib/rules/certainty-wording.ts');

  test('a low-certainty statement that says "reduces" fails, naming the wording to use; "may reduce" passes', () => {
    expect(wordingProblem('low', 'Ketamine reduces pain.')).toBe(
      'the statement "Ketamine reduces pain." is worded more surely than its certainty (low) allows; use the GRADE wording for low certainty, e.g. "the treatment may reduce pain"',
    );
    expect(wordingProblem('low', 'Ketamine may reduce pain.')).toBeUndefined();
  });

  test('very low needs "very uncertain", moderate "probably", and high may say it plainly', () => {
    expect(wordingProblem('very low', 'Ketamine may reduce pain.')).toMatch(/e\.g\. "we are very uncertain whether the treatment reduces pain"$/);
    expect(wordingProblem('very low', 'We are very uncertain whether ketamine reduces pain.')).toBeUndefined();
    expect(wordingProblem('moderate', 'Ketamine reduces pain.')).toMatch(/moderate/);
    expect(wordingProblem('moderate', 'Ketamine probably reduces pain.')).toBeUndefined();
    expect(wordingProblem('high', 'Ketamine reduces pain.')).toBeUndefined();
  });
});

describe('certainty wording: the hedge must govern the claim (D3)', async () => {
  const { wordingProblem, effectClaims } = await import('../../../../src/lib/rules/certainty-wording.ts');

  test('a hedge in another clause does not excuse an unhedged claim', () => {
    expect(wordingProblem('low', 'Ketamine cures fibromyalgia, though it may cause nausea')).toContain(
      'the claim "Ketamine cures…" carries no hedge of its own',
    );
    expect(wordingProblem('low', 'Though it may cause nausea, ketamine cures fibromyalgia.')).toContain('the claim "ketamine cures…"');
    expect(wordingProblem('low', 'Ketamine may cause nausea, but it reduces pain.')).toContain('(low)');
    expect(wordingProblem('low', 'It may cause nausea. Ketamine reduces pain.')).toContain('(low)');
    expect(wordingProblem('moderate', 'Ketamine reduces pain; whether it lasts is unknown.')).toContain('(moderate)');
  });

  test('a hedge before the effect verb in its own clause passes', () => {
    expect(wordingProblem('low', 'In one small trial, ketamine may reduce pain, though it causes nausea.')).toBeUndefined();
    expect(wordingProblem('very low', 'Short-term relief is possible, but we are very uncertain whether ketamine reduces pain.')).toBeUndefined();
  });

  test('an effect verb that is asked about or not shown is no claim', () => {
    expect(effectClaims('We are very uncertain whether ketamine eases pain.')).toEqual([]);
    expect(effectClaims('A review found it unclear whether memantine reduces pain.')).toEqual([]);
    expect(effectClaims('It has not been shown that ketamine treats fibromyalgia.')).toEqual([]);
    expect(effectClaims('Pain fell with ketamine, and it cures nothing.')).toEqual(['and it cures']);
  });
});

describe('certainty wording: what counts as an effect verb', async () => {
  const { effectClaims } = await import('../../../../src/lib/rules/certainty-wording.ts');
  test('a compound such as "hard-to-treat" or the adjective "lower" is no claim', () => {
    expect(effectClaims('256 people with hard-to-treat pain had ketamine.')).toEqual([]);
    expect(effectClaims('After a year, average pain was a little lower.')).toEqual([]);
    expect(effectClaims('Ketamine lowers pain.')).toEqual(['Ketamine lowers']);
  });
});

describe('certainty wording: every hedge, verb and clause break counts', async () => {
  const { wordingProblem, effectClaims, clauses } = await import('../../../../src/lib/rules/certainty-wording.ts');

  test.each([
    ['moderate', ['probably', 'likely', 'very uncertain', 'may', 'might', 'not shown', 'unknown', 'uncertain']],
    ['low', ['may', 'might', 'very uncertain', 'not shown', 'unknown']],
    ['very low', ['very uncertain']],
  ] as const)('at %s certainty each of its hedges passes before the verb', (certainty, hedges) => {
    for (const hedge of hedges) expect(wordingProblem(certainty, `Ketamine ${hedge} reduces pain.`), hedge).toBeUndefined();
  });

  test('a hedge of a lower certainty is not enough at a higher one', () => {
    expect(wordingProblem('low', 'Ketamine probably reduces pain.')).toContain('(low)');
    expect(wordingProblem('low', 'It is uncertain: ketamine reduces pain.')).toContain('(low)');
    expect(wordingProblem('very low', 'Ketamine might reduce pain.')).toContain('(very low)');
    expect(wordingProblem('very low', 'Ketamine is not shown to cure pain; it may help.')).toContain('(very low)');
  });

  test.each([
    'reduce',
    'reduces',
    'relieve',
    'relieves',
    'cure',
    'cures',
    'improve',
    'improves',
    'treat',
    'treats',
    'ease',
    'eases',
    'lessen',
    'lessens',
    'lowers',
    'prevent',
    'prevents',
    'heal',
    'heals',
    'reverse',
    'reverses',
    'work',
    'works',
    'make a difference',
    'makes any difference',
    'makes no difference',
  ])('"%s" is an effect verb', (verb) => {
    expect(effectClaims(`They ${verb} today`)).toEqual([`They ${verb}`]);
  });

  test('a word that only contains an effect verb is none', () => {
    expect(effectClaims('Treatment, curative intent, workshop, reduced, lower, securest, disease.')).toEqual([]);
  });

  test.each([', though ', ', although ', ', but ', ', while ', ', whereas ', ', yet ', ', and ', ', so ', ', because ', '; ', ': ', ' – ', ' — '])(
    'a clause starts after "%s"',
    (joint) => {
      const parts = clauses(`It may help${joint}it cures pain`);
      expect(parts).toHaveLength(2);
      expect(parts[0]).toBe('It may help');
      expect(parts[1]).toMatch(/^(?:\w+ )?it cures pain$/);
      expect(wordingProblem('low', `It may help${joint}it cures pain.`)).toContain('(low)');
    },
  );

  test('a comma without a conjunction does not start a clause, and sentences end at . ! or ?', () => {
    expect(clauses('In one small trial, ketamine may reduce pain')).toEqual(['In one small trial, ketamine may reduce pain']);
    expect(clauses('It may help! It cures? Yes.')).toEqual(['It may help!', 'It cures?', 'Yes.']);
  });

  test.each(['whether', 'if', 'unclear', 'not shown', 'not been shown', 'not show', 'no evidence that'])(
    'after "%s" an effect verb is not asserted',
    (marker) => {
      expect(effectClaims(`It is ${marker} ketamine cures pain`)).toEqual([]);
    },
  );

  test.each(['Though', 'Although', 'While', 'Whereas', 'Even if', 'Even though'])('a leading "%s …," clause governs nothing after its comma', (opener) => {
    expect(clauses(`${opener} it may help, ketamine cures pain`)).toEqual([`${opener} it may help, `, 'ketamine cures pain']);
  });
});
