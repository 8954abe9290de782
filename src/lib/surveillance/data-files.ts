/**
 * The surveillance data files, read and checked against their schema: saved searches (required),
 * registrations and approvals (optional), and the previous run. A bad file is a DataFileError
 * naming the file, the line and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { ApprovalsSchema, type Approval } from '../../schemas/approval.ts';
import { RegistrationsSchema, type Registration } from '../../schemas/registration.ts';
import { SavedSearchesSchema, type SavedSearch } from '../../schemas/saved-search.ts';
import { SurveillanceRunSchema, type SurveillanceRun } from '../../schemas/surveillance-run.ts';

export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** Parses a YAML file and checks it against `schema`; every problem names file, line and field. */
export function readYamlFile<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DataFileError(`${file}: the file does not exist or cannot be read.`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) {
    const [error] = doc.errors;
    throw new DataFileError(`${file}:${error!.linePos?.[0].line ?? 1}: not valid YAML: ${error!.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    let line: number | undefined;
    for (let depth = path.length; depth >= 0 && line === undefined; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) line = lines.linePos(node.range[0]).line;
    }
    const field = path.length ? path.join('.') : '(the whole file)';
    return `${file}${line ? `:${line}` : ''}: ${field}: ${issue.message}`;
  });
  throw new DataFileError(problems.join('\n'));
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
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataFileError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const result = SurveillanceRunSchema.safeParse(data);
  if (!result.success) throw new DataFileError(result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(the whole file)'}: ${i.message}`).join('\n'));
  return { file, run: result.data };
}
