import { describe, expect, test } from 'vitest';
import { checkRatedStudies } from '../../../../src/lib/rules/rated-studies.ts';
import type { ContentFrontmatter } from '../../../../src/lib/core/front-matter-syntax.ts';

const entry = (collection: ContentFrontmatter['collection'], id: string, frontmatter: Record<string, unknown>): ContentFrontmatter => ({
  collection,
  id,
  file: `${collection}/${id}.md`,
  frontmatter,
  body: '',
});
const reports = (entries: ContentFrontmatter[]) => checkRatedStudies(entries).map((e) => e.report);

describe('checkRatedStudies', () => {
  test('a rated study page missing from the question’s studies is named, with the fix', () => {
    const q = entry('questions', 'q', { studies: ['b2020x'], grade: { studies: ['a2020x', 'b2020x', 'nopage2020x'], riskOfBias: { level: 'serious' } } });
    expect(reports([q, entry('studies', 'a2020x', {}), entry('studies', 'b2020x', {})])).toEqual([
      'questions/q.md: grade.studies names the study page "a2020x", but the question\'s studies list does not.\n  Fix: add a2020x to studies, so the study page links back to this question, or remove it from grade.studies.',
    ]);
  });

  test('"not serious" risk of bias needs every rated study read in full text, and says how each was read', () => {
    const q = entry('questions', 'q', {
      studies: ['a2020x', 'b2020x', 'c2020x'],
      grade: { studies: ['a2020x', 'b2020x', 'c2020x', 'd2020x'], riskOfBias: { level: 'not serious' } },
    });
    const [problem, ...rest] = reports([
      q,
      entry('studies', 'a2020x', { read: 'full text' }),
      entry('studies', 'b2020x', { read: 'abstract' }),
      entry('studies', 'c2020x', {}),
    ]);
    expect(rest).toEqual([]);
    expect(problem).toContain(
      'questions/q.md: grade.riskOfBias is "not serious", but not every rated study was read in full text: b2020x (read: abstract), c2020x (read: abstract), d2020x (no study page).',
    );
    expect(problem).toContain('Fix: rate riskOfBias serious (or very serious)');
  });

  test('front matter of the wrong shape is read as empty, not as a crash', () => {
    expect(reports([entry('questions', 'q', { studies: 'a2020x', grade: 'high' }), entry('studies', 'a2020x', { summary: 3 })])).toEqual([]);
    expect(
      reports([
        entry('questions', 'q', { studies: [1, 'a2020x'], grade: null, certainty: 'unknown' }),
        entry('studies', 'a2020x', { summary: 'It cures pain.' }),
      ]),
    ).toEqual([]);
  });

  test('a summary is held to the strictest certainty of the questions it feeds, which are all named', () => {
    const entries = [
      entry('questions', 'q1', { studies: ['a2020x'], certainty: 'low' }),
      entry('questions', 'q2', { studies: ['a2020x'], certainty: 'very low' }),
      entry('questions', 'q3', { studies: ['a2020x'], certainty: 'high' }),
      entry('pages', 'a2020x', { summary: 'It cures pain.' }),
      entry('studies', 'a2020x', { summary: 'Ketamine cures pain.' }),
    ];
    const [problem, ...rest] = reports(entries);
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^studies\/a2020x\.md: summary: the statement "Ketamine cures pain\." is worded more surely than its certainty \(very low\) allows/,
    );
    expect(problem).toContain('The study informs q1 (low), q2 (very low).');
    expect(problem).toContain(
      'Fix: reword the summary as a question\'s short answer would be, e.g. "we are very uncertain whether the treatment reduces pain".',
    );
  });
});
