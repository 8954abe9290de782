import { describe, expect, test } from 'vitest';
import { ClaimSchema } from '../../../src/schemas/claim.ts';
import { IsoDate } from '../../../src/schemas/common.ts';
import { QuestionSchema } from '../../../src/schemas/question.ts';
import { StudySchema } from '../../../src/schemas/study.ts';

const question = {
  title: 'Does ketamine help weeks later?',
  answer: 'No lasting benefit has been shown in a randomized trial.',
  certainty: 'low',
  certaintyReasons: ['Imprecision'],
  studies: ['noppers2011absence'],
  lastReviewed: '2026-11-24',
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('QuestionSchema', () => {
  test('accepts a question whose studies exist', () => {
    expect(QuestionSchema.safeParse(question).success).toBe(true);
  });

  test('rejects an unknown field instead of silently dropping it', () => {
    expect(messages(QuestionSchema.safeParse({ ...question, certainy: 'low' }))).toEqual([': Unrecognized key: "certainy"']);
  });

  test('rejects a certainty off the GRADE scale', () => {
    expect(messages(QuestionSchema.safeParse({ ...question, certainty: 'medium' }))[0]).toMatch(/^certainty: /);
  });

  test('rejects a study id with no page, suggesting the closest', () => {
    expect(messages(QuestionSchema.safeParse({ ...question, studies: ['noppers2011absense'] }))).toEqual([
      'studies.0: "noppers2011absense" is not an entry of the studies collection (no file src/content/studies/noppers2011absense.md). Did you mean "noppers2011absence"? Fix the id or add the page.',
    ]);
  });
});

describe('short titles', () => {
  const long = 'Does a ketamine infusion relieve fibromyalgia pain during and just after it, and for how long?';

  test('a heading too long for a browser tab needs a shortTitle', () => {
    expect(messages(QuestionSchema.safeParse({ ...question, title: long }))[0]).toMatch(/^shortTitle: title has \d+ characters; add a shortTitle of at most 70/);
    expect(QuestionSchema.safeParse({ ...question, title: long, shortTitle: 'Pain relief during and just after an infusion' }).success).toBe(true);
  });

  test('a shortTitle longer than 70 characters is rejected', () => {
    expect(messages(QuestionSchema.safeParse({ ...question, title: long, shortTitle: long }))[0]).toMatch(/^shortTitle: keep shortTitle to 70 characters/);
  });
});

describe('ClaimSchema', () => {
  test('rejects a verdict off the scale', () => {
    const claim = { title: 'Ketamine resets pain', verdict: 'false', verdictReason: 'No trial has tested a reset in fibromyalgia.', source: 'An op-ed', lastReviewed: '2026-11-24' };
    expect(messages(ClaimSchema.safeParse(claim))[0]).toMatch(/^verdict: /);
    expect(ClaimSchema.safeParse({ ...claim, verdict: 'unsupported' }).success).toBe(true);
  });
});

describe('StudySchema', () => {
  test('requires the numbers a reader needs and rejects a malformed registry id', () => {
    const result = StudySchema.safeParse({ title: 'A study title', registryIds: ['NCT123'] });
    const paths = messages(result).map((m) => m.split(':')[0]);
    expect(paths).toEqual(expect.arrayContaining(['summary', 'design', 'nEnrolled', 'arms', 'followUpDays', 'registryIds.0', 'lastReviewed']));
  });
});

describe('IsoDate', () => {
  test('keeps text dates and turns YAML dates into the same text', () => {
    expect(IsoDate.parse('2026-11-24')).toBe('2026-11-24');
    expect(IsoDate.parse(new Date('2026-11-24T00:00:00Z'))).toBe('2026-11-24');
    expect(IsoDate.safeParse('24/11/2026').success).toBe(false);
  });
});
