import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { TOPIC } from '../../../../src/topic.ts';
import { evidenceMapPoints, followUpBucket, mapDesigns, UNCLASSIFIED } from '../../../../src/lib/charts/evidence-map.ts';
import { iconArrays, iconColumns, iconGrid } from '../../../../src/lib/charts/icon-array.ts';
import { evidenceMapChart, mapLabel } from '../../../../src/lib/charts/render-evidence-map.ts';
import { labelBoxes, labelCollisions } from '../../../helpers/chart-labels.ts';
import { iconArrayChart } from '../../../../src/lib/charts/render-icon-array.ts';
import { timeCourseChart } from '../../../../src/lib/charts/render-time-course.ts';
import { hoursLabel, splitMeasure, timeCourses } from '../../../../src/lib/charts/time-course.ts';
import type { Study } from '../../../../src/schemas/study.ts';

/** The data-* attributes of the SVG's marks that have `attribute`, as plain objects. */
const marks = (svg: string, attribute: string) =>
  selectAll(`[data-${attribute}]`, fromHtml(svg, { fragment: true })).map((el) =>
    Object.fromEntries(
      Object.entries(el.properties)
        .filter(([k]) => k.startsWith('data'))
        .map(([k, v]) => [k, String(v)]),
    ),
  );

type Result = Study['results'][number];
const arms = (...names: string[]) => names.map((name) => ({ name, regimen: 'r' }));
const result = (id: string, extra: Partial<Result>): Result => ({ id, measure: id, finding: 'f', ...extra });
const responders = (id: string, when: string, hoursAfterDose: number, values: number[]): Result =>
  result(id, { measure: `More than 50% pain reduction, ${when}`, hoursAfterDose, values, denominators: [12, 12] });

const noppers = {
  arms: arms('S-ketamine', 'Midazolam (active placebo)'),
  results: [
    responders('week-8', 'end of week 8', 1344, [2, 2]),
    responders('15-min', '15 minutes after the infusion', 0.75, [8, 3]),
    responders('180-min', '180 minutes after the infusion', 3.5, [6, 2]),
    responders('week-1', 'end of week 1', 168, [2, 0]),
  ],
};

describe('timeCourses', () => {
  test('returns every arm at every time point, in time order, with the study wording for when', () => {
    const [course, ...rest] = timeCourses('test-study', noppers);
    expect(rest).toEqual([]);
    expect(course!.measure).toBe('More than 50% pain reduction');
    expect(course!.times.map((t) => t.when)).toEqual(['15 minutes after the infusion', '180 minutes after the infusion', 'end of week 1', 'end of week 8']);
    expect(course!.values.map((v) => [v.arm, v.count, v.denominator])).toEqual([
      ['S-ketamine', 8, 12],
      ['Midazolam (active placebo)', 3, 12],
      ['S-ketamine', 6, 12],
      ['Midazolam (active placebo)', 2, 12],
      ['S-ketamine', 2, 12],
      ['Midazolam (active placebo)', 0, 12],
      ['S-ketamine', 2, 12],
      ['Midazolam (active placebo)', 2, 12],
    ]);
    expect(course!.values[0]!.percent).toBeCloseTo(66.67, 1);
  });

  test('skips results without a time, without denominators, or with text values', () => {
    const study = {
      arms: arms('A', 'B'),
      results: [
        responders('a', 'day 1', 24, [1, 2]),
        result('no-time', { measure: 'More than 50% pain reduction, later', values: [1, 2], denominators: [12, 12] }),
        result('no-denominators', { measure: 'More than 50% pain reduction, day 2', hoursAfterDose: 48, values: [1, 2] }),
        result('text', { measure: 'More than 50% pain reduction, day 3', hoursAfterDose: 72, values: ['1', 2], denominators: [12, 12] }),
      ],
    };
    expect(timeCourses('test-study', study)).toEqual([]);
  });

  test('fails, naming the study and the field, on a count larger than its denominator instead of dropping the point', () => {
    const study = { ...noppers, results: [...noppers.results.slice(0, 3), responders('week-1', 'end of week 1', 168, [2, 13])] };
    expect(() => timeCourses('noppers2011absence', study)).toThrow(
      'study "noppers2011absence", results[3].values[1] (result "week-1"): a count of 13 is larger than its denominator 12',
    );
  });

  test('fails, naming the study and the field, when a result does not give one denominator and one value per arm', () => {
    const oneDenominator = result('day-2', { measure: 'Responders, day 2', hoursAfterDose: 48, values: [1, 2], denominators: [12] });
    expect(() => timeCourses('s', { ...noppers, results: [...noppers.results, oneDenominator] })).toThrow(
      'study "s", results[4].denominators (result "day-2"): 1 denominators for 2 arms',
    );
    const threeValues = result('day-2', { measure: 'Responders, day 2', hoursAfterDose: 48, values: [1, 2, 3], denominators: [12, 12] });
    expect(() => timeCourses('s', { ...noppers, results: [...noppers.results, threeValues] })).toThrow(
      'study "s", results[4].values (result "day-2"): 3 values for 2 denominators',
    );
  });

  test('needs two arms and two time points', () => {
    expect(
      timeCourses('test-study', {
        arms: arms('Only'),
        results: [result('a', { hoursAfterDose: 1, values: [1], denominators: [2] }), result('b', { hoursAfterDose: 2, values: [1], denominators: [2] })],
      }),
    ).toEqual([]);
    expect(timeCourses('test-study', { ...noppers, results: noppers.results.slice(0, 1) })).toEqual([]);
  });

  test('keeps different measures in separate charts and labels a time with no wording from its hours', () => {
    const study = {
      arms: arms('A', 'B'),
      results: [
        result('x1', { measure: 'Responders', hoursAfterDose: 0.5, values: [1, 0], denominators: [5, 5] }),
        result('x2', { measure: 'Responders', hoursAfterDose: 3, values: [1, 1], denominators: [5, 5] }),
        result('y1', { measure: 'Nausea, day 1', hoursAfterDose: 24, values: [2, 0], denominators: [5, 5] }),
      ],
    };
    const courses = timeCourses('test-study', study);
    expect(courses.map((c) => c.measure)).toEqual(['Responders']);
    expect(courses[0]!.times.map((t) => t.when)).toEqual(['30 min', '3 h']);
  });
});

describe('time labels', () => {
  test('hoursLabel reads minutes, hours and days', () => {
    expect([hoursLabel(0.75), hoursLabel(3.5), hoursLabel(168)]).toEqual(['45 min', '3.5 h', '7 days']);
  });
  test('splitMeasure splits at the first comma', () => {
    expect(splitMeasure('More than 50% pain reduction, end of week 1')).toEqual({ what: 'More than 50% pain reduction', when: 'end of week 1' });
    expect(splitMeasure('Responders')).toEqual({ what: 'Responders' });
  });
});

describe('iconArrays', () => {
  test('takes a single-arm count with its denominator', () => {
    const study = {
      arms: arms('Ketamine test then dextromethorphan'),
      results: [
        result('ketamine-test-positive', { measure: 'Positive ketamine test', values: [13], denominators: [34] }),
        result('relief-correlation', { values: ['r=0.66'] }),
        result('no-denominator', { values: [13] }),
      ],
    };
    expect(iconArrays('test-study', study)).toEqual([
      {
        resultId: 'ketamine-test-positive',
        measure: 'Positive ketamine test',
        arm: 'Ketamine test then dextromethorphan',
        count: 13,
        denominator: 34,
        percent: (100 * 13) / 34,
      },
    ]);
  });

  test('fails, naming the study and the field, on a count larger than its denominator instead of dropping the icon array', () => {
    const study = {
      arms: arms('Ketamine test'),
      results: [result('ketamine-test-positive', { values: [13], denominators: [34] }), result('too-many', { values: [40], denominators: [34] })],
    };
    expect(() => iconArrays('cohen2006intravenous', study)).toThrow(
      'study "cohen2006intravenous", results[1].values[0] (result "too-many"): a count of 40 is larger than its denominator 34',
    );
  });

  test('fails, naming the study and the field, when values and denominators do not match', () => {
    const study = { arms: arms('Ketamine test'), results: [result('two-values', { values: [1, 2], denominators: [34] })] };
    expect(() => iconArrays('s', study)).toThrow('study "s", results[0].values (result "two-values"): 2 values for 1 denominators');
  });

  test('ignores studies with more than one arm', () => {
    expect(iconArrays('test-study', { arms: arms('A', 'B'), results: [result('x', { values: [1], denominators: [2] })] })).toEqual([]);
  });

  test('lays out filled icons first in a near-square grid', () => {
    expect(iconColumns(34)).toBe(10);
    expect(iconColumns(218)).toBe(20);
    const grid = iconGrid(13, 34, 10);
    expect(grid).toHaveLength(34);
    expect(grid.filter((i) => i.filled)).toHaveLength(13);
    expect(grid[12]).toEqual({ column: 2, row: 1, filled: true });
    expect(grid[33]).toEqual({ column: 3, row: 3, filled: false });
  });
});

/** The ends of the topic's finding scale (mapFindings in src/topic.ts), so the test holds for a fork's scale too. */
const FIRST_FINDING = TOPIC.mapFindings[0]!.label;
const LAST_FINDING = TOPIC.mapFindings.at(-1)!.label;

const mapStudy = (design: Study['design'], followUpDays: number, nEnrolled: number, extra: Partial<Study> = {}) =>
  ({ design, followUpDays, followUp: `${followUpDays} days`, nEnrolled, ...extra }) as Study;

describe('evidenceMapPoints', () => {
  const entries = [
    { id: 'alpha', label: 'Alpha et al. 2011', data: mapStudy('randomized controlled trial', 56, 24, { mapFinding: LAST_FINDING }) },
    {
      id: 'beta',
      label: 'Bëta et al. 1995',
      data: mapStudy('placebo-controlled challenge study', 0, 31, { nInComparison: 11, mapFinding: FIRST_FINDING }),
    },
    {
      id: 'gamma',
      label: 'Gamma-Delta et al. 2000',
      data: mapStudy('placebo-controlled challenge study', 0, 29, { mapFinding: FIRST_FINDING }),
    },
    { id: 'delta', label: 'Delta and Smith 2016', data: mapStudy('case report', 365, 1) },
  ];
  const points = evidenceMapPoints(entries);

  test('places each study by follow-up bucket, design and participants in the comparison', () => {
    const byId = Object.fromEntries(points.map((p) => [p.id, p]));
    expect(byId.alpha).toMatchObject({ bucket: 'Weeks', participants: 24, finding: LAST_FINDING, href: '/studies/alpha/' });
    expect(byId.beta).toMatchObject({ bucket: 'Session only or not stated', participants: 11 });
    expect(byId.delta).toMatchObject({ bucket: 'A year or more', finding: UNCLASSIFIED });
  });

  test('stacks studies that share a cell, largest first', () => {
    expect(points.filter((p) => p.stackSize === 2).map((p) => [p.id, p.stack])).toEqual([
      ['gamma', 0],
      ['beta', 1],
    ]);
  });

  test('lists the designs present, strongest first', () => {
    expect(mapDesigns(points)).toEqual(['randomized controlled trial', 'placebo-controlled challenge study', 'case report']);
  });

  test('buckets follow-up at 0, 13, 89 and 364 days', () => {
    expect([0, 1, 13, 14, 89, 90, 364, 365].map(followUpBucket)).toEqual([0, 1, 1, 2, 2, 3, 3, 4]);
  });

  test('a follow-up that is not stated goes in the "not stated" column, not into a number', () => {
    expect(followUpBucket(null)).toBe(0);
    const [point] = evidenceMapPoints([{ id: 'case', label: 'Epsilon and Zeta 2023', data: { ...mapStudy('case report', 0, 1), followUpDays: null } }]);
    expect([point!.bucket, point!.followUpDays]).toEqual(['Session only or not stated', null]);
  });

  test('shortens labels for the map', () => {
    expect(mapLabel('Alpha et al. 2011')).toBe('Alpha 2011');
    expect(mapLabel('Delta and Smith 2016')).toBe('Delta 2016');
    expect(mapLabel('Zeta 2006')).toBe('Zeta 2006');
  });

  test('draws one mark per study with its values as data attributes', () => {
    const chart = evidenceMapChart(points, 'map');
    const found = marks(chart.svg, 'study');
    expect(found).toHaveLength(4);
    expect(found).toContainEqual({
      dataStudy: 'beta',
      dataDesign: 'placebo-controlled challenge study',
      dataFollowUpDays: '0',
      dataParticipants: '11',
      dataFinding: FIRST_FINDING,
    });
    expect(chart.table.rows.map((r) => r[0]!.href)).toEqual(points.map((p) => p.href));
  });

  test('labels every study, and no two labels overlap', () => {
    const labels = labelBoxes(fromHtml(evidenceMapChart(points, 'map').svg, { fragment: true }));
    expect(labels.map((l) => l.study).sort()).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(labelCollisions(labels)).toEqual([]);
  });

  test('keeps apart the labels of two studies drawn at the same position', () => {
    const [a, b] = evidenceMapPoints([
      { id: 'first', label: 'Graven-Nielsen et al. 2000', data: mapStudy('placebo-controlled challenge study', 0, 29) },
      { id: 'second', label: 'Sörensen et al. 1995', data: mapStudy('placebo-controlled challenge study', 0, 29) },
    ]);
    const samePlace = [
      { ...a!, stack: 0, stackSize: 1 },
      { ...b!, stack: 0, stackSize: 1 },
    ];
    const labels = labelBoxes(fromHtml(evidenceMapChart(samePlace, 'map').svg, { fragment: true }));
    expect(labels).toHaveLength(2);
    expect(labelCollisions(labels)).toEqual([]);
  });
});

describe('rendered charts', () => {
  const [course] = timeCourses('test-study', noppers);
  const chart = timeCourseChart(course!, 'tc');

  test('are accessible images with a title and a description', () => {
    const svg = select('svg', fromHtml(chart.svg, { fragment: true }))!;
    expect(svg.properties.role).toBe('img');
    expect(chart.svg).toContain('aria-labelledby="tc-title"');
    expect(chart.svg).toContain('aria-describedby="tc-desc"');
    expect(chart.svg).toContain('<title id="tc-title">More than 50% pain reduction: S-ketamine versus Midazolam (active placebo), over time</title>');
    expect(chart.description).toContain('15 minutes after the infusion: S-ketamine 8 of 12, Midazolam (active placebo) 3 of 12');
    expect(chart.svg).not.toContain('<style');
    expect(chart.svg).not.toMatch(/#[0-9a-f]{6}/i);
  });

  test('carry each plotted count as data attributes', () => {
    const found = marks(chart.svg, 'value').map((m) => `${m.dataResult} ${m.dataArm} ${m.dataValue}/${m.dataDenominator}`);
    expect(found).toHaveLength(8);
    expect(found).toContain('15-min S-ketamine 8/12');
    expect(found).toContain('week-8 Midazolam (active placebo) 2/12');
  });

  test('escape text from front matter', () => {
    const evil = timeCourses('test-study', { ...noppers, arms: arms('<script>alert(1)</script>', 'B & "C"') })[0]!;
    const svg = timeCourseChart(evil, 'x').svg;
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('data-arm="B &amp; &quot;C&quot;"');
    const tree = fromHtml(svg, { fragment: true });
    expect(select('script', tree)).toBeUndefined();
    expect(marks(svg, 'arm').map((m) => m.dataArm)).toContain('B & "C"');
  });

  test('an icon array fills one icon per counted person, and says which once per group of icons', () => {
    const [array] = iconArrays('test-study', { arms: arms('All'), results: [result('pos', { measure: 'Positive test', values: [13], denominators: [34] })] });
    const icons = iconArrayChart(array!, 'ia');
    const tree = fromHtml(icons.svg, { fragment: true });
    expect(selectAll('g[data-filled="yes"] > circle', tree)).toHaveLength(13);
    expect(selectAll('g[data-filled="no"] > circle', tree)).toHaveLength(21);
    expect(selectAll('circle[data-filled]', tree)).toEqual([]);
    expect(icons.title).toBe('Positive test: 13 of 34 (38%)');
  });

  test('stay under 6 KB gzipped', () => {
    expect(gzipSync(chart.svg).length).toBeLessThan(6 * 1024);
  });
});
