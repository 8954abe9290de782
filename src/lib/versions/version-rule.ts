/**
 * src/lib/versions/ owns frozen versions: which number the current text has, where each version lives, and the
 * `npm run release` snapshots they are built from.
 *
 * The version rule. A page's frozen versions are the snapshots `npm run release` committed, numbered 1…K. The
 * current text is version K when its source is byte-identical to snapshot K ("released"); otherwise it is version
 * K+1, not yet released (no frozen URL until the next release). Every byte counts, so a change to the front
 * matter or the body is a new version at the next release.
 */
import type { Change } from '../../schemas/change.ts';

/** Which version the current text of a page is. */
export interface CurrentVersion {
  /** The version number of the current text. */
  number: number;
  /** True when the current text is frozen as snapshot `number`; false while it awaits `npm run release`. */
  released: boolean;
}

/** The current version of a page whose newest snapshot is `latest` (none when never released) and whose source now is `source`. */
export function currentVersion(latest: { number: number; source: string } | undefined, source: string): CurrentVersion {
  if (!latest) return { number: 1, released: false };
  return latest.source === source ? { number: latest.number, released: true } : { number: latest.number + 1, released: false };
}

/** What the banner on a frozen version says when a newer version exists. */
export interface VersionBanner {
  /** Number of the version shown. */
  shown: number;
  /** Number of the current version. */
  latest: number;
  /** Path of the current page. */
  latestPath: string;
  /** Path of the current page's change log. */
  changesPath: string;
  /** Changes the current page lists that the shown version did not, newest first. */
  changes: Change[];
}

const changeKey = (c: Change) => `${c.date}\u0000${c.type}\u0000${c.summary}`;

/** The banner for version `shown` of the page at `path`, or undefined when it is the current version. */
export function versionBanner(
  path: string,
  shown: { number: number; changes: readonly Change[] },
  latest: { number: number; changes: readonly Change[] },
): VersionBanner | undefined {
  if (shown.number >= latest.number) return undefined;
  const old = new Set(shown.changes.map(changeKey));
  const changes = latest.changes.filter((c) => !old.has(changeKey(c))).sort((a, b) => b.date.localeCompare(a.date));
  return { shown: shown.number, latest: latest.number, latestPath: path, changesPath: `${path}#versions`, changes };
}
