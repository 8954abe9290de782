/**
 * The surveillance data files, read and checked against their schema: saved searches (required),
 * registrations and approvals (optional), and the previous run. A bad file is a DataFileError
 * naming the file, the line and the field.
 */
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { z } from 'astro/zod';
import { ApprovalsSchema, type Approval } from '../../schemas/approval.ts';
import { RegistrationsSchema, type Registration } from '../../schemas/registration.ts';
import { SavedSearchesSchema, type SavedSearch } from '../../schemas/saved-search.ts';
import { SurveillanceRunSchema, type SurveillanceRun } from '../../schemas/surveillance-run.ts';
import { readDataFile } from '../living/read-data-file.ts';

export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** Parses a YAML (or JSON) file and checks it against `schema`, as the build reads it; every problem names file, line and field. */
export function readYamlFile<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  const result = readDataFile(isAbsolute(file) ? '/' : process.cwd(), file, schema, `see the schema of ${file} under src/schemas/.`);
  if (result.ok) return result.value;
  throw new DataFileError(result.problems.map((p) => p.report).join('\n'));
}

export const readSearches = (file: string): SavedSearch[] => readYamlFile(file, SavedSearchesSchema);

/** Registrations the site lists, or [] when the file does not exist yet. */
export const readRegistrations = (file: string): Registration[] => (existsSync(file) ? readYamlFile(file, RegistrationsSchema) : []);

/** Approvals the site lists, or undefined when the file does not exist yet. */
export const readApprovals = (file: string): Approval[] | undefined => (existsSync(file) ? readYamlFile(file, ApprovalsSchema) : undefined);

const RUN_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** The newest run file in `dir` dated before `date`, checked against the run schema, or undefined. */
export function readPreviousRun(dir: string, date: string): { file: string; run: SurveillanceRun } | undefined {
  if (!existsSync(dir)) return undefined;
  const dates = readdirSync(dir)
    .map((name) => RUN_FILE.exec(name)?.[1])
    .filter((d): d is string => d !== undefined && d < date)
    .sort();
  const newest = dates.at(-1);
  if (!newest) return undefined;
  const file = join(dir, `${newest}.json`);
  return { file, run: readYamlFile(file, SurveillanceRunSchema) };
}
