/** CITATION.cff at the project root (Citation File Format 1.2.0), which GitHub and Zenodo read to cite the project. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { LICENSE_SPDX, SITE_NAME, SITE_URL } from '../../src/lib/site.ts';

const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;

describe('CITATION.cff', () => {
  test('has the keys CFF 1.2.0 requires: cff-version, message, title and authors', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message).toBe('string');
    expect(String(cff.message).length).toBeGreaterThan(10);
    expect(cff.title).toEqual(expect.any(String));
    expect(Array.isArray(cff.authors) && cff.authors.length).toBeGreaterThan(0);
  });

  test('cites the site as a dataset by the site as an entity author, under the licence of its text and data', () => {
    expect(cff.type).toBe('dataset');
    expect(cff.title).toBe(SITE_NAME);
    expect(cff.authors).toEqual([{ name: SITE_NAME }]);
    expect(cff.license).toBe(LICENSE_SPDX);
    expect(cff.url).toBe(SITE_URL);
  });

  test('uses only keys the CFF 1.2.0 schema defines', () => {
    const known = [
      'abstract',
      'authors',
      'cff-version',
      'commit',
      'contact',
      'date-released',
      'doi',
      'identifiers',
      'keywords',
      'license',
      'license-url',
      'message',
      'preferred-citation',
      'references',
      'repository',
      'repository-artifact',
      'repository-code',
      'title',
      'type',
      'url',
      'version',
    ];
    expect(Object.keys(cff).filter((k) => !known.includes(k))).toEqual([]);
  });
});
