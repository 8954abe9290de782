/**
 * The PRISMA 2020 flow, the date the literature was searched up to, the change-log entries of runs
 * and the pages that need review, each recomputed from the fixture's data by hand.
 */
import { describe, expect, test } from 'vitest';
import { loadLivingData } from '../../../../src/lib/living/living-data.ts';
import { prismaFlow } from '../../../../src/lib/living/prisma.ts';
import { lastRunOf, searchedUpTo } from '../../../../src/lib/living/currency.ts';
import { runChanges } from '../../../../src/lib/living/run-changes.ts';
import { pagesNeedingReview } from '../../../../src/lib/checks/needs-review.ts';
import { prismaChart } from '../../../../src/lib/charts/render-prisma.ts';
import type { ContentFrontmatter } from '../../../../src/lib/core/front-matter-syntax.ts';
import { editFile, livingSite } from '../../../helpers/living.ts';

describe('PRISMA 2020 flow', () => {
  test('every box is the count of its records', () => {
    // The fixture: PubMed returned 3 records (1 included, 1 excluded at screening, 1 not retrievable),
    // ClinicalTrials.gov 2 (1 included, 1 never screened).
    expect(prismaFlow(loadLivingData(livingSite()))).toEqual({
      identified: [
        { label: 'PubMed', count: 3 },
        { label: 'ClinicalTrials.gov', count: 2 },
      ],
      duplicates: 0,
      awaiting: 1,
      screened: 4,
      excludedAtScreening: 1,
      sought: 3,
      notRetrieved: 1,
      assessed: 2,
      excludedAtEligibility: [],
      includedStudies: 1,
      includedReports: 2,
    });
  });

  test('a record two sources return, and a record marked duplicate, are removed before screening', () => {
    const root = livingSite();
    // ClinicalTrials.gov returns the PubMed record pmid:1000001 too, in place of NCT00000002.
    editFile(root, 'surveillance/runs/2026-11-28.json', (t) => t.replace('"id": "nct:NCT00000002"', '"id": "pmid:1000001"'));
    // And the rat study is screened as a duplicate of the trial.
    editFile(root, 'surveillance/screening.yaml', (t) =>
      t.replace('decision: excluded\n  reason: animal or laboratory study\n  stage: screening', 'decision: duplicate\n  duplicateOf: pmid:1000001'),
    );
    const flow = prismaFlow(loadLivingData(root));
    expect(flow.identified).toEqual([
      { label: 'PubMed', count: 3 },
      { label: 'ClinicalTrials.gov', count: 2 },
    ]);
    expect(flow.duplicates).toBe(2);
    expect(flow).toMatchObject({ screened: 3, awaiting: 0, excludedAtScreening: 0, sought: 3, notRetrieved: 1, assessed: 2, includedReports: 2 });
  });

  test('the diagram draws one box per stage and its table holds every number', () => {
    const chart = prismaChart(prismaFlow(loadLivingData(livingSite())));
    expect(chart.svg).toMatch(/^<svg[^>]+role="img"/);
    expect(chart.svg.match(/data-box="/g)).toHaveLength(9);
    expect(chart.table.rows.map((r) => r.map((c) => c.text).join(' | '))).toEqual([
      'Identification | PubMed | 3',
      'Identification | ClinicalTrials.gov | 2',
      'Identification | Records removed before screening: duplicates | 0',
      'Screening | Records screened | 4',
      'Screening | Records excluded | 1',
      'Screening | Awaiting screening | 1',
      'Retrieval | Reports sought for retrieval | 3',
      'Retrieval | Reports not retrieved | 1',
      'Eligibility | Reports assessed for eligibility | 2',
      'Included | Studies with a page of their own | 1',
      'Included | Reports and other works cited | 2',
    ]);
  });
});

describe('currency', () => {
  test('the literature is searched up to the newest live run that ran every live search', () => {
    const data = loadLivingData(livingSite());
    expect(searchedUpTo(data)).toBe('2026-11-28');
    expect(lastRunOf(data, 'ctgov-melatonin-jet-lag')).toBe('2026-11-28');
    // A run that left one search out does not move the date.
    const partial = { ...data, runs: [...data.runs, { ...data.runs[0]!, date: '2026-12-01', searches: data.runs[0]!.searches.slice(0, 1) }] };
    expect(searchedUpTo(partial)).toBe('2026-11-28');
    // A replay searched nothing.
    const replay = { ...data, runs: [...data.runs, { ...data.runs[0]!, date: '2026-12-02', mode: 'replay' as const }] };
    expect(searchedUpTo(replay)).toBe('2026-11-28');
  });

  test('a run that changed something gets a change-log entry; one that changed nothing does not', () => {
    const data = loadLivingData(livingSite());
    const same = { ...data.runs[0]!, date: '2026-12-01' };
    const moved = { ...data.runs[0]!, date: '2026-12-02', registrations: [{ nct: 'NCT00000001', status: 'COMPLETED' as const, resultsPosted: false }] };
    const movedAgain = { ...moved, date: '2026-12-03', registrations: [{ nct: 'NCT00000001', status: 'TERMINATED' as const, resultsPosted: false }] };
    const changes = runChanges({ runs: [...data.runs, same, moved, movedAgain] });
    expect(changes.map((c) => [c.date, c.summary])).toEqual([
      ['2026-11-28', 'Surveillance run: five new records found. Each record is screened and counted in the flow of records on Methods.'],
      ['2026-12-03', 'Surveillance run: one registration changed status. Each record is screened and counted in the flow of records on Methods.'],
    ]);
  });

  test('a page that cites a registration whose status changed after its last review needs review', () => {
    const data = loadLivingData(livingSite());
    const later = { ...data.runs[0]!, date: '2026-12-05', registrations: [{ nct: 'NCT00000001', status: 'COMPLETED' as const, resultsPosted: false }] };
    const earlier = { ...data.runs[0]!, registrations: [{ nct: 'NCT00000001', status: 'RECRUITING' as const, resultsPosted: false }] };
    const page = (file: string, lastReviewed: string, body: string): ContentFrontmatter => ({
      collection: 'questions',
      id: file,
      file,
      frontmatter: { lastReviewed },
      body,
    });
    const needs = pagesNeedingReview(
      [
        page('cites.md', '2026-12-01', 'A trial [@nct00000001].'),
        page('reviewed-after.md', '2026-12-06', 'A trial [@nct00000001].'),
        page('other.md', '2026-12-01', 'Another [@smith2020melatonin].'),
      ],
      { runs: [earlier, later], registrations: data.registrations },
    );
    expect(needs).toEqual([{ file: 'cites.md', reasons: ['NCT00000001 changed status in the run of 2026-12-05'] }]);
  });
});
