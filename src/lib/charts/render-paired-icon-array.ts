/** Draws a controlled comparison's arms side by side as icon arrays (one mark per person, those counted filled) with Observable Plot. */
import * as Plot from '@observablehq/plot';
import { BACKGROUND, chartDocument, colour, finishSvg, groupDataAttributes, percentText, type Chart } from './chart-svg.ts';
import { iconColumns, iconGrid } from './icon-array.ts';
import type { PairedIconArray } from './paired-icon-array.ts';

const CELL = 22;
/** Empty columns between two arms. */
const GAP = 2;

/** The figure's visible caption: what, when, and every arm in both frames. */
export function pairedTitle(p: PairedIconArray): string {
  return `${p.what}${p.when ? `, ${p.when}` : ''}. ${p.arms.map((a) => `${a.name}: ${a.frames}`).join(' ')}`;
}

export function pairedIconArrayChart(p: PairedIconArray, id: string): Chart {
  const document = chartDocument();
  const columns = iconColumns(Math.max(...p.arms.map((a) => a.denominator)));
  const rows = Math.ceil(Math.max(...p.arms.map((a) => a.denominator)) / columns);
  const icons = p.arms.flatMap((arm, i) =>
    iconGrid(arm.count, arm.denominator, columns).map((d) => ({ ...d, column: d.column + i * (columns + GAP), armIndex: i })),
  );
  const labels = p.arms.map((arm, i) => ({
    column: i * (columns + GAP) - 0.4,
    name: arm.name,
    count: `${arm.count} of ${arm.denominator} (${percentText(arm.count, arm.denominator)})`,
  }));
  const totalColumns = p.arms.length * columns + (p.arms.length - 1) * GAP;
  const width = Math.max(totalColumns * CELL + 20, 240);
  const title = pairedTitle(p);
  const description = `Icon arrays side by side, one icon per person, filled for those who had ${p.what.toLowerCase()}. ${p.arms.map((a) => `${a.name}: ${a.frames}`).join(' ')}`;
  const svg = Plot.plot({
    document,
    width,
    height: Math.round((rows + 2.6) * CELL + 16),
    margin: 10,
    marginLeft: 10 + CELL / 2,
    x: { domain: [0, (width - 20) / CELL - 1], axis: null },
    y: { domain: [-1.4, rows + 1], axis: null, reverse: true },
    marks: [
      ...p.arms.flatMap((arm, armIndex) =>
        [true, false].map((filled) => {
          const mine = icons.filter((d) => d.armIndex === armIndex && d.filled === filled);
          return Plot.dot(mine, {
            x: 'column',
            y: 'row',
            r: 7,
            stroke: colour(armIndex),
            strokeWidth: 2,
            fill: filled ? colour(armIndex) : BACKGROUND,
            render: groupDataAttributes({ arm: arm.name, filled: filled ? 'yes' : 'no' }),
          });
        }),
      ),
      Plot.text(labels, { x: 'column', y: -1, text: 'name', textAnchor: 'start', fontWeight: 'bold' }),
      Plot.text(labels, { x: 'column', y: rows + 0.4, text: 'count', textAnchor: 'start' }),
    ],
  });
  svg.setAttribute('data-result', p.resultId);
  const table = {
    caption: `${p.what}${p.when ? `, ${p.when}` : ''}`,
    columns: ['Group', 'Had it', 'Did not', 'People'],
    rows: p.arms.map((a) => [
      { text: a.name },
      { text: `${a.count} (${percentText(a.count, a.denominator)})` },
      { text: String(a.denominator - a.count) },
      { text: String(a.denominator) },
    ]),
  };
  return { id, title, description, svg: finishSvg(svg, id, title, description, 'paired-icon-array'), table };
}
