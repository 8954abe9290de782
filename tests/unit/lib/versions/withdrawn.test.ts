import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { release } from '../../../../src/lib/versions/snapshots.ts';
import { isWithdrawnPath, withdrawal, withdrawalNotice, withdrawnIn } from '../../../../src/lib/versions/withdrawn.ts';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
const wonderDrug = { collection: 'claims', id: 'wonder-drug', withdrawn: '2026-12-05', reason: 'The source article was taken down by its publisher.' } as const;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'withdrawn-'));
  write('src/content/claims/wonder-drug.md', '---\ntitle: W\n---\nW\n');
  release(root, '2026-11-29');
  write('src/content/claims/wonder-drug.md', '---\ntitle: W2\n---\nW2\n');
  release(root, '2026-12-01');
  rmSync(join(root, 'src/content/claims/wonder-drug.md'));
  write('versions/withdrawn.json', JSON.stringify([wonderDrug]));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('withdrawn pages', () => {
  test('the notice links every frozen version, newest first, and logs the withdrawal as a correction', () => {
    expect(withdrawalNotice(root, wonderDrug, 'W2')).toEqual({
      collection: 'claims',
      id: 'wonder-drug',
      title: 'W2',
      date: '2026-12-05',
      reason: wonderDrug.reason,
      noticePath: '/claims/wonder-drug/',
      versions: [
        { number: 2, path: '/claims/wonder-drug/v/2/', released: '2026-12-01' },
        { number: 1, path: '/claims/wonder-drug/v/1/', released: '2026-11-29' },
      ],
      change: { date: '2026-12-05', type: 'correction', summary: `Page withdrawn. ${wonderDrug.reason}`, conclusionChanged: false },
    });
  });

  test('each version of a withdrawn page points its banner at the notice', () => {
    expect(withdrawal(wonderDrug)).toEqual({ date: '2026-12-05', reason: wonderDrug.reason, noticePath: '/claims/wonder-drug/' });
  });

  test('withdrawn pages are found by collection and id', () => {
    expect([...withdrawnIn(root, 'claims').keys()]).toEqual(['wonder-drug']);
    expect(withdrawnIn(root, 'studies').size).toBe(0);
  });

  test('the sitemap filter knows the notice by path or full URL, and no other page', () => {
    const isWithdrawn = isWithdrawnPath(root);
    expect(isWithdrawn('https://example.org/claims/wonder-drug/')).toBe(true);
    expect(isWithdrawn('/claims/wonder-drug/')).toBe(true);
    expect(isWithdrawn('https://example.org/claims/wonder-drug/v/1/')).toBe(false);
    expect(isWithdrawn('https://example.org/claims/')).toBe(false);
  });

  test('an unreadable withdrawn.json leaves the sitemap filter empty (the version checks report it)', () => {
    write('versions/withdrawn.json', '[{');
    expect(isWithdrawnPath(root)('/claims/wonder-drug/')).toBe(false);
  });
});
