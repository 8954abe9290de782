/**
 * rehype-citation-source.ts imports private files of rehype-citation by path.
 * These tests say so clearly when an upgrade moves them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { citationRE, loadPrivate, parseCitation, rehypeCitationGenerator } from '../../../../src/lib/markdown/rehype-citation-source.ts';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('rehype-citation private files', () => {
  test('package.json pins rehype-citation to the exact version in the lock file', () => {
    const pinned = json('package.json').dependencies['rehype-citation'];
    const locked = json('package-lock.json').packages['node_modules/rehype-citation'].version;
    expect(pinned, 'rehype-citation-source.ts imports private files: pin an exact version, not a range').toBe(locked);
  });

  test('the installed rehype-citation still has the generator, citation syntax and parser the pipeline imports', () => {
    expect(typeof rehypeCitationGenerator).toBe('function');
    expect(citationRE).toBeInstanceOf(RegExp);
    expect(parseCitation('[@alpha2001first]'.match(citationRE)!)[0]).toEqual([expect.objectContaining({ id: 'alpha2001first' })]);
  });

  test('a moved private file fails with a message naming the file and where to fix the path', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'rehype-citation-'));
    await expect(loadPrivate(empty, 'generator.mjs', 'default')).rejects.toThrow(
      /rehype-citation no longer has generator\.mjs .*src\/lib\/markdown\/rehype-citation-source\.ts/,
    );
  });

  test('a private file that no longer exports a name fails with a message naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rehype-citation-'));
    writeFileSync(join(dir, 'regex.js'), 'export const other = 1;\n');
    await expect(loadPrivate(dir, 'regex.js', 'citationRE')).rejects.toThrow(/regex\.js no longer exports "citationRE"/);
  });
});
