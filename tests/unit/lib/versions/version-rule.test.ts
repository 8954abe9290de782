import { describe, expect, test } from 'vitest';
import { currentVersion, versionBanner } from '../../../../src/lib/versions/version-rule.ts';
import { isVersionPath, versionPath } from '../../../../src/lib/core/urls.ts';
import type { Change } from '../../../../src/schemas/change.ts';

const change = (date: string, summary: string): Change => ({ date, type: 'new evidence', summary, conclusionChanged: false });

describe('the version rule', () => {
  test('a page never released is version 1, not yet released', () => {
    expect(currentVersion(undefined, 'text')).toEqual({ number: 1, released: false });
  });

  test('a page identical to its newest snapshot is that version, released', () => {
    expect(currentVersion({ number: 3, source: 'text\n' }, 'text\n')).toEqual({ number: 3, released: true });
  });

  test('a page that changed by one byte since its newest snapshot is the next version, not yet released', () => {
    expect(currentVersion({ number: 3, source: 'text\n' }, 'text')).toEqual({ number: 4, released: false });
  });
});

describe('version paths', () => {
  test('a frozen version lives under its page at v/<n>/', () => {
    expect(versionPath('/studies/x/', 2)).toBe('/studies/x/v/2/');
    expect(versionPath('/', 1)).toBe('/v/1/');
  });

  test('version paths are told apart from current pages, also as full URLs', () => {
    expect(isVersionPath('/studies/x/v/2/')).toBe(true);
    expect(isVersionPath('https://example.org/v/1/')).toBe(true);
    expect(isVersionPath('/studies/x/')).toBe(false);
    expect(isVersionPath('/studies/v/')).toBe(false);
  });
});

describe('the banner on a frozen version', () => {
  const old = { number: 1, changes: [change('2026-01-01', 'First published here.')] };

  test('is absent on the current version', () => {
    expect(versionBanner('/questions/q/', old, { number: 1, changes: old.changes })).toBeUndefined();
  });

  test('links to the current page and lists only the changes made since, newest first', () => {
    const latest = { number: 3, changes: [old.changes[0]!, change('2026-03-01', 'Added the third trial.'), change('2026-05-01', 'Added the 2026 review.')] };
    expect(versionBanner('/questions/q/', old, latest)).toEqual({
      shown: 1,
      latest: 3,
      latestPath: '/questions/q/',
      changesPath: '/questions/q/#versions',
      changes: [latest.changes[2], latest.changes[1]],
    });
  });
});
