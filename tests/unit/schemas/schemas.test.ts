import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setProjectRoot } from '../../../src/lib/core/project-root.ts';
import { ChangeLog } from '../../../src/schemas/change.ts';
import { ClaimSchema } from '../../../src/schemas/claim.ts';
import { ClaimSourceSchema } from '../../../src/schemas/claim-source.ts';
import { IsoDate } from '../../../src/schemas/common.ts';
import { QuestionSchema } from '../../../src/schemas/question.ts';
import { StudySchema } from '../../../src/schemas/study.ts';

/** The schemas check ids and cite keys against the fictional site of tests/fixtures/fork, not this site's content. */
beforeAll(() => setProjectRoot('tests/fixtures/fork'));
afterAll(() => setProjectRoot(process.cwd()));

const judged = (level: string) => ({ level, reason: `Judged ${level} in this test.` });
const question = {
  title: 'Does moonpetal tea help days later?',
  answer: 'One infusion may make little or no difference to pain weeks later.',
  certainty: 'low',
  grade: {
    start: 'randomized',
    body: 'One randomized trial of 40 people.',
    studies: ['alpha2020moonpetal'],
    riskOfBias: judged('not serious'),
    inconsistency: judged('not applicable'),
    indirectness: judged('serious'),
    imprecision: { ...judged('serious'), participants: 40, crossesNoEffect: 'yes', notVerySerious: 'Judged serious rather than very serious in this test.' },
    publicationBias: judged('not serious'),
  },
  studies: ['alpha2020moonpetal'],
  lastReviewed: '2026-11-24',
};
const descriptive = {
  title: 'What do guidelines say?',
  answer: 'No guideline we found recommends moonpetal tea for dusk fatigue.',
  kind: 'descriptive',
  basis: 'What the guideline documents say, as published.',
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
    expect(messages(QuestionSchema.safeParse({ ...question, studies: ['alpha2020moonpetl'] }))).toEqual([
      'studies.0: "alpha2020moonpetl" is not an entry of the studies collection (no file src/content/studies/alpha2020moonpetl.md). Did you mean "alpha2020moonpetal"? Fix the id or add the page.',
    ]);
  });
});

describe('QuestionSchema: GRADE as data', () => {
  test('rejects a stated certainty that the domain judgements do not give, naming the domains', () => {
    const [message] = messages(QuestionSchema.safeParse({ ...question, certainty: 'moderate' }));
    expect(message).toBe(
      'certainty: certainty is "moderate" but the GRADE judgements give "low" (randomized evidence starts at high, Indirectness −1, Imprecision −1). Change the certainty to "low", or change the domain judgements and their reasons.',
    );
  });

  test('an effect question needs both a certainty and its judgements', () => {
    const { grade: _grade, ...withoutGrade } = question;
    expect(messages(QuestionSchema.safeParse(withoutGrade))[0]).toMatch(/^grade: an effect question needs its GRADE judgements/);
    const { certainty: _certainty, ...withoutCertainty } = question;
    expect(messages(QuestionSchema.safeParse(withoutCertainty))[0]).toMatch(/^certainty: an effect question needs a GRADE certainty/);
  });

  test('a judgement needs a level on the scale and a reason', () => {
    expect(messages(QuestionSchema.safeParse({ ...question, grade: { ...question.grade, imprecision: { level: 'serious' } } }))[0]).toMatch(
      /^grade\.imprecision\.reason: /,
    );
    expect(messages(QuestionSchema.safeParse({ ...question, grade: { ...question.grade, imprecision: judged('moderate') } }))[0]).toMatch(
      /^grade\.imprecision\.level: /,
    );
  });

  test('askedAs defaults to no phrasings and rejects a phrasing too short to be a question', () => {
    expect(QuestionSchema.parse(question).askedAs).toEqual([]);
    expect(messages(QuestionSchema.safeParse({ ...question, askedAs: ['help?'] }))[0]).toMatch(/^askedAs\.0: write each askedAs phrasing/);
  });

  test('a descriptive question carries a basis and no GRADE rating', () => {
    expect(QuestionSchema.safeParse(descriptive).success).toBe(true);
    expect(messages(QuestionSchema.safeParse({ ...descriptive, certainty: 'low' }))).toEqual([
      'certainty: a descriptive question carries no GRADE rating or summary row: remove certainty, or set kind: effect if the page estimates an effect',
    ]);
    const { basis: _basis, ...withoutBasis } = descriptive;
    expect(messages(QuestionSchema.safeParse(withoutBasis))[0]).toMatch(/^basis: a descriptive question needs a basis/);
  });

  test('a review that rules out study designs says what it included instead', () => {
    const review = { cite: 'gamma2022review', excludedDesigns: ['case report'] };
    expect(messages(QuestionSchema.safeParse({ ...descriptive, reviews: [review] }))).toEqual([
      'reviews.0.onlyIncluded: gamma2022review: excludedDesigns needs onlyIncluded, saying what the review included instead, e.g. "randomized trials against placebo only"',
    ]);
    expect(QuestionSchema.safeParse({ ...descriptive, reviews: [{ ...review, onlyIncluded: 'randomized trials' }] }).success).toBe(true);
  });
});

describe('short titles', () => {
  const long = 'Does a cup of moonpetal tea relieve dusk fatigue during and just after it, and for how many evenings?';

  test('a heading too long for a browser tab needs a shortTitle', () => {
    expect(messages(QuestionSchema.safeParse({ ...question, title: long }))[0]).toMatch(
      /^shortTitle: title has \d+ characters; add a shortTitle of at most 70/,
    );
    expect(QuestionSchema.safeParse({ ...question, title: long, shortTitle: 'Alertness during and just after a cup' }).success).toBe(true);
  });

  test('a shortTitle longer than 70 characters is rejected', () => {
    expect(messages(QuestionSchema.safeParse({ ...question, title: long, shortTitle: long }))[0]).toMatch(/^shortTitle: keep shortTitle to 70 characters/);
  });
});

describe('ClaimSchema', () => {
  const claim = {
    title: 'Moonpetal tea resets tiredness',
    verdict: 'unsupported',
    verdictReason: 'No trial has tested a reset in dusk fatigue.',
    source: 'made-up-article',
    quote: 'One cup of moonpetal tea resets the body',
    evidence: [{ cite: 'alpha2020moonpetal', stance: 'contradicts', strength: 'randomized trial' }],
    lastReviewed: '2026-11-24',
  };

  test('the verdict must follow from the tagged sources', () => {
    expect(messages(ClaimSchema.safeParse({ ...claim, verdict: 'supported' }))[0]).toMatch(
      /^verdict: verdict "supported" needs at least one supporting source/,
    );
    expect(
      messages(ClaimSchema.safeParse({ ...claim, evidence: [{ cite: 'alpha2020moonpetal', stance: 'refutes', strength: 'randomized trial' }] }))[0],
    ).toMatch(/^evidence\.0\.stance: /);
  });

  test('rejects a verdict off the scale', () => {
    expect(messages(ClaimSchema.safeParse({ ...claim, verdict: 'false' }))[0]).toMatch(/^verdict: /);
    expect(ClaimSchema.safeParse(claim).success).toBe(true);
  });

  test('the source must be an entry of the sources collection, not free text', () => {
    expect(messages(ClaimSchema.safeParse({ ...claim, source: 'An op-ed, 2016' }))[0]).toMatch(
      /^source: "An op-ed, 2016" is not an entry of the sources collection/,
    );
  });

  test('quotes at most 25 words of the source', () => {
    const long = Array.from({ length: 26 }, (_, i) => `word${i}`).join(' ');
    expect(messages(ClaimSchema.safeParse({ ...claim, quote: long }))).toEqual([
      'quote: quote has 26 words; quote at most 25 words of the source and paraphrase the rest in the page',
    ]);
    expect(ClaimSchema.safeParse({ ...claim, quote: long.split(' ').slice(0, 25).join(' ') }).success).toBe(true);
  });
});

describe('ClaimSourceSchema', () => {
  const source = { title: 'The Dusk Fatigue Cure Nobody Talks About', kind: 'promotional web article', firstSeen: '2026-11-24', sha256: 'b'.repeat(64) };

  test('accepts an undated source with no publisher, and rejects a malformed fingerprint', () => {
    expect(ClaimSourceSchema.safeParse(source).success).toBe(true);
    expect(messages(ClaimSourceSchema.safeParse({ ...source, sha256: 'b62cf09d' }))[0]).toMatch(
      /^sha256: write the SHA-256 as 64 lowercase hexadecimal characters/,
    );
  });
});

describe('ChangeLog', () => {
  test('every change says what kind it is', () => {
    expect(messages(ChangeLog.safeParse([{ date: '2026-11-28', summary: 'Fixed the timing of a count.' }]))[0]).toMatch(/^0\.type: /);
    expect(ChangeLog.parse([{ date: '2026-11-28', type: 'correction', summary: 'Fixed the timing of a count.' }])).toEqual([
      { date: '2026-11-28', type: 'correction', summary: 'Fixed the timing of a count.', conclusionChanged: false },
    ]);
  });
});

describe('StudySchema', () => {
  test('requires the numbers a reader needs and rejects a malformed registry id', () => {
    const result = StudySchema.safeParse({ title: 'A study title', registryIds: ['NCT123'] });
    const paths = messages(result).map((m) => m.split(':')[0]);
    expect(paths).toEqual(expect.arrayContaining(['summary', 'design', 'nEnrolled', 'arms', 'followUpDays', 'registryIds.0', 'lastReviewed']));
  });
});

describe('StudySchema follow-up', () => {
  test('a follow-up the source does not state is null, never a number that reads as none', () => {
    const shape = StudySchema.shape.followUpDays;
    expect(shape.safeParse(null).success).toBe(true);
    expect(shape.safeParse(56).success).toBe(true);
    expect(shape.safeParse(undefined).success).toBe(false);
  });
});

describe('IsoDate', () => {
  test('keeps text dates and turns YAML dates into the same text', () => {
    expect(IsoDate.parse('2026-11-24')).toBe('2026-11-24');
    expect(IsoDate.parse(new Date('2026-11-24T00:00:00Z'))).toBe('2026-11-24');
    expect(IsoDate.safeParse('24/11/2026').success).toBe(false);
  });
});

describe('dates', () => {
  test('a change dated after the page was last checked is rejected, naming both dates', async () => {
    const { PageSchema } = await import('../../../src/schemas/page.ts');
    const page = { title: 'About', description: 'Who the site is for and how to report an error.', lastReviewed: '2026-11-24' };
    expect(messages(PageSchema.safeParse({ ...page, changes: [{ date: '2026-11-28', type: 'editorial', summary: 'Reworded the About page.' }] }))).toEqual([
      'changes.0.date: change dated 2026-11-28 is after lastReviewed (2026-11-24); set lastReviewed to the date the page was last checked, at least 2026-11-28',
    ]);
    expect(PageSchema.safeParse({ ...page, changes: [{ date: '2026-11-24', type: 'first published', summary: 'First published.' }] }).success).toBe(true);
  });

  test('a date that is not on the calendar fails before YAML can move it to another day', async () => {
    const { impossibleDates } = await import('../../../src/lib/core/front-matter-syntax.ts');
    const source = '---\ntitle: A page\nlastReviewed: 2026-02-30\nchanges:\n  - date: 2024-02-29\n---\nBody mentions 2026-13-01.';
    expect(impossibleDates(source, 'page.md').map((e) => e.report)).toEqual([
      'page.md:3:15: "2026-02-30" is not a date on the calendar; YAML would silently read it as a later day.\n  Fix: write the date as it really was, as YYYY-MM-DD.',
    ]);
  });
});
