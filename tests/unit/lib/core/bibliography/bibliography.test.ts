import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBibliography } from '../../../../../src/lib/core/bibliography/load.ts';
import { parseBibliography } from '../../../../../src/lib/core/bibliography/check.ts';
import { scanKeys } from '../../../../../src/lib/core/bibliography/scan.ts';
import { reportOf } from '../../../../../src/lib/core/build-error.ts';

const FIXTURES = 'tests/fixtures/bibliography';
const failure = (file: string) => {
  try {
    loadBibliography(`${FIXTURES}/${file}`);
  } catch (error) {
    return reportOf(error);
  }
  throw new Error(`${file} loaded without an error`);
};

describe('loadBibliography', () => {
  test('parses every entry into CSL-JSON with the line it starts on', () => {
    const bib = loadBibliography(`${FIXTURES}/valid.bib`);
    expect([...bib.references.keys()]).toEqual(['noppers2011absence', 'nct04436250']);
    const noppers = bib.references.get('noppers2011absence')!;
    expect(noppers.line).toBe(2);
    expect(noppers.csl).toMatchObject({
      type: 'article-journal',
      title: 'Absence of long-term analgesic effect from a short-term S-ketamine infusion',
      'container-title': 'European Journal of Pain',
      volume: '15',
      issue: '9',
      page: '942-949',
      DOI: '10.1000/example.doi',
      PMID: '12345678',
    });
    expect(noppers.csl.author).toEqual([
      { family: 'Noppers', given: 'Ingeborg' },
      { family: 'Sarton', given: 'Elise' },
    ]);
  });

  test('returns the same parsed object on a second call (parsed once per build)', () => {
    expect(loadBibliography(`${FIXTURES}/valid.bib`)).toBe(loadBibliography(`${FIXTURES}/valid.bib`));
  });

  test('an edited file is parsed again, even one rewritten at once with the same size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bib-'));
    try {
      const file = join(dir, 'library.bib');
      const valid = readFileSync(`${FIXTURES}/valid.bib`, 'utf8');
      writeFileSync(file, valid);
      const first = loadBibliography('library.bib', dir);
      writeFileSync(file, valid.replace('noppers2011absence', 'noppers2011absencf'));
      const second = loadBibliography('library.bib', dir);
      expect(second).not.toBe(first);
      expect(second.references.has('noppers2011absencf')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unchanged file last modified long ago is recognised by its size, inode and time, without reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bib-'));
    try {
      const file = join(dir, 'library.bib');
      const valid = readFileSync(`${FIXTURES}/valid.bib`, 'utf8');
      const old = new Date(Date.now() - 60_000);
      writeFileSync(file, valid);
      utimesSync(file, old, old);
      const first = loadBibliography('library.bib', dir);
      // Same size, inode and modification time, other content: only a read would notice.
      writeFileSync(file, valid.replace('noppers2011absence', 'noppers2011absencf'));
      utimesSync(file, old, old);
      expect(loadBibliography('library.bib', dir)).toBe(first);
      utimesSync(file, new Date(), new Date());
      expect(loadBibliography('library.bib', dir).references.has('noppers2011absencf')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fails on a duplicate key, naming both lines', () => {
    expect(failure('duplicate-key.bib')).toBe(
      'tests/fixtures/bibliography/duplicate-key.bib:8: duplicate cite key "alpha2001first" (first defined on line 1); the parser would silently keep only the last one.\n' +
        '  Fix: give one of the two entries a different key, or delete the duplicate.',
    );
  });

  test('fails on malformed BibTeX with the file, line, column and entry', () => {
    const message = failure('malformed.bib');
    expect(message).toMatch(/^tests\/fixtures\/bibliography\/malformed\.bib:10:3: malformed BibTeX in entry "beta2002second": /);
    expect(message).toContain('Fix: close every brace');
  });

  test('fails on an entry that is never closed', () => {
    expect(failure('unclosed.bib')).toMatch(/^tests\/fixtures\/bibliography\/unclosed\.bib:\d+:\d+: malformed BibTeX in entry "alpha2001first"/);
  });

  test('reports an unclosed brace in a field against the entry that has it, not the next one', () => {
    expect(failure('unclosed-title.bib')).toBe(
      'tests/fixtures/bibliography/unclosed-title.bib:10:13: malformed BibTeX in entry "beta2002second": a brace opened here is never closed, so the entry runs on into the next one.\n' +
        "  Fix: close the brace at the end of this field's value, e.g. `title = {…},`.",
    );
  });

  test('fails on an empty bibliography', () => {
    expect(failure('empty.bib')).toMatch(/^tests\/fixtures\/bibliography\/empty\.bib: the bibliography has no entries/);
  });

  test('fails on a missing bibliography file', () => {
    expect(failure('does-not-exist.bib')).toMatch(
      /^tests\/fixtures\/bibliography\/does-not-exist\.bib: the bibliography file does not exist or cannot be read\./,
    );
  });

  test('fails on an article without author or journal, naming the fields', () => {
    expect(failure('missing-fields.bib')).toBe(
      'tests/fixtures/bibliography/missing-fields.bib:1: entry "alpha2001first" is missing required field(s): author, journal.\n' +
        '  Fix: add author, journal to the entry, as printed on the source; if no source confirms it, declare `omitted = {author, journal}` instead (see references/README.md).',
    );
  });

  test('accepts a required field left out on purpose when the entry declares it omitted', () => {
    const text = '@article{alpha2001first,\n  author = {Alpha, A.},\n  journal = {J Tests},\n  year = {2001},\n  omitted = {title}\n}\n';
    expect(parseBibliography(text, 'refs.bib').references.get('alpha2001first')!.csl.title).toBeUndefined();
    expect(() => parseBibliography(text.replace('omitted = {title}', 'note = {x}'), 'refs.bib')).toThrow(/missing required field\(s\): title/);
  });

  test('fails on a malformed DOI, PubMed, PubMed Central or trial number, naming the entry, the field and the form', () => {
    const message = failure('bad-identifiers.bib');
    expect(message).toContain(
      'bad-identifiers.bib:1: entry "alpha2001first": doi "doi 10.1016 slash bad" is not a DOI (write it like 10.1016/j.pain.2011.03.026, without a URL or prefix).',
    );
    expect(message).toContain('entry "alpha2001first": pmid "PMID: 123" is not a PMID');
    expect(message).toContain('entry "alpha2001first": pmcid "8675611" is not a PMCID');
    expect(message).toContain('bad-identifiers.bib:11: entry "nct1234567": registry number "NCT1234567" is not a NCT number (NCT followed by 8 digits).');
    expect(message).toContain('Fix: copy the identifier exactly as the record of the work shows it');
  });

  test('fails on a key that is not lowercase', () => {
    expect(failure('bad-key.bib')).toMatch(/bad-key\.bib:1: cite key "Alpha2001First" is not lowercase/);
  });
});

describe('scanKeys', () => {
  test('skips @comment, @string and @preamble blocks', () => {
    const text = '@comment{x}\n@string{j = {J}}\n@preamble{"p"}\n@article{a2000b,\n title={t}}';
    expect(scanKeys(text)).toEqual([{ key: 'a2000b', line: 4 }]);
  });
});

describe('parseBibliography', () => {
  test('reports problems under the name it is given', () => {
    expect(() => parseBibliography('', 'refs.bib')).toThrow(/^refs\.bib: the bibliography has no entries/);
  });
});
