/**
 * Keeps `npm run bench` working in CI: the quick mode builds a 20-page corpus
 * in three variants and must print the table with a number in every measured
 * cell. Timings are printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { COLUMNS } from '../../bench/lib/report.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function tableRows(output: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of output.split('\n')) {
    if (!line.startsWith('| ') || line.startsWith('| N ')) continue;
    const cells = line.slice(2, -2).split(' | ');
    rows.set(cells[2]!, cells);
  }
  return rows;
}

test('the quick benchmark prints a table with numeric cells for ours, floor and stock', () => {
  const run = spawnSync(process.execPath, ['bench/run.ts', '--quick'], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const rows = tableRows(run.stdout);
  expect([...rows.keys()].sort()).toEqual(['floor', 'ours', 'stock']);
  for (const [variant, cells] of rows) {
    expect(cells, variant).toHaveLength(COLUMNS.length);
    const numeric = [...cells.slice(0, 2), ...cells.slice(3)];
    for (const [i, cell] of numeric.entries()) expect(cell, `${variant}: ${COLUMNS[i < 2 ? i : i + 1]}`).toMatch(/^\d[\d.]*(\+[\d.]+)*( \([\d.+]+\))?$/);
  }
}, 300_000);
