/**
 * Pages withdrawn on purpose (versions/withdrawn.json): the page's source is gone, its snapshots stay. Each of
 * its frozen versions stays online at /…/v/<n>/ with a banner giving the date and the reason, and the current
 * URL becomes a notice that explains the withdrawal and links every version. Neither is in search or the sitemap:
 * the notice is not evidence, and a withdrawn text is kept for those who cited it, not offered to new readers.
 * So both carry a robots noindex, and a withdrawn version is its own canonical URL (the notice is not a copy of
 * its text, and a canonical that points at a noindex page contradicts it). The withdrawal is logged in the change
 * log as a correction: the site takes back what the page said, which is what a reader auditing corrections needs
 * to see (an editorial change is, by definition, one that leaves the content as it was).
 */
import type { Change } from '../../schemas/change.ts';
import type { WithdrawnPage } from '../../schemas/version.ts';
import { entryPath, versionPath } from '../core/urls.ts';
import { readManifest, readWithdrawn, type VersionedCollection } from './snapshots.ts';

/** What a withdrawn version's banner says. */
export interface Withdrawal {
  /** Date the page was withdrawn (YYYY-MM-DD). */
  date: string;
  /** Why, as versions/withdrawn.json says it. */
  reason: string;
  /** Path of the notice at the page's former current URL. */
  noticePath: string;
}

/** The notice at a withdrawn page's current URL. */
export interface WithdrawalNotice extends Withdrawal {
  collection: VersionedCollection;
  id: string;
  /** Title of the last frozen version. */
  title: string;
  /** Every frozen version, newest first. */
  versions: { number: number; path: string; released: string }[];
  /** The change-log entry recording the withdrawal. */
  change: Change;
}

/** The kind of change a withdrawal is logged as (see the module comment). */
export const WITHDRAWAL_CHANGE_TYPE = 'correction' satisfies Change['type'];

/** A collection's withdrawn pages, by id. */
export const withdrawnIn = (root: string, collection: VersionedCollection): Map<string, WithdrawnPage> =>
  new Map(
    readWithdrawn(root)
      .filter((w) => w.collection === collection)
      .map((w) => [w.id, w]),
  );

/** Whether a URL or path is a withdrawal notice of the project at `root`, for the sitemap filter (none when the list cannot be read: the build's version checks say why). */
export function isWithdrawnPath(root: string): (page: string) => boolean {
  let paths: Set<string>;
  try {
    paths = new Set(readWithdrawn(root).map((w) => entryPath(w.collection, w.id)));
  } catch {
    paths = new Set();
  }
  return (page) => paths.has(new URL(page, 'https://x').pathname);
}

/** The banner data for any frozen version of a withdrawn page. */
export const withdrawal = (w: WithdrawnPage): Withdrawal => ({ date: w.withdrawn, reason: w.reason, noticePath: entryPath(w.collection, w.id) });

/** The notice for a withdrawn page whose last frozen version is titled `title`. */
export function withdrawalNotice(root: string, w: WithdrawnPage, title: string): WithdrawalNotice {
  const path = entryPath(w.collection, w.id);
  const versions = readManifest(root, w.collection, w.id)
    .map((v) => ({ number: v.number, path: versionPath(path, v.number), released: v.released }))
    .reverse();
  const change: Change = { date: w.withdrawn, type: WITHDRAWAL_CHANGE_TYPE, summary: `Page withdrawn. ${w.reason}`, conclusionChanged: false };
  return { ...withdrawal(w), collection: w.collection, id: w.id, title, versions, change };
}
