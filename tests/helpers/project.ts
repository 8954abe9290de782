/**
 * Builds a copy of this project with some files replaced or removed, to prove
 * that bad input fails the build. Each fixture folder mirrors the project
 * layout; a `remove.txt` lists project paths to delete from the copy, and a
 * `base.txt` names another fixture folder to apply first (the guard fixtures
 * in tests/fixtures/build are broken variants of the fictional site in
 * tests/fixtures/fork, so they fail the same way in any fork of the project).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'references', 'surveillance'];
const CONTROL_FILES = new Set(['case.json', 'remove.txt', 'base.txt']);

export interface BuildResult {
  status: number | null;
  output: string;
  dir: string;
}

/**
 * A copy of the project in a temporary folder, with a fixture applied: first the
 * paths its `remove.txt` lists are deleted (folders too), then its files are laid
 * over the copy. `withTests` also copies the tests, to run them on the copy; `withVersions` copies the frozen
 * versions (versions/), so the copy builds every /…/v/<n>/ page.
 */
export function projectCopy(fixture?: string, { withTests = false, withVersions = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-build-'));
  const copied = [...COPIED, ...(withTests ? ['tests', 'vitest.config.ts'] : []), ...(withVersions ? ['versions'] : [])];
  for (const entry of copied) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (fixture) applyFixture(dir, fixture);
  return dir;
}

/** The fixture folder a fixture builds on (its `base.txt`, a path from the project root), if any. */
export function fixtureBase(fixture: string): string | undefined {
  const file = join(fixture, 'base.txt');
  return existsSync(file) ? join(ROOT, readFileSync(file, 'utf8').trim()) : undefined;
}

/** Lays a fixture over a copy: its base first, then its removals, then its files. */
export function applyFixture(dir: string, fixture: string): void {
  const base = fixtureBase(fixture);
  if (base) applyFixture(dir, base);
  const removals = join(fixture, 'remove.txt');
  if (existsSync(removals)) {
    for (const path of readFileSync(removals, 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, path), { force: true, recursive: true });
  }
  cpSync(fixture, dir, { recursive: true, filter: (src) => !CONTROL_FILES.has(src.split('/').pop()!) });
}

/** Runs `astro build --force` in `dir` on this Node (the project's pinned one). */
export function astroBuild(dir: string): BuildResult {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 180_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dir };
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
