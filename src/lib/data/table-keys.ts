/**
 * The open data checks its own keys and scales when it is built, so a dangling or duplicate key, or a value
 * outside a fixed scale, fails the build instead of publishing a data package that Data Package v2 validation
 * rejects: every primary key is present and unique, every foreign key points at a row that exists, and every
 * value of a categorical column is one of its categories. Each problem names the content file the row comes from.
 */
import type { DataTable, Row } from './table.ts';

const keyOf = (row: Row, fields: readonly string[]): string => JSON.stringify(fields.map((f) => row[f] ?? null));
const shown = (row: Row, fields: readonly string[]): string => fields.map((f) => `${f}=${JSON.stringify(row[f] ?? null)}`).join(', ');
const where = (table: DataTable, row: Row, i: number): string => `${table.source ? `${table.source(row)}: ` : ''}${table.name}, row ${i + 1}`;
const withFix = (text: string, fix: string | undefined): string => (fix ? `${text}; ${fix}` : text);

/** Every key problem of the tables, one sentence each; empty when every key holds. */
export function keyProblems(tables: readonly DataTable[]): string[] {
  const problems: string[] = [];
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const table of tables) {
    const seen = new Set<string>();
    table.rows.forEach((row, i) => {
      if (table.primaryKey.some((f) => row[f] === null || row[f] === undefined))
        problems.push(`${where(table, row, i)}: primary key (${shown(row, table.primaryKey)}) has an empty field`);
      const key = keyOf(row, table.primaryKey);
      if (seen.has(key)) problems.push(withFix(`${where(table, row, i)}: primary key (${shown(row, table.primaryKey)}) is used twice`, table.uniqueFix));
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
          problems.push(
            withFix(`${where(table, row, i)}: (${shown(row, fk.fields)}) has no row in ${target.name} (${fk.reference.fields.join(', ')})`, fk.fix),
          );
      });
    }
  }
  return problems;
}

/** Every value of a categorical column that is not one of its categories (an empty optional cell is fine). */
export function categoryProblems(tables: readonly DataTable[]): string[] {
  return tables.flatMap((table) =>
    table.fields
      .filter((f) => f.categories)
      .flatMap((f) =>
        table.rows.flatMap((row, i) => {
          const value = row[f.name] ?? null;
          if (value === null ? f.optional : f.categories!.includes(String(value))) return [];
          return [`${where(table, row, i)}: ${f.name} is ${JSON.stringify(value)}, not one of ${f.categories!.map((c) => JSON.stringify(c)).join(', ')}`];
        }),
      ),
  );
}

/** Throws when a key or a scale does not hold, naming each problem, the file it comes from and how to fix it. */
export function assertTables(tables: readonly DataTable[]): void {
  const problems = [...keyProblems(tables), ...categoryProblems(tables)];
  if (problems.length)
    throw new Error(
      `The open data has broken keys or values outside their scale, so its datapackage.json would not validate:\n${problems.map((p) => `  - ${p}`).join('\n')}\nThe rows come from the front matter of the file named first on each line; fix the values there.`,
    );
}
