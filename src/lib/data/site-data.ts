/** The site's open data, computed once per build from the content collections. */
import { entries, once } from '../content/collections.ts';
import { summaryOfFindings } from '../content/summary-of-findings.ts';
import { openData, type OpenData } from './data-package.ts';

export function siteOpenData(): Promise<OpenData> {
  return once('open-data', async () => {
    const [studies, questions, claims] = [await entries('studies'), await entries('questions'), await entries('claims')];
    return openData({ studies, questions, claims, summary: summaryOfFindings(questions, studies) });
  });
}
