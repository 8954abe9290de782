import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  formerIdsOf,
  pageVersionState,
  readJsonFile,
  readManifest,
  readSnapshot,
  readWithdrawn,
  release,
  releasePlan,
  sha256,
  snapshotFolder,
} from '../../../../src/lib/versions/snapshots.ts';
import { entryIds } from '../../../../src/lib/core/content-index.ts';

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

const HISTORY_FIX = 'restore it from git; history is never edited: change the current page and release a new version (npm run release).';

describe('errors a snapshot file reports', () => {
  test('a malformed JSON file names the line and column of the mistake, past the ninth line and column', () => {
    const lines = Array.from({ length: 11 }, (_, i) => `  { "number": ${i + 1} },`);
    write('versions/pages/about/versions.json', `[\n${lines.join('\n')}\n          "oops": 1\n]\n`);
    let error: unknown;
    try {
      readJsonFile(root, 'versions/pages/about/versions.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ location: { file: 'versions/pages/about/versions.json', line: 13, column: 17 } });
    expect((error as Error).message).toMatch(/^versions\/pages\/about\/versions\.json:13:17: is not valid JSON \(.+\)\.\n {2}Fix: /);
    expect((error as Error).message.endsWith(`Fix: ${HISTORY_FIX} If you wrote the file by hand, fix the JSON.`)).toBe(true);
  });

  test('when the JSON error gives only a character position, the line and column are counted from it', () => {
    write('versions/pages/about/versions.json', '[\n  1,\n  2,,\n]\n');
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError('Unexpected token , in JSON at position 12');
    });
    try {
      expect(() => readJsonFile(root, 'versions/pages/about/versions.json')).toThrow(
        /^versions\/pages\/about\/versions\.json:3:6: is not valid JSON \(Unexpected token , in JSON at position 12\)\./,
      );
    } finally {
      parse.mockRestore();
    }
  });

  test('a JSON error with no position names the file alone', () => {
    write('versions/pages/about/versions.json', '[]');
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError('Unexpected end of JSON input');
    });
    try {
      expect(() => readJsonFile(root, 'versions/pages/about/versions.json')).toThrow(
        /^versions\/pages\/about\/versions\.json: is not valid JSON \(Unexpected end of JSON input\)\./,
      );
    } finally {
      parse.mockRestore();
    }
  });

  test('a versions.json that breaks the schema lists each problem, with its path when it has one, and how to fix it', () => {
    write('versions/pages/about/versions.json', JSON.stringify([{ number: 1, released: '2026-11-29', sha256: 'abc' }]));
    expect(() => readManifest(root, 'pages', 'about')).toThrow(
      `versions/pages/about/versions.json: [0.sha256] write the SHA-256 of the snapshot as 64 lowercase hex digits (npm run release writes it)\n  Fix: ${HISTORY_FIX} A versions.json is written by npm run release only.`,
    );
    write('versions/pages/about/versions.json', JSON.stringify([{ number: 1, released: '2026-11-29', sha256: 'abc', extra: 1 }]));
    expect(() => readManifest(root, 'pages', 'about')).toThrow(
      'versions/pages/about/versions.json: [0.sha256] write the SHA-256 of the snapshot as 64 lowercase hex digits (npm run release writes it) [0] Unrecognized key: "extra"\n',
    );
    write('versions/pages/about/versions.json', '{}');
    expect(() => readManifest(root, 'pages', 'about')).toThrow(/^versions\/pages\/about\/versions\.json: Invalid input: expected array, received object\n/);
  });

  test('a withdrawn list that breaks the schema names each field and the shape to write', () => {
    write('versions/withdrawn.json', JSON.stringify([{ collection: 'pages', id: 'About', withdrawn: '2026-11-29', reason: 'too short' }]));
    expect(() => readWithdrawn(root)).toThrow(
      'versions/withdrawn.json: [0.id] an id is a file name without .md, e.g. "cures-everything" [0.reason] say why the page was withdrawn in at least 20 characters\n  Fix: list each withdrawn page as { "collection", "id", "withdrawn": "YYYY-MM-DD", "reason" } (src/schemas/version.ts).',
    );
  });

  test('no withdrawn list means no withdrawn pages', () => {
    expect(readWithdrawn(root)).toEqual([]);
  });

  test('a release dated before the last one says how to fix it', () => {
    release(root, '2026-11-29');
    write('src/content/studies/a2020x.md', '---\ntitle: A\n---\nBody A, corrected\n');
    expect(() => release(root, '2026-11-28')).toThrow(
      /\n {2}Fix: release with --date on or after the last release date \(release dates must increase with the version number\)\.$/,
    );
  });
});

describe('which pages and folders a release reads', () => {
  test('a second release on the same day as the last one is allowed', () => {
    release(root, '2026-11-29');
    write('src/content/studies/a2020x.md', '---\ntitle: A\n---\nBody A, corrected\n');
    expect(release(root, '2026-11-29')).toEqual([{ collection: 'studies', id: 'a2020x', number: 2 }]);
    expect(readManifest(root, 'studies', 'a2020x').map((v) => v.released)).toEqual(['2026-11-29', '2026-11-29']);
  });

  test('versions.json is written as indented JSON ending in a newline', () => {
    release(root, '2026-11-29');
    const text = read('versions/pages/about/versions.json');
    expect(text).toBe(`${JSON.stringify([{ number: 1, released: '2026-11-29', sha256: sha256(read('src/content/pages/about.md')) }], null, 2)}\n`);
  });

  test('page ids are the Markdown files of a collection, drafts and other files left out, sorted by id (not by file name)', () => {
    for (const id of ['zeta', 'alpha', 'about-us']) write(`src/content/pages/${id}.md`, `---\ntitle: ${id}\n---\n`);
    write('src/content/pages/notes.txt', 'not a page');
    write('src/content/pages/old.mdx', 'not a page');
    expect([...entryIds('pages', root)]).toEqual(['about', 'about-us', 'alpha', 'zeta']);
    expect([...entryIds('claims', root)]).toEqual([]);
  });

  test('former ids are the strings a page lists in formerIds; anything else, or an unreadable page, gives none', () => {
    write('src/content/pages/about-us.md', '---\ntitle: About\nformerIds: [about, 3, old-about]\n---\n');
    expect(formerIdsOf(root, 'pages', 'about-us')).toEqual(['about', 'old-about']);
    write('src/content/pages/about-us.md', '---\ntitle: About\nformerIds: about\n---\n');
    expect(formerIdsOf(root, 'pages', 'about-us')).toEqual([]);
    expect(formerIdsOf(root, 'pages', 'missing')).toEqual([]);
  });

  test("a renamed page reads the newest former id's folder that holds a versions.json", () => {
    write('src/content/pages/about-us.md', '---\ntitle: About\nformerIds: [first, second, third]\n---\n');
    write('versions/pages/first/versions.json', '[]');
    write('versions/pages/second/versions.json', '[]');
    write('versions/pages/third/1.md', 'a stray file, no versions.json');
    expect(snapshotFolder(root, 'pages', 'about-us')).toBe('second');
    write('versions/pages/about-us/versions.json', '[]');
    expect(snapshotFolder(root, 'pages', 'about-us')).toBe('about-us');
  });
});
