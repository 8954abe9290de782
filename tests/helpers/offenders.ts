/**
 * One test per property over many pages, whose failure lists every offending page:
 * `expect(offenders(pages.map((p) => [p.url, p] as const), (url, page) => { … })).toEqual([])`.
 * Each row is spread into the check as `test.each` spreads it, and a row that fails an
 * assertion becomes one line: the row's leading strings and numbers, then the assertion's message.
 */
type Args<Row> = Row extends readonly unknown[] ? Row : [Row];

const argsOf = <Row>(row: Row) => (Array.isArray(row) ? row : [row]) as Args<Row>;
const lineOf = <Row>(row: Row, error: unknown) => `${String(argsOf(row)[0])}: ${error instanceof Error ? error.message : String(error)}`;

export function offenders<Row>(rows: readonly Row[], check: (...args: Args<Row>) => void): string[] {
  const found: string[] = [];
  for (const row of rows) {
    try {
      check(...argsOf(row));
    } catch (error) {
      found.push(lineOf(row, error));
    }
  }
  return found;
}

/** `offenders` for a check that awaits, one row at a time. */
export async function offendersAsync<Row>(rows: readonly Row[], check: (...args: Args<Row>) => Promise<void>): Promise<string[]> {
  const found: string[] = [];
  for (const row of rows) {
    try {
      await check(...argsOf(row));
    } catch (error) {
      found.push(lineOf(row, error));
    }
  }
  return found;
}
