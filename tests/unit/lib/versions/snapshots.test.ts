import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { pageVersionState, readManifest, readSnapshot, release, releasePlan, sha256 } from '../../../../src/lib/versions/snapshots.ts';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
const read = (file: string) => readFileSync(join(root, file), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'versions-'));
  write('src/content/studies/a2020x.md', '---\ntitle: A\n---\nBody A\n');
  write('src/content/pages/about.md', '---\ntitle: About\n---\nAbout\n');
  write('src/content/pages/_draft.md', 'draft\n');
  write('src/content/sources/s.md', 'not a page\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run release', () => {
  test('freezes every page never released as version 1, byte for byte, dated in versions.json', () => {
    expect(release(root, '2026-11-29')).toEqual([
      { collection: 'studies', id: 'a2020x', number: 1 },
      { collection: 'pages', id: 'about', number: 1 },
    ]);
    expect(read('versions/studies/a2020x/1.md')).toBe(read('src/content/studies/a2020x.md'));
    expect(readManifest(root, 'studies', 'a2020x')).toEqual([{ number: 1, released: '2026-11-29', sha256: sha256(read('src/content/studies/a2020x.md')) }]);
    expect(pageVersionState(root, 'pages', 'about')).toMatchObject({ number: 1, released: true });
  });

  test('does nothing for pages unchanged since their last snapshot', () => {
    release(root, '2026-11-29');
    expect(releasePlan(root)).toEqual([]);
    expect(release(root, '2026-12-01')).toEqual([]);
  });

  test('freezes a changed page as the next version and keeps the old snapshot as it was', () => {
    release(root, '2026-11-29');
    write('src/content/studies/a2020x.md', '---\ntitle: A\n---\nBody A, corrected\n');
    expect(pageVersionState(root, 'studies', 'a2020x')).toMatchObject({ number: 2, released: false });
    expect(release(root, '2026-12-01')).toEqual([{ collection: 'studies', id: 'a2020x', number: 2 }]);
    expect(read('versions/studies/a2020x/1.md')).toBe('---\ntitle: A\n---\nBody A\n');
    expect(read('versions/studies/a2020x/2.md')).toBe('---\ntitle: A\n---\nBody A, corrected\n');
    expect(readManifest(root, 'studies', 'a2020x')).toEqual([
      { number: 1, released: '2026-11-29', sha256: sha256('---\ntitle: A\n---\nBody A\n') },
      { number: 2, released: '2026-12-01', sha256: sha256('---\ntitle: A\n---\nBody A, corrected\n') },
    ]);
  });

  test('a versions.json with a gap in its numbers fails with a message naming the file', () => {
    write('versions/pages/about/versions.json', JSON.stringify([{ number: 2, released: '2026-11-29', sha256: sha256('x') }]));
    expect(() => readManifest(root, 'pages', 'about')).toThrow(/versions\/pages\/about\/versions\.json: \[0\.number\] version 2 is listed in place 1/);
  });

  test('refuses a release date before the last one, and writes nothing', () => {
    release(root, '2026-11-29');
    write('src/content/studies/a2020x.md', '---\ntitle: A\n---\nBody A, corrected\n');
    expect(() => release(root, '2026-11-01')).toThrow(
      /versions\/studies\/a2020x\/versions\.json: version 1 was released on 2026-11-29, after the release date 2026-11-01/,
    );
    expect(readManifest(root, 'studies', 'a2020x')).toHaveLength(1);
  });

  test('a malformed versions.json names its file and line', () => {
    write('versions/pages/about/versions.json', '[\n  { "number": 1, }\n]\n');
    expect(() => readManifest(root, 'pages', 'about')).toThrow(/^versions\/pages\/about\/versions\.json:2:\d+: is not valid JSON/);
  });

  test('a snapshot listed but missing names its file, not a bare ENOENT', () => {
    release(root, '2026-11-29');
    rmSync(join(root, 'versions/pages/about/1.md'));
    expect(() => readSnapshot(root, 'pages', 'about', 1)).toThrow(
      /^versions\/pages\/about\/1\.md: version 1 is listed in versions\/pages\/about\/versions\.json, but its snapshot file is missing/,
    );
    expect(() => pageVersionState(root, 'pages', 'about')).not.toThrow(/ENOENT/);
  });

  test('a renamed page keeps its versions: the folder of its former id is read, and the next release continues it', () => {
    release(root, '2026-11-29');
    rmSync(join(root, 'src/content/pages/about.md'));
    write('src/content/pages/about-us.md', '---\ntitle: About\nformerIds: [about]\n---\nAbout\n');
    expect(pageVersionState(root, 'pages', 'about-us')).toMatchObject({ number: 2, released: false, folder: 'about' });
    expect(release(root, '2026-12-01')).toEqual([{ collection: 'pages', id: 'about-us', number: 2 }]);
    expect(read('versions/pages/about/2.md')).toContain('formerIds: [about]');
    expect(pageVersionState(root, 'pages', 'about-us')).toMatchObject({ number: 2, released: true });
  });
});
