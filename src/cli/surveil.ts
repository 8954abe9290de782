/**
 * `npm run surveil [-- options]`: runs every saved search that is not manual (surveillance/searches.yaml),
 * checks the registrations, the cited DOIs and the approvals, writes surveillance/runs/<date>.json whole
 * or not at all, and prints what changed since the previous run. Exit status: 0 done, 1 a service failed
 * or answered something unreadable (nothing written), 2 bad options or a bad data file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EvidenceBuildError, EvidenceBuildErrors, reportOf } from '../lib/core/build-error.ts';
import { loadBibliography } from '../lib/core/bibliography/load.ts';
import { BIBLIOGRAPHY_FILE } from '../lib/core/settings.ts';
import { applyRun } from '../lib/surveillance/apply.ts';
import { compareRuns, formatSections } from '../lib/living/compare.ts';
import { DataFileError, readApprovals, readPreviousRun, readRegistrations, readSearches } from '../lib/surveillance/data-files.ts';
import { HttpClient, minIntervals, ServiceError } from '../lib/surveillance/http.ts';
import { replayFetch } from '../lib/surveillance/replay.ts';
import { runSurveillance, writeRunFile } from '../lib/surveillance/run.ts';
import { TooManyRecordsError } from '../lib/surveillance/search-outcome.ts';

export interface SurveilOptions {
  replay?: string;
  out: string;
  date: string;
  apply: boolean;
  searches: string;
  registrations: string;
  approvals: string;
  bibliography: string;
}

export class UsageError extends Error {}

/** Reads the command line; throws UsageError naming the bad argument. */
export function surveilOptions(args: string[], today = new Date().toISOString().slice(0, 10)): SurveilOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      options: {
        replay: { type: 'string' },
        out: { type: 'string', default: 'surveillance/runs' },
        date: { type: 'string', default: today },
        apply: { type: 'boolean', default: false },
        searches: { type: 'string' },
        registrations: { type: 'string' },
        approvals: { type: 'string' },
        bibliography: { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const date = parsed.date!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date)
    throw new UsageError(`--date ${date} is not a calendar date; write it as YYYY-MM-DD.`);
  // A replay folder may carry the data files its answers were recorded for; they stand in for the project's.
  const dataFile = (given: string | undefined, name: string, project: string) =>
    given ?? (parsed.replay && existsSync(join(parsed.replay, name)) ? join(parsed.replay, name) : project);
  return {
    out: parsed.out!,
    apply: parsed.apply!,
    date,
    searches: dataFile(parsed.searches, 'searches.yaml', 'surveillance/searches.yaml'),
    registrations: dataFile(parsed.registrations, 'registrations.yaml', 'surveillance/registrations.yaml'),
    approvals: dataFile(parsed.approvals, 'approvals.yaml', 'surveillance/approvals.yaml'),
    bibliography: dataFile(parsed.bibliography, 'library.bib', BIBLIOGRAPHY_FILE),
    ...(parsed.replay ? { replay: parsed.replay } : {}),
  };
}

export async function main(args: string[]): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let options: SurveilOptions;
  try {
    options = surveilOptions(args);
  } catch (error) {
    log(
      `surveil: ${(error as Error).message}\nOptions: --replay DIR, --out DIR, --date YYYY-MM-DD, --apply, --searches FILE, --registrations FILE, --approvals FILE, --bibliography FILE`,
    );
    return 2;
  }
  try {
    const searches = readSearches(options.searches);
    const registrations = readRegistrations(options.registrations);
    const approvals = readApprovals(options.approvals);
    const bibliography = loadBibliography(options.bibliography, process.cwd());
    const previous = readPreviousRun(options.out, options.date);
    const http = options.replay
      ? new HttpClient({
          fetch: replayFetch(resolve(options.replay)),
          intervals: { pubmed: 0, clinicaltrials: 0, crossref: 0, openfda: 0 },
          backoffMs: 0,
          attempts: 1,
        })
      : new HttpClient({ intervals: minIntervals() });
    const run = await runSurveillance({
      http,
      date: options.date,
      mode: options.replay ? 'replay' : 'live',
      searches,
      ncts: registrations.map((r) => r.nct),
      references: bibliography.references.values(),
      progress: log,
    });
    const file = writeRunFile(options.out, run);
    log(`Wrote ${file}${previous ? `; compared with ${previous.file}` : ' (no earlier run to compare with)'}.`);
    process.stdout.write(`${formatSections(compareRuns(run, previous?.run, registrations, approvals))}\n`);
    if (options.apply) {
      if (registrations.length === 0) log(`--apply: ${options.registrations} lists no registrations; nothing to update.`);
      else {
        const { text, updated } = applyRun(readFileSync(options.registrations, 'utf8'), options.registrations, run);
        writeFileSync(options.registrations, text);
        log(`--apply: updated ${updated.length} registration(s) in ${options.registrations}: ${updated.join(', ')}.`);
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof ServiceError || error instanceof TooManyRecordsError) {
      log(`surveil: ${error.message}\nNothing was written.`);
      return 1;
    }
    if (error instanceof DataFileError || error instanceof EvidenceBuildError || error instanceof EvidenceBuildErrors) {
      log(`surveil: ${error instanceof DataFileError ? error.message : reportOf(error)}`);
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
