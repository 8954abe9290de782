/**
 * Stable URLs: a renamed entry lists its old id in `formerIds`, and the built
 * site answers the old URL with a redirect to the new one. Built from a copy
 * of the project with tests/fixtures/redirects laid over it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, projectCopy, removeCopy } from '../helpers/project.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

describe('renamed pages', () => {
  test('the old URL redirects to the new one, and the new page is unchanged', () => {
    const dir = projectCopy('tests/fixtures/redirects');
    copies.push(dir);
    const result = astroBuild(dir);
    expect(result.status, result.output).toBe(0);
    const old = readFileSync(join(dir, 'dist/questions/long-term-relief/index.html'), 'utf8');
    expect(old).toMatch(/<meta http-equiv="refresh" content="0;url=\/questions\/pain-relief-weeks-later\/"/);
    expect(old).toContain('href="https://ketamine-fibromyalgia-evidence.example.org/questions/pain-relief-weeks-later/"');
    expect(readFileSync(join(dir, 'dist/questions/pain-relief-weeks-later/index.html'), 'utf8')).toContain('data-evidence-body');
  }, 240_000);
});
