import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EvidenceBuildError, EvidenceBuildErrors, closest, formatLocation, reportOf, throwIfAny } from '../../../../src/lib/core/build-error.ts';

describe('EvidenceBuildError', () => {
  test('reports file, line, column, problem and fix on two lines', () => {
    const error = new EvidenceBuildError({ file: 'a.md', line: 3, column: 7 }, 'something is wrong.', 'do this.');
    expect(error.report).toBe('a.md:3:7: something is wrong.\n  Fix: do this.');
    expect(reportOf(error)).toBe(error.report);
  });

  test('keeps its report when a caller rewrites the message', () => {
    const error = new EvidenceBuildError({ file: 'a.md' }, 'p.', 'f.');
    error.message = `Failed to parse Markdown file "/abs/a.md":\n${error.message}`;
    expect(reportOf(error)).toBe('a.md: p.\n  Fix: f.');
  });

  test('keeps the error it wraps as its cause', () => {
    const cause = new Error('citeproc crashed');
    expect(new EvidenceBuildError({ file: 'a.md' }, 'p.', 'f.', { cause }).cause).toBe(cause);
  });

  test('formats a location without line or column as the file alone', () => {
    expect(formatLocation({ file: 'x.bib' })).toBe('x.bib');
    expect(formatLocation({ file: 'x.bib', line: 2 })).toBe('x.bib:2');
  });
});

describe('throwIfAny', () => {
  test('does nothing for no problems, throws one alone, and groups several', () => {
    expect(() => throwIfAny([])).not.toThrow();
    const one = new EvidenceBuildError({ file: 'a' }, 'p1.', 'f1.');
    const two = new EvidenceBuildError({ file: 'b' }, 'p2.', 'f2.');
    expect(() => throwIfAny([one])).toThrow(one);
    try {
      throwIfAny([one, two]);
    } catch (error) {
      expect(error).toBeInstanceOf(EvidenceBuildErrors);
      expect(reportOf(error)).toBe('2 problems in the evidence sources:\na: p1.\n  Fix: f1.\nb: p2.\n  Fix: f2.');
    }
    expect.assertions(4);
  });
});

describe('closest', () => {
  test('suggests a near-miss key and nothing for an unrelated one', () => {
    const keys = ['noppers2011absence', 'gravennielsen2000ketamine', 'cohen2006intravenous'];
    expect(closest('noppers2011absense', keys)).toBe('noppers2011absence');
    expect(closest('cohen2006intravenus', keys)).toBe('cohen2006intravenous');
    expect(closest('zzz', keys)).toBeUndefined();
  });
});

describe('README sections named in error messages', () => {
  test('every README section an error message sends authors to exists', () => {
    const named = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts'))
      .flatMap((path) =>
        [...readFileSync(join('src', path), 'utf8').matchAll(/([\w./-]*README\.md) \("([^"]+)"\)/g)].map(([, readme, section]) => ({
          where: join('src', path),
          readme: readme!,
          section: section!,
        })),
      );
    expect(named.length, 'no error message names a README section: is the pattern out of date?').toBeGreaterThan(0);
    for (const { where, readme, section } of named) {
      const headings = readFileSync(readme, 'utf8')
        .split('\n')
        .filter((line) => /^#{1,6} /.test(line))
        .map((line) => line.replace(/^#+ /, '').trim());
      expect(headings, `${where} names the section "${section}" of ${readme}`).toContain(section);
    }
  });
});
