/**
 * The GRADE domain rules. Each rule has a fixture question in tests/fixtures/grade-rules that
 * must fail for that rule alone: the schema rules through QuestionSchema.safeParse, the rules
 * that read study pages through checkRatedStudies over the real content with the fixture added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setProjectRoot } from '../../../../src/lib/core/project-root.ts';
import { OPTIMAL_INFORMATION_SIZE, gradeDomainProblems } from '../../../../src/lib/rules/grade-domains.ts';
import { checkRatedStudies } from '../../../../src/lib/rules/rated-studies.ts';
import { parseFrontmatterOrThrow, readContentFrontmatter, type ContentFrontmatter } from '../../../../src/lib/core/front-matter-syntax.ts';
import { QuestionSchema } from '../../../../src/schemas/question.ts';
import type { Grade } from '../../../../src/schemas/grade.ts';

const FIXTURES = 'tests/fixtures/grade-rules';
/** The fixtures name the studies of the fictional site in tests/fixtures/fork, whose pages and bibliography the schema checks. */
beforeAll(() => setProjectRoot('tests/fixtures/fork'));
afterAll(() => setProjectRoot(process.cwd()));
const frontmatter = (name: string) => parseFrontmatterOrThrow(readFileSync(join(FIXTURES, `${name}.md`), 'utf8'), name).frontmatter as Record<string, unknown>;
const messages = (name: string) => {
  const result = QuestionSchema.safeParse(frontmatter(name));
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
};

describe('GRADE domain rules, each on a fixture that must fail', () => {
  test.each([
    ['inconsistency-one-study', 'grade.inconsistency.level: inconsistency is "serious" but one study informs the rated outcome (grade.studies)'],
    ['inconsistency-not-applicable-two-studies', 'grade.inconsistency.level: inconsistency is "not applicable" but 2 studies inform the rated outcome'],
    ['upgrade-randomized', 'grade.upgrade: an upgrade (+2) is only for a body that starts as observational evidence, but this one starts as randomized'],
    ['upgrade-with-serious-risk-of-bias', 'grade.upgrade: an upgrade (+1) is not allowed alongside serious risk of bias'],
    [
      'imprecision-below-information-size',
      `grade.imprecision.level: imprecision is "not serious" but the rated body has 39 participants, below the optimal information size of ${OPTIMAL_INFORMATION_SIZE}`,
    ],
    ['imprecision-crosses-no-effect', 'grade.imprecision.level: imprecision is "not serious" but crossesNoEffect is "yes"'],
    ['imprecision-single-study-without-reason', 'grade.imprecision.notVerySerious: imprecision is only "serious" for a single study of 24 participants'],
    ['imprecision-without-basis', 'grade.imprecision.crossesNoEffect: imprecision needs its basis'],
  ])('%s fails with its own message only', (name, expected) => {
    const found = messages(name);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  test('the fixtures are otherwise valid: fixing the one field makes each pass', () => {
    const fixed = frontmatter('upgrade-randomized') as { grade: Record<string, unknown>; certainty: string };
    delete fixed.grade['upgrade'];
    expect(QuestionSchema.safeParse({ ...fixed, certainty: 'low' }).success).toBe(true);
  });

  test('randomized evidence with two serious concerns and an upgrade of 2 no longer passes as high (D1)', () => {
    const result = QuestionSchema.safeParse(frontmatter('upgrade-randomized'));
    expect(result.success).toBe(false);
  });

  test('a grade without its list of rated studies is told to add one', () => {
    const grade = { ...(frontmatter('upgrade-randomized')['grade'] as Grade), studies: undefined, upgrade: undefined };
    expect(gradeDomainProblems(grade).map((p) => p.path.join('.'))).toEqual(['studies']);
  });
});

describe('risk of bias and study summaries against the study pages (project check)', () => {
  /** The fictional site of tests/fixtures/fork: two study pages read in full text, one effect question rated low. */
  const real = readContentFrontmatter('tests/fixtures/fork').entries;
  const abstractsOnly = real.map((e) => (e.collection === 'studies' ? { ...e, frontmatter: { ...e.frontmatter, read: 'abstract' } } : e));
  const withQuestion = (name: string, entries: readonly ContentFrontmatter[] = real): ContentFrontmatter[] => [
    ...entries,
    { collection: 'questions', id: name, file: `${FIXTURES}/${name}.md`, frontmatter: frontmatter(name), body: '' },
  ];

  test('the fictional content passes', () => {
    expect(checkRatedStudies(real).map((e) => e.report)).toEqual([]);
  });

  test('fails risk of bias "not serious" when a rated study was read only as an abstract', () => {
    const reports = checkRatedStudies(withQuestion('risk-of-bias-from-abstract', abstractsOnly))
      .map((e) => e.report)
      .filter((r) => r.startsWith(FIXTURES));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain(
      `${FIXTURES}/risk-of-bias-from-abstract.md: grade.riskOfBias is "not serious", but not every rated study was read in full text`,
    );
    expect(reports[0]).toContain('alpha2020moonpetal (read: abstract), delta2021moonpetal (read: abstract)');
  });

  test('passes risk of bias "not serious" once every rated study records a full-text reading', () => {
    const read = abstractsOnly.map((e) => (e.collection === 'studies' ? { ...e, frontmatter: { ...e.frontmatter, read: 'full text' } } : e));
    expect(checkRatedStudies(withQuestion('risk-of-bias-from-abstract', read))).toEqual([]);
  });

  test('fails a rated study page that the question does not list in its studies', () => {
    const entry = withQuestion('risk-of-bias-from-abstract').at(-1)!;
    const unlisted = {
      ...entry,
      frontmatter: {
        ...entry.frontmatter,
        studies: ['alpha2020moonpetal'],
        grade: { ...(entry.frontmatter['grade'] as object), riskOfBias: { level: 'serious' } },
      },
    };
    const reports = checkRatedStudies([...real, unlisted]).map((e) => e.report);
    expect(reports).toEqual([expect.stringContaining('grade.studies names the study page "delta2021moonpetal", but the question\'s studies list does not')]);
  });

  test('fails a study summary that says "the tea eased tiredness" when the study informs low certainty questions (W1)', () => {
    const study = real.find((e) => e.id === 'alpha2020moonpetal')!;
    const overstated = { ...study, frontmatter: { ...study.frontmatter, summary: 'In 40 people, the tea eased tiredness.' } };
    const reports = checkRatedStudies([...real.filter((e) => e !== study), overstated]).map((e) => e.report);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('summary: the statement "In 40 people, the tea eased tiredness." is worded more surely than its certainty (low) allows');
    expect(reports[0]).toContain('alert-at-dusk (low)');
  });

  test('holds a study summary to every question it informs, not to descriptive ones', () => {
    const question = (id: string, certainty?: string): ContentFrontmatter => ({
      collection: 'questions',
      id,
      file: `${id}.md`,
      frontmatter: { certainty, studies: ['s1'] },
      body: '',
    });
    const study = (summary: string): ContentFrontmatter => ({ collection: 'studies', id: 's1', file: 's1.md', frontmatter: { summary }, body: '' });
    expect(checkRatedStudies([question('q-low', 'low'), study('Ketamine may reduce pain for a few hours.')])).toEqual([]);
    expect(checkRatedStudies([question('q-low', 'low'), question('q-very-low', 'very low'), study('Ketamine may reduce pain for a few hours.')])).toHaveLength(
      1,
    );
    expect(checkRatedStudies([question('guidelines'), study('Ketamine reduces pain.')])).toEqual([]);
  });
});
