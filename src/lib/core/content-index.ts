/**
 * Ids of the entries in each content collection, read from the file names, so
 * schemas can check cross-references before Astro builds anything.
 */
import { readdirSync } from 'node:fs';
import { join, parse } from 'node:path';
import { projectRoot } from './project-root.ts';

export const CONTENT_DIR = 'src/content';
export const COLLECTIONS = ['studies', 'questions', 'claims', 'pages', 'sources'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

const cache = new Map<string, ReadonlySet<string>>();

/** Ids (file names without `.md`) of one collection. */
export function entryIds(collection: CollectionName, root: string = projectRoot()): ReadonlySet<string> {
  const dir = join(root, CONTENT_DIR, collection);
  let ids = cache.get(dir);
  if (!ids) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('_'));
    } catch {
      files = [];
    }
    ids = new Set(files.map((f) => parse(f).name));
    cache.set(dir, ids);
  }
  return ids;
}
