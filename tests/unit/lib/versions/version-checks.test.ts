import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { reportOf } from '../../../../src/lib/core/build-error.ts';
import { release } from '../../../../src/lib/versions/snapshots.ts';
import { checkVersions } from '../../../../src/lib/versions/version-checks.ts';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
const reports = () => checkVersions(root).map(reportOf);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'version-checks-'));
  write('src/content/studies/a2020x.md', '---\ntitle: A\n---\nBody A, 12 of 20\n');
  write('src/content/claims/wonder-drug.md', '---\ntitle: W\n---\nW\n');
  write('src/content/pages/about.md', '---\ntitle: About\n---\nAbout\n');
  release(root, '2026-11-29');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('frozen versions are sealed', () => {
  test('passes snapshots written by npm run release', () => {
    expect(reports()).toEqual([]);
  });

  test('an edited snapshot fails, naming the file and the fix', () => {
    write('versions/studies/a2020x/1.md', '---\ntitle: A\n---\nBody A, 12 of 12\n');
    expect(reports()).toEqual([
      expect.stringMatching(
        /^versions\/studies\/a2020x\/1\.md: frozen version 1 was edited after it was released: its SHA-256 is [0-9a-f]{64}, but versions\/studies\/a2020x\/versions\.json records [0-9a-f]{64}\.\n {2}Fix: restore it from git; history is never edited: change the current page and release a new version/,
      ),
    ]);
  });

  test('release dates that go back in time fail', () => {
    write('src/content/pages/about.md', '---\ntitle: About\n---\nAbout us\n');
    release(root, '2026-12-01');
    const file = 'versions/pages/about/versions.json';
    const records = JSON.parse(readFileSync(join(root, file), 'utf8'));
    records[1].released = '2026-11-01';
    write(file, JSON.stringify(records));
    expect(reports()).toEqual([expect.stringContaining(`${file}: [1.released] version 2 is dated 2026-11-01, before version 1 (2026-11-29)`)]);
  });

  test('a snapshot folder whose page is gone fails, and says how to rename or withdraw it', () => {
    rmSync(join(root, 'src/content/claims/wonder-drug.md'));
    expect(reports()).toEqual([
      expect.stringMatching(
        /^versions\/claims\/wonder-drug: these frozen versions belong to claims\/wonder-drug, which no longer exists[^]*formerIds[^]*versions\/withdrawn\.json/,
      ),
    ]);
  });

  test('a renamed page owns the folder of its former id', () => {
    rmSync(join(root, 'src/content/claims/wonder-drug.md'));
    write('src/content/claims/miracle-drug.md', '---\ntitle: W\nformerIds: [wonder-drug]\n---\nW\n');
    expect(reports()).toEqual([]);
  });

  test('a withdrawn page keeps its versions; a withdrawal without versions, or of a live page, fails', () => {
    rmSync(join(root, 'src/content/claims/wonder-drug.md'));
    write(
      'versions/withdrawn.json',
      JSON.stringify([
        { collection: 'claims', id: 'wonder-drug', withdrawn: '2026-12-01', reason: 'The source article was retracted by its publisher.' },
        { collection: 'pages', id: 'about', withdrawn: '2026-12-01', reason: 'Listed by mistake while the page still exists.' },
        { collection: 'studies', id: 'never2020x', withdrawn: '2026-12-01', reason: 'A page that was never released at all.' },
      ]),
    );
    expect(reports()).toEqual([
      expect.stringContaining('versions/withdrawn.json: studies/never2020x is listed as withdrawn, but it has no frozen versions'),
      expect.stringContaining('versions/withdrawn.json: pages/about is listed as withdrawn, but src/content/pages/about.md exists.'),
    ]);
  });

  test('reports every bad file at once: a missing snapshot, a malformed versions.json, an unlisted snapshot', () => {
    rmSync(join(root, 'versions/studies/a2020x/1.md'));
    write('versions/pages/about/versions.json', '[{ "number": 1 ');
    write('versions/claims/wonder-drug/2.md', 'added by hand\n');
    const found = reports();
    expect(found).toHaveLength(3);
    expect(found).toContainEqual(
      expect.stringMatching(
        /^versions\/studies\/a2020x\/1\.md: version 1 is listed in versions\/studies\/a2020x\/versions\.json, but its snapshot file is missing/,
      ),
    );
    expect(found).toContainEqual(expect.stringMatching(/^versions\/pages\/about\/versions\.json:1:\d+: is not valid JSON/));
    expect(found).toContainEqual(expect.stringMatching(/^versions\/claims\/wonder-drug\/2\.md: this snapshot is not listed/));
    expect(found.join('\n')).not.toMatch(/ENOENT/);
  });

  test('a malformed withdrawn.json names its file', () => {
    write('versions/withdrawn.json', '[{ "collection": "claims", "id": "wonder-drug" }]');
    expect(reports()).toEqual([expect.stringMatching(/^versions\/withdrawn\.json: \[0\.withdrawn\]/)]);
  });
});

const HISTORY_FIX = 'restore it from git; history is never edited: change the current page and release a new version (npm run release).';

describe('what the version check reports, word for word', () => {
  test('a snapshot folder without a versions.json is one problem, not a list of unlisted snapshots', () => {
    rmSync(join(root, 'versions/pages/about/versions.json'));
    expect(reports()).toEqual([`versions/pages/about: this snapshot folder has no versions.json.\n  Fix: ${HISTORY_FIX}`]);
  });

  test('an unlisted snapshot says it was not written by npm run release', () => {
    write('versions/pages/about/3.md', 'added by hand\n');
    expect(reports()).toEqual([
      'versions/pages/about/3.md: this snapshot is not listed in versions/pages/about/versions.json, so no page shows it.\n  Fix: delete it if it was added by hand; snapshots are written by npm run release only.',
    ]);
  });

  test('a file beside the snapshot folders, such as .gitkeep, is not a folder to check', () => {
    write('versions/pages/.gitkeep', '');
    expect(reports()).toEqual([]);
  });

  test('a versions.json that cannot be read at all is reported against that file', () => {
    rmSync(join(root, 'versions/pages/about/versions.json'));
    mkdirSync(join(root, 'versions/pages/about/versions.json'));
    const found = reports();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^versions\/pages\/about\/versions\.json: Error: EISDIR/);
    expect(found[0]!.endsWith(`\n  Fix: ${HISTORY_FIX}`)).toBe(true);
  });

  test('a renamed page with a folder under its new id as well as its former one fails, naming both', () => {
    cpSync(join(root, 'versions/pages/about'), join(root, 'versions/pages/about-us'), { recursive: true });
    rmSync(join(root, 'src/content/pages/about.md'));
    write('src/content/pages/about-us.md', '---\ntitle: About\nformerIds: [about]\n---\nAbout\n');
    expect(reports()).toContainEqual(
      'src/content/pages/about-us.md: both versions/pages/about-us and versions/pages/about hold frozen versions of this page, so its version numbers would clash.\n  Fix: keep one folder of versions per page: a renamed page keeps releasing into the folder of its former id, so a folder under its new id was made by hand.',
    );
  });

  test('a wrong withdrawal says how to fix it', () => {
    write(
      'versions/withdrawn.json',
      JSON.stringify([
        { collection: 'pages', id: 'about', withdrawn: '2026-12-01', reason: 'Listed by mistake while the page still exists.' },
        { collection: 'studies', id: 'never2020x', withdrawn: '2026-12-01', reason: 'A page that was never released at all.' },
      ]),
    );
    expect(reports()).toEqual([
      'versions/withdrawn.json: studies/never2020x is listed as withdrawn, but it has no frozen versions (versions/studies/never2020x).\n  Fix: a page never released has nothing to keep online: remove it from the withdrawn list.',
      'versions/withdrawn.json: pages/about is listed as withdrawn, but src/content/pages/about.md exists.\n  Fix: remove the page, or remove it from the withdrawn list.',
    ]);
  });
});
