/**
 * Facts stated once: prose that writes a directive shows what the data holds, and follows the data
 * when it changes (the fact-check's E1 and E2 could not come back).
 */
import { describe, expect, test } from 'vitest';
import { reportOf } from '../../../../src/lib/core/build-error.ts';
import { takeProblems } from '../../../../src/lib/core/build-problems.ts';
import { loadLivingData } from '../../../../src/lib/living/living-data.ts';
import { registrationNotes } from '../../../../src/lib/living/registration-notes.ts';
import { editFile, livingSite, renderIn } from '../../../helpers/living.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

const approval = (drug: string, date: string) => `
- drug: ${drug}
  indication: jet lag
  forCondition: true
  agency: Fictional Agency
  date: ${date}
  source: agency2019approval
  checked: 2026-11-28
`;

describe('approved drugs', () => {
  test('renders the count and the list of approvals for the condition, with their source cited', async () => {
    const html = await renderIn(livingSite(), 'Approved: :approved-count{sentence} drug, :approved-drugs.\n');
    expect(text(html)).toContain('Approved: One drug, melatonin');
    expect(html).toContain('citation');
  });

  test('a fixture with four approved drugs shows four, in date order', async () => {
    const root = livingSite();
    editFile(
      root,
      'surveillance/approvals.yaml',
      (t) => t + approval('tasimelteon', '2014-01') + approval('ramelteon', '2005-07') + approval('caffeine', '2021'),
    );
    const html = text(await renderIn(root, 'There are :approved-count approved drugs: :approved-drugs.\n'));
    expect(html).toContain('There are four approved drugs: ramelteon, tasimelteon, melatonin and caffeine');
  });

  test('an approval for another condition is not counted', async () => {
    const root = livingSite();
    editFile(root, 'surveillance/approvals.yaml', (t) => t + approval('zolpidem', '2010').replace('forCondition: true', 'forCondition: false'));
    expect(text(await renderIn(root, ':approved-count{sentence}.\n'))).toContain('One.');
  });
});

describe('registrations', () => {
  test('the table and counts come from the registrations data', async () => {
    const html = await renderIn(livingSite(), '::registrations-table\n\n:past-due-count{sentence} past due; :stopped-count stopped: :stopped-trials.\n');
    expect(html).toContain('<table>');
    expect(text(html)).toContain('Recruiting; started January 2021; planned end June 2030; no results posted (checked 28 November 2026)');
    expect(text(html)).toContain('No past due; one stopped: NCT00000002');
  });

  test('a registration that becomes "completed, no results posted" changes the table, the counts and the judgements that name it', async () => {
    const root = livingSite();
    const before = await renderIn(root, '::registrations-table\n\n:past-due-count{sentence} past due: :past-due-trials.\n');
    expect(text(before)).toContain('No past due');
    const noteBefore = registrationNotes(['NCT00000001'], loadLivingData(root))[0]!.status;
    editFile(root, 'surveillance/registrations.yaml', (t) =>
      t.replace('status: RECRUITING', 'status: COMPLETED').replace('plannedEnd: 2030-06', 'plannedEnd: 2025-06'),
    );
    const after = text(await renderIn(root, '::registrations-table\n\n:past-due-count{sentence} past due: :past-due-trials.\n'));
    expect(after).toContain('Completed; planned to end June 2025; no results posted (checked 28 November 2026)');
    expect(after).toContain('One past due: NCT00000001');
    const noteAfter = registrationNotes(['NCT00000001'], loadLivingData(root))[0]!.status;
    expect(noteBefore).toMatch(/^Recruiting/);
    expect(noteAfter).toBe('Completed; planned to end June 2025; no results posted (checked 28 November 2026)');
  });

  test('past due is judged against the day the record was checked, never the day of the build', async () => {
    const root = livingSite();
    editFile(root, 'surveillance/registrations.yaml', (t) => t.replace('plannedEnd: 2030-06', 'plannedEnd: 2026-11'));
    // Planned to end in November 2026 and checked on 28 November: the month is not over, so not yet past due.
    expect(text(await renderIn(root, ':past-due-count{sentence}.\n'))).toContain('No.');
  });
});

describe('bad directives', () => {
  test('an unknown fact fails with the file, the line and the closest name', async () => {
    const root = livingSite();
    await expect(renderIn(root, 'First line.\n\nThere are :aproved-count drugs.\n', 'bad.md')).rejects.toThrow();
    const problems = takeProblems().map(reportOf).join('\n');
    expect(problems).toMatch(/bad\.md:3:\d+: ":aproved-count" is not a fact the site states from its data/);
    expect(problems).toContain('did you mean ":approved-count"?');
  });

  test('a table fact written inline fails and says how to write it', async () => {
    await expect(renderIn(livingSite(), 'See :registrations-table here.\n', 'inline.md')).rejects.toThrow();
    expect(takeProblems().map(reportOf).join('\n')).toContain('write "::registrations-table" on a line of its own');
  });

  test('ratios and times stay as they were written', async () => {
    expect(text(await renderIn(livingSite(), 'Randomized 2:1, at 10:30.\n'))).toContain('Randomized 2:1, at 10:30.');
  });
});
