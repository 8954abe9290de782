/** Draws a time course (counts per arm over time) as an SVG line chart with Observable Plot. */
import * as Plot from '@observablehq/plot';
import { BACKGROUND, chartDocument, colour, dataAttributes, finishSvg, percentText, type Chart } from './chart-svg.ts';
import type { TimeCourse, TimeCourseValue } from './time-course.ts';

const SYMBOLS = ['circle', 'square', 'triangle', 'diamond'] as const;
const DASHES = [undefined, '7 4', '2 3', '10 3 2 3'] as const;
const countText = (v: TimeCourseValue) => `${v.count}/${v.denominator}`;

/** Whether an arm's label goes above its point: the highest arm at a time point is labelled above, the others below. */
function above(course: TimeCourse, v: TimeCourseValue): boolean {
  const here = course.values.filter((w) => w.resultId === v.resultId);
  const top = here.reduce((a, b) => (b.percent > a.percent ? b : a));
  return top.armIndex === v.armIndex;
}

export function describeTimeCourse(course: TimeCourse): string {
  const parts = course.times.map((t) => {
    const here = course.values.filter((v) => v.resultId === t.resultId);
    return `${t.when}: ${here.map((v) => `${v.arm} ${v.count} of ${v.denominator}`).join(', ')}${t.comparison ? ` (${t.comparison})` : ''}`;
  });
  return `Line chart of the share of each arm with ${course.measure.toLowerCase()} at ${course.times.length} time points, evenly spaced rather than to scale. ${parts.join('; ')}.`;
}

export function timeCourseChart(course: TimeCourse, id: string): Chart {
  const document = chartDocument();
  const title = `${course.measure}: ${course.arms.join(' versus ')}, over time`;
  const description = describeTimeCourse(course);
  const byArm = course.arms.map((_, k) => course.values.filter((v) => v.armIndex === k));
  const first = course.values.filter((v) => v.resultId === course.times[0]!.resultId);
  const svg = Plot.plot({
    document,
    width: 640,
    height: 340,
    marginLeft: 130,
    marginRight: 50,
    marginTop: 24,
    marginBottom: 64,
    x: { type: 'point', domain: course.times.map((t) => t.when), padding: 0.3, label: null },
    y: { domain: [0, 100], insetBottom: 24, insetTop: 8, label: null, ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%` },
    marks: [
      Plot.gridY({ ticks: [0, 25, 50, 75, 100], strokeOpacity: 0.2 }),
      Plot.axisY({ anchor: 'right', label: 'Share of arm', labelAnchor: 'top', ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, tickSize: 0 }),
      Plot.axisX({
        tickSize: 0,
        lineWidth: 8,
        tickFormat: (when: string) => {
          const comparison = course.times.find((t) => t.when === when)?.comparison;
          return comparison ? `${when}\n(${comparison})` : when;
        },
      }),
      ...byArm.flatMap((values, k) => [
        Plot.line(values, { x: 'when', y: 'percent', stroke: colour(k), strokeWidth: 2.5, strokeDasharray: DASHES[k % DASHES.length] }),
        Plot.dot(values, {
          x: 'when',
          y: 'percent',
          symbol: SYMBOLS[k % SYMBOLS.length],
          r: k === 0 ? 5.5 : 7.5,
          stroke: colour(k),
          strokeWidth: 2,
          fill: k === 0 ? colour(k) : BACKGROUND,
          render: dataAttributes(values, (v) => ({ result: v.resultId, arm: v.arm, value: v.count, denominator: v.denominator })),
        }),
        ...[true, false].map((up) =>
          Plot.text(
            values.filter((v) => above(course, v) === up),
            { x: 'when', y: 'percent', text: countText, dy: up ? -15 : 19, fontWeight: 'bold' },
          ),
        ),
      ]),
      Plot.text(first, { x: 'when', y: 'percent', text: 'arm', textAnchor: 'end', dx: -16, lineWidth: 9 }),
    ],
  });
  const table = {
    caption: `${course.measure}: people in each arm at each time point`,
    columns: ['When', ...course.arms, 'Comparison as reported'],
    rows: course.times.map((t) => [
      { text: t.when },
      ...course.values.filter((v) => v.resultId === t.resultId).map((v) => ({ text: `${countText(v)} (${percentText(v.count, v.denominator)})` })),
      { text: t.comparison ?? 'not reported' },
    ]),
  };
  return { id, title, description, svg: finishSvg(svg, id, title, description, 'time-course'), table };
}
