/**
 * Bad living-evidence data fails with the file, the line where the parser gives one, and the fix;
 * nothing is dropped silently.
 */
import { describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { reportOf } from '../../../../src/lib/core/build-error.ts';
import { loadLivingData, pendingRecords, readLivingData } from '../../../../src/lib/living/living-data.ts';
import { editFile, livingSite } from '../../../helpers/living.ts';

/** The problems the site at `root` reports, as one text. */
const problemsOf = (root: string) => readLivingData(root).problems.map(reportOf).join('\n');

describe('living-evidence data', () => {
  test('the fixture site loads without a problem', () => {
    const root = livingSite();
    expect(problemsOf(root)).toBe('');
    expect(loadLivingData(root).registrations).toHaveLength(2);
  });

  test('a malformed search file names the file and the line', () => {
    const root = livingSite();
    editFile(root, 'surveillance/searches.yaml', (t) => t.replace('  purpose: Every registered', '  purpose: [Every registered'));
    expect(problemsOf(root)).toMatch(/^surveillance\/searches\.yaml:\d+(:\d+)?: the file is not valid YAML/m);
  });

  test('a saved search without a purpose names the field and its line', () => {
    const root = livingSite();
    editFile(root, 'surveillance/searches.yaml', (t) => t.replace('  purpose: Every article on melatonin for jet lag that PubMed indexes.\n', ''));
    expect(problemsOf(root)).toMatch(/^surveillance\/searches\.yaml:1: .*\(at 0\.purpose\)/m);
  });

  test('an unknown screening reason lists the reasons allowed', () => {
    const root = livingSite();
    editFile(root, 'surveillance/screening.yaml', (t) => t.replace('reason: animal or laboratory study', 'reason: boring'));
    const problems = problemsOf(root);
    expect(problems).toMatch(/^surveillance\/screening\.yaml:\d+: /m);
    expect(problems).toContain('"not the condition of interest"');
  });

  test('a run file that is not valid names the run file', () => {
    const root = livingSite();
    editFile(root, 'surveillance/runs/2026-11-28.json', (t) => t.replace('"count": 3,', ''));
    expect(problemsOf(root)).toMatch(/^surveillance\/runs\/2026-11-28\.json:\d+: .*\(at searches\.0\.count\)/m);
  });

  test('a run file named for another day than its date fails', () => {
    const root = livingSite();
    editFile(root, 'surveillance/runs/2026-11-28.json', (t) => t.replace('"date": "2026-11-28"', '"date": "2026-11-27"'));
    expect(problemsOf(root)).toContain('the run is dated 2026-11-27 but the file is named 2026-11-28.json');
  });

  test('an included record with no study fails, naming its line', () => {
    const root = livingSite();
    editFile(root, 'surveillance/screening.yaml', (t) => t.replace('  key: nct00000001\n', ''));
    expect(problemsOf(root)).toMatch(
      /^surveillance\/screening\.yaml:15: nct:NCT00000001: an included record names the study page \(study\) or the cited work \(key\) it became/m,
    );
  });

  test('an included record pointing at a study that does not exist fails, with the closest id', () => {
    const root = livingSite();
    editFile(root, 'surveillance/screening.yaml', (t) => t.replace('study: smith2020melatonin', 'study: smith2020melatonn'));
    const problems = problemsOf(root);
    expect(problems).toContain('pmid:1000001: the included record points at a study page "smith2020melatonn" that does not exist.');
    expect(problems).toContain('did you mean "smith2020melatonin"?');
  });

  test('a screened record that no run holds fails unless it says where it was found', () => {
    const root = livingSite();
    editFile(
      root,
      'surveillance/screening.yaml',
      (t) => t + '- record: pmid:9999999\n  decision: excluded\n  reason: outcome not relevant\n  stage: screening\n  screened: 2026-11-28\n',
    );
    expect(problemsOf(root)).toContain('pmid:9999999: no run file holds this record.');
  });

  test('an approval without a source or a checked date fails, naming the field', () => {
    const root = livingSite();
    editFile(root, 'surveillance/approvals.yaml', (t) => t.replace('  source: agency2019approval\n', '').replace('  checked: 2026-11-28\n', ''));
    const problems = problemsOf(root);
    expect(problems).toMatch(/surveillance\/approvals\.yaml:1: .*\(at 0\.source\)/);
    expect(problems).toMatch(/surveillance\/approvals\.yaml:1: .*\(at 0\.checked\)/);
  });

  test('a registration without a checked date fails, naming the field', () => {
    const root = livingSite();
    editFile(root, 'surveillance/registrations.yaml', (t) => t.replace('  checked: 2026-11-28\n', ''));
    expect(problemsOf(root)).toMatch(/surveillance\/registrations\.yaml:1: .*\(at 0\.checked\)/);
  });

  test('a registration whose cite key is not in the bibliography fails', () => {
    const root = livingSite();
    editFile(root, 'surveillance/registrations.yaml', (t) => t.replace('key: nct00000002', 'key: nct00000003'));
    expect(problemsOf(root)).toContain('NCT00000002 cites "nct00000003", which is not in references/library.bib');
  });

  test('a checked date after today fails', () => {
    const root = livingSite();
    editFile(root, 'surveillance/approvals.yaml', (t) => t.replace('checked: 2026-11-28', 'checked: 2099-01-01'));
    expect(problemsOf(root)).toMatch(/^surveillance\/approvals\.yaml:\d+: .*2099-01-01.*\(at 0\.checked\)/m);
  });

  test('a project may have no surveillance data at all', () => {
    const root = livingSite();
    rmSync(join(root, 'surveillance'), { recursive: true });
    expect(problemsOf(root)).toBe('');
    expect(loadLivingData(root)).toMatchObject({ searches: [], runs: [], screening: [], registrations: [], approvals: [] });
  });

  test('records a run returned and nobody screened are pending', () => {
    const root = livingSite();
    editFile(root, 'surveillance/screening.yaml', (t) => t.replace(/- record: nct:NCT00000001[\s\S]*$/, ''));
    expect(pendingRecords(loadLivingData(root))).toEqual(['nct:NCT00000001', 'nct:NCT00000002']);
  });
});
