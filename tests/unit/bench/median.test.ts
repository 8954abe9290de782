/** With --repeat, each row keeps its median run and lists every run. */
import { describe, expect, test } from 'vitest';
import { medianRow } from '../../../bench/lib/cell.ts';
import { ratios, type Row } from '../../../bench/lib/report.ts';

const run = (totalSeconds: number, extra: Partial<Row> = {}): Row => ({
  pages: 1000,
  references: 20,
  variant: 'ours',
  astroSeconds: totalSeconds - 1,
  pagefindSeconds: 1,
  totalSeconds,
  peakBytes: totalSeconds * 1e6,
  ...extra,
});

describe('medianRow', () => {
  test('keeps the timings of the median run and the first run of everything else', () => {
    const first = run(46, { query: { gzipBytes: 95_000 } as Row['query'] });
    const row = medianRow([first, run(39), run(41)]);
    expect(row.totalSeconds).toBe(41);
    expect(row.astroSeconds).toBe(40);
    expect(row.peakBytes).toBe(41e6);
    expect(row.totalRuns).toEqual([46, 39, 41]);
    expect(row.query).toBe(first.query);
  });

  test('a single run is returned as it is, without a list of runs', () => {
    expect(medianRow([run(30)])).toEqual(run(30));
  });

  test('a failed run makes the row a failure', () => {
    expect(medianRow([run(30), { pages: 1000, references: 20, variant: 'ours', error: 'astro build exited 1' }]).error).toBe('astro build exited 1');
  });

  test('the ratios list every run of a repeated cell', () => {
    const rows = [medianRow([run(46), run(39), run(41)]), { ...medianRow([run(29), run(27), run(30)]), variant: 'floor' as const }];
    expect(ratios(rows)).toContain('ours/floor build 1.41×');
    expect(ratios(rows)).toContain('medians of ours 46.0, 39.0, 41.0 s; floor 29.0, 27.0, 30.0 s');
  });
});
