import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkEncoding, checkEntryFileNames, firstNonUtf8Line, idFor } from '../../../../src/lib/checks/source-files.ts';

let root: string;
const write = (file: string, content: string | Uint8Array) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), content);
};
const reports = (problems: { report: string }[]) => problems.map((p) => p.report);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'source-files-'));
  write('src/content/studies/smith2020trial.md', '---\ntitle: x\n---\n');
  write('src/content/studies/_draft.md', 'a draft is skipped on purpose');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('content file names', () => {
  test('accept ids and drafts', () => {
    expect(checkEntryFileNames(root)).toEqual([]);
  });

  test('fail a name with spaces, capitals or other characters, a file that is not .md and a folder, naming each file', () => {
    write('src/content/studies/Smith 2020 Trial.md', '');
    write('src/content/questions/Remedy.MD', '');
    write('src/content/claims/wonder_drüg.md', '');
    write('src/content/claims/old/one.md', '');
    expect(reports(checkEntryFileNames(root)).sort()).toEqual([
      'src/content/claims/old: a folder inside a collection is never read, so its pages would not be published.\n  Fix: move its files up into src/content/claims/.',
      'src/content/claims/wonder_drüg.md: the file name "wonder_drüg.md" is not a valid id (its name is the page\'s id and URL: lowercase letters, digits and hyphens only, no spaces, capitals or other characters).\n  Fix: rename it to wonder-drug.md (and list the old id in formerIds if the page was published).',
      'src/content/questions/Remedy.MD: "Remedy.MD" does not end in .md, so the build would skip it without a word.\n  Fix: rename it to remedy.md (and list the old id in formerIds if the page was published).',
      'src/content/studies/Smith 2020 Trial.md: the file name "Smith 2020 Trial.md" is not a valid id (its name is the page\'s id and URL: lowercase letters, digits and hyphens only, no spaces, capitals or other characters).\n  Fix: rename it to smith-2020-trial.md (and list the old id in formerIds if the page was published).',
    ]);
  });

  test('suggest the id a name meant', () => {
    expect(idFor('Smith 2020 Trial.md')).toBe('smith-2020-trial');
  });
});

describe('encoding', () => {
  test('finds the line of the first byte that is not UTF-8', () => {
    expect(firstNonUtf8Line(new TextEncoder().encode('é\nü\n'))).toBeUndefined();
    expect(firstNonUtf8Line(Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0xff, 0xfe, 0xc3, 0x0a]))).toBe(3);
  });

  test('fails content, bibliography and data files that are not UTF-8, naming file and line', () => {
    write('src/content/studies/smith2020trial.md', Buffer.concat([Buffer.from('---\ntitle: x\n---\nBody\n'), Buffer.from([0xff, 0xfe, 0xc3])]));
    write('references/library.bib', Buffer.from([0x40, 0x0a, 0xe9, 0x0a]));
    write('surveillance/searches.yaml', 'ok: é\n');
    expect(reports(checkEncoding(root)).sort()).toEqual([
      'references/library.bib:2: the file holds bytes that are not UTF-8; they would be published as "�".\n  Fix: save the file as UTF-8 (retype the characters on that line), then rebuild.',
      'src/content/studies/smith2020trial.md:5: the file holds bytes that are not UTF-8; they would be published as "�".\n  Fix: save the file as UTF-8 (retype the characters on that line), then rebuild.',
    ]);
  });
});
