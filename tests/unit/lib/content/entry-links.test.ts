import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setProjectRoot } from '../../../../src/lib/core/project-root.ts';
import { citing, firstLinks, pick, questionLinks, RELATED_LINKS_SHOWN } from '../../../../src/lib/content/entry-links.ts';
import { studyGroups } from '../../../../src/lib/content/study-groups.ts';
import { summaryOfFindings } from '../../../../src/lib/content/summary-of-findings.ts';
import type { Question } from '../../../../src/schemas/question.ts';
import type { Study } from '../../../../src/schemas/study.ts';

/** Labels come from the fictional bibliography of tests/fixtures/fork, not this site's. */
beforeAll(() => setProjectRoot('tests/fixtures/fork'));
afterAll(() => setProjectRoot(process.cwd()));

const study = (design: Study['design'], nEnrolled: number, extra: Partial<Study> = {}) =>
  ({ design, nEnrolled, title: 't', populationScope: 'condition only', ...extra }) as Study;
const question = (order: number, studies: string[], withRow = true) =>
  ({
    title: `Question ${order}`,
    kind: 'effect',
    certainty: 'low',
    order,
    studies,
    summaryOfFindings: withRow ? { outcome: `Outcome ${order}`, finding: 'f', statement: 's', cites: ['alpha2020moonpetal'] } : undefined,
  }) as unknown as Question;

describe('summaryOfFindings', () => {
  test('counts studies and participants from the listed studies, using the comparison size when given', () => {
    const studies = [
      { id: 'alpha2020moonpetal', data: study('randomized controlled trial', 24) },
      { id: 'delta2021moonpetal', data: study('placebo-controlled challenge study', 31, { nInComparison: 11 }) },
    ];
    const rows = summaryOfFindings(
      [
        { id: 'later', data: question(20, ['alpha2020moonpetal']) },
        { id: 'during', data: question(10, ['alpha2020moonpetal', 'delta2021moonpetal']) },
        { id: 'no-row', data: question(5, [], false) },
      ],
      studies,
    );
    expect(rows.map((r) => [r.questionId, r.studies, r.participants])).toEqual([
      ['during', 2, 35],
      ['later', 1, 24],
    ]);
    expect(rows[0]!.sources).toEqual([{ label: 'Alpha and Beta 2020', href: '/questions/during/#bib-alpha2020moonpetal' }]);
  });

  test('counts only controlled studies in people with the condition alone, and counts the others apart', () => {
    const studies = [
      { id: 'alpha2020moonpetal', data: study('randomized controlled trial', 24) },
      { id: 'beta2019open', data: study('prospective uncontrolled study', 34) },
      { id: 'gamma2020cohort', data: study('uncontrolled cohort', 256, { populationScope: 'mixed' }) },
      { id: 'mixed2020trial', data: study('randomized controlled trial', 40, { populationScope: 'mixed' }) },
    ];
    const [row] = summaryOfFindings(
      [
        {
          id: 'q',
          data: question(
            1,
            studies.map((s) => s.id),
          ),
        },
      ],
      studies,
    );
    expect([row!.studies, row!.participants, row!.otherStudies]).toEqual([1, 24, 3]);
  });

  test('gives no row to a descriptive question', () => {
    const descriptive = { ...question(1, ['alpha2020moonpetal']), kind: 'descriptive' } as Question;
    expect(summaryOfFindings([{ id: 'q', data: descriptive }], [{ id: 'alpha2020moonpetal', data: study('randomized controlled trial', 24) }])).toEqual([]);
  });
});

describe('studyGroups', () => {
  test('puts controlled designs first and labels the rest as uncontrolled', () => {
    const groups = studyGroups([
      { id: 'delta2021moonpetal', data: study('case report', 1) },
      { id: 'alpha2020moonpetal', data: study('randomized controlled trial', 24) },
    ]);
    expect(groups.map((g) => [g.id, g.items.map((i) => i.href)])).toEqual([
      ['controlled', ['/studies/alpha2020moonpetal/']],
      ['uncontrolled', ['/studies/delta2021moonpetal/']],
    ]);
  });
});

describe('links between entries', () => {
  test('derives back-links and keeps the listed order', () => {
    const questions = [
      { id: 'b', data: question(2, ['x']) },
      { id: 'a', data: question(1, ['y', 'x']) },
    ];
    expect(citing(questions, 'studies', 'x').map((q) => q.id)).toEqual(['b', 'a']);
    expect(pick(questions, ['a', 'missing', 'b']).map((q) => q.id)).toEqual(['a', 'b']);
    expect(questionLinks(questions).map((l) => l.href)).toEqual(['/questions/a/', '/questions/b/']);
  });
});

describe('firstLinks', () => {
  const links = (n: number) => Array.from({ length: n }, (_, i) => ({ href: `/questions/q${i}/`, title: `Q${i}` }));

  test('keeps every link up to the limit', () => {
    expect(firstLinks(links(3))).toEqual({ shown: links(3), more: 0 });
  });

  test('keeps the first links in order and counts the rest', () => {
    const { shown, more } = firstLinks(links(RELATED_LINKS_SHOWN + 7));
    expect(shown).toEqual(links(RELATED_LINKS_SHOWN));
    expect(more).toBe(7);
  });
});
