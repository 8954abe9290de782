/**
 * `npm run bench:surveil`: writes a replay directory whose saved searches return 500 records in all
 * (surveillance/searches.yaml and the real bibliography's DOIs), then times
 * `npm run surveil -- --replay` on it end to end, in a child process as a user runs it. Target: under 5 s.
 * `--records N` changes the total; `--fixture` instead rewrites tests/fixtures/surveillance/replay
 * (3 records per search) from the data files kept in that folder, for the end-to-end test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBibliography, projectBibliography } from '../src/lib/core/bibliography/load.ts';
import { readRegistrations, readSearches } from '../src/lib/surveillance/data-files.ts';
import { writeReplay } from './lib/surveil-replay.ts';

const { values } = parseArgs({ options: { records: { type: 'string', default: '500' }, fixture: { type: 'boolean', default: false } } });
const searches = readSearches('surveillance/searches.yaml');
const live = searches.filter((s) => s.source !== 'manual');
const references = projectBibliography().references.values();
const date = '2026-12-07';

if (values.fixture) {
  // The fixture folder keeps its own data files (searches, registrations, a fictional bibliography) and only its answers are rewritten.
  const dir = resolve('tests/fixtures/surveillance/replay');
  for (const host of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) rmSync(join(dir, host.name), { recursive: true });
  const ncts = readRegistrations(join(dir, 'registrations.yaml')).map((r) => r.nct);
  const fixtureReferences = loadBibliography(join(dir, 'library.bib'), process.cwd()).references.values();
  writeReplay(dir, { searches: readSearches(join(dir, 'searches.yaml')), perSearch: 3, date, ncts, references: fixtureReferences });
  console.log(`Wrote ${dir}`);
} else {
  const total = Number(values.records);
  const work = mkdtempSync(join(tmpdir(), 'bench-surveil-'));
  writeReplay(join(work, 'replay'), { searches, perSearch: Math.ceil(total / live.length), date, ncts: [], references });
  // The benchmark times the searches and the DOI checks; it tracks no registration.
  writeFileSync(join(work, 'replay', 'registrations.yaml'), '[]\n');
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
