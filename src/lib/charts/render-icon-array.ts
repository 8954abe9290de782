/** Draws a proportion as an icon array (one mark per person, the counted ones filled) with Observable Plot. */
import * as Plot from '@observablehq/plot';
import { BACKGROUND, chartDocument, colour, finishSvg, groupDataAttributes, percentText, type Chart } from './chart-svg.ts';
import { iconColumns, iconGrid, type IconArray } from './icon-array.ts';

const CELL = 24;

export function describeIconArray(a: IconArray): string {
  return `Icon array of ${a.denominator} people (${a.arm}): ${a.count} filled icons for ${a.measure.toLowerCase()}, ${percentText(a.count, a.denominator)}, and ${a.denominator - a.count} open icons for the others.`;
}

export function iconArrayChart(a: IconArray, id: string): Chart {
  const document = chartDocument();
  const columns = iconColumns(a.denominator);
  const icons = iconGrid(a.count, a.denominator, columns);
  const rows = Math.ceil(a.denominator / columns);
  const title = `${a.measure}: ${a.count} of ${a.denominator} (${percentText(a.count, a.denominator)})`;
  const description = describeIconArray(a);
  const key = [
    { row: rows + 0.4, filled: true, text: `${a.count} of ${a.denominator} (${percentText(a.count, a.denominator)})` },
    { row: rows + 1.4, filled: false, text: `the other ${a.denominator - a.count}` },
  ];
  const width = Math.max(columns * CELL + 20, 200);
  const svg = Plot.plot({
    document,
    width,
    height: (rows + 2.2) * CELL + 16,
    margin: 10,
    marginLeft: 10 + CELL / 2,
    x: { domain: [0, (width - 20) / CELL - 1], axis: null },
    y: { domain: [0, rows + 1.8], axis: null, reverse: true },
    marks: [true, false].flatMap((filled) => {
      const mine = icons.filter((d) => d.filled === filled);
      const style = { r: 8, stroke: colour(0), strokeWidth: 2, fill: filled ? colour(0) : BACKGROUND };
      const k = key.filter((d) => d.filled === filled);
      return [
        Plot.dot(mine, { x: 'column', y: 'row', ...style, render: groupDataAttributes({ filled: filled ? 'yes' : 'no' }) }),
        Plot.dot(k, { x: 0, y: 'row', ...style }),
        Plot.text(k, { x: 0, y: 'row', text: 'text', dx: 16, textAnchor: 'start', fontWeight: filled ? 'bold' : 'normal' }),
      ];
    }),
  });
  svg.setAttribute('data-result', a.resultId);
  svg.setAttribute('data-value', String(a.count));
  svg.setAttribute('data-denominator', String(a.denominator));
  const table = {
    caption: `${a.measure} (${a.arm})`,
    columns: ['Group', 'People'],
    rows: [
      [{ text: a.measure }, { text: `${a.count} (${percentText(a.count, a.denominator)})` }],
      [{ text: 'Others' }, { text: String(a.denominator - a.count) }],
      [{ text: 'All' }, { text: String(a.denominator) }],
    ],
  };
  return { id, title, description, svg: finishSvg(svg, id, title, description, 'icon-array'), table };
}
