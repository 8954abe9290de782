import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setProjectRoot } from '../../../../src/lib/core/project-root.ts';
import { mentions } from '../../../../src/lib/search/reader-words.ts';
import { TOPIC } from '../../../../src/topic.ts';
import { aliasesFor, authorsFor, identifiersFor, searchData } from '../../../../src/lib/search/search-index.ts';

describe('aliasesFor', () => {
  test("adds the other spellings of every term a page uses, and nothing for terms it does not use (the topic's spellings from src/topic.ts)", () => {
    expect(aliasesFor('A trial with few side effects.')).toEqual(['adverse effects', 'adverse events', 'harms']);
    expect(aliasesFor('Patients were randomised.')).toEqual(['randomized']);
    expect(aliasesFor('Nothing relevant here.')).toEqual([]);
    for (const group of TOPIC.synonyms) {
      const [first, ...others] = group;
      expect(aliasesFor(`A page that says ${first!}.`), `synonyms of "${first!}" in src/topic.ts`).toEqual(expect.arrayContaining(others));
    }
  });

  test('a term matches whole words only', () => {
    expect(mentions('Nothing relevant here; FMRI is not FM.', 'FM')).toBe(true);
    expect(mentions('An FMRI study.', 'FM')).toBe(false);
  });
});

/** A fictional bibliography, so the expected identifiers and names do not depend on this site's references. */
const FICTIONAL_BIB = `
@article{alpha2001first,
  author = {Alpha, Anna and Oliv\\'{a}n-Bl\\'{a}zquez, Olga},
  title  = {A fictional trial, registered as NCT01234567},
  journal = {Journal of Tests},
  year = {2001},
  doi = {10.1000/alpha.2001},
  pmid = {11111111},
  pmcid = {PMC1111111}
}
@article{alpha2002second,
  author = {Alpha, Anna},
  title  = {A second fictional work},
  journal = {Journal of Tests},
  year = {2002}
}
`;
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'search-index-'));
  mkdirSync(join(root, 'references'));
  writeFileSync(join(root, 'references', 'library.bib'), FICTIONAL_BIB);
  setProjectRoot(root);
});
afterAll(() => {
  setProjectRoot(process.cwd());
  rmSync(root, { recursive: true, force: true });
});

describe('identifiersFor', () => {
  test('collects DOIs, PMIDs, PMCIDs and NCT numbers of cited works', () => {
    expect(identifiersFor(['alpha2001first', 'alpha2002second'])).toEqual(['10.1000/alpha.2001', '11111111', 'PMC1111111', 'NCT01234567']);
    expect(identifiersFor(['not-a-key'])).toEqual([]);
  });
});

describe('authorsFor', () => {
  test('lists each cited author family name once, with and without accents', () => {
    expect(authorsFor(['alpha2001first', 'alpha2002second'])).toEqual(['Alpha', 'Oliván-Blázquez', 'Olivan-Blazquez']);
  });
});

describe('searchData', () => {
  test('always filters by type and skips facts that are undefined', () => {
    expect(searchData({ type: 'claim', text: '', citedKeys: [], filters: { verdict: 'misleading', certainty: undefined } })).toEqual({
      filters: { type: ['claim'], verdict: ['misleading'] },
      meta: { type: 'claim' },
    });
  });
});
