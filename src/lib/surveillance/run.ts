/**
 * One surveillance run: every live saved search, the registrations' state, the cited DOIs and the
 * approvals, gathered into a run that passes SurveillanceRunSchema, then written whole (a temporary
 * file renamed into place) or not at all.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reference } from '../core/bibliography/types.ts';
import type { SavedSearch } from '../../schemas/saved-search.ts';
import { SEARCH_SOURCE_LABELS } from '../../schemas/saved-search.ts';
import { SurveillanceRunSchema, type SurveillanceRun } from '../../schemas/surveillance-run.ts';
import { registrationStates, searchTrials } from './clinicaltrials.ts';
import { checkDois } from './crossref.ts';
import type { HttpClient } from './http.ts';
import { searchLabels } from './openfda.ts';
import { searchPubmed } from './pubmed.ts';
import type { ApprovalState, SearchOutcome } from './search-outcome.ts';

export interface RunInput {
  http: HttpClient;
  /** Day of the run, YYYY-MM-DD (UTC). */
  date: string;
  mode: 'live' | 'replay';
  searches: readonly SavedSearch[];
  /** NCT numbers whose registry state is checked. */
  ncts: readonly string[];
  /** Bibliography entries whose DOIs are checked. */
  references: Iterable<Reference>;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export async function runSurveillance(input: RunInput): Promise<SurveillanceRun> {
  const { http, date, progress = () => {}, env = process.env } = input;
  const outcomes: SearchOutcome[] = [];
  for (const search of input.searches) {
    if (search.source === 'manual') continue;
    progress(`${SEARCH_SOURCE_LABELS[search.source]}: ${search.id} …`);
    const outcome =
      search.source === 'pubmed'
        ? await searchPubmed(http, search, date, env)
        : search.source === 'clinicaltrials'
          ? await searchTrials(http, search)
          : await searchLabels(http, search);
    progress(`  ${outcome.result.count} matched, ${outcome.result.records.length} records`);
    outcomes.push(outcome);
  }
  const studies = new Map(outcomes.flatMap((o) => [...(o.studies ?? new Map<string, unknown>())]));
  progress(`ClinicalTrials.gov: ${input.ncts.length} registrations …`);
  const registrations = await registrationStates(http, input.ncts, studies);
  const references = [...input.references];
  progress(`Crossref: ${references.filter((r) => r.csl.DOI).length} DOIs …`);
  const { notices, identifierProblems } = await checkDois(http, references, env.SURVEIL_MAILTO);
  const approvals = new Map<string, ApprovalState>();
  for (const a of outcomes.flatMap((o) => o.approvals ?? [])) approvals.set(`${a.drug}|${a.application ?? ''}`, a);
  return SurveillanceRunSchema.parse({
    date,
    mode: input.mode,
    searches: outcomes.map((o) => o.result),
    registrations,
    notices,
    identifierProblems,
    approvals: [...approvals.values()],
  });
}

/** Writes `dir/<date>.json` whole: a temporary file in the same folder, renamed into place. */
export function writeRunFile(dir: string, run: SurveillanceRun): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${run.date}.json`);
  const temporary = join(dir, `.${run.date}.json.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, `${JSON.stringify(run, null, 2)}\n`);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
  return file;
}
