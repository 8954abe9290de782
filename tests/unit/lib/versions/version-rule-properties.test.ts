/** Properties of the version rule, on generated page texts and snapshot numbers (fast-check). */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { currentVersion } from '../../../../src/lib/versions/version-rule.ts';
import { isVersionPath, versionPath } from '../../../../src/lib/core/urls.ts';

describe('the version rule, for any page text and snapshot', () => {
  test('a page never released is version 1, not released', () => {
    fc.assert(fc.property(fc.string(), (source) => currentVersion(undefined, source).number === 1 && !currentVersion(undefined, source).released));
  });

  test('the same bytes as snapshot K are version K, released; any other bytes are K+1, awaiting release', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.string(), fc.string(), (number, snapshot, source) => {
        const current = currentVersion({ number, source: snapshot }, source);
        return snapshot === source ? current.number === number && current.released : current.number === number + 1 && !current.released;
      }),
    );
  });

  test('a changed byte anywhere makes a new version', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.string({ minLength: 1 }), fc.nat(), (number, text, at) => {
        const i = at % text.length;
        const changed = text.slice(0, i) + (text[i] === 'x' ? 'y' : 'x') + text.slice(i + 1);
        return currentVersion({ number, source: text }, changed).number === number + 1;
      }),
    );
  });

  test('every frozen version path is recognised as one, and a page path is not', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.constantFrom('studies', 'questions', 'claims'), segment, fc.integer({ min: 1, max: 10_000 }), (collection, id, n) => {
        const page = `/${collection}/${id}/`;
        return isVersionPath(versionPath(page, n)) && !isVersionPath(page) && versionPath(page, n) === `${page}v/${n}/`;
      }),
    );
  });
});
