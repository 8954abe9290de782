import { describe, expect, test } from 'vitest';
import { before, compareRuns, formatSections, listedApproval } from '../../../../src/lib/living/compare.ts';
import type { SurveillanceRun } from '../../../../src/schemas/surveillance-run.ts';

const run = (over: Partial<SurveillanceRun>): SurveillanceRun => ({
  date: '2026-12-07',
  mode: 'replay',
  searches: [],
  registrations: [],
  notices: [],
  identifierProblems: [],
  approvals: [],
  ...over,
});
const listed = { drug: 'pregabalin', indication: 'fibromyalgia', forCondition: true, agency: 'FDA', date: '2007-06', source: 'x', checked: '2026-12-01' };

describe('comparison with the previous run', () => {
  test('a partial planned end is past only once its whole period is over', () => {
    expect([before('2026-11', '2026-12-07'), before('2026-12', '2026-12-07'), before('2025', '2026-12-07'), before('2026-12-07', '2026-12-07')]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  test('an approval is listed when its generic name holds the listed drug', () => {
    expect(listedApproval('pregabalin', [listed])).toBe(true);
    expect(listedApproval('cyclobenzaprine hydrochloride', [{ ...listed, drug: 'sublingual cyclobenzaprine' }])).toBe(true);
    expect(listedApproval('syntheticine hydrochloride', [listed])).toBe(false);
  });

  test('lists a new notice, an overdue trial and an unlisted approval, and says "none" for empty sections', () => {
    const now = run({
      registrations: [{ nct: 'NCT99000001', status: 'COMPLETED', plannedEnd: '2025-06-30', resultsPosted: false }],
      notices: [{ key: 'k', doi: '10.5555/a', kind: 'retraction', noticeDoi: '10.5555/b', date: '2010-02-06' }],
      approvals: [
        { drug: 'pregabalin', application: 'ANDA990002' },
        { drug: 'syntheticine hydrochloride', brand: 'SYNTHETICA', application: 'NDA990001' },
      ],
    });
    const text = formatSections(compareRuns(now, run({ date: '2026-11-01' }), [], [listed as never]));
    expect(text).toContain('New records since 2026-11-01: none');
    expect(text).toMatch(/Past their planned end on 2026-12-07 without posted results: 1\n.*\n.*\n\s+NCT99000001\s+COMPLETED\s+2025-06-30/);
    expect(text).toMatch(/Notices on cited works: 1\n.*\n.*\n\s+k\s+10\.5555\/a\s+retraction\s+10\.5555\/b\s+2010-02-06\s+new/);
    expect(text).toMatch(/Approvals not listed in surveillance\/approvals\.yaml: 1\n.*\n.*\n\s+syntheticine hydrochloride\s+SYNTHETICA/);
  });
});
