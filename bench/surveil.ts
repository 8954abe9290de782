/**
 * `npm run bench:surveil`: writes a replay directory whose saved searches return 500 records in all
 * (surveillance/searches.yaml and the real bibliography's DOIs), then times
 * `npm run surveil -- --replay` on it end to end, in a child process as a user runs it. Target: under 5 s.
 * `--records N` changes the total; `--fixture` instead rewrites tests/fixtures/surveillance/replay
 * (3 records per search) for the end-to-end test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectBibliography } from '../src/lib/markdown/bibliography.ts';
import { readRegistrations, readSearches } from '../src/lib/surveillance/data-files.ts';
import { writeReplay } from './lib/surveil-replay.ts';

const { values } = parseArgs({ options: { records: { type: 'string', default: '500' }, fixture: { type: 'boolean', default: false } } });
const searches = readSearches('surveillance/searches.yaml');
const live = searches.filter((s) => s.source !== 'manual');
const references = projectBibliography().references.values();
const date = '2026-12-07';

if (values.fixture) {
  const dir = resolve('tests/fixtures/surveillance/replay');
  rmSync(dir, { recursive: true, force: true });
  const ncts = readRegistrations('tests/fixtures/surveillance/registrations.yaml').map((r) => r.nct);
  writeReplay(dir, { searches, perSearch: 3, date, ncts, references });
  console.log(`Wrote ${dir}`);
} else {
  const total = Number(values.records);
  const work = mkdtempSync(join(tmpdir(), 'bench-surveil-'));
  writeReplay(join(work, 'replay'), { searches, perSearch: Math.ceil(total / live.length), date, ncts: [], references });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['src/cli/surveil.ts', '--replay', join(work, 'replay'), '--out', join(work, 'runs'), '--date', date], {
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  rmSync(work, { recursive: true, force: true });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  console.log(`surveil --replay: ${live.length} searches, ${Math.ceil(total / live.length) * live.length} records: ${seconds.toFixed(2)} s (target under 5 s)`);
}
