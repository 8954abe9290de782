import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectRedirects, parseRedirectsFile, redirectsFile } from '../../../../src/lib/checks/redirects.ts';
import { release } from '../../../../src/lib/versions/snapshots.ts';

const FIXTURE = {
  '/questions/long-term-relief/': '/questions/pain-relief-weeks-later/',
  '/studies/smith2020/': '/studies/smith2020trial/',
  '/old-about/': '/about/',
};

describe('_redirects file', () => {
  test('writes one 301 per old URL, with and without its trailing slash, sorted by old URL', () => {
    const rules = redirectsFile(FIXTURE)
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(rules).toEqual([
      '/old-about /about/ 301',
      '/old-about/ /about/ 301',
      '/questions/long-term-relief /questions/pain-relief-weeks-later/ 301',
      '/questions/long-term-relief/ /questions/pain-relief-weeks-later/ 301',
      '/studies/smith2020 /studies/smith2020trial/ 301',
      '/studies/smith2020/ /studies/smith2020trial/ 301',
    ]);
  });

  test('forces the status for Netlify, which otherwise serves the meta-refresh page found at the old URL', () => {
    expect(redirectsFile(FIXTURE, { forced: true })).toContain('\n/old-about/ /about/ 301!\n');
    expect(parseRedirectsFile(redirectsFile(FIXTURE, { forced: true }))).toContainEqual({ from: '/old-about/', to: '/about/', status: 301 });
  });

  test('with no renamed pages, writes only its comment', () => {
    expect(redirectsFile({})).toMatch(/^#[^\n]*\n$/);
  });

  test('reads back the rules it writes', () => {
    const rules = parseRedirectsFile(redirectsFile(FIXTURE));
    expect(rules).toHaveLength(6);
    expect(rules).toContainEqual({ from: '/old-about/', to: '/about/', status: 301 });
  });
});

describe('a renamed page keeps its frozen URLs', () => {
  test("each /old/v/N/ answers 301 to /new/v/N/, in Astro's redirects and in _redirects", () => {
    const root = mkdtempSync(join(tmpdir(), 'redirects-'));
    const write = (file: string, text: string) => {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    write('src/content/questions/old-name.md', '---\ntitle: Q\n---\nOne\n');
    release(root, '2026-11-29');
    write('src/content/questions/old-name.md', '---\ntitle: Q\n---\nTwo\n');
    release(root, '2026-12-01');
    rmSync(join(root, 'src/content/questions/old-name.md'));
    write('src/content/questions/new-name.md', '---\ntitle: Q\nformerIds: [old-name]\n---\nTwo\n');
    const file = 'src/content/questions/new-name.md';
    const { redirects, problems } = collectRedirects(
      [{ collection: 'questions', id: 'new-name', file, frontmatter: { formerIds: ['old-name'] } }] as never,
      root,
    );
    rmSync(root, { recursive: true, force: true });
    expect(problems).toEqual([]);
    expect(redirects).toEqual({
      '/questions/old-name/': '/questions/new-name/',
      '/questions/old-name/v/1/': '/questions/new-name/v/1/',
      '/questions/old-name/v/2/': '/questions/new-name/v/2/',
    });
    expect(redirectsFile(redirects)).toContain(
      '\n/questions/old-name/v/2 /questions/new-name/v/2/ 301\n/questions/old-name/v/2/ /questions/new-name/v/2/ 301\n',
    );
  });
});
