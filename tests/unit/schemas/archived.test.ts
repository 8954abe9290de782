/** Frozen versions are checked by archived schemas: their shape only, never today's evidence rules or references. */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setProjectRoot } from '../../../src/lib/core/project-root.ts';
import { ArchivedClaimSchema, ClaimSchema } from '../../../src/schemas/claim.ts';
import { ArchivedPageSchema, PageSchema } from '../../../src/schemas/page.ts';
import { ArchivedQuestionSchema, QuestionSchema } from '../../../src/schemas/question.ts';
import { ArchivedStudySchema, StudySchema } from '../../../src/schemas/study.ts';

/**
 * A snapshot holds a page's front matter as it was at release; the pages of the fictional site in
 * tests/fixtures/fork stand in for them, so the test does not depend on this site's frozen versions.
 */
const FICTIONAL = 'tests/fixtures/fork';
const snapshot = (file: string) => parseFrontmatter(readFileSync(`${FICTIONAL}/src/content/${file}`, 'utf8')).frontmatter as Record<string, unknown>;
beforeAll(() => setProjectRoot(FICTIONAL));
afterAll(() => setProjectRoot(process.cwd()));

describe('archived schemas', () => {
  test('a frozen study whose numbers break a rule added later still loads; a current page does not', () => {
    const study = snapshot('studies/alpha2020moonpetal.md');
    const tightened = { ...study, results: (study.results as Record<string, unknown>[]).map((r) => ({ ...r, denominators: [99, 99] })) };
    expect(StudySchema.safeParse(tightened).success).toBe(false);
    expect(ArchivedStudySchema.safeParse(tightened).success).toBe(true);
    expect(ArchivedStudySchema.safeParse({ ...study, nEnrolled: 'twenty' }).success).toBe(false);
  });

  test('a frozen question citing a removed reference and a deleted study still loads', () => {
    const question = snapshot('questions/alert-at-dusk.md');
    const gone = { ...question, studies: ['deleted2001study'], grade: { ...(question.grade as object), studies: ['removed2001key'] } };
    expect(QuestionSchema.safeParse(gone).success).toBe(false);
    expect(ArchivedQuestionSchema.safeParse(gone).success).toBe(true);
    expect(ArchivedQuestionSchema.safeParse({ ...question, certainty: 'certain' }).success).toBe(false);
  });

  test('a frozen claim whose verdict a later rule rejects, with a long quote and a deleted source, still loads', () => {
    const claim = snapshot('claims/cures-dusk-fatigue.md');
    const old = { ...claim, verdict: 'supported', source: 'deleted-article', quote: Array.from({ length: 40 }, () => 'word').join(' ') };
    expect(ClaimSchema.safeParse(old).success).toBe(false);
    expect(ArchivedClaimSchema.safeParse(old).success).toBe(true);
    expect(ArchivedClaimSchema.safeParse({ ...claim, verdict: 'maybe' }).success).toBe(false);
  });

  test('a frozen plain page with a change dated after its review still loads', () => {
    const page = {
      title: 'About',
      description: 'What this site is and who writes it.',
      lastReviewed: '2026-11-01',
      changes: [{ date: '2026-11-02', type: 'correction', summary: 'Fixed a typo in the list.' }],
    };
    expect(PageSchema.safeParse(page).success).toBe(false);
    expect(ArchivedPageSchema.safeParse(page).success).toBe(true);
  });
});
