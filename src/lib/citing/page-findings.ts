/**
 * Which findings of a page are citable on their own, by their stable anchors: a
 * study's results (by the ids in its front matter) and then its charts, a
 * question's short answer, a claim's verdict. The page's "Cite a single finding"
 * list and its citation set (src/lib/citing/citation-file.ts) both read this.
 */
import { studyCharts } from '../charts/study-charts.ts';
import type { Study } from '../../schemas/study.ts';
import type { CitableFinding } from './page-citation.ts';

/** A study's results, then its charts (each chart is drawn once per build, src/lib/charts/study-charts.ts). */
export const studyFindings = (id: string, study: Study): CitableFinding[] => [
  ...study.results.map((r) => ({ id: r.id, label: r.measure })),
  ...studyCharts(id, study).map((c) => ({ id: c.id, label: `Chart: ${c.table.caption}` })),
];

/** A question's short answer. */
export const questionFindings = (): CitableFinding[] => [{ id: 'short-answer', label: 'Short answer' }];

/** A claim's verdict. */
export const claimFindings = (verdict: string): CitableFinding[] => [{ id: 'claim-verdict', label: `Verdict: ${verdict}` }];

/** The citable findings of an entry of a collection with pages (other pages have none). */
export function pageFindings(collection: string, id: string, data: Record<string, unknown>): CitableFinding[] {
  if (collection === 'studies') return studyFindings(id, data as unknown as Study);
  if (collection === 'questions') return questionFindings();
  if (collection === 'claims') return claimFindings(String(data.verdict));
  return [];
}
