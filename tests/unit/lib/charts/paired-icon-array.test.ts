import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import type { Study } from '../../../../src/schemas/study.ts';
import { bothFrames, pairedIconArrays } from '../../../../src/lib/charts/paired-icon-array.ts';
import { pairedIconArrayChart, pairedTitle } from '../../../../src/lib/charts/render-paired-icon-array.ts';

type Result = Study['results'][number];
const study = (arms: string[], results: Partial<Result>[]) =>
  ({
    arms: arms.map((name) => ({ name, regimen: 'x' })),
    results: results.map((r, i) => ({ id: `r${i}`, measure: 'Pain halved, at 15 minutes', ...r })),
  }) as Pick<Study, 'arms' | 'results'>;

describe('paired icon arrays', () => {
  test('say both frames for each arm', () => {
    expect(bothFrames(8, 12, 'More than 50% pain reduction')).toBe('8 of 12 had more than 50% pain reduction; 4 did not.');
  });

  test("one per result with counts in every arm, arms in the study's order so the comparator sits beside the treatment", () => {
    const [p, ...rest] = pairedIconArrays('s', study(['Drug', 'Placebo'], [{ values: [8, 3], denominators: [12, 12] }, { values: ['VAS 3.1', 'VAS 3.3'] }]));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ resultId: 'r0', what: 'Pain halved', when: 'at 15 minutes' });
    expect(p!.arms.map((a) => [a.name, a.count, a.denominator, a.frames])).toEqual([
      ['Drug', 8, 12, '8 of 12 had pain halved; 4 did not.'],
      ['Placebo', 3, 12, '3 of 12 had pain halved; 9 did not.'],
    ]);
  });

  test('none for a single-arm study (the single icon array shows it) and an impossible count fails loudly', () => {
    expect(pairedIconArrays('s', study(['Drug'], [{ values: [3], denominators: [10] }]))).toEqual([]);
    expect(() => pairedIconArrays('s', study(['Drug', 'Placebo'], [{ values: [13, 3], denominators: [12, 12] }]))).toThrow(
      /study "s", results\[0\]\.values\[0\].*larger than its denominator 12/,
    );
  });

  test('the chart fills as many icons per arm as counted, and its caption says both frames', () => {
    const [p] = pairedIconArrays('s', study(['Drug', 'Placebo'], [{ values: [8, 3], denominators: [12, 12] }]));
    const chart = pairedIconArrayChart(p!, 'chart-r0');
    const tree = fromHtml(chart.svg, { fragment: true });
    const icons = (arm: string, filled: string) => selectAll(`g[data-arm="${arm}"][data-filled="${filled}"] > circle`, tree).length;
    expect([icons('Drug', 'yes'), icons('Drug', 'no'), icons('Placebo', 'yes'), icons('Placebo', 'no')]).toEqual([8, 4, 3, 9]);
    expect(chart.title).toBe(pairedTitle(p!));
    expect(chart.title).toContain('Drug: 8 of 12 had pain halved; 4 did not. Placebo: 3 of 12 had pain halved; 9 did not.');
  });
});
