/**
 * Writes a replay directory for `npm run surveil -- --replay DIR`: synthetic answers in each service's
 * real format (shapes as in tests/fixtures/surveillance/README.md), for the given saved searches,
 * registrations and bibliography. Identifiers are out of the real ranges (PMIDs from 90000001,
 * NCT99…, application numbers NDA99…) and titles say they are synthetic; Crossref answers carry each
 * entry's own title and no notice, so a replay reports nothing about a real work.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Reference } from '../../src/lib/core/bibliography/types.ts';
import type { SavedSearch } from '../../src/schemas/saved-search.ts';
import { PAGE_SIZE, studiesUrl, studyUrl } from '../../src/lib/surveillance/clinicaltrials.ts';
import { workUrl } from '../../src/lib/surveillance/crossref.ts';
import { LABEL_PAGE, labelsUrl } from '../../src/lib/surveillance/openfda.ts';
import { esearchUrl, esummaryUrl, SUMMARY_BATCH } from '../../src/lib/surveillance/pubmed.ts';
import { replayFile, type RecordedAnswer } from '../../src/lib/surveillance/replay.ts';

export interface ReplayPlan {
  searches: readonly SavedSearch[];
  /** Records each live search returns. */
  perSearch: number;
  date: string;
  /** NCT numbers listed in registrations; each gets a study record of its own. */
  ncts: readonly string[];
  references: Iterable<Reference>;
}

const NO_ENV = {};

function save(dir: string, url: string, body: unknown, status = 200): void {
  const file = join(dir, replayFile(url));
  mkdirSync(dirname(file), { recursive: true });
  const answer: RecordedAnswer = { url, ...(status === 200 ? {} : { status }), body };
  writeFileSync(file, `${JSON.stringify(answer, null, 1)}\n`);
}

/** A study in API v2's shape, trimmed to the modules surveillance reads. */
export function study(nct: string, title: string, n: number) {
  return {
    protocolSection: {
      identificationModule: { nctId: nct, briefTitle: title },
      statusModule: {
        overallStatus: n % 3 === 0 ? 'COMPLETED' : 'RECRUITING',
        startDateStruct: { date: '2024-01', type: 'ACTUAL' },
        completionDateStruct: { date: n % 3 === 0 ? '2025-06-30' : '2027-12', type: n % 3 === 0 ? 'ACTUAL' : 'ESTIMATED' },
        studyFirstPostDateStruct: { date: '2024-02-01', type: 'ACTUAL' },
        lastUpdatePostDateStruct: { date: '2025-07-15', type: 'ACTUAL' },
      },
    },
    hasResults: false,
  };
}

export function writeReplay(dir: string, plan: ReplayPlan): void {
  let serial = 0;
  for (const search of plan.searches) {
    const n = Math.min(plan.perSearch, search.limits.maxRecords);
    const ids = Array.from({ length: n }, () => (serial += 1));
    if (search.source === 'pubmed') {
      const pmids = ids.map((i) => String(90_000_000 + i));
      save(dir, esearchUrl(search, plan.date, NO_ENV), {
        header: { type: 'esearch', version: '0.3' },
        esearchresult: { count: String(n), retmax: String(n), retstart: '0', idlist: pmids, translationset: [], querytranslation: search.query },
      });
      for (let s = 0; s < pmids.length; s += SUMMARY_BATCH) {
        const batch = pmids.slice(s, s + SUMMARY_BATCH);
        const result: Record<string, unknown> = { uids: batch };
        for (const pmid of batch)
          result[pmid] = { uid: pmid, pubdate: '2025 Mar 15', source: 'Synthetic J', title: `Synthetic PubMed record ${pmid} (replay fixture).` };
        save(dir, esummaryUrl(batch, NO_ENV), { header: { type: 'esummary', version: '0.3' }, result });
      }
    } else if (search.source === 'clinicaltrials') {
      const pages = Math.max(1, Math.ceil(n / Math.min(PAGE_SIZE, search.limits.maxRecords)));
      const size = Math.min(PAGE_SIZE, search.limits.maxRecords);
      for (let p = 0; p < pages; p += 1) {
        const studies = ids
          .slice(p * size, (p + 1) * size)
          .map((i) => study(`NCT99${String(i).padStart(6, '0')}`, `Synthetic registered trial ${i} (replay fixture)`, i));
        const next = p + 1 < pages ? { nextPageToken: `page${p + 2}` } : {};
        save(dir, studiesUrl(search, p === 0 ? undefined : `page${p + 1}`), { ...(p === 0 ? { totalCount: n } : {}), studies, ...next });
      }
    } else if (search.source === 'openfda') {
      const results = ids.map((i) => ({
        effective_time: '20250321',
        openfda: { application_number: [`NDA99${String(i).padStart(4, '0')}`], brand_name: [`SYNTHETIC BRAND ${i}`], generic_name: [`SYNTHETICINE ${i}`] },
      }));
      for (let skip = 0; skip === 0 || skip < n; skip += LABEL_PAGE) {
        save(dir, labelsUrl(search, skip), {
          meta: { last_updated: plan.date, results: { skip, limit: LABEL_PAGE, total: n } },
          results: results.slice(skip, skip + LABEL_PAGE),
        });
      }
    }
  }
  plan.ncts.forEach((nct, i) => save(dir, studyUrl(nct), study(nct, `Synthetic registration ${nct} (replay fixture)`, i)));
  for (const { csl } of plan.references) {
    if (!csl.DOI) continue;
    save(dir, workUrl(csl.DOI), {
      status: 'ok',
      'message-type': 'work',
      'message-version': '1.0.0',
      message: { DOI: csl.DOI, type: 'journal-article', title: [csl.title ?? ''] },
    });
  }
}
