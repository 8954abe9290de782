/**
 * A table of the open data: its columns described as Table Schema fields
 * (Frictionless Data Package v2), its keys, and its rows, each a record keyed by column name.
 */
import type { Cell } from './csv.ts';

/** Table Schema types used here; each maps to one JSON type in the JSON copy. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Field {
  /** Column name, snake_case. */
  name: string;
  type: FieldType;
  /** What the column holds, for the data package and the data page. */
  description: string;
  /** True when the column may be empty (a missing value); every other column is required. */
  optional?: true;
  /** A fixed scale: the only values the column may hold (Table Schema v2 `categories`). */
  categories?: readonly string[];
  /** Whether the order of `categories` is the scale's natural order (Table Schema v2 `categoriesOrdered`). */
  categoriesOrdered?: boolean;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
  /** How to mend a row whose key has no target, for the build error. */
  fix?: string;
}

export type Row = Record<string, Cell>;

export interface DataTable {
  /** Resource name and file stem, e.g. "arms" for arms.csv and arms.json. */
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows: Row[];
  /** The content file a row comes from, for build errors, e.g. "src/content/studies/x.md". */
  source?: (row: Row) => string;
  /** How to mend a repeated primary key, for the build error. */
  uniqueFix?: string;
}

/** A column: `field('n', 'integer', 'Participants')`; pass `true` last for a column that may be empty. */
export const field = (name: string, type: FieldType, description: string, optional = false): Field =>
  optional ? { name, type, description, optional: true } : { name, type, description };

/**
 * A text column that holds one value of a fixed scale, e.g. `categorical('certainty', '…', Certainty.options, true)`;
 * `ordered` says the scale's order (as listed) means something, as GRADE certainty's does.
 */
export const categorical = (name: string, description: string, categories: readonly string[], ordered: boolean, optional = false): Field => ({
  ...field(name, 'string', description, optional),
  categories,
  categoriesOrdered: ordered,
});

/** A foreign key from `fields` to the same-named columns of `resource` unless `to` names them. */
export const foreignKey = (fields: string[], resource: string, to: string[] = fields, fix?: string): ForeignKey => ({
  fields,
  reference: { resource, fields: to },
  ...(fix ? { fix } : {}),
});

/** A value that may be absent in the front matter, as a cell. */
export const orNull = <T extends Cell>(value: T | undefined): T | null => value ?? null;
