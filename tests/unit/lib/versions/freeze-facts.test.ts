import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadLivingData } from '../../../../src/lib/living/living-data.ts';
import { freezeFacts } from '../../../../src/lib/versions/freeze-facts.ts';
import { pageVersionState, release } from '../../../../src/lib/versions/snapshots.ts';
import { editFile, livingSite } from '../../../helpers/living.ts';

let root: string;
beforeEach(() => {
  root = livingSite();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const PAGE = [
  '---',
  'title: Melatonin approvals',
  'note: "a colon: in front matter, :approved-count stays"',
  '---',
  'There is :approved-count{sentence} approval; the ratio stays 2:1 and `:approved-count` in code stays.',
  '',
  '::registrations-table',
  '',
  'Last line, *unchanged*  ',
  '',
].join('\n');

describe('freezing living facts', () => {
  test('writes each directive out as the Markdown it renders to today, and keeps every other byte', () => {
    const frozen = freezeFacts(PAGE, () => loadLivingData(root));
    expect(frozen).toBe(
      [
        '---',
        'title: Melatonin approvals',
        'note: "a colon: in front matter, :approved-count stays"',
        '---',
        'There is One approval; the ratio stays 2:1 and `:approved-count` in code stays.',
        '',
        '| Trial | Where | Design | Status as last checked |',
        '| --- | --- | --- | --- |',
        '| NCT00000001 | Fictionland | Randomized, melatonin against placebo | Recruiting; started January 2021; planned end June 2030; no results posted (checked 28 November 2026) [@nct00000001] |',
        '| NCT00000002 | Fictionland | Randomized, two doses of melatonin | Terminated; planned end January 2023; no results posted (checked 28 November 2026) [@nct00000002] |',
        '',
        'Last line, *unchanged*  ',
        '',
      ].join('\n'),
    );
  });

  test('npm run release freezes the values, and a change in the data alone makes a new version', () => {
    const file = 'src/content/pages/approvals.md';
    mkdirSync(join(root, 'src/content/pages'), { recursive: true });
    writeFileSync(join(root, file), PAGE);
    expect(release(root, '2026-11-29')).toContainEqual({ collection: 'pages', id: 'approvals', number: 1 });
    const snapshot = readFileSync(join(root, 'versions/pages/approvals/1.md'), 'utf8');
    expect(snapshot).toContain('There is One approval;');
    expect(snapshot).toContain('| NCT00000002 | Fictionland |');
    expect(snapshot).not.toMatch(/^::registrations-table/m);
    expect(pageVersionState(root, 'pages', 'approvals')).toMatchObject({ number: 1, released: true });

    editFile(root, 'surveillance/approvals.yaml', (text) => `${text}${text.replace('melatonin', 'tasimelteon')}`);
    expect(pageVersionState(root, 'pages', 'approvals')).toMatchObject({ number: 2, released: false });
  });
});
