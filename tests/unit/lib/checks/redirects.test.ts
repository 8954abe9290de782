import { describe, expect, test } from 'vitest';
import { parseRedirectsFile, redirectsFile } from '../../../../src/lib/checks/redirects.ts';

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
