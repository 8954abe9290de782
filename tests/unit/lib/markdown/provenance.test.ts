import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bibliographyIdentifiers, checkProvenance } from '../../../../src/lib/markdown/provenance.ts';
import { loadBibliography } from '../../../../src/lib/core/bibliography/load.ts';
import { BIBLIOGRAPHY_FILE, PROVENANCE_FILE } from '../../../../src/lib/core/settings.ts';
import { projectRoot } from '../../../../src/lib/core/project-root.ts';

const DIR = 'tests/fixtures/bibliography/provenance';
const BIB = `${DIR}/library.bib`;
const reports = (yaml: string) => checkProvenance(projectRoot(), BIB, `${DIR}/${yaml}`).map((p) => p.report);

describe('identifier provenance', () => {
  test('lists every DOI, PubMed number and registry number an entry carries, once each', () => {
    const ids = bibliographyIdentifiers(loadBibliography(BIB)).map(({ key, field, value }) => `${key}.${field}=${value}`);
    expect(ids).toEqual(['alpha2020trial.doi=10.1000/fixture.alpha', 'alpha2020trial.pmid=12345678', 'nct00000001.nct=NCT00000001']);
  });

  test('passes when every identifier has a record', () => {
    expect(reports('complete.yaml')).toEqual([]);
  });

  test('fails naming the entry, field and files when an identifier has no record', () => {
    expect(reports('missing-pmid.yaml')).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/bibliography\/provenance\/library\.bib:2: entry "alpha2020trial": pmid "12345678" has no record in .*missing-pmid\.yaml/,
      ),
    ]);
  });

  test('fails when a record names an entry or a field the bibliography does not have', () => {
    const found = reports('stale.yaml');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/stale\.yaml:7: a record for the pmcid of entry "beta2021review", which has no pmcid in .*library\.bib/);
    expect(found[1]).toMatch(/stale\.yaml:8: records for entry "gamma2019gone", which is not in .*library\.bib/);
  });

  test('rejects a record without a full URL, with an impossible date or for an unknown field, naming the line', () => {
    const found = reports('bad-record.yaml').join('\n');
    expect(found).toMatch(/bad-record\.yaml:2: "alpha2020trial\.doi\.seen": give the full address/);
    expect(found).toMatch(/bad-record\.yaml:3: "alpha2020trial\.pmid\.on": write the date .* a real calendar date/);
    expect(found).toMatch(/bad-record\.yaml:5: "nct00000001\.registry": not an identifier field/);
  });

  test('reports malformed YAML with its line', () => {
    expect(reports('malformed.yaml')[0]).toMatch(/malformed\.yaml:\d+:\d+: not valid YAML/);
  });

  test('treats a missing provenance file as holding no records', () => {
    expect(reports('no-such-file.yaml')).toEqual([
      expect.stringContaining('has no record'),
      expect.stringContaining('has no record'),
      expect.stringContaining('has no record'),
    ]);
  });

  test("the site's own bibliography has a record for every identifier, and no stale ones", () => {
    const dir = mkdtempSync(join(tmpdir(), 'provenance-'));
    try {
      cpSync(join(projectRoot(), 'references'), join(dir, 'references'), { recursive: true });
      expect(checkProvenance(dir, BIBLIOGRAPHY_FILE, PROVENANCE_FILE).map((p) => p.report)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
