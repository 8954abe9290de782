/**
 * Stable URLs: a renamed entry lists its old id in `formerIds`, and the built
 * site answers the old URL with a redirect to the new one: a meta-refresh page
 * for any host, and a real 301 from dist/_redirects where the host reads it
 * (checked in Cloudflare's runtime, wrangler pages dev). Built from a copy of
 * the project with tests/fixtures/redirects laid over it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild, projectCopy, removeCopy } from '../helpers/project.ts';
import { startPagesDev } from '../../src/cli/lib/pages-dev.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

describe('renamed pages', () => {
  test('the old URL redirects to the new one, with a real 301 where the host reads _redirects, and the new page is unchanged', async () => {
    const dir = projectCopy('tests/fixtures/redirects');
    copies.push(dir);
    const result = astroBuild(dir);
    expect(result.status, result.output).toBe(0);
    const old = readFileSync(join(dir, 'dist/questions/long-term-relief/index.html'), 'utf8');
    expect(old).toMatch(/<meta http-equiv="refresh" content="0;url=\/questions\/pain-relief-weeks-later\/"/);
    expect(old).toContain('href="https://ketamine-fibromyalgia-evidence.example.org/questions/pain-relief-weeks-later/"');
    expect(readFileSync(join(dir, 'dist/questions/pain-relief-weeks-later/index.html'), 'utf8')).toContain('data-evidence-body');

    expect(readFileSync(join(dir, 'dist/_redirects'), 'utf8')).toContain('/questions/long-term-relief/ /questions/pain-relief-weeks-later/ 301\n');
    const server = await startPagesDev(join(dir, 'dist'));
    try {
      for (const old of ['/questions/long-term-relief/', '/questions/long-term-relief']) {
        const response = await fetch(`${server.origin}${old}`, { redirect: 'manual' });
        expect(response.status, old).toBe(301);
        expect(response.headers.get('location'), old).toBe('/questions/pain-relief-weeks-later/');
      }
    } finally {
      await server.stop();
    }
  }, 360_000);
});
