/**
 * The open data as files under /data/: each table as CSV (RFC 4180) and as JSON,
 * a datapackage.json describing them (Data Package v2, https://datapackage.org/standard/data-package/),
 * the CHANGELOG.md of its structure and a SHA256SUMS.txt manifest in the format `sha256sum --check` reads.
 */
import { createHash } from 'node:crypto';
import type { Question } from '../../schemas/question.ts';
import type { SummaryRow } from '../content/summary-of-findings.ts';
import { LICENSE_SPDX, LICENSE_TITLE, LICENSE_URL, SITE_NAME, SITE_URL } from '../site.ts';
import { TOPIC } from '../../topic.ts';
import { claimTables, type ClaimEntry } from './claim-tables.ts';
import { toCsv } from './csv.ts';
import { studyTables, type StudyEntry } from './study-tables.ts';
import { summaryTables } from './summary-tables.ts';
import type { DataTable, Row } from './table.ts';
import { changelog, PACKAGE_VERSION } from './package-changes.ts';
import { assertTables } from './table-keys.ts';

export interface OpenDataInput {
  studies: readonly StudyEntry[];
  questions: readonly { id: string; data: Question }[];
  /** The summary-of-findings rows (src/lib/content/summary-of-findings.ts). */
  summary: readonly SummaryRow[];
  /** The claim pages; none gives no claim rows. */
  claims?: readonly ClaimEntry[];
}

export interface DataFile {
  /** File name under /data/. */
  path: string;
  mediatype: string;
  content: string;
  bytes: number;
  sha256: string;
}

export interface OpenData {
  tables: DataTable[];
  /** Tables (CSV, then JSON, each), then datapackage.json, CHANGELOG.md and SHA256SUMS.txt. */
  files: DataFile[];
  /** The newest review date of a study or a question with a summary row: the data's version. */
  dateModified: string;
}

export const DATA_PATH = '/data/';
/** What the data holds, for the descriptor, the data page and its Dataset JSON-LD. */
export const DATA_DESCRIPTION = `The structured data behind ${SITE_NAME}: every study's design, arms, results as reported and risk-of-bias notes, the summary-of-findings table, and each reviewed claim's verdict with the evidence weighed, as CSV and JSON.`;
export const PACKAGE_FILE = 'datapackage.json';
export const CHECKSUM_FILE = 'SHA256SUMS.txt';
export const CHANGELOG_FILE = 'CHANGELOG.md';
/** The Data Package v2 profile the descriptor follows. */
export const PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
const CSV_TYPE = 'text/csv';
const JSON_TYPE = 'application/json';

/** The package name: the first label of the site's host name, a valid Data Package name. */
export const packageName = (): string =>
  new URL(SITE_URL).hostname
    .split('.')[0]!
    .toLowerCase()
    .replace(/[^-a-z0-9._]/g, '-');

function file(path: string, mediatype: string, content: string): DataFile {
  return { path, mediatype, content, bytes: Buffer.byteLength(content, 'utf8'), sha256: createHash('sha256').update(content, 'utf8').digest('hex') };
}

/** A row with its cells in the order of the table's fields. */
const ordered = (table: DataTable, row: Row): Row => Object.fromEntries(table.fields.map((f) => [f.name, row[f.name] ?? null]));

function schema(table: DataTable, resourceName: (table: string) => string) {
  return {
    fields: table.fields.map((f) => ({
      name: f.name,
      type: f.type,
      description: f.description,
      ...(f.categories ? { categories: [...f.categories], categoriesOrdered: f.categoriesOrdered ?? false } : {}),
      ...(f.optional ? {} : { constraints: { required: true } }),
    })),
    missingValues: [''],
    primaryKey: table.primaryKey,
    ...(table.foreignKeys.length
      ? {
          foreignKeys: table.foreignKeys.map((k) => ({
            fields: k.fields,
            reference: { resource: resourceName(k.reference.resource), fields: k.reference.fields },
          })),
        }
      : {}),
  };
}

function resource(table: DataTable, data: DataFile, format: 'csv' | 'json') {
  const tabular = format === 'csv';
  const name = (t: string) => (tabular ? t : `${t}-json`);
  return {
    name: name(table.name),
    path: data.path,
    ...(tabular ? { type: 'table' } : {}),
    title: tabular ? table.title : `${table.title} (JSON)`,
    description: tabular ? table.description : `${table.description} The same rows as ${table.name}.csv, as a JSON array of objects keyed by column name.`,
    format,
    mediatype: data.mediatype,
    encoding: 'utf-8',
    bytes: data.bytes,
    hash: `sha256:${data.sha256}`,
    ...(tabular ? { dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } } : {}),
    schema: schema(table, name),
  };
}

export function openData(input: OpenDataInput): OpenData {
  const tables = [...studyTables(input.studies), ...summaryTables(input.summary, input.questions, input.studies), ...claimTables(input.claims ?? [])];
  assertTables(tables);
  const counted = new Set(input.summary.map((r) => r.questionId));
  const dates = [
    ...input.studies.map((s) => s.data.lastReviewed),
    ...input.questions.filter((q) => counted.has(q.id)).map((q) => q.data.lastReviewed),
    ...(input.claims ?? []).map((c) => c.data.lastReviewed),
  ];
  const dateModified = dates.sort().at(-1) ?? '';
  const tableFiles = tables.map((t) => {
    const rows = t.rows.map((r) => ordered(t, r));
    return {
      table: t,
      csv: file(
        `${t.name}.csv`,
        CSV_TYPE,
        toCsv(
          t.fields.map((f) => f.name),
          rows,
        ),
      ),
      json: file(`${t.name}.json`, JSON_TYPE, `${JSON.stringify(rows, null, 2)}\n`),
    };
  });
  const descriptor = {
    $schema: PACKAGE_PROFILE,
    name: packageName(),
    version: PACKAGE_VERSION,
    title: `${SITE_NAME} (open data)`,
    description: DATA_DESCRIPTION,
    homepage: new URL(DATA_PATH, SITE_URL).href,
    keywords: [...TOPIC.keywords],
    licenses: [{ name: LICENSE_SPDX, path: LICENSE_URL, title: LICENSE_TITLE }],
    contributors: [{ title: SITE_NAME, path: SITE_URL, roles: ['creator'] }],
    resources: tableFiles.flatMap(({ table, csv, json }) => [resource(table, csv, 'csv'), resource(table, json, 'json')]),
  };
  const data = [
    ...tableFiles.flatMap(({ csv, json }) => [csv, json]),
    file(PACKAGE_FILE, JSON_TYPE, `${JSON.stringify(descriptor, null, 2)}\n`),
    file(CHANGELOG_FILE, 'text/markdown', changelog(SITE_NAME)),
  ];
  const sums = file(CHECKSUM_FILE, 'text/plain', data.map((f) => `${f.sha256}  ${f.path}\n`).join(''));
  return { tables, files: [...data, sums], dateModified };
}
