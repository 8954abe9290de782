/**
 * CSV as RFC 4180 describes it: comma-separated fields, CRLF after every record
 * (the last too), and a field in double quotes when it holds a comma, a double
 * quote, a CR or an LF, with each double quote inside doubled. A missing value
 * is an empty field, which the data package declares as its missing value.
 */

/** One cell: missing values are null. */
export type Cell = string | number | boolean | null;

export const CSV_LINE_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header record naming the columns, then one record per row, each cell in the order of `columns`. */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, Cell>>[]): string {
  const record = (cells: readonly Cell[]) => cells.map(csvField).join(',') + CSV_LINE_END;
  return record(columns) + rows.map((row) => record(columns.map((c) => row[c] ?? null))).join('');
}
