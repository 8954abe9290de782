import { describe, expect, test } from 'vitest';
import { studyCharts } from '../../../../src/lib/charts/study-charts.ts';
import type { Study } from '../../../../src/schemas/study.ts';

const responders = (id: string, when: string, hoursAfterDose: number, values: number[]) => ({
  id,
  measure: `More than 50% pain reduction, ${when}`,
  finding: 'f',
  hoursAfterDose,
  values,
  denominators: [12, 12],
});
const study = () =>
  ({
    arms: [
      { name: 'S-ketamine', regimen: 'r' },
      { name: 'Midazolam (active placebo)', regimen: 'r' },
    ],
    results: [responders('15-min', '15 minutes after the infusion', 0.75, [8, 3]), responders('180-min', '180 minutes after the infusion', 3.5, [6, 2])],
  }) as unknown as Study;

describe('studyCharts', () => {
  test('draws a study once per build: the page and the chart files get the same charts', () => {
    const data = study();
    const charts = studyCharts('test-study', data);
    expect(charts.length).toBeGreaterThan(0);
    expect(studyCharts('test-study', data)).toBe(charts);
  });

  test('draws again for other data (an edited entry) or another page id, with the same result for the same input', () => {
    const data = study();
    const charts = studyCharts('test-study', data);
    const again = studyCharts('test-study', study());
    expect(again).not.toBe(charts);
    expect(again).toEqual(charts);
    expect(studyCharts('other-study', data)).not.toBe(charts);
  });
});
