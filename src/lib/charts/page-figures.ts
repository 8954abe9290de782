/**
 * The figures that living-evidence data adds to plain pages: the PRISMA 2020 flow diagram on
 * Methods. Only current pages get it; a frozen version keeps the text it had, and the diagram
 * shows today's data.
 */
import { prismaChart } from './render-prisma.ts';
import type { Chart } from './chart-svg.ts';
import { loadLivingData } from '../living/living-data.ts';
import { PRISMA_PAGE, prismaFlow } from '../living/prisma.ts';

let chart: Chart | undefined;

/** The flow diagram, drawn once per build. */
export function prismaFigure(): Chart {
  return (chart ??= prismaChart(prismaFlow(loadLivingData())));
}

/** The figure a plain page shows after its text, if any. */
export const pageFigure = (pageId: string, frozen: boolean): Chart | undefined => (pageId === PRISMA_PAGE && !frozen ? prismaFigure() : undefined);
