/**
 * Bad input fails the build. Each folder in tests/fixtures/build is a broken
 * variant of this project (files that replace or remove project files) and a
 * case.json listing what the error output must contain. A build that exits 0
 * on any of them is a failure of the guards.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, projectCopy, removeCopy } from '../helpers/project.ts';

const FIXTURES = 'tests/fixtures/build';
/** Builds take seconds alone and much longer on a busy machine; timings are never asserted here. */
const BUILD_TIMEOUT = 240_000;
const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

describe('the build rejects bad input', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const { expect: expected } = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as { expect: string[] };
    test(
      `fails with a clear message on fixture "${name}"`,
      () => {
        const dir = projectCopy(join(FIXTURES, name));
        copies.push(dir);
        const result = astroBuild(dir);
        expect(result.status, result.output).not.toBe(0);
        for (const text of expected) expect(result.output).toContain(text);
      },
      BUILD_TIMEOUT,
    );
  }

  test(
    'fails again on a second build of the same broken input (no cached silent success)',
    () => {
      const dir = projectCopy(join(FIXTURES, 'unknown-cite-key'));
      copies.push(dir);
      const first = astroBuild(dir);
      const second = astroBuild(dir);
      expect(first.status).not.toBe(0);
      expect(second.status, second.output).not.toBe(0);
      expect(second.output).toContain('unknown cite key "noppers2011absense"');
    },
    BUILD_TIMEOUT,
  );

  test(
    'builds the unmodified project (the fixtures fail for their own reason)',
    () => {
      const dir = projectCopy();
      copies.push(dir);
      const result = astroBuild(dir);
      expect(result.status, result.output).toBe(0);
    },
    BUILD_TIMEOUT,
  );
});
