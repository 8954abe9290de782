/** Draws the evidence map (follow-up × design, sized by participants, marked by finding) with Observable Plot. */
import * as Plot from '@observablehq/plot';
import { BACKGROUND, chartDocument, colour, dataAttributes, finishSvg, type Chart } from './chart-svg.ts';
import { FOLLOW_UP_BUCKETS, MAP_CATEGORIES, mapDesigns, type MapCategory, type MapPoint } from './evidence-map.ts';

/** Mark per finding: symbol, colour, and hollow for findings without a control group. */
export const FINDING_MARKS: Record<MapCategory, { symbol: Plot.SymbolType; colour: string; hollow: boolean }> = {
  'benefit within the session': { symbol: 'circle', colour: colour(0), hollow: false },
  'brief benefit, none lasting': { symbol: 'diamond2', colour: colour(1), hollow: false },
  'prediction, not treatment': { symbol: 'triangle', colour: colour(2), hollow: false },
  'improvement without control group': { symbol: 'square', colour: colour(3), hollow: true },
  'not yet classified': { symbol: 'times', colour: 'currentColor', hollow: false },
};

const ROW = 92;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "Noppers 2011" rather than "Noppers et al. 2011": the map has little room. */
export const mapLabel = (label: string) => label.replace(/ et al\.| and [^ ]+(?= \d{4}$)/, '');

export function describeEvidenceMap(points: readonly MapPoint[]): string {
  const groups = MAP_CATEGORIES.map((c) => ({ c, ps: points.filter((p) => p.finding === c) })).filter((g) => g.ps.length > 0);
  const sentences = groups.map(
    ({ c, ps }) => `${capital(c)}: ${ps.map((p) => `${mapLabel(p.label)} (${p.design}, ${p.participants} ${p.participants === 1 ? 'participant' : 'participants'}, follow-up: ${p.bucket.toLowerCase()})`).join('; ')}.`,
  );
  return `Chart placing ${points.length} studies by longest follow-up (across) and design (down), with larger marks for more participants and a different mark for each kind of finding. ${sentences.join(' ')}`;
}

export function evidenceMapChart(points: readonly MapPoint[], id: string): Chart {
  const document = chartDocument();
  const designs = mapDesigns(points);
  const row = (p: MapPoint) => designs.indexOf(p.design) + (p.stack - (p.stackSize - 1) / 2) * 0.42;
  const used = MAP_CATEGORIES.filter((c) => points.some((p) => p.finding === c));
  const legend = used.map((c, i) => ({ c, x: i % 2 === 0 ? -0.45 : 2.05, y: -1.35 + Math.floor(i / 2) * 0.4 }));
  const maxN = Math.max(...points.map((p) => p.participants));
  const title = 'Every study by design, length of follow-up and size, marked by what it found';
  const description = describeEvidenceMap(points);
  const svg = Plot.plot({
    document,
    width: 720,
    height: (designs.length + 1.2) * ROW + 60,
    marginLeft: 140,
    marginRight: 36,
    marginTop: 10,
    marginBottom: 50,
    x: { domain: [-0.5, FOLLOW_UP_BUCKETS.length - 0.5], label: null },
    y: { domain: [-1.7, designs.length - 0.5], reverse: true, label: null },
    r: { type: 'sqrt', domain: [1, maxN], range: [4, 18] },
    marks: [
      Plot.ruleX(FOLLOW_UP_BUCKETS.slice(1).map((_, i) => i + 0.5), { y1: -0.5, y2: designs.length - 0.5, strokeOpacity: 0.2 }),
      Plot.ruleY(designs.map((_, i) => i - 0.5), { strokeOpacity: 0.2 }),
      Plot.axisX({ ticks: FOLLOW_UP_BUCKETS.map((_, i) => i), tickFormat: (i: number) => FOLLOW_UP_BUCKETS[i]?.label ?? '', tickSize: 0, lineWidth: 9, label: 'Longest follow-up →', labelAnchor: 'center', labelOffset: 44 }),
      Plot.axisY({ ticks: designs.map((_, i) => i), tickFormat: (i: number) => capital(designs[i] ?? ''), tickSize: 0, lineWidth: 10 }),
      ...used.flatMap((c) => {
        const mark = FINDING_MARKS[c];
        const mine = points.filter((p) => p.finding === c);
        const style = { symbol: mark.symbol, stroke: mark.colour, strokeWidth: 2, fill: mark.hollow ? BACKGROUND : mark.colour, fillOpacity: mark.hollow ? 1 : 0.85 };
        return [
          Plot.dot(mine, {
            x: (p: MapPoint) => p.bucketIndex - 0.3,
            y: row,
            r: 'participants',
            ...style,
            render: dataAttributes(mine, (p) => ({ study: p.id, design: p.design, 'follow-up-days': p.followUpDays ?? 'not stated', participants: p.participants, finding: p.finding })),
          }),
          Plot.dot(legend.filter((l) => l.c === c), { x: 'x', y: 'y', r: 7, ...style }),
        ];
      }),
      Plot.text(legend, { x: 'x', y: 'y', text: 'c', dx: 14, textAnchor: 'start' }),
      Plot.text(points, {
        x: (p: MapPoint) => p.bucketIndex - 0.3,
        y: row,
        text: (p: MapPoint) => `${mapLabel(p.label)}\nn = ${p.participants}`,
        dx: 21,
        textAnchor: 'start',
      }),
    ],
  });
  const table = {
    caption: 'Every study on the map, with the values it is placed by',
    columns: ['Study', 'Design', 'Longest follow-up', 'Participants', 'What it found'],
    rows: points.map((p) => [
      { text: p.label, href: p.href },
      { text: p.design },
      { text: `${p.followUp} (${p.bucket.toLowerCase()})` },
      { text: String(p.participants) },
      { text: p.finding },
    ]),
  };
  return { id, title, description, svg: finishSvg(svg, id, title, description, 'evidence-map'), table };
}
