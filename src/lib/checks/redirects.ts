/**
 * Stable URLs: an entry that is renamed lists its old ids in `formerIds`, and
 * every old URL redirects to the new one, its frozen versions too (/old/v/N/ to
 * /new/v/N/, src/lib/versions/snapshots.ts). Read before the build, so Astro
 * writes the redirect pages; an old id that is still (or again) in use, or is
 * claimed by two entries, is a build error.
 */
import { EvidenceBuildError } from '../core/build-error.ts';
import { entryIds, type CollectionName } from '../core/content-index.ts';
import type { ContentFrontmatter } from '../core/front-matter-syntax.ts';
import { readManifest, VERSIONED_COLLECTIONS, type VersionedCollection } from '../versions/snapshots.ts';
import { entryPath, versionPath } from '../core/urls.ts';

/** Numbers of the versions frozen under an id (none when it has none, or its versions.json is broken: checkVersions reports that). */
function frozenNumbers(root: string, collection: CollectionName, id: string): number[] {
  if (!(VERSIONED_COLLECTIONS as readonly string[]).includes(collection)) return [];
  try {
    return readManifest(root, collection as VersionedCollection, id).map((v) => v.number);
  } catch {
    return [];
  }
}

/** Old URL -> current URL for every `formerIds` entry, and the problems found. */
export function collectRedirects(entries: readonly ContentFrontmatter[], root: string): { redirects: Record<string, string>; problems: EvidenceBuildError[] } {
  const redirects: Record<string, string> = {};
  const claimedBy = new Map<string, string>();
  const problems: EvidenceBuildError[] = [];
  for (const { collection, id, file, frontmatter } of entries) {
    const former = frontmatter.formerIds;
    if (!Array.isArray(former)) continue; // absent, or rejected by the schema
    const ids = entryIds(collection, root);
    for (const old of former.filter((o): o is string => typeof o === 'string')) {
      const from = entryPath(collection, old);
      if (ids.has(old)) {
        problems.push(
          new EvidenceBuildError(
            { file },
            `formerIds lists "${old}", but ${collection}/${old}.md exists, so ${from} cannot redirect.`,
            `remove "${old}" from formerIds, or rename the other entry.`,
          ),
        );
      } else if (claimedBy.has(from)) {
        problems.push(
          new EvidenceBuildError(
            { file },
            `formerIds lists "${old}", which ${claimedBy.get(from)} also lists.`,
            'keep the old id in the one entry that replaced it.',
          ),
        );
      } else {
        claimedBy.set(from, file);
        redirects[from] = entryPath(collection, id);
        for (const n of frozenNumbers(root, collection, old)) redirects[versionPath(from, n)] = versionPath(entryPath(collection, id), n);
      }
    }
  }
  return { redirects, problems };
}

/**
 * The redirects as a `_redirects` file (Cloudflare Pages, Netlify): one real 301 per old URL, with and
 * without its trailing slash, so neither spelling takes a second hop. Astro's meta-refresh pages stay
 * in dist/ for hosts that do not read the file. Netlify serves a file that exists at the old URL rather
 * than redirect unless the status is forced (`301!`), which Cloudflare Pages rejects; so `forced` is for
 * Netlify builds only (the integration sets it where Netlify's build sets NETLIFY=true). `dynamic` rules
 * (splats, such as the old /cite/ downloads') follow the static ones.
 */
export function redirectsFile(redirects: Readonly<Record<string, string>>, { forced = false, dynamic = [] as readonly string[] } = {}): string {
  const status = forced ? '301!' : '301';
  const lines = Object.entries(redirects)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([from, to]) => {
      const bare = from.replace(/\/+$/, '');
      return (bare && bare !== from ? [bare, from] : [from]).map((old) => `${old} ${to} ${status}`);
    });
  // Cloudflare Pages wants static rules before dynamic ones (splats, placeholders).
  return [`# Written by the build from each entry's formerIds (src/lib/checks/redirects.ts). Do not edit.`, ...lines, ...dynamic, ''].join('\n');
}

/** The old URL -> new URL pairs of a `_redirects` file written by `redirectsFile`, one per rule. */
export function parseRedirectsFile(text: string): { from: string; to: string; status: number }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '302'] = line.split(/\s+/);
      return { from, to, status: Number(status.replace(/!$/, '')) };
    });
}
