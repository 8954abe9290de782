/**
 * Ids of the entries in each content collection, read from the file names, so
 * schemas can check cross-references before Astro builds anything.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, parse } from 'node:path';
import { projectRoot } from './project-root.ts';

export const CONTENT_DIR = 'src/content';
export const COLLECTIONS = ['studies', 'questions', 'claims', 'pages', 'sources'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The ids last read per folder, with the folder's modification time and when it was read: adding, removing or renaming a file changes the time. */
const read = new Map<string, { mtimeMs: number; readAt: number; ids: ReadonlySet<string> }>();

/** Folder timestamps are coarse on some file systems, so a folder changed this recently before the last read is read again. */
const TIMESTAMP_SLACK_MS = 2000;

/**
 * Ids (file names without `.md`; files starting with "_" are drafts) of one collection, in sorted order;
 * none when the folder does not exist. The one place that lists a collection's entries: the schemas'
 * cross-references, the redirects and the versions all ask here. A folder is read again whenever it
 * changed, so `astro dev` sees a new entry at once.
 */
export function entryIds(collection: CollectionName, root: string = projectRoot()): ReadonlySet<string> {
  const dir = join(root, CONTENT_DIR, collection);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    return new Set();
  }
  const known = read.get(dir);
  if (known && known.mtimeMs === mtimeMs && known.readAt - mtimeMs > TIMESTAMP_SLACK_MS) return known.ids;
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('_'));
  const ids: ReadonlySet<string> = new Set(files.map((f) => parse(f).name).sort());
  read.set(dir, { mtimeMs, readAt: Date.now(), ids });
  return ids;
}
