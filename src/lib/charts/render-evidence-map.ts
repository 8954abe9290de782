/** Draws the evidence map (follow-up × design, sized by participants, marked by finding) with Observable Plot. */
import * as Plot from '@observablehq/plot';
import { BACKGROUND, chartDocument, colour, dataAttributes, finishSvg, FONT_SIZE, type Chart } from './chart-svg.ts';
import { TOPIC } from '../../topic.ts';
import { FOLLOW_UP_BUCKETS, MAP_CATEGORIES, mapDesigns, UNCLASSIFIED, type MapCategory, type MapPoint } from './evidence-map.ts';
import { placeLabels } from './label-layout.ts';

/** Symbols for the topic's findings, in the order of its `mapFindings`. */
const SYMBOLS: readonly Plot.SymbolType[] = ['circle', 'diamond2', 'triangle', 'square', 'star', 'wye', 'triangle2', 'square2'];

interface FindingMark {
  symbol: Plot.SymbolType;
  colour: string;
  hollow: boolean;
}
const UNCLASSIFIED_MARK: FindingMark = { symbol: 'times', colour: 'currentColor', hollow: false };
const MARKS = new Map<MapCategory, FindingMark>(
  TOPIC.mapFindings.map((f, i) => [f.label, { symbol: SYMBOLS[i % SYMBOLS.length]!, colour: colour(i), hollow: f.uncontrolled ?? false }]),
);

/** Mark per finding: symbol, colour, and hollow for findings without a control group (`uncontrolled` in the topic). */
export const findingMark = (category: MapCategory): FindingMark => (category === UNCLASSIFIED ? UNCLASSIFIED_MARK : (MARKS.get(category) ?? UNCLASSIFIED_MARK));

const ROW = 92;
const WIDTH = 720;
const MARGIN = { top: 10, right: 36, bottom: 50, left: 140 };
/** Largest mark radius, in px; a label starts this far from its mark's centre, plus 3 px. */
const MAX_RADIUS = 18;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "Smith 2020" rather than "Smith et al. 2020": the map has little room. */
export const mapLabel = (label: string) => label.replace(/ et al\.| and [^ ]+(?= \d{4}$)/, '');
/** The lines of a study's label on the map. */
export const labelLines = (p: MapPoint): string[] => [mapLabel(p.label), `n = ${p.participants}`];

export function describeEvidenceMap(points: readonly MapPoint[]): string {
  const groups = MAP_CATEGORIES.map((c) => ({ c, ps: points.filter((p) => p.finding === c) })).filter((g) => g.ps.length > 0);
  const sentences = groups.map(
    ({ c, ps }) =>
      `${capital(c)}: ${ps.map((p) => `${mapLabel(p.label)} (${p.design}, ${p.participants} ${p.participants === 1 ? 'participant' : 'participants'}, follow-up: ${p.bucket.toLowerCase()})`).join('; ')}.`,
  );
  return `Chart placing ${points.length} studies by longest follow-up (across) and design (down), with larger marks for more participants and a different mark for each kind of finding. ${sentences.join(' ')}`;
}

export function evidenceMapChart(points: readonly MapPoint[], id: string): Chart {
  const document = chartDocument();
  const designs = mapDesigns(points);
  const row = (p: MapPoint) => designs.indexOf(p.design) + (p.stack - (p.stackSize - 1) / 2) * 0.42;
  const column = (p: MapPoint) => p.bucketIndex - 0.3;
  const used = MAP_CATEGORIES.filter((c) => points.some((p) => p.finding === c));
  const legend = used.map((c, i) => ({ c, x: i % 2 === 0 ? -0.45 : 2.05, y: -1.35 + Math.floor(i / 2) * 0.4 }));
  const maxN = Math.max(...points.map((p) => p.participants));
  const title = 'Every study by design, length of follow-up and size, marked by what it found';
  const description = describeEvidenceMap(points);
  const height = (designs.length + 1.2) * ROW + 60;
  // Explicit ranges, so that labels can be placed in the pixels Plot will draw in.
  const x = { domain: [-0.5, FOLLOW_UP_BUCKETS.length - 0.5], range: [MARGIN.left, WIDTH - MARGIN.right] };
  const y = { domain: [-1.7, designs.length - 0.5], range: [MARGIN.top, height - MARGIN.bottom] };
  const r = { type: 'sqrt' as const, domain: [1, maxN], range: [4, MAX_RADIUS] };
  const scales = { x: Plot.scale({ x }), y: Plot.scale({ y }), r: Plot.scale({ r }) };
  const boxes = placeLabels(
    points.map((p) => ({ x: scales.x.apply(column(p)), y: scales.y.apply(row(p)), r: scales.r.apply(p.participants), lines: labelLines(p) })),
    { fontSize: FONT_SIZE, offset: MAX_RADIUS + 3, gap: 2, left: 0, right: WIDTH },
  );
  const labels = points.map((p, i) => ({ p, box: boxes[i]! }));
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: MARGIN.top,
    marginBottom: MARGIN.bottom,
    x: { ...x, label: null },
    y: { ...y, label: null },
    r,
    marks: [
      Plot.ruleX(
        FOLLOW_UP_BUCKETS.slice(1).map((_, i) => i + 0.5),
        { y1: -0.5, y2: designs.length - 0.5, strokeOpacity: 0.2 },
      ),
      Plot.ruleY(
        designs.map((_, i) => i - 0.5),
        { strokeOpacity: 0.2 },
      ),
      Plot.axisX({
        ticks: FOLLOW_UP_BUCKETS.map((_, i) => i),
        tickFormat: (i: number) => FOLLOW_UP_BUCKETS[i]?.label ?? '',
        tickSize: 0,
        lineWidth: 9,
        label: 'Longest follow-up →',
        labelAnchor: 'center',
        labelOffset: 44,
      }),
      Plot.axisY({ ticks: designs.map((_, i) => i), tickFormat: (i: number) => capital(designs[i] ?? ''), tickSize: 0, lineWidth: 10 }),
      ...used.flatMap((c) => {
        const mark = findingMark(c);
        const mine = points.filter((p) => p.finding === c);
        const style = {
          symbol: mark.symbol,
          stroke: mark.colour,
          strokeWidth: 2,
          fill: mark.hollow ? BACKGROUND : mark.colour,
          fillOpacity: mark.hollow ? 1 : 0.85,
        };
        return [
          Plot.dot(mine, {
            x: column,
            y: row,
            r: 'participants',
            ...style,
            render: dataAttributes(mine, (p) => ({
              study: p.id,
              design: p.design,
              'follow-up-days': p.followUpDays ?? 'not stated',
              participants: p.participants,
              finding: p.finding,
            })),
          }),
          Plot.dot(
            legend.filter((l) => l.c === c),
            { x: 'x', y: 'y', r: 7, ...style },
          ),
        ];
      }),
      Plot.text(legend, { x: 'x', y: 'y', text: 'c', dx: 14, textAnchor: 'start' }),
      Plot.text(labels, {
        x: ({ box }: (typeof labels)[number]) => scales.x.invert!(box.x),
        y: ({ box }: (typeof labels)[number]) => scales.y.invert!(box.y),
        text: ({ p }: (typeof labels)[number]) => labelLines(p).join('\n'),
        textAnchor: 'start',
        lineAnchor: 'top',
        render: dataAttributes(labels, ({ p }) => ({ 'label-for': p.id })),
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
