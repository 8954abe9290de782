/**
 * Loads the living-evidence data once per build and checks it across files: every screened record
 * comes from a run (or says where else it was found), an included record points at a study page or a
 * cited work, a duplicate names a record that exists, and no record is screened twice.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EvidenceBuildError, EvidenceBuildErrors, closest } from '../core/build-error.ts';
import { entryIds } from '../core/content-index.ts';
import { loadBibliography } from '../core/bibliography/load.ts';
import { BIBLIOGRAPHY_FILE } from '../core/settings.ts';
import { projectRoot } from '../core/project-root.ts';
import { SavedSearchesSchema, type SavedSearch } from '../../schemas/saved-search.ts';
import { SurveillanceRunSchema, type SurveillanceRun } from '../../schemas/surveillance-run.ts';
import { ScreeningLogSchema, type ScreeningDecision } from '../../schemas/screening.ts';
import { RegistrationsSchema, type Registration } from '../../schemas/registration.ts';
import { ApprovalsSchema, type Approval } from '../../schemas/approval.ts';
import { AcknowledgementsSchema, type Acknowledgement } from '../../schemas/acknowledgement.ts';
import { ACKNOWLEDGEMENTS_FILE, APPROVALS_FILE, REGISTRATIONS_FILE, RUNS_DIR, RUN_FILE_RE, SCREENING_FILE, SEARCHES_FILE } from './living-files.ts';
import { readDataFile } from './read-data-file.ts';

export interface LivingData {
  searches: SavedSearch[];
  /** Runs, oldest first, each with the file it came from. */
  runs: (SurveillanceRun & { file: string })[];
  screening: ScreeningDecision[];
  registrations: Registration[];
  approvals: Approval[];
  acknowledgements: Acknowledgement[];
}

const cache = new Map<string, LivingData>();

/** The living-evidence data of the project at `root`, checked; throws every problem at once. */
export function loadLivingData(root: string = projectRoot()): LivingData {
  const cached = cache.get(root);
  if (cached) return cached;
  const { data, problems } = readLivingData(root);
  if (problems.length > 0) throw problems.length === 1 ? problems[0] : new EvidenceBuildErrors(problems);
  cache.set(root, data);
  return data;
}

/** Reads and checks everything, returning the problems rather than throwing (for `npm run validate`). */
export function readLivingData(root: string): { data: LivingData; problems: EvidenceBuildError[] } {
  const problems: EvidenceBuildError[] = [];
  const take = <T>(result: { ok: true; value: T } | { ok: false; problems: EvidenceBuildError[] }, fallback: T): T => {
    if (result.ok) return result.value;
    problems.push(...result.problems);
    return fallback;
  };
  // A project without saved searches is allowed (it shows none); one that has the file must get it right.
  const searches = take(readDataFile(root, SEARCHES_FILE, SavedSearchesSchema, 'see src/schemas/saved-search.ts for each field.', []), []);
  const screening = take(readDataFile(root, SCREENING_FILE, ScreeningLogSchema, 'see src/schemas/screening.ts for each field.', []), []);
  const registrations = take(
    readDataFile(
      root,
      REGISTRATIONS_FILE,
      RegistrationsSchema,
      'give every registration its status, a checked date and where it was checked (src/schemas/registration.ts).',
      [],
    ),
    [],
  );
  const approvals = take(
    readDataFile(
      root,
      APPROVALS_FILE,
      ApprovalsSchema,
      'give every approval its drug, indication, agency, date, source and checked date (src/schemas/approval.ts).',
      [],
    ),
    [],
  );
  const acknowledgements = take(
    readDataFile(
      root,
      ACKNOWLEDGEMENTS_FILE,
      AcknowledgementsSchema,
      'name the cite key, the kind of notice, the citing page, a note and the date (src/schemas/acknowledgement.ts).',
      [],
    ),
    [],
  );
  const runs: LivingData['runs'] = [];
  const runsDir = join(root, RUNS_DIR);
  for (const name of existsSync(runsDir) ? readdirSync(runsDir).sort() : []) {
    const file = `${RUNS_DIR}/${name}`;
    const date = RUN_FILE_RE.exec(name)?.[1];
    if (!date) {
      problems.push(
        new EvidenceBuildError({ file }, 'a run file is named after its date, YYYY-MM-DD.json.', 'rename it, or move it out of surveillance/runs/.'),
      );
      continue;
    }
    const run = take(
      readDataFile(root, file, SurveillanceRunSchema, 'a run file is written whole by `npm run surveil`; see src/schemas/surveillance-run.ts.'),
      undefined,
    );
    if (!run) continue;
    if (run.date !== date)
      problems.push(new EvidenceBuildError({ file }, `the run is dated ${run.date} but the file is named ${name}.`, `rename the file to ${run.date}.json.`));
    runs.push({ ...run, file });
  }
  const data = { searches, runs, screening, registrations, approvals, acknowledgements };
  problems.push(...crossProblems(root, data));
  return { data, problems };
}

function crossProblems(root: string, data: LivingData): EvidenceBuildError[] {
  const problems: EvidenceBuildError[] = [];
  const searchIds = new Set(data.searches.map((s) => s.id));
  const found = new Set<string>();
  for (const run of data.runs) {
    for (const result of run.searches) {
      if (searchIds.size > 0 && !searchIds.has(result.search)) {
        const guess = closest(result.search, searchIds);
        problems.push(
          new EvidenceBuildError(
            { file: run.file },
            `the run names a saved search "${result.search}" that ${SEARCHES_FILE} does not hold.`,
            guess ? `did you mean "${guess}"?` : `add it to ${SEARCHES_FILE}, or correct the id.`,
          ),
        );
      }
      for (const record of result.records) found.add(record.id);
    }
  }
  const studies = entryIds('studies', root);
  const keys = new Set(loadBibliography(BIBLIOGRAPHY_FILE, root).references.keys());
  const screened = new Set<string>();
  const logged = new Set(data.screening.map((d) => d.record));
  for (const d of data.screening) {
    const at = (problem: string, fix: string) => problems.push(new EvidenceBuildError({ file: SCREENING_FILE }, `${d.record}: ${problem}`, fix));
    if (screened.has(d.record)) at('the record is screened twice.', 'keep one decision per record.');
    screened.add(d.record);
    if (!d.via && !found.has(d.record)) at('no run file holds this record.', 'correct the id, or say where it was found with `via` and give its `title`.');
    if (d.study && !studies.has(d.study)) {
      const guess = closest(d.study, studies);
      at(
        `the included record points at a study page "${d.study}" that does not exist.`,
        guess ? `did you mean "${guess}"?` : 'name a file of src/content/studies/ without .md, or use `key` for a cited work.',
      );
    }
    if (d.key && !keys.has(d.key)) {
      const guess = closest(d.key, keys);
      at(
        `the included record points at a cite key "${d.key}" that is not in ${BIBLIOGRAPHY_FILE}.`,
        guess ? `did you mean "${guess}"?` : 'add the entry to the bibliography, or correct the key.',
      );
    }
    if (d.duplicateOf && !found.has(d.duplicateOf) && !logged.has(d.duplicateOf))
      at(`duplicateOf names ${d.duplicateOf}, which no run or screening entry holds.`, 'name the record this one repeats.');
  }
  const unknownKey = (file: string, what: string, key: string) => {
    if (keys.has(key)) return;
    const guess = closest(key, keys);
    problems.push(
      new EvidenceBuildError(
        { file },
        `${what} cites "${key}", which is not in ${BIBLIOGRAPHY_FILE}.`,
        guess ? `did you mean "${guess}"?` : 'add the entry to the bibliography, or correct the key.',
      ),
    );
  };
  for (const a of data.approvals) unknownKey(APPROVALS_FILE, `the approval of ${a.drug} for ${a.indication}`, a.source);
  const ncts = new Set<string>();
  for (const r of data.registrations) {
    unknownKey(REGISTRATIONS_FILE, r.nct, r.key);
    if (ncts.has(r.nct)) problems.push(new EvidenceBuildError({ file: REGISTRATIONS_FILE }, `${r.nct} is listed twice.`, 'keep one entry per registration.'));
    ncts.add(r.nct);
  }
  return problems;
}

/** Records that runs returned and no one has screened yet, with those marked pending: what Methods counts as awaiting screening. */
export function pendingRecords(data: LivingData): string[] {
  const decided = new Map(data.screening.map((d) => [d.record, d.decision]));
  const pending = new Set<string>();
  for (const run of data.runs) for (const s of run.searches) for (const r of s.records) if ((decided.get(r.id) ?? 'pending') === 'pending') pending.add(r.id);
  for (const d of data.screening) if (d.decision === 'pending') pending.add(d.record);
  return [...pending].sort();
}

/** Forgets what was loaded (tests that rewrite data files). */
export function clearLivingDataCache(): void {
  cache.clear();
}
