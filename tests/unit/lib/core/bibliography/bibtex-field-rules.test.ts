/**
 * The bibliography's field rules, on BibTeX text as an author would write it:
 * each failure names the entry, the field and the line.
 */
import { describe, expect, test } from 'vitest';
import { reportOf } from '../../../../../src/lib/core/build-error.ts';
import { loadBibliography } from '../../../../../src/lib/core/bibliography/load.ts';
import { parseBibliography } from '../../../../../src/lib/core/bibliography/check.ts';

/** An article whose fields after the author are `fields` (one per line, from line 4). */
const entry = (fields: string) => `@article{noppers2011absence,
  author  = {Noppers, Ingeborg},
  journal = {European Journal of Pain},
${fields}
}
`;

function failure(fields: string): string {
  try {
    parseBibliography(entry(fields), 'library.bib');
  } catch (error) {
    return reportOf(error);
  }
  throw new Error('the entry was accepted');
}

describe('bibliography field rules', () => {
  test('accepts the real bibliography', () => {
    expect(loadBibliography('references/library.bib').references.size).toBeGreaterThan(0);
  });

  test('accepts a four-digit year, a month macro and a numeric month, and decoded accents', () => {
    expect(() => parseBibliography(entry('  title = {Ren{\\\'e} and S{\\"o}rensen},\n  year = {2011},\n  month = oct'), 'library.bib')).not.toThrow();
    expect(() => parseBibliography(entry('  title = {T},\n  year = 2011,\n  month = {10}'), 'library.bib')).not.toThrow();
  });

  test('refuses an entry without a year even when it has a month', () => {
    expect(failure('  title = {T},\n  month = oct')).toMatch(/library\.bib:1: entry "noppers2011absence", field year: has no year/);
  });

  test('refuses a year that is not a number', () => {
    expect(failure('  title = {T},\n  year = {2011a}')).toMatch(/library\.bib:5: entry "noppers2011absence", field year: has year "2011a"/);
  });

  test('refuses a year after this year', () => {
    expect(failure('  title = {T},\n  year = {2999}')).toMatch(/library\.bib:5: .*field year: has year 2999 lies in the future/);
  });

  test('refuses a month outside 1–12 and a month that is not a macro', () => {
    expect(failure('  title = {T},\n  year = {2011},\n  month = {13}')).toMatch(/library\.bib:6: .*field month: has month "13"/);
    expect(failure('  title = {T},\n  year = {2011},\n  month = {October}')).toMatch(/library\.bib:6: .*field month/);
  });

  test('refuses a LaTeX command left over after decoding, naming the field and its line', () => {
    expect(failure('  title = {{\\AA}ngstr{\\"o}m and {\\aa}},\n  year = {2011}')).toMatch(
      /library\.bib:4: entry "noppers2011absence", field title: keeps the LaTeX command "\\AA/,
    );
  });

  test('refuses a javascript: url and raw HTML in a field', () => {
    expect(failure('  title = {T},\n  year = {2011},\n  url = {javascript:alert(document.domain)}')).toMatch(
      /library\.bib:6: entry "noppers2011absence", field url: has the URL scheme "javascript:"/,
    );
    expect(failure('  title = {T <img src=x onerror=alert(1)>},\n  year = {2011}')).toMatch(/library\.bib:4: .*field title: has raw HTML/);
  });
});
