import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { entryIds } from '../../../../src/lib/core/content-index.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project root whose studies folder holds `files`, with the folder's time set an hour back (as an untouched checkout's). */
function project(files: string[]): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'entry-ids-'));
  roots.push(root);
  const dir = join(root, 'src/content/studies');
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f), '---\n---\n');
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(dir, hourAgo, hourAgo);
  return { root, dir };
}

describe('entryIds', () => {
  test('lists the Markdown files of a collection in sorted order, without drafts and other files', () => {
    const { root } = project(['zeta.md', 'alpha.md', '_draft.md', 'notes.txt']);
    expect([...entryIds('studies', root)]).toEqual(['alpha', 'zeta']);
  });

  test('is empty for a collection with no folder', () => {
    const { root } = project([]);
    expect([...entryIds('claims', root)]).toEqual([]);
  });

  test('sees an entry added after the first call (no cache for the life of the process)', () => {
    const { root, dir } = project(['alpha.md']);
    expect([...entryIds('studies', root)]).toEqual(['alpha']);
    writeFileSync(join(dir, 'beta.md'), '---\n---\n');
    expect([...entryIds('studies', root)]).toEqual(['alpha', 'beta']);
    rmSync(join(dir, 'alpha.md'));
    expect([...entryIds('studies', root)]).toEqual(['beta']);
  });
});
