import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_POLICY, withHeaderPolicy } from '../../../../src/lib/core/security-policy.ts';

describe('withHeaderPolicy', () => {
  test("writes the header policy (the meta tag's plus frame-ancestors) into the Content-Security-Policy line and keeps every other line", () => {
    const headers =
      '# comment\n/*\n  Content-Security-Policy: (written by the build)\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: immutable\n';
    expect(withHeaderPolicy(headers, '_headers')).toBe(
      `# comment\n/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: immutable\n`,
    );
  });

  test('fills in the line that public/_headers holds', () => {
    expect(withHeaderPolicy(readFileSync('public/_headers', 'utf8'), 'public/_headers')).toContain(`  Content-Security-Policy: ${HEADER_POLICY}\n`);
  });

  test('fails naming the file when it has no Content-Security-Policy line', () => {
    expect(() => withHeaderPolicy('/*\n  X-Content-Type-Options: nosniff\n', 'dist/_headers')).toThrow(/dist\/_headers.*Content-Security-Policy/s);
  });
});
