import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { surveilOptions } from '../../../src/cli/surveil.ts';
import { SurveillanceRunSchema } from '../../../src/schemas/surveillance-run.ts';

const CLI = resolve('src/cli/surveil.ts');
const REPLAY = 'tests/fixtures/surveillance/replay';
const REGISTRATIONS = 'tests/fixtures/surveillance/replay/registrations.yaml';
const surveil = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'surveil-'));

describe('npm run surveil', () => {
  test('replays the recorded answers end to end and writes a run file that passes its schema', () => {
    const out = tmp();
    const run = surveil('--replay', REPLAY, '--out', out, '--date', '2026-12-07', '--registrations', REGISTRATIONS);
    expect(run.stderr).toContain('Wrote');
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toEqual(['2026-12-07.json']);
    const written = SurveillanceRunSchema.parse(JSON.parse(readFileSync(join(out, '2026-12-07.json'), 'utf8')));
    expect(written).toMatchObject({ date: '2026-12-07', mode: 'replay', identifierProblems: [], notices: [] });
    expect(written.searches.map((s) => s.search)).toEqual([
      'pubmed-ketamine-fibromyalgia',
      'pubmed-ketamine-chronic-pain-reviews',
      'ctgov-ketamine-fibromyalgia',
      'openfda-fibromyalgia-labels',
    ]);
    expect(written.registrations).toEqual([
      { nct: 'NCT99000001', status: 'COMPLETED', start: '2024-01', plannedEnd: '2025-06-30', resultsPosted: false, lastUpdate: '2025-07-15' },
    ]);
    expect(run.stdout).toContain('Past their planned end on 2026-12-07 without posted results: 1');
  });

  test('compares with the newest earlier run: a new record and a changed registry status', () => {
    const out = tmp();
    const first = surveil('--replay', REPLAY, '--out', out, '--date', '2026-12-07', '--registrations', REGISTRATIONS);
    expect(first.status).toBe(0);
    const previous = JSON.parse(readFileSync(join(out, '2026-12-07.json'), 'utf8'));
    previous.date = '2026-11-01';
    previous.searches[0].records.shift();
    previous.registrations[0].status = 'RECRUITING';
    writeFileSync(join(out, '2026-11-01.json'), JSON.stringify(previous));
    const second = surveil('--replay', REPLAY, '--out', out, '--date', '2026-12-07', '--registrations', REGISTRATIONS);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/New records since 2026-11-01: 1\n.*\n.*\n\s+pubmed-ketamine-fibromyalgia\s+pmid:90000001/);
    expect(second.stdout).toMatch(/Changed registry states: 1\n.*\n.*\n\s+NCT99000001\s+status\s+RECRUITING\s+COMPLETED/);
  });

  test('an unreachable service exits non-zero, names the service and writes nothing', () => {
    const out = tmp();
    const replay = tmp();
    cpSync(REPLAY, replay, { recursive: true });
    const crossref = join(replay, 'api.crossref.org');
    for (const name of readdirSync(crossref).slice(0, 1)) writeFileSync(join(crossref, name), '{"status": 500, "body": "Internal error"}');
    const run = surveil('--replay', replay, '--out', out, '--date', '2026-12-07');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/surveil: Crossref could not be reached: HTTP 500 from https:\/\/api\.crossref\.org\/works\/.*\nNothing was written\./);
    expect(readdirSync(out)).toEqual([]);
    const missing = surveil('--replay', tmp(), '--out', out, '--date', '2026-12-07');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('PubMed (NCBI E-utilities) could not be reached: fetch failed: no recorded answer in ');
    expect(readdirSync(out)).toEqual([]);
  });

  test('a malformed searches file names the file, the line and the field', () => {
    const dir = tmp();
    const searches = join(dir, 'searches.yaml');
    writeFileSync(
      searches,
      '- id: pubmed-x\n  source: pubmed\n  query: ketamine\n  limits:\n    maxRecords: lots\n  purpose: A search whose limit is not a number.\n',
    );
    const run = surveil('--searches', searches, '--replay', REPLAY, '--out', join(dir, 'runs'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${searches}:5: `);
    expect(run.stderr).toContain('(at 0.limits.maxRecords)');
    expect(existsSync(join(dir, 'runs'))).toBe(false);
  });

  test('--apply updates the registry fields of registrations.yaml and keeps its comments', () => {
    const dir = tmp();
    const registrations = join(dir, 'registrations.yaml');
    cpSync(REGISTRATIONS, registrations);
    const run = surveil('--replay', REPLAY, '--out', join(dir, 'runs'), '--date', '2026-12-07', '--registrations', registrations, '--apply');
    expect(run.status).toBe(0);
    const text = readFileSync(registrations, 'utf8');
    expect(text).toContain('# Fixture registrations for tests');
    expect(text).toContain('status: COMPLETED');
    expect(text).toContain('lastUpdate: 2025-07-15');
    expect(text).toMatch(/checked: "?2026-12-07"?/);
    expect(text).toContain('design: Synthetic fixture registration used by the surveillance tests.');
  });

  test('reads its options and rejects an unknown one or a date not on the calendar', () => {
    expect(surveilOptions([], '2026-12-07')).toMatchObject({
      out: 'surveillance/runs',
      date: '2026-12-07',
      apply: false,
      registrations: 'surveillance/registrations.yaml',
    });
    expect(() => surveilOptions(['--replay-dir', 'x'])).toThrow("Unknown option '--replay-dir'");
    expect(() => surveilOptions(['--date', '2026-02-30'])).toThrow('--date 2026-02-30 is not a calendar date');
  });
});
