/**
 * What changed since the previous run, as the sections of the table `npm run surveil` prints:
 * new records, changed registry states, trials past their planned end without results, notices on
 * cited works, identifiers that do not match their entry, and approvals not yet listed.
 */
import type { Approval } from '../../schemas/approval.ts';
import type { Registration } from '../../schemas/registration.ts';
import type { RegistrationState, SurveillanceRun } from '../../schemas/surveillance-run.ts';

export interface Section {
  title: string;
  /** Column headings. */
  columns: string[];
  rows: string[][];
}

/** True when a partial date (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly before `date` (YYYY-MM-DD). */
export const before = (partial: string, date: string) => partial < date.slice(0, partial.length);

/** Whether an approval's generic name is one the approvals list already names. */
export function listedApproval(drug: string, listed: readonly Approval[]): boolean {
  const words = new Set(
    drug
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  const head = drug.toLowerCase().split(/[^a-z0-9]+/)[0] ?? '';
  return listed.some((a) => {
    const theirs = a.drug
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    return theirs.every((w) => words.has(w)) || theirs.includes(head);
  });
}

const STATE_FIELDS = ['status', 'start', 'plannedEnd', 'resultsPosted', 'lastUpdate'] as const;

/** The sections comparing `run` with `previous` (undefined for a first run). */
export function compareRuns(
  run: SurveillanceRun,
  previous: SurveillanceRun | undefined,
  registrations: readonly Registration[],
  approvals: readonly Approval[] | undefined,
): Section[] {
  const seen = new Set(previous?.searches.flatMap((s) => s.records.map((r) => r.id)) ?? []);
  const newRecords = run.searches.flatMap((s) => s.records.filter((r) => !seen.has(r.id)).map((r) => [s.search, r.id, r.date ?? '', r.title]));

  const earlier = new Map<string, Partial<RegistrationState>>(registrations.map((r) => [r.nct, r]));
  for (const r of previous?.registrations ?? []) earlier.set(r.nct, r);
  const changed = run.registrations.flatMap((now) => {
    const then = earlier.get(now.nct);
    if (!then) return [[now.nct, '(new)', '', '']];
    return STATE_FIELDS.filter((f) => String(then[f] ?? '') !== String(now[f] ?? '')).map((f) => [now.nct, f, String(then[f] ?? '—'), String(now[f] ?? '—')]);
  });

  const overdue = run.registrations
    .filter((r) => r.plannedEnd && before(r.plannedEnd, run.date) && !r.resultsPosted && r.status !== 'WITHDRAWN')
    .map((r) => [r.nct, r.status, r.plannedEnd!, r.lastUpdate ?? '']);

  const known = new Set(previous?.notices.map((n) => `${n.doi}|${n.kind}|${n.noticeDoi ?? ''}`) ?? []);
  const notices = run.notices.map((n) => [
    n.key,
    n.doi,
    n.kind,
    n.noticeDoi ?? '',
    n.date ?? '',
    known.has(`${n.doi}|${n.kind}|${n.noticeDoi ?? ''}`) ? '' : 'new',
  ]);

  const identifiers = run.identifierProblems.map((p) => [p.key, p.id, p.problem, p.found ?? '']);

  const unlisted = approvals === undefined ? run.approvals : run.approvals.filter((a) => !listedApproval(a.drug, approvals));
  return [
    {
      title: previous ? `New records since ${previous.date}` : 'Records (first run: every record is new)',
      columns: ['search', 'id', 'date', 'title'],
      rows: newRecords,
    },
    { title: 'Changed registry states', columns: ['NCT', 'field', 'was', 'now'], rows: changed },
    { title: `Past their planned end on ${run.date} without posted results`, columns: ['NCT', 'status', 'planned end', 'last update'], rows: overdue },
    { title: 'Notices on cited works', columns: ['key', 'DOI', 'kind', 'notice DOI', 'date', ''], rows: notices },
    { title: 'Identifiers that do not match their entry', columns: ['key', 'id', 'problem', 'title found'], rows: identifiers },
    {
      title:
        approvals === undefined ? 'Approvals reported (no surveillance/approvals.yaml to compare with)' : 'Approvals not listed in surveillance/approvals.yaml',
      columns: ['drug', 'brand', 'application', 'label date'],
      rows: unlisted.map((a) => [a.drug, a.brand ?? '', a.application ?? '', a.labelDate ?? '']),
    },
  ];
}

/** Rows shown per section; the rest are counted ("… and 480 more") and are all in the run file. */
export const SHOWN_ROWS = 25;
const MAX_CELL = 70;

/** The sections as plain-text tables. */
export function formatSections(sections: readonly Section[], shown = SHOWN_ROWS): string {
  return sections
    .map(({ title, columns, rows }) => {
      const head = `${title}: ${rows.length === 0 ? 'none' : rows.length}`;
      if (rows.length === 0) return head;
      const visible = rows.slice(0, shown).map((row) => row.map((cell) => (cell.length > MAX_CELL ? `${cell.slice(0, MAX_CELL - 1)}…` : cell)));
      const widths = columns.map((c, i) => Math.max(c.length, ...visible.map((r) => r[i]!.length)));
      const line = (cells: readonly string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
      const more = rows.length > shown ? [`  … and ${rows.length - shown} more (all are in the run file)`] : [];
      return [head, line(columns), line(widths.map((w) => '-'.repeat(w))), ...visible.map(line), ...more].join('\n');
    })
    .join('\n\n');
}
