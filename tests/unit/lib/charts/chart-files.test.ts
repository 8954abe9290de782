import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { chartCsv, STANDALONE_PALETTE, standaloneSvg } from '../../../../src/lib/charts/chart-files.ts';
import { chartFilePath } from '../../../../src/lib/core/urls.ts';
import type { Chart } from '../../../../src/lib/charts/chart-svg.ts';

const chart: Chart = {
  id: 'chart-r1',
  title: 'Pain halved',
  description: 'Two arms.',
  svg: '<svg data-chart="paired-icon-array" role="img"><circle fill="var(--chart-1)"/></svg>',
  table: {
    caption: 'Pain halved',
    columns: ['Group', 'People'],
    rows: [
      [{ text: 'Drug, 10 mg' }, { text: '12' }],
      [{ text: 'Placebo "sugar"' }, { text: '12' }],
    ],
  },
};

describe('chart files', () => {
  test('live next to their page', () => {
    expect(chartFilePath('/studies/smith2020trial/', 'chart-r1', 'svg')).toBe('/charts/studies/smith2020trial/chart-r1.svg');
  });

  test('the SVG stands alone: XML declaration, SVG namespace and the palette written in', () => {
    const svg = standaloneSvg(chart);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" data-chart=')).toBe(true);
    expect(svg).toContain('--chart-1:#0072b2');
    const { document } = parseHTML(svg.replace(/^<\?xml[^>]*>\n/, ''));
    expect(document.querySelector('svg > style')?.textContent).toContain('color:var(--fg)');
  });

  test('its palette is the light palette of the site stylesheet (tokens, chart colours)', () => {
    const css = ['src/styles/tokens.css', 'src/styles/components/charts.css'].map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const [name, value] of Object.entries(STANDALONE_PALETTE)) {
      expect(new RegExp(`^\\s*${name}:\\s*([^;]+);`, 'm').exec(css)?.[1], name).toBe(value);
    }
  });

  test('the CSV is the data table, quoted as RFC 4180 asks', () => {
    expect(chartCsv(chart)).toBe('Group,People\r\n"Drug, 10 mg",12\r\n"Placebo ""sugar""",12\r\n');
  });
});
