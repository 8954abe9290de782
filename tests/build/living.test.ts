/**
 * The living-evidence data as the built site shows it, recomputed here from the files under
 * surveillance/ with code of its own (not src/lib/living): the PRISMA flow's numbers, the trials
 * table and its counts, the approvals list, and the "Literature searched up to" line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../helpers/dist.ts';

interface Run {
  date: string;
  mode: string;
  searches: { search: string; source: string; records: { id: string }[] }[];
}
/** A surveillance list, or none when the file does not exist yet (the build reads a missing list as empty). */
const readYaml = (file: string): unknown[] => (existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as unknown[] | null) ?? []) : []);
const runs: Run[] = readdirSync('surveillance/runs')
  .sort()
  .map((f) => JSON.parse(readFileSync(join('surveillance/runs', f), 'utf8')) as Run);
const screening = readYaml('surveillance/screening.yaml') as {
  record: string;
  decision: string;
  stage?: string;
  reason?: string;
  study?: string;
  via?: string;
}[];
const registrations = readYaml('surveillance/registrations.yaml') as {
  nct: string;
  status: string;
  plannedEnd?: string;
  resultsPosted: boolean;
  checked: string;
}[];
const approvals = readYaml('surveillance/approvals.yaml') as { drug: string; forCondition: boolean }[];
const pages = builtPages();
const page = (url: string) => pages.find((p) => p.url === url)!;

describe('the PRISMA flow on Methods', () => {
  test('each number of its data is recounted from the runs and the screening log', () => {
    const csv = readFileSync(join(DIST, 'charts', 'methods', 'chart-prisma-flow.csv'), 'utf8');
    const cells = new Map(
      csv
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((line) => {
          const parts = line.split(',');
          return [parts.slice(1, -1).join(','), Number(parts.at(-1))] as const;
        }),
    );
    const ids = new Set([
      ...runs.filter((r) => r.mode !== 'replay').flatMap((r) => r.searches.flatMap((s) => s.records.map((x) => x.id))),
      ...screening.filter((d) => d.via).map((d) => d.record),
    ]);
    const decided = screening.filter((d) => ids.has(d.record) && d.decision !== 'pending' && d.decision !== 'duplicate');
    const excluded = (stage: string) => decided.filter((d) => d.decision === 'excluded' && d.stage === stage);
    const notRetrieved = excluded('eligibility').filter((d) => d.reason === 'report not retrievable').length;
    expect(cells.get('Records screened')).toBe(decided.length);
    expect(cells.get('Awaiting screening')).toBe(ids.size - decided.length - screening.filter((d) => d.decision === 'duplicate').length);
    expect(cells.get('Records excluded')).toBe(excluded('screening').length);
    expect(cells.get('Reports sought for retrieval')).toBe(decided.length - excluded('screening').length);
    expect(cells.get('Reports not retrieved')).toBe(notRetrieved);
    expect(cells.get('Reports assessed for eligibility')).toBe(decided.length - excluded('screening').length - notRetrieved);
    expect(cells.get('Reports and other works cited')).toBe(decided.filter((d) => d.decision === 'included').length);
    expect(cells.get('Studies with a page of their own')).toBe(new Set(decided.filter((d) => d.study).map((d) => d.study)).size);
    // A box with nothing in it (no record found by other methods) is drawn without a row in the data table.
    expect(cells.get('Other methods') ?? 0).toBe(screening.filter((d) => d.via).length);
  });

  test('the diagram is an accessible image with its data table', () => {
    const figure = select('#chart-prisma-flow', page('/methods/').tree)!;
    expect(select('svg[role="img"] > title', figure)).toBeTruthy();
    expect(selectAll('details table tbody tr', figure).length).toBeGreaterThan(5);
  });
});

/** The content page whose Markdown body uses a data directive (README, "Facts stated once"), as its built URL. */
function pageUsing(directive: RegExp): string | undefined {
  for (const collection of ['questions', 'claims', 'studies', 'pages']) {
    for (const f of readdirSync(join('src/content', collection)).filter((f) => f.endsWith('.md'))) {
      if (!directive.test(readFileSync(join('src/content', collection, f), 'utf8'))) continue;
      const id = f.replace(/\.md$/, '');
      return collection === 'pages' ? (id === 'home' ? '/' : `/${id}/`) : `/${collection}/${id}/`;
    }
  }
  return undefined;
}
const trialsPage = pageUsing(/^::registrations-table\s*$/m);
const approvalsPage = pageUsing(/:approved-drugs\b|^::approvals-table\s*$/m);
if (!trialsPage) console.info('tests/build/living.test.ts: no page uses ::registrations-table, so the trials table is not checked.');
if (!approvalsPage) console.info('tests/build/living.test.ts: no page uses :approved-drugs or ::approvals-table, so the approvals list is not checked.');

describe('registrations and approvals, stated once', () => {
  test.skipIf(!trialsPage)('the page with the trials table has one row per registration, and names every one past its planned end', () => {
    const trials = page(trialsPage!);
    const rows = selectAll('table tbody tr', trials.tree);
    expect(rows.map((r) => toString(r)).filter((t) => registrations.some((x) => t.includes(x.nct)))).toHaveLength(registrations.length);
    const pastDue = registrations.filter(
      (r) => !r.resultsPosted && !['TERMINATED', 'WITHDRAWN', 'SUSPENDED'].includes(r.status) && r.plannedEnd && r.plannedEnd.padEnd(10, '9') < r.checked,
    );
    for (const r of pastDue) expect(toString(trials.tree)).toContain(r.nct);
  });

  test.skipIf(!approvalsPage)('the page that lists the approvals names every approved drug', () => {
    const text = toString(page(approvalsPage!).tree);
    for (const a of approvals) expect(text).toContain(a.drug);
  });
});

describe('currency', () => {
  test('every current evidence page says up to when the literature was searched, as Methods does', () => {
    const evidence = pages.filter((p) => select('article[data-pagefind-body]', p.tree) && select('p.reviewed', p.tree));
    expect(evidence.length).toBeGreaterThan(0);
    const lines = new Set(evidence.map((p) => /Literature searched up to ([^.]+ \d{4})\./.exec(toString(select('p.reviewed', p.tree)!))?.[1]?.trim()));
    expect([...lines]).toHaveLength(1);
    expect(toString(page('/methods/').tree)).toContain(`The literature was searched up to ${[...lines][0]}.`);
  });
});
