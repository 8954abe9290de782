/**
 * Every chart as files of its own: the SVG as a standalone image (its palette
 * written in, since the page's stylesheet is not there) and its data table as CSV,
 * at stable addresses next to the page's path, with the credit a reuser gives.
 */
import { toCsv } from '../data/csv.ts';
import type { Chart } from './chart-svg.ts';

/** The light palette of src/styles/tokens.css and components/charts.css (`:root`), which a standalone SVG needs; a unit test keeps the two equal. */
export const STANDALONE_PALETTE: Readonly<Record<string, string>> = {
  '--chart-1': '#0072b2',
  '--chart-2': '#d55e00',
  '--chart-3': '#009e73',
  '--chart-4': '#cc79a7',
  '--bg': '#ffffff',
  '--fg': '#1b1f24',
};

/** The chart as an SVG file: XML declaration, SVG namespace, and the palette as custom properties on the root. */
export function standaloneSvg(chart: Chart): string {
  const palette = Object.entries(STANDALONE_PALETTE)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  const style = `<style>svg{${palette};color:var(--fg);background:var(--bg);font-family:system-ui,sans-serif}</style>`;
  const svg = chart.svg.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"').replace(/^(<svg\b[^>]*>)/, `$1${style}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** The chart's data table as CSV (RFC 4180): its columns, then one record per row. */
export function chartCsv(chart: Chart): string {
  const { columns, rows } = chart.table;
  return toCsv(
    columns,
    rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]?.text ?? null]))),
  );
}
