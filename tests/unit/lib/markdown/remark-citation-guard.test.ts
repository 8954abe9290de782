/**
 * The citation guard's messages follow the configured style, and its line
 * numbers are lines of the file on disk or say plainly that they are not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { reportOf } from '../../../../src/lib/core/build-error.ts';
import { takeProblems } from '../../../../src/lib/core/build-problems.ts';
import remarkCitationGuard from '../../../../src/lib/markdown/remark-citation-guard.ts';

vi.mock('../../../../src/lib/core/settings.ts', () => ({ BIBLIOGRAPHY_FILE: 'references/library.bib', CITATION_STYLE: 'some-other-style' }));

/** A one-paragraph body whose only line is `text`, as remark parses it. */
const body = (text: string): Root => ({
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: text, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: text.length + 1, offset: text.length } } },
      ],
    },
  ],
});

/** The guard's report for `text` as the body of a file at `path`. */
function report(text: string, path: string): string {
  const guard = remarkCitationGuard({ keys: () => new Set(['alpha2001first']), bibliographyFile: 'library.bib' });
  try {
    guard(body(text), new VFile({ path, value: text, cwd: tmpdir() }));
  } catch (error) {
    return reportOf(error);
  }
  throw new Error('the guard accepted the text');
}

function onDisk(contents: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'guard-')), 'page.md');
  writeFileSync(path, contents);
  return path;
}

afterEach(() => {
  takeProblems();
});

describe('remark-citation-guard', () => {
  test('names the configured citation style in the narrative-citation message', () => {
    expect(report('As @alpha2001first showed.', onDisk('As @alpha2001first showed.\n'))).toContain('in the some-other-style citation style');
  });

  test('names the configured citation style in the locator message', () => {
    const text = 'Shown [@alpha2001first, p. 3].';
    const message = report(text, onDisk(`${text}\n`));
    expect(message).toContain('which the some-other-style citation style drops');
    expect(message).not.toMatch(/Vancouver|numeric/);
  });

  test('gives the line in the file on disk, counting the front matter', () => {
    const text = 'As @alpha2001first showed.';
    expect(report(text, onDisk(`---\ntitle: x\n---\n${text}\n`))).toMatch(/^guard-\w+\/page\.md:4:4: /);
  });

  test('says the line is a line of the body when the file on disk cannot be read', () => {
    const message = report('As @alpha2001first showed.', join(tmpdir(), 'no-such-dir', 'page.md'));
    expect(message).toMatch(/^no-such-dir\/page\.md: narrative citation .* It is at line 1, column 4 of the text after the front matter\.\n/);
  });
});
