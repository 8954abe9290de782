/**
 * The figures that living-evidence data adds to plain pages: the PRISMA 2020 flow diagram on
 * Methods. Only current pages get it; a frozen version keeps the text it had, and the diagram
 * shows today's data.
 */
import { prismaChart } from '../charts/render-prisma.ts';
import type { Chart } from '../charts/chart-svg.ts';
import { loadLivingData } from './living-data.ts';
import { prismaFlow } from './prisma.ts';

/** The page that shows the flow of records. */
export const PRISMA_PAGE = 'methods';
export const PRISMA_PAGE_PATH = `/${PRISMA_PAGE}/`;

let chart: Chart | undefined;

/** The flow diagram, drawn once per build. */
export function prismaFigure(): Chart {
  return (chart ??= prismaChart(prismaFlow(loadLivingData())));
}

/** The figure a plain page shows after its text, if any. */
export const pageFigure = (pageId: string, frozen: boolean): Chart | undefined => (pageId === PRISMA_PAGE && !frozen ? prismaFigure() : undefined);
