/**
 * Checks a data package the way a reader's tools would, without the build's own code paths: the descriptor
 * against the official Data Package v2 JSON Schema with Ajv, and each CSV read back from its bytes and cast to
 * its Table Schema (types, required values), then its keys and scales checked by the key check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { categoryProblems, keyProblems } from '../../src/lib/data/table-keys.ts';
import type { DataTable, Field, ForeignKey, Row } from '../../src/lib/data/table.ts';

/** https://datapackage.org/profiles/2.0/datapackage.json, vendored unchanged (see its README). */
const PROFILE_FILE = 'tests/fixtures/data-package-v2/datapackage.json';

interface DescriptorField {
  name: string;
  type: string;
  description?: string;
  categories?: string[];
  categoriesOrdered?: boolean;
  constraints?: { required?: boolean };
}
interface DescriptorResource {
  name: string;
  path: string;
  type?: string;
  bytes: number;
  hash: string;
  schema: { fields: DescriptorField[]; primaryKey?: string[]; foreignKeys?: ForeignKey[]; missingValues?: string[] };
}
interface Descriptor {
  $schema: string;
  version: string;
  resources: DescriptorResource[];
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
// The profile marks long descriptions with "format": "textarea", an editor hint that constrains nothing.
ajv.addFormat('textarea', true);
const validate = ajv.compile(JSON.parse(readFileSync(PROFILE_FILE, 'utf8')) as object);

const said = (e: ErrorObject): string => `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`;

/** What the official v2 profile finds wrong with a descriptor; empty when it is valid. */
export function profileErrors(descriptor: unknown): string[] {
  return validate(descriptor) ? [] : (validate.errors ?? []).map(said);
}

/** RFC 4180 records of a CSV text: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    record.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"' && (quoted || cell === '')) quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      records.push(record);
      record = [];
      i++;
    } else cell += c;
  }
  if (cell !== '' || record.length) {
    endCell();
    records.push(record);
  }
  return records;
}

/** A CSV cell as its Table Schema type says, or an error. */
function cast(text: string, field: DescriptorField): { value: Row[string] } | { error: string } {
  const bad = { error: `${field.name}: "${text}" is not of type ${field.type}` };
  switch (field.type) {
    case 'integer':
      return /^-?\d+$/.test(text) ? { value: Number(text) } : bad;
    case 'number':
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) ? { value: Number(text) } : bad;
    case 'boolean':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : bad;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) ? { value: text } : bad;
    default:
      return { value: text };
  }
}

interface ReadPackage {
  descriptor: Descriptor;
  /** The rows of each table resource, cast to their types, keyed by resource name. */
  tables: DataTable[];
  /** Profile errors, header and type errors, missing required values, then key and category problems. */
  errors: string[];
}

/** Reads the package in `dir` (datapackage.json and its CSV files) and lists everything wrong with it. */
export function readPackage(dir: string): ReadPackage {
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
  const errors = profileErrors(descriptor);
  const tables = descriptor.resources
    .filter((r) => r.type === 'table')
    .map((r): DataTable => {
      const [header = [], ...records] = parseCsv(readFileSync(join(dir, r.path), 'utf8'));
      const names = r.schema.fields.map((f) => f.name);
      if (header.join(',') !== names.join(',')) errors.push(`${r.name}: header "${header.join(',')}" is not the schema's fields "${names.join(',')}"`);
      const missing = new Set(r.schema.missingValues ?? ['']);
      const rows = records.map((cells, i) =>
        Object.fromEntries(
          r.schema.fields.map((f, j) => {
            const text = cells[j] ?? '';
            if (missing.has(text)) {
              if (f.constraints?.required) errors.push(`${r.name}, row ${i + 1}: ${f.name} is required but empty`);
              return [f.name, null];
            }
            const out = cast(text, f);
            if ('error' in out) errors.push(`${r.name}, row ${i + 1}: ${out.error}`);
            return [f.name, 'value' in out ? out.value : null];
          }),
        ),
      );
      const fields = r.schema.fields.map((f): Field => ({
        ...f,
        type: f.type as Field['type'],
        description: f.description ?? '',
        ...(f.constraints?.required ? {} : { optional: true }),
      }));
      return { name: r.name, title: r.name, description: '', fields, primaryKey: r.schema.primaryKey ?? [], foreignKeys: r.schema.foreignKeys ?? [], rows };
    });
  errors.push(...keyProblems(tables), ...categoryProblems(tables));
  return { descriptor, tables, errors };
}
