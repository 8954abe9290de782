/**
 * Each chart as a file of its own: /charts/<page path><chart id>.svg and .csv,
 * e.g. /charts/studies/smith2020trial/chart-responders.svg (src/lib/charts/chart-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entries } from '../../lib/content/collections.ts';
import { chartCsv, standaloneSvg } from '../../lib/charts/chart-files.ts';
import { chartFilePath, entryPath } from '../../lib/core/urls.ts';
import { evidenceMap, studyCharts, type Chart } from '../../lib/charts/study-charts.ts';
import { prismaFigure } from '../../lib/charts/page-figures.ts';
import { PRISMA_PAGE_PATH } from '../../lib/living/prisma.ts';

const TYPES = { svg: 'image/svg+xml; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

export const getStaticPaths = (async () => {
  const studies = await entries('studies');
  const charts: { path: string; chart: Chart }[] = [
    ...studies.flatMap((s) => studyCharts(s.id, s.data).map((chart) => ({ path: entryPath('studies', s.id), chart }))),
    { path: '/studies/', chart: evidenceMap(studies) },
    { path: PRISMA_PAGE_PATH, chart: prismaFigure() },
  ];
  return charts.flatMap(({ path, chart }) =>
    (['svg', 'csv'] as const).map((extension) => ({
      params: { file: chartFilePath(path, chart.id, extension).replace(/^\/charts\//, '') },
      props: { body: extension === 'svg' ? standaloneSvg(chart) : chartCsv(chart), type: TYPES[extension] },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': props.type as string } });
