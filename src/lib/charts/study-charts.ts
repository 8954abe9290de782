/**
 * src/lib/charts/ owns the build-time SVG charts.
 *
 * Which charts a page gets, from its structured data alone: a time course for each
 * group of counts per arm over time, arms side by side as icon arrays for each
 * count of a controlled comparison, an icon array for each single-arm proportion,
 * and the evidence map for the studies index.
 */
import type { Study } from '../../schemas/study.ts';
import { studyView } from '../content/study-view.ts';
import type { Chart } from './chart-svg.ts';
import { evidenceMapPoints } from './evidence-map.ts';
import { iconArrays } from './icon-array.ts';
import { evidenceMapChart } from './render-evidence-map.ts';
import { iconArrayChart } from './render-icon-array.ts';
import { pairedIconArrays } from './paired-icon-array.ts';
import { pairedIconArrayChart } from './render-paired-icon-array.ts';
import { timeCourseChart } from './render-time-course.ts';
import { timeCourses } from './time-course.ts';

export type { Chart, ChartCell, ChartTable } from './chart-svg.ts';

/**
 * Charts drawn per study data, by page id: the study page shows them and /charts/
 * serves each as a file, so each is drawn once per build. The data objects are
 * the build's content entries, never changed after loading; an edited entry in
 * `astro dev` is a new object, drawn again.
 */
const drawn = new WeakMap<Study, Map<string, readonly Chart[]>>();

/**
 * Charts for one study page, in the order of its results; empty for most studies. Throws on counts that cannot be, naming the study.
 * The same charts for the same data and id: callers must not change them.
 */
export function studyCharts(id: string, study: Study): readonly Chart[] {
  let byId = drawn.get(study);
  if (!byId) drawn.set(study, (byId = new Map()));
  let charts = byId.get(id);
  if (!charts) byId.set(id, (charts = drawCharts(id, study)));
  return charts;
}

function drawCharts(id: string, study: Study): Chart[] {
  return [
    ...timeCourses(id, study).map((course, i) => timeCourseChart(course, `chart-time-course-${i + 1}`)),
    ...pairedIconArrays(id, study).map((p) => pairedIconArrayChart(p, `chart-${p.resultId}`)),
    ...iconArrays(id, study).map((a) => iconArrayChart(a, `chart-${a.resultId}`)),
  ];
}

/**
 * Most studies the studies list draws in its evidence map. Beyond this the map
 * would outweigh the page (a mark and a table row per study), so the list links
 * to its SVG and CSV files instead.
 */
export const EVIDENCE_MAP_INLINE_MAX = 100;

/** The evidence map of every study, labelled as elsewhere on the site. */
export function evidenceMap(entries: readonly { id: string; data: Study }[]): Chart {
  const points = evidenceMapPoints(entries.map((e) => ({ ...e, label: studyView(e.id, e.data).label })));
  return evidenceMapChart(points, 'chart-evidence-map');
}
