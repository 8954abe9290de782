import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadLivingData } from '../../../../src/lib/living/living-data.ts';
import { freezeFacts, gfmTable } from '../../../../src/lib/versions/freeze-facts.ts';
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

describe('a fact table written as a GFM table', () => {
  test('escapes pipes, joins lines and writes code cells as inline code', () => {
    expect(
      gfmTable([
        ['Trial', 'Note'],
        [{ code: 'NCT|1' }, 'first\nsecond\r\nthird | fourth'],
      ]),
    ).toBe(['| Trial | Note |', '| --- | --- |', '| `NCT\\|1` | first second third \\| fourth |'].join('\n'));
  });

  test('a table with no rows is an empty header and its rule', () => {
    expect(gfmTable([])).toBe('|  |\n|  |');
  });
});

describe('what freezing leaves alone', () => {
  const count = (read: () => ReturnType<typeof loadLivingData>) => {
    let calls = 0;
    return {
      data: () => {
        calls += 1;
        return read();
      },
      calls: () => calls,
    };
  };

  test('reads the data once however many facts a page states, and not at all when it states none', () => {
    const counted = count(() => loadLivingData(root));
    const frozen = freezeFacts('A :approved-count{sentence}.\n\n::registrations-table\n\n::registrations-table\n', counted.data);
    expect(frozen).toMatch(/^A One\.\n\n\| Trial \|/);
    expect(counted.calls()).toBe(1);
    const none = count(() => loadLivingData(root));
    expect(freezeFacts('---\ntitle: T\n---\nA ratio of 2:1.\n', none.data)).toBe('---\ntitle: T\n---\nA ratio of 2:1.\n');
    expect(none.calls()).toBe(0);
  });

  test('a page without front matter is frozen from its first byte, even with two rules further down', () => {
    const source = 'Intro :approved-count{sentence}.\n\n---\nA: b\n---\n';
    expect(freezeFacts(source, () => loadLivingData(root))).toBe('Intro One.\n\n---\nA: b\n---\n');
  });

  test('front matter closed by a fence with trailing spaces, or at the end of the file, is never frozen', () => {
    const trailing = '---\nnote: :approved-count{sentence}\n---  \nBody :approved-count{sentence}.\n';
    expect(freezeFacts(trailing, () => loadLivingData(root))).toBe('---\nnote: :approved-count{sentence}\n---  \nBody One.\n');
    const onlyFrontMatter = '---\nnote: :approved-count{sentence}\n---';
    expect(freezeFacts(onlyFrontMatter, () => loadLivingData(root))).toBe(onlyFrontMatter);
  });

  test('a directive written as the wrong kind is left as written, so the build still reports it', () => {
    const source = ['A :registrations-table here.', '', '::approved-count', '', ':::approved-count', 'Inside :approved-count{sentence}.', ':::', ''].join('\n');
    expect(freezeFacts(source, () => loadLivingData(root))).toBe(source);
  });
});

test('npm run release freezes a fact after non-ASCII text at the right place', () => {
  const file = 'src/content/pages/approvals.md';
  mkdirSync(join(root, 'src/content/pages'), { recursive: true });
  writeFileSync(join(root, file), '---\ntitle: Approvals\n---\nRésumé — naïve café: :approved-count{sentence} approval.\n');
  release(root, '2026-11-29');
  expect(readFileSync(join(root, 'versions/pages/approvals/1.md'), 'utf8')).toBe('---\ntitle: Approvals\n---\nRésumé — naïve café: One approval.\n');
});
