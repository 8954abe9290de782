/**
 * The PRISMA 2020 flow diagram as an accessible SVG chart with its data table, drawn at build
 * time from the numbers of src/lib/living/prisma.ts: the main flow down the left (first series
 * colour), what leaves it on the right (second series colour), one box per number.
 */
import type { PrismaFlow } from '../living/prisma.ts';
import { chartDocument, colour, finishSvg, FONT_SIZE, BACKGROUND, type Chart, type ChartCell } from './chart-svg.ts';

const WIDTH = 660;
const BOX = { left: 8, main: 330, gap: 40, side: 274 };
const LINE = 18;
const PAD = 10;
const STEP_GAP = 28;
/** Characters per line in a box, from the font size (an estimate, as in label-layout.ts). */
const charsFor = (width: number) => Math.floor((width - 2 * PAD) / (FONT_SIZE * 0.55));

interface Step {
  stage: string;
  main: string[];
  side?: string[];
}

export function prismaSteps(flow: PrismaFlow): Step[] {
  const n = (count: number) => `(n = ${count})`;
  return [
    {
      stage: 'Identification',
      main: ['Records identified:', ...flow.identified.map((i) => `${i.label} ${n(i.count)}`)],
      side: [`Records removed before screening: duplicates ${n(flow.duplicates)}`],
    },
    {
      stage: 'Screening',
      main: [`Records screened ${n(flow.screened)}`],
      side: [`Records excluded ${n(flow.excludedAtScreening)}`, `Awaiting screening ${n(flow.awaiting)}`],
    },
    { stage: 'Retrieval', main: [`Reports sought for retrieval ${n(flow.sought)}`], side: [`Reports not retrieved ${n(flow.notRetrieved)}`] },
    {
      stage: 'Eligibility',
      main: [`Reports assessed for eligibility ${n(flow.assessed)}`],
      side: ['Reports excluded:', ...(flow.excludedAtEligibility.length ? flow.excludedAtEligibility.map((e) => `${e.reason} ${n(e.count)}`) : ['none'])],
    },
    { stage: 'Included', main: [`Studies with a page of their own ${n(flow.includedStudies)}`, `Reports and other works cited ${n(flow.includedReports)}`] },
  ];
}

function wrap(lines: string[], width: number): string[] {
  const max = charsFor(width);
  return lines.flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && (current + ' ' + word).length > max) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    return [...out, current];
  });
}

export function prismaChart(flow: PrismaFlow): Chart {
  const doc = chartDocument();
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  const add = (parent: Element, name: string, attributes: Record<string, string | number>, text?: string) => {
    const el = doc.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    parent.appendChild(el);
    return el;
  };
  const box = (x: number, y: number, width: number, lines: string[], kind: string, stroke: string) => {
    const wrapped = wrap(lines, width);
    const height = wrapped.length * LINE + 2 * PAD;
    const g = add(svg, 'g', { 'data-box': kind });
    add(g, 'rect', { x, y, width, height, rx: 4, fill: BACKGROUND, stroke, 'stroke-width': 2 });
    wrapped.forEach((line, i) => add(g, 'text', { x: x + PAD, y: y + PAD + (i + 1) * LINE - 5, fill: 'currentColor' }, line));
    return height;
  };
  const arrow = (x1: number, y1: number, x2: number, y2: number) =>
    add(svg, 'line', { x1, y1, x2, y2, stroke: 'currentColor', 'marker-end': 'url(#prisma-arrow)' });
  const defs = add(svg, 'defs', {});
  const marker = add(defs, 'marker', { id: 'prisma-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' });
  add(marker, 'path', { d: 'M0,0L10,5L0,10z', fill: 'currentColor' });

  let y = 8;
  const steps = prismaSteps(flow);
  const mainCentre = BOX.left + BOX.main / 2;
  const sideX = BOX.left + BOX.main + BOX.gap;
  steps.forEach((step, i) => {
    const mainHeight = box(BOX.left, y, BOX.main, step.main, step.stage.toLowerCase(), colour(0));
    let stepHeight = mainHeight;
    if (step.side) {
      const sideHeight = box(sideX, y, BOX.side, step.side, `${step.stage.toLowerCase()}-out`, colour(1));
      arrow(BOX.left + BOX.main, y + Math.min(mainHeight, sideHeight) / 2, sideX, y + Math.min(mainHeight, sideHeight) / 2);
      stepHeight = Math.max(mainHeight, sideHeight);
    }
    y += stepHeight;
    if (i < steps.length - 1) {
      arrow(mainCentre, y - stepHeight + mainHeight, mainCentre, y + STEP_GAP);
      y += STEP_GAP;
    }
  });
  const height = y + 8;
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  svg.setAttribute('width', String(WIDTH));
  svg.setAttribute('height', String(height));
  const id = 'chart-prisma-flow';
  const title = 'How records were found, screened and included (PRISMA 2020 flow)';
  const rows: ChartCell[][] = steps.flatMap((step) =>
    [...step.main, ...(step.side ?? [])].filter((l) => /\(n = \d+\)$/.test(l)).map((l) => [{ text: step.stage }, ...split(l)]),
  );
  const description = `${steps.map((s) => [...s.main, ...(s.side ?? [])].join(' ').replace(/: /g, ' ')).join('. ')}.`;
  return {
    id,
    title,
    description,
    svg: finishSvg(svg as unknown as Element, id, title, description, 'prisma'),
    table: { caption: 'Records at each stage', columns: ['Stage', 'Box', 'Records'], rows },
  };
}

function split(line: string): ChartCell[] {
  const match = /^(.*) \(n = (\d+)\)$/.exec(line)!;
  return [{ text: match[1]! }, { text: match[2]! }];
}
