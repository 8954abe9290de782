/**
 * Astro swallows no guard. Every fixture in tests/fixtures/build fails the guards
 * in process (tests/unit/lib/checks/guard-fixtures.test.ts); here one fixture per
 * stage of Astro's build where an error could be logged and lost (pre-build in
 * `astro:config:setup`, content sync, render, and the checks on built pages in
 * `astro:build:done`) is built for real, and must fail the build with its message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BUILT_FIXTURES, GUARD_FIXTURES } from '../helpers/guard-check.ts';
import { astroBuild, projectCopy, removeCopy, type BuildResult } from '../helpers/project.ts';

/** Builds take seconds alone and much longer on a busy machine; timings are never asserted here. */
const BUILD_TIMEOUT = 240_000;
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

const expected = (name: string) => (JSON.parse(readFileSync(join(GUARD_FIXTURES, name, 'case.json'), 'utf8')) as { expect: string[] }).expect;

const firstBuilds = new Map<string, BuildResult>();
/** The first build of a fixture's copy; the copy is kept for a second build. */
function firstBuild(name: string): BuildResult {
  let result = firstBuilds.get(name);
  if (!result) {
    const dir = projectCopy(join(GUARD_FIXTURES, name));
    copies.push(dir);
    result = astroBuild(dir);
    firstBuilds.set(name, result);
  }
  return result;
}

describe('a real build fails with a clear message', () => {
  test.each(Object.entries(BUILT_FIXTURES))(
    'at %s, on fixture "%s"',
    (_stage, name) => {
      const result = firstBuild(name);
      expect(result.status, result.output).not.toBe(0);
      for (const text of expected(name)) expect(result.output).toContain(text);
    },
    BUILD_TIMEOUT,
  );

  test(
    'fails again on a second build of the same broken input (no cached silent success)',
    () => {
      const first = firstBuild(BUILT_FIXTURES.render);
      const second = astroBuild(first.dir);
      expect(first.status).not.toBe(0);
      expect(second.status, second.output).not.toBe(0);
      for (const text of expected(BUILT_FIXTURES.render)) expect(second.output).toContain(text);
    },
    BUILD_TIMEOUT * 2,
  );
});
