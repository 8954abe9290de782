/**
 * The open data checks its own keys when it is built, so a dangling or duplicate key fails the build
 * instead of publishing a data package that Frictionless validation rejects: every primary key is
 * present and unique, and every foreign key points at a row that exists.
 */
import type { DataTable, Row } from './table.ts';

const keyOf = (row: Row, fields: readonly string[]): string => JSON.stringify(fields.map((f) => row[f] ?? null));
const shown = (row: Row, fields: readonly string[]): string => fields.map((f) => `${f}=${JSON.stringify(row[f] ?? null)}`).join(', ');

/** Every key problem of the tables, one sentence each; empty when every key holds. */
export function keyProblems(tables: readonly DataTable[]): string[] {
  const problems: string[] = [];
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const table of tables) {
    const seen = new Set<string>();
    table.rows.forEach((row, i) => {
      if (table.primaryKey.some((f) => row[f] === null || row[f] === undefined))
        problems.push(`${table.name}, row ${i + 1}: primary key (${shown(row, table.primaryKey)}) has an empty field`);
      const key = keyOf(row, table.primaryKey);
      if (seen.has(key)) problems.push(`${table.name}, row ${i + 1}: primary key (${shown(row, table.primaryKey)}) is used twice`);
      seen.add(key);
    });
    for (const fk of table.foreignKeys) {
      const target = byName.get(fk.reference.resource);
      if (!target) {
        problems.push(`${table.name}: foreign key (${fk.fields.join(', ')}) refers to a table "${fk.reference.resource}" that does not exist`);
        continue;
      }
      const targets = new Set(target.rows.map((r) => keyOf(r, fk.reference.fields)));
      table.rows.forEach((row, i) => {
        if (!targets.has(keyOf(row, fk.fields)))
          problems.push(`${table.name}, row ${i + 1}: (${shown(row, fk.fields)}) has no row in ${target.name} (${fk.reference.fields.join(', ')})`);
      });
    }
  }
  return problems;
}

/** Throws when a key does not hold, naming each problem and where the data comes from. */
export function assertKeys(tables: readonly DataTable[]): void {
  const problems = keyProblems(tables);
  if (problems.length)
    throw new Error(
      `The open data has broken keys, so its datapackage.json would not validate:\n${problems.map((p) => `  - ${p}`).join('\n')}\nThe rows come from the study pages' front matter (src/content/studies/); fix the values there (one value per arm, unique result ids).`,
    );
}
