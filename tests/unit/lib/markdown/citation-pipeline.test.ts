/**
 * Fixture cases for the whole citation pipeline (guard, rehype-citation, our
 * links). Each folder under tests/fixtures/markdown/cases holds input.md and
 * either expected.html or expected-error.txt. Run with UPDATE=1 to rewrite the
 * expected files after a deliberate change, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reportOf } from '../../../../src/lib/core/build-error.ts';
import { takeProblems } from '../../../../src/lib/core/build-problems.ts';
import { renderMarkdownFile } from '../../../helpers/markdown.ts';

const CASES = 'tests/fixtures/markdown/cases';
const update = process.env.UPDATE === '1';

async function outcome(input: string): Promise<{ html?: string; error?: string }> {
  try {
    return { html: await renderMarkdownFile(input) };
  } catch (error) {
    return { error: reportOf(error) };
  } finally {
    takeProblems();
  }
}

describe('citation pipeline fixtures', () => {
  for (const name of readdirSync(CASES).sort()) {
    const dir = join(CASES, name);
    const expectedHtml = join(dir, 'expected.html');
    const expectedError = join(dir, 'expected-error.txt');
    test(`renders case "${name}" as expected`, async () => {
      const result = await outcome(join(dir, 'input.md'));
      if (update) {
        if (result.error !== undefined) writeFileSync(expectedError, `${result.error}\n`);
        else writeFileSync(expectedHtml, `${result.html}\n`);
      }
      if (existsSync(expectedError)) {
        expect(result.html, 'this case must fail').toBeUndefined();
        expect(result.error).toBe(readFileSync(expectedError, 'utf8').trimEnd());
      } else {
        expect(result.error, 'this case must render').toBeUndefined();
        expect(result.html).toBe(readFileSync(expectedHtml, 'utf8').trimEnd());
      }
    });
  }
});
